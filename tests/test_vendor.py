"""`make vendor`: the package copied into another git repository under another name, and nothing else touched."""

from __future__ import annotations

import ast
import json
import os
import tomllib
from pathlib import Path

import pytest
from release_tools import CLIENT_SCRIPT, PYTHON, REPO, chat_n_rule, free_port, git, make, run

from generator.pipeline import layout
from generator.release import dist, gitrepo
from generator.release.import_rewrite import RewriteError, rewrite
from thesys_c1.testing import LocalC1

SAMPLE = '''"""Mentions thesys_c1 in prose, which stays."""
from __future__ import annotations
import os, thesys_c1._lib.rules
import thesys_c1 as c1  # a comment that stays
from thesys_c1._generated import (  # so does this one
    version,
)
from . import sibling
from thesys_c1x import other_package
import importlib.resources as r
TEXT = r.files("thesys_c1._generated").joinpath("openapi.json")
LOGGER = 'thesys_c1'
SENTENCE = "thesys_c1 is not a module path here"
é = "ü"; CHECK = thesys_c1._lib.rules.check_request
def f(thesys: int) -> str:
    return thesys_c1.__name__ + "thesys_c1._lib"
'''


def test_rewrite_renames_imports_the_bound_name_and_module_path_strings_only() -> None:
    assert rewrite(SAMPLE, "thesys_c1", "acme_c1") == (
        SAMPLE.replace("import os, thesys_c1._lib", "import os, acme_c1._lib")
        .replace("import thesys_c1 as c1", "import acme_c1 as c1")
        .replace("from thesys_c1._generated", "from acme_c1._generated")
        .replace('files("thesys_c1._generated")', 'files("acme_c1._generated")')
        .replace("'thesys_c1'", "'acme_c1'")
        .replace("CHECK = thesys_c1._lib", "CHECK = acme_c1._lib")
        .replace('return thesys_c1.__name__ + "thesys_c1._lib"', 'return acme_c1.__name__ + "acme_c1._lib"')
    )


def test_rewrite_refuses_a_module_path_it_cannot_rename_whole() -> None:
    with pytest.raises(RewriteError, match="not one plain string literal"):
        rewrite('NAME = ("thesys_c1" "._generated")\n', "thesys_c1", "acme_c1", "x.py")


@pytest.fixture
def other_repo(tmp_path: Path) -> Path:
    root = tmp_path / "other-repo"
    root.mkdir()
    git(root, "init", "--quiet", "-b", "main")
    (root / "README.md").write_text("Another project.\n")
    (root / "app.py").write_text("print('hello')\n")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "start")
    return root


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and ".git" not in path.relative_to(root).parts
    }


def test_vendor_under_a_new_name_writes_only_that_folder_with_a_stamp(other_repo: Path) -> None:
    before = _tree(other_repo)
    done = make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1")
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and "acme_c1" in done.stdout

    status = git(other_repo, "status", "--porcelain", "--untracked-files=normal").splitlines()
    assert status == ["?? acme_c1/"], "nothing but the new folder changed in the other repository"
    after = _tree(other_repo)
    assert {k: v for k, v in after.items() if not k.startswith("acme_c1/")} == before

    stamp = tomllib.loads((other_repo / "acme_c1" / "VENDORED.toml").read_text())
    version, digest = dist.package_version(REPO)
    assert stamp == {
        "project": "thesys-c1",
        "version": version,
        "import_name": "acme_c1",
        "spec_sha256": digest,
        "source_commit": gitrepo.head_commit(REPO),
        "source_tree_clean": not gitrepo.dirty_paths(REPO),
        "effective_spec": "openapi.yaml",
        "support_matrix": "SUPPORT.md",
    }
    source_files = set(layout.package_files(REPO))
    vendored = {k.removeprefix("acme_c1/") for k in after if k.startswith("acme_c1/")}
    shipped_beside = {"VENDORED.toml", "openapi.yaml", "SUPPORT.md", "ruff.toml", "_generated/ruff.toml"}
    assert vendored == source_files | shipped_beside
    # For a reviewer of the host repository: the spec and the support matrix as this repository has them.
    for name in ("openapi.yaml", "SUPPORT.md"):
        assert after[f"acme_c1/{name}"] == (REPO / "generated" / name).read_bytes()
    # The generated files themselves, not the source tree's link to them.
    assert not (other_repo / "acme_c1" / "_generated").is_symlink()
    assert any(name.startswith("_generated/models/") for name in vendored)
    for name in vendored:
        if name.endswith(".py"):
            tree = ast.parse(after[f"acme_c1/{name}"])
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    assert not node.module.startswith("thesys_c1"), name
                if isinstance(node, ast.Import):
                    assert not any(alias.name.startswith("thesys_c1") for alias in node.names), name


def test_the_vendored_copy_works_beside_the_installed_thesys_c1(other_repo: Path) -> None:
    assert make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1").returncode == 0
    # An `n` that breaks this repository's rule on it, whatever the docs now allow.
    too_many, rule = chat_n_rule(REPO)
    script = """
import json, sys
import thesys_c1
import acme_c1
from acme_c1._lib import rules as vendored_rules, spec as vendored_spec
from thesys_c1._lib import rules as installed_rules
body = {"model": "c1/anthropic/claude-sonnet-4/v-20250930", "messages": [{"role": "user", "content": "hi"}]}
body["n"] = int(sys.argv[1])
vendored = vendored_rules.find_violations("createChatCompletion", body)
installed = installed_rules.find_violations("createChatCompletion", body)
print(json.dumps({
    "vendored_file": acme_c1.__file__,
    "installed_file": thesys_c1.__file__,
    "versions": [acme_c1.__version__, thesys_c1.__version__],
    "vendored_rule": [v.param + ": " + str(v.rule) for v in vendored],
    "installed_rule": [v.param + ": " + str(v.rule) for v in installed],
    "separate_specs": vendored_spec.effective_spec() is not installed_rules._spec.effective_spec(),
    "module_files": {
        name: getattr(module, "__file__", None) for name, module in sys.modules.items()
        if name.split(".")[0] in ("acme_c1", "thesys_c1")
    },
}))
"""
    done = run([PYTHON, "-c", script, str(too_many)], other_repo, env={"PYTHONPATH": str(other_repo)})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert Path(seen["vendored_file"]).parent == other_repo / "acme_c1"
    assert Path(seen["installed_file"]).parent == REPO / layout.SRC_PACKAGE
    assert seen["versions"][0] == seen["versions"][1] == dist.package_version(REPO)[0]
    assert seen["vendored_rule"] == seen["installed_rule"] == [f"n: {rule}"]
    assert seen["separate_specs"] is True
    homes = {"acme_c1": other_repo / "acme_c1", "thesys_c1": REPO / layout.SRC_PACKAGE}
    for name, file in seen["module_files"].items():
        # Every module of each copy was loaded from that copy's own folder.
        assert file is None or homes[name.split(".")[0]] in Path(file).parents, (name, file)
    assert any(name.startswith("acme_c1._generated") for name in seen["module_files"])


def test_the_vendored_client_refuses_a_rule_break_and_sends_a_valid_request(other_repo: Path) -> None:
    assert make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1").returncode == 0
    nobody = f"http://127.0.0.1:{free_port()}/v1"
    done = run(
        [PYTHON, "-c", CLIENT_SCRIPT, "acme_c1", nobody, "c1-key"], other_repo, env={"PYTHONPATH": str(other_repo)}
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert Path(seen["package_file"]).parent == other_repo / "acme_c1"
    assert seen["refused"] == ["acme_c1._lib.rules", "n", chat_n_rule(REPO)[1]]
    assert seen["connection_error"] == "acme_c1._lib.errors"


def test_the_vendored_client_completes_a_call_against_the_local_c1_server(other_repo: Path) -> None:
    assert make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1").returncode == 0
    with LocalC1() as server:
        args = [PYTHON, "-c", CLIENT_SCRIPT, "acme_c1", server.base_url, server.api_key]
        done = run(args, other_repo, env={"PYTHONPATH": str(other_repo)})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["refused"] == ["acme_c1._lib.rules", "n", chat_n_rule(REPO)[1]]
    assert '<content thesys="true">' in seen["content"]


def test_re_vendoring_replaces_the_old_copy_whole(other_repo: Path) -> None:
    assert make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1").returncode == 0
    target = other_repo / "acme_c1"
    git(other_repo, "add", "--all")
    git(other_repo, "commit", "--quiet", "-m", "vendor acme_c1")
    (target / "stale_module.py").write_text("LEFT_OVER = True\n")
    (target / "_lib" / "rules.py").write_text("# edited by hand\n")

    done = make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1")
    assert done.returncode == 0, done.stderr
    assert "replaced" in done.stdout
    assert git(other_repo, "status", "--porcelain", "--untracked-files=all") == "", "back to the committed copy"
    assert sorted(p.name for p in other_repo.iterdir()) == [".git", "README.md", "acme_c1", "app.py"]


def test_vendor_keeps_the_name_by_default(other_repo: Path) -> None:
    done = make(REPO, "vendor", f"DEST={other_repo}")
    assert done.returncode == 0, done.stderr
    original = (REPO / layout.SRC_PACKAGE / "_lib" / "spec.py").read_bytes()
    assert (other_repo / "thesys_c1" / "_lib" / "spec.py").read_bytes() == original


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "DEST is not set"),
        (["DEST={missing}"], "does not exist"),
        (["DEST={file}"], "is not a directory"),
        (["DEST={repo}", "AS=not-a-name"], "is not a valid Python package name"),
        (["DEST={repo}", "AS=class"], "is not a valid Python package name"),
        (["DEST={repo}", "AS=taken"], "is not a vendored copy of thesys-c1"),
    ],
)
def test_bad_vendor_input_fails_with_a_clear_message(
    other_repo: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    (other_repo / "taken").mkdir()
    (other_repo / "taken" / "mine.py").write_text("")
    (tmp_path / "a-file").write_text("")
    values = {"missing": tmp_path / "missing", "file": tmp_path / "a-file", "repo": other_repo}
    before = _tree(other_repo)
    done = make(REPO, "vendor", *[arg.format(**values) for arg in args])
    assert done.returncode != 0
    assert message in done.stderr
    assert _tree(other_repo) == before
    assert not any(name.startswith(".") and name != ".git" for name in os.listdir(other_repo)), "no scratch left"


def test_a_copy_renamed_acme_c1_never_says_thesys_c1(other_repo: Path) -> None:
    assert (REPO / layout.SRC_PACKAGE / "testing" / "__main__.py").read_text().count("thesys_c1") > 0, (
        "a mention to rename"
    )
    done = make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1")
    assert done.returncode == 0, done.stderr
    mentions = [
        f"{path.relative_to(other_repo)}:{number}: {line}"
        for path in sorted((other_repo / "acme_c1").rglob("*"))
        if path.is_file()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "thesys_c1" in line
    ]
    assert mentions == []
    assert 'pytest_plugins = ["acme_c1.testing.pytest_plugin"]' in done.stdout
    helped = run([PYTHON, "-m", "acme_c1.testing", "--help"], other_repo, env={"PYTHONPATH": str(other_repo)})
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: python -m acme_c1.testing ")


# A host repository with settings of its own, stricter in places than this project's.
HOST_PYPROJECT = """\
[project]
name = "host-app"
version = "1.0.0"

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["E", "F", "W", "I", "UP", "B", "C4", "SIM", "N"]

[tool.mypy]
strict = true
files = ["."]
"""
# What a FastAPI host has installed: the copy's runtime dependencies, starlette,
# pydantic and pytest, but neither uvicorn nor orjson (extras of the copy).
HOST_PACKAGES = (
    "attr", "attrs", "httpx", "httpcore", "anyio", "sniffio", "idna", "certifi", "h11", "starlette",
    "pydantic", "pydantic_core", "annotated_types", "typing_inspection", "typing_extensions.py",
    "pytest", "_pytest", "pluggy", "iniconfig", "packaging",
)  # fmt: skip


def _host_python(root: Path) -> Path:
    """A venv whose site-packages holds HOST_PACKAGES, linked from this environment, and nothing else."""
    run([PYTHON, "-m", "venv", "--without-pip", str(root)], root.parent)
    python = root / "bin" / "python"
    paths = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root)
    site = Path(paths.stdout.strip())
    ours = Path(run([PYTHON, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root).stdout.strip())
    for name in HOST_PACKAGES:
        if (ours / name).exists():
            (site / name).symlink_to(ours / name)
    return python


def test_the_copy_passes_the_host_repositorys_own_ruff_and_strict_mypy(other_repo: Path, tmp_path: Path) -> None:
    (other_repo / "pyproject.toml").write_text(HOST_PYPROJECT)
    (other_repo / "app.py").write_text('print("hello")\n')  # as the host's formatter leaves it
    done = make(REPO, "vendor", f"DEST={other_repo}", "AS=acme_c1")
    assert done.returncode == 0, done.stderr
    ruff = str(Path(PYTHON).parent / "ruff")
    for command in ([ruff, "check", "--no-cache", "."], [ruff, "format", "--no-cache", "--check", "."]):
        checked = run(command, other_repo)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    # The host's own settings still hold outside the copy.
    (other_repo / "long.py").write_text(f"X = {'1' * 120}\n")
    host_rule = run([ruff, "check", "--no-cache", "long.py"], other_repo)
    assert host_rule.returncode == 1 and "E501 Line too long (124 > 100)" in host_rule.stdout
    (other_repo / "long.py").unlink()

    host = _host_python(tmp_path / "host-venv")
    mypy = [PYTHON, "-m", "mypy", "--python-executable", str(host), "--cache-dir", str(tmp_path / "mypy-cache")]
    without = run(mypy, other_repo, timeout=600)
    assert without.returncode == 1 and 'module named "uvicorn"' in without.stdout, without.stdout
    printed = done.stdout[done.stdout.index("[[tool.mypy.overrides]]") :].split("\n\n")[0]
    with (other_repo / "pyproject.toml").open("a") as pyproject:
        pyproject.write("\n" + printed.rstrip("\n") + "\n")
    with_lines = run(mypy, other_repo, timeout=600)
    assert with_lines.returncode == 0, with_lines.stdout + with_lines.stderr
    assert "Success: no issues found" in with_lines.stdout
