"""The typed examples run against the local C1 server, and pass `mypy --strict` and pyright as user code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from thesys_c1.testing import LocalC1


def test_the_typed_example_runs(local_c1: LocalC1, repo: Path) -> None:
    env = {**os.environ, "THESYS_BASE_URL": local_c1.base_url, "THESYS_API_KEY": local_c1.api_key}
    result = subprocess.run(
        [sys.executable, str(repo / "examples" / "typed_usage.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "chat: Card" in out
    assert "rule: previous_response_id: with store: true" in out
    assert "conversation roles: ['user', 'assistant']" in out


USER_FILES = ("typed_usage.py", "typed_narrowing.py")
# User code with an attribute of another member read after `.type ==` narrowing: each such line is an error.
WRONG_FILE = Path(__file__).parent / "data" / "typing" / "wrong_after_narrowing.py"
# The member each marked line narrows to, which the checker must name as lacking the attribute.
NARROWED_TO = {15: "ResponseOutputTextDeltaEvent", 21: "ResponseOutputFunctionCall"}


def test_the_typed_narrowing_example_runs(local_c1: LocalC1, repo: Path) -> None:
    env = {**os.environ, "THESYS_BASE_URL": local_c1.base_url, "THESYS_API_KEY": local_c1.api_key}
    result = subprocess.run(
        [sys.executable, str(repo / "examples" / "typed_narrowing.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "streamed chars:" in result.stdout
    assert "completed at" in result.stdout


def test_user_files_pass_mypy_strict(repo: Path) -> None:
    files = [str(repo / "examples" / name) for name in USER_FILES]
    env = {**os.environ, "MYPYPATH": str(repo / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        env=env,
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _pyright(repo: Path, tmp_path: Path, files: list[Path]) -> dict[str, Any]:
    """Pyright's JSON report on ``files``, strict, with this checkout's ``src`` importable."""
    config = {"extraPaths": [str(repo / "src")], "typeCheckingMode": "strict", "pythonVersion": "3.11"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    pyright = Path(sys.executable).parent / "pyright"
    command = [str(pyright), "--pythonpath", sys.executable, "--outputjson", "-p", str(tmp_path / "pyrightconfig.json")]
    result = subprocess.run([*command, *map(str, files)], capture_output=True, text=True, timeout=600, check=False)
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_user_files_pass_pyright(repo: Path, tmp_path: Path) -> None:
    report = _pyright(repo, tmp_path, [repo / "examples" / name for name in USER_FILES])
    problems = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert report["summary"]["filesAnalyzed"] == len(USER_FILES)
    assert not problems, json.dumps(problems, indent=1)


def _marked_lines() -> set[int]:
    lines = WRONG_FILE.read_text(encoding="utf-8").splitlines()
    return {number for number, line in enumerate(lines, start=1) if "# error:" in line}


def test_the_wrong_file_marks_the_lines_the_checkers_must_refuse() -> None:
    assert _marked_lines() == set(NARROWED_TO)


def test_mypy_refuses_another_members_attribute_after_narrowing(repo: Path) -> None:
    env = {**os.environ, "MYPYPATH": str(repo / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary", str(WRONG_FILE)],
        env=env,
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    found: dict[int, str] = {}
    for line in result.stdout.splitlines():
        if WRONG_FILE.name in line.split(":")[0] and "[attr-defined]" in line:
            found[int(line.split(":")[1])] = line
    assert set(found) == set(NARROWED_TO), result.stdout
    for number, member in NARROWED_TO.items():
        assert f'"{member}" has no attribute' in found[number]


def test_pyright_refuses_another_members_attribute_after_narrowing(repo: Path, tmp_path: Path) -> None:
    report = _pyright(repo, tmp_path, [WRONG_FILE])
    found = {
        d["range"]["start"]["line"] + 1: d["message"]
        for d in report["generalDiagnostics"]
        if d["severity"] == "error" and d.get("rule") == "reportAttributeAccessIssue"
    }
    assert set(found) == set(NARROWED_TO), json.dumps(report["generalDiagnostics"], indent=1)
    for number, member in NARROWED_TO.items():
        assert f'class "{member}"' in found[number]
