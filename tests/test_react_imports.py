"""thesys_c1.react and thesys_c1.content need no web framework; Starlette loads only for its helper."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def _modules_after(code: str) -> set[str]:
    done = _run(f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))")
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout))


def test_the_helpers_load_no_framework() -> None:
    loaded = _modules_after("import thesys_c1.content, thesys_c1.react\nfrom thesys_c1.react import iter_answer")
    for framework in ("starlette", "fastapi", "uvicorn", "django", "flask"):
        assert framework not in loaded, framework
    assert "thesys_c1.react.starlette" not in loaded


def test_the_starlette_helper_loads_starlette_on_first_use() -> None:
    loaded = _modules_after("from thesys_c1.react import c1_streaming_response")
    assert "starlette.responses" in loaded


def test_without_starlette_the_helper_says_what_to_install() -> None:
    # A None entry in sys.modules makes the import fail as if the package were absent.
    done = _run(
        "import sys\nsys.modules['starlette'] = None\n"
        "import thesys_c1.react\n"
        "try:\n    thesys_c1.react.c1_streaming_response\n"
        "except ImportError as error:\n    print(error)\n"
    )
    assert done.returncode == 0, done.stderr
    assert "pip install 'thesys-c1[starlette]'" in done.stdout
