"""examples/typed_usage.py (type-checked by `make lint`) also runs, against the local C1 server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
