"""The client against a hostile server: thousands of seeded cases, sync and async, every outcome classified.

Each case is exact bytes from a raw loopback server (tests/hostile_server.py)
and an oracle: the exact result, a typed error, or (where the contract allows
both, with the reason in the case) either. Anything else is WRONG: wrong data,
an exception that is not an ``APIError``, a lost finished answer, a call that
waits on the server after its answer ended, or the API key in an error.

``HOSTILE_SEED`` picks the cases (the default is fixed, so runs repeat);
``HOSTILE_CASE`` runs the one case with that id (or id prefix) to reproduce it.
Run with ``-s`` to see the counts by family and outcome.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator

import pytest
from hostile_body_cases import body_cases
from hostile_case import Case
from hostile_http_cases import (
    encoding_cases,
    framing_cases,
    pagination_cases,
    retry_cases,
    stall_cases,
    status_cases,
)
from hostile_runner import Outcome, failure_report, make_async_client, make_client, run_async, run_sync, summary
from hostile_samples import Samples, take_samples
from hostile_server import HostileServer
from hostile_stream_cases import broken_cases, dialect_cases, size_cases, split_cases

SEED = int(os.environ.get("HOSTILE_SEED", "20261201"))
ONLY = os.environ.get("HOSTILE_CASE", "")


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    hostile = HostileServer().start()
    yield hostile
    hostile.stop()


@pytest.fixture(scope="module")
def samples() -> Samples:
    return take_samples()


@pytest.fixture(scope="module")
def cases(samples: Samples) -> list[Case]:
    rng = random.Random(SEED)
    every: list[Case] = []
    for family in (
        framing_cases(samples, rng),
        status_cases(samples, rng),
        encoding_cases(samples, rng),
        stall_cases(samples, rng),
        retry_cases(samples, rng),
        pagination_cases(samples, rng),
        body_cases(samples, rng, per_field=2),
        dialect_cases(samples, rng, count=150),
        size_cases(samples, rng),
        split_cases(samples, rng, responses_samples=400),
        broken_cases(samples, rng),
    ):
        every.extend(family)
    ids = [case.id for case in every]
    assert len(set(ids)) == len(ids), "case ids must be unique: a request names its case by id"
    return [case for case in every if case.id.startswith(ONLY)]


def _check(outcomes: list[Outcome], test: str) -> None:
    print("\n" + summary(outcomes, SEED))
    if os.environ.get("HOSTILE_REPORT"):
        with open(os.environ["HOSTILE_REPORT"] + f".{test}", "w", encoding="utf-8") as report:
            report.write(failure_report(outcomes, SEED, test, limit=len(outcomes)))
    wrong = [outcome for outcome in outcomes if outcome.verdict == "WRONG"]
    assert not wrong, failure_report(outcomes, SEED, test)


def test_the_sync_client_survives_a_hostile_server(server: HostileServer, cases: list[Case]) -> None:
    with make_client(server) as client:
        outcomes = [run_sync(server, client, case) for case in cases]
    _check(outcomes, "sync")


async def test_the_async_client_survives_a_hostile_server(server: HostileServer, cases: list[Case]) -> None:
    async with make_async_client(server) as client:
        outcomes = [await run_async(server, client, case) for case in cases]
    _check(outcomes, "async")
