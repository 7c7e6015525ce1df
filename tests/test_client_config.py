"""Constructing a client: key and base URL sources, normalisation, and no key in any repr."""

from __future__ import annotations

import pytest

from thesys_c1 import C1, AsyncC1, MissingAPIKeyError
from thesys_c1._lib.client import normalize_base_url
from thesys_c1._lib.constants import DEFAULT_BASE_URL

SECRET = "sk-c1-very-secret-key"


def test_a_missing_key_is_a_clear_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THESYS_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="THESYS_API_KEY"):
        C1()
    with pytest.raises(MissingAPIKeyError):
        AsyncC1(api_key="")


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THESYS_API_KEY", SECRET)
    monkeypatch.delenv("THESYS_BASE_URL", raising=False)
    with C1() as client:
        assert client.api_key == SECRET
        assert client.base_url == DEFAULT_BASE_URL
    monkeypatch.setenv("THESYS_BASE_URL", "http://127.0.0.1:9/v1")
    with C1() as client:
        assert client.base_url == "http://127.0.0.1:9/v1"


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("https://api.thesys.dev/v1", "https://api.thesys.dev/v1"),
        ("https://api.thesys.dev/v1/", "https://api.thesys.dev/v1"),
        ("https://api.thesys.dev/v1/embed", "https://api.thesys.dev/v1"),  # OpenAI-style generation base
        ("https://api.thesys.dev", "https://api.thesys.dev/v1"),  # the docs' conversations client base
        ("http://127.0.0.1:8000/proxy/v1", "http://127.0.0.1:8000/proxy/v1"),
    ],
)
def test_base_urls_written_for_openai_clients_mean_the_api_root(given: str, used: str) -> None:
    assert normalize_base_url(given) == used


def test_the_key_is_in_no_repr() -> None:
    with C1(api_key=SECRET) as client:
        assert SECRET not in repr(client)
        assert SECRET not in repr(client._settings)
        assert SECRET not in repr(client.with_options(max_retries=5))


def test_with_options_changes_only_what_is_given() -> None:
    with C1(api_key=SECRET, max_retries=4, timeout=12.0) as client:
        changed = client.with_options(check_rules=False)
        assert changed.max_retries == 4
        assert changed.timeout.read == 12.0
        assert changed.check_rules is False
        assert client.check_rules is True


def test_default_timeouts_are_finite() -> None:
    with C1(api_key=SECRET) as client:
        timeout = client.timeout
        assert timeout.connect is not None and timeout.connect <= 10
        assert timeout.read is not None


@pytest.mark.parametrize("value", [-1, 1.5])
def test_max_retries_must_be_a_whole_number(value: object) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        C1(api_key=SECRET, max_retries=value)  # type: ignore[arg-type]
