"""`import thesys_c1` loads almost nothing; names load on first use, and each one resolves."""

from __future__ import annotations

import json
import subprocess
import sys

import thesys_c1


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return set(json.loads(output))


def test_importing_the_package_loads_no_http_stack_and_no_models() -> None:
    loaded = _modules_after("import thesys_c1")
    assert "httpx" not in loaded
    assert "attrs" not in loaded
    assert not any(name.startswith("thesys_c1._generated.models") for name in loaded)


def test_importing_the_client_loads_only_the_models_it_needs() -> None:
    loaded = _modules_after("from thesys_c1 import C1")
    models = [name for name in loaded if name.startswith("thesys_c1._generated.models.")]
    assert "httpx" in loaded
    assert len(models) < 10, models


def test_every_exported_name_resolves() -> None:
    for name in thesys_c1.__all__:
        assert getattr(thesys_c1, name) is not None, name
    assert set(thesys_c1.__all__) <= set(dir(thesys_c1))
