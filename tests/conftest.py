from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from c1_schemas import SpecSchemas, spec_schemas

from thesys_c1.testing import LocalC1

# `pytester` runs a test file in a child pytest, to test the `local_c1` fixture as users get it.
pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def schema_check() -> SpecSchemas:
    """The effective spec's schemas, checked with jsonschema (independent of the package)."""
    return spec_schemas()


@pytest.fixture
def http(local_c1: LocalC1) -> Iterator[httpx.Client]:
    """A raw HTTP client for the local server, rooted at its host, with its key."""
    with httpx.Client(
        base_url=local_c1.root_url, headers={"authorization": f"Bearer {local_c1.api_key}"}, timeout=30
    ) as client:
        yield client
