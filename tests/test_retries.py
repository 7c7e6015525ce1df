"""Retry decisions and delays (the behaviour over HTTP is in test_client_retries.py)."""

from __future__ import annotations

import email.utils

import pytest

from thesys_c1._lib.constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER
from thesys_c1._lib.retries import backoff_delay, retry_after, should_retry_status


@pytest.mark.parametrize(("status", "expected"), [(408, True), (409, True), (429, True), (500, True), (503, True)])
def test_retryable_statuses(status: int, expected: bool) -> None:
    assert should_retry_status(status, {}) is expected


@pytest.mark.parametrize("status", [400, 403, 404, 413, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    assert should_retry_status(status, {}) is False


def test_the_server_can_overrule_the_status() -> None:
    assert should_retry_status(400, {"x-should-retry": "true"}) is True
    assert should_retry_status(503, {"x-should-retry": "false"}) is False


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert retry_after({"retry-after-ms": "250", "retry-after": "3"}) == 0.25


def test_retry_after_seconds_and_http_date() -> None:
    assert retry_after({"retry-after": "2"}) == 2.0
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 5, usegmt=True)
    assert retry_after({"retry-after": date}, now=now) == pytest.approx(5.0)


@pytest.mark.parametrize("value", ["0", "-1", str(MAX_RETRY_AFTER + 1), "soon"])
def test_retry_after_outside_the_cap_or_unreadable_is_ignored(value: str) -> None:
    assert retry_after({"retry-after": value}) is None


@pytest.mark.parametrize("retries_done", [0, 1, 2, 3, 10])
def test_backoff_doubles_up_to_the_cap_with_jitter_below(retries_done: int) -> None:
    ceiling = min(INITIAL_RETRY_DELAY * 2**retries_done, MAX_RETRY_DELAY)
    delays = [backoff_delay(retries_done) for _ in range(200)]
    assert all(ceiling * (1 - RETRY_JITTER) <= delay <= ceiling for delay in delays)
    assert len(set(delays)) > 1


def test_backoff_uses_the_server_wait_when_given() -> None:
    assert backoff_delay(0, {"retry-after": "1.5"}) == 1.5
