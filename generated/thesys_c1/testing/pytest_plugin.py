"""pytest fixtures for the local C1 server (registered through the ``pytest11`` entry point).

``local_c1`` gives a running ``LocalC1``. One server is started per test
module and shared by that module's tests; before each test its request log,
its planned faults and the header faults' counters are cleared (stored
responses and conversations are kept, each has its own id). This module
imports nothing heavy, so installing the package without the testing extra
leaves pytest unaffected until the fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import LocalC1


@pytest.fixture(scope="module")
def local_c1_server() -> Iterator[LocalC1]:
    """The module's server; prefer ``local_c1``, which also resets it for each test."""
    with LocalC1() as server:
        yield server


@pytest.fixture
def local_c1(local_c1_server: LocalC1) -> LocalC1:
    """A running local C1 server with an empty request log and no planned faults."""
    local_c1_server.clear_requests()
    local_c1_server.clear_faults()
    return local_c1_server
