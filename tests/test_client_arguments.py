"""Bad settings and arguments: a clear error naming the parameter, and nothing on the wire.

Each case used to be sent as something else (``stream="yes"`` as true, a key of
123 as ``Bearer 123``, a dict in ``extra_query`` as its repr) or to fail deep
in httpx or h11 (``TypeError``, ``UnicodeEncodeError``, ``RecursionError``, a
retried "connection error"). The local server records every request it gets,
so ``local_c1.requests == []`` shows that nothing was sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from client_helpers import MODEL, QUESTION

from thesys_c1 import C1, AsyncC1
from thesys_c1._lib.errors import InvalidArgumentError, InvalidArgumentTypeError
from thesys_c1._lib.wire_json import MAX_DEPTH
from thesys_c1.testing import LocalC1


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=2) as client:
        yield client


def refused(error: pytest.ExceptionInfo[InvalidArgumentError], param: str, *words: str) -> None:
    assert error.value.param == param
    assert str(error.value).startswith(f"{param}: ")
    for word in words:
        assert word in str(error.value)


@pytest.mark.parametrize(
    ("key", "error_class", "words"),
    [
        (123, InvalidArgumentTypeError, ["must be a str, got int"]),
        (b"sk-bytes-key", InvalidArgumentTypeError, ["must be a str, got bytes"]),
        ("sk-key\n", InvalidArgumentError, ["whitespace", "'\\n'", "strip"]),
        ("sk key", InvalidArgumentError, ["whitespace"]),
        ("sk-key\x7f", InvalidArgumentError, ["a control character"]),
        ("sk-kéy", InvalidArgumentError, ["a non-ASCII character"]),
    ],
)
def test_a_key_that_cannot_go_in_a_header_is_refused_at_construction(
    local_c1: LocalC1, key: object, error_class: type[InvalidArgumentError], words: list[str]
) -> None:
    with pytest.raises(error_class) as caught:
        C1(api_key=key, base_url=local_c1.base_url)  # type: ignore[arg-type]
    refused(caught, "api_key", *words)
    with C1(api_key=local_c1.api_key, base_url=local_c1.base_url) as client, pytest.raises(error_class):
        client.with_options(api_key=key)  # type: ignore[arg-type]
    assert local_c1.requests == []


@pytest.mark.parametrize(
    ("setting", "value", "error_class", "words"),
    [
        ("timeout", "abc", InvalidArgumentTypeError, ["seconds", "got str 'abc'"]),
        ("timeout", float("nan"), InvalidArgumentError, ["finite"]),
        ("timeout", -1, InvalidArgumentError, [">= 0"]),
        ("max_retries", "3", InvalidArgumentTypeError, ["whole number", "got str '3'"]),
        ("max_retries", True, InvalidArgumentTypeError, ["got bool"]),
        ("max_retries", -1, InvalidArgumentError, [">= 0"]),
        ("base_url", 5, InvalidArgumentTypeError, ["must be a str", "got int"]),
        ("base_url", "api.thesys.dev/v1", InvalidArgumentError, ["http:// or https://"]),
        ("base_url", "http://exa mple.com/v1", InvalidArgumentError, ["whitespace"]),
        ("base_url", "http://127.0.0.1:99999/v1", InvalidArgumentError, ["not a URL"]),
        ("check_rules", "no", InvalidArgumentTypeError, ["True or False"]),
        ("default_headers", ["X-A"], InvalidArgumentTypeError, ["mapping"]),
    ],
)
def test_bad_client_settings_name_the_setting(
    local_c1: LocalC1, setting: str, value: object, error_class: type[InvalidArgumentError], words: list[str]
) -> None:
    settings: dict[str, Any] = {"api_key": local_c1.api_key, "base_url": local_c1.base_url, setting: value}
    with pytest.raises(error_class) as caught:
        C1(**settings)
    refused(caught, setting, *words)
    with pytest.raises(error_class):
        AsyncC1(**settings)
    with C1(api_key=local_c1.api_key, base_url=local_c1.base_url) as client, pytest.raises(error_class):
        changes: dict[str, Any] = {setting: value}
        client.with_options(**changes)


def test_a_bad_base_url_in_the_environment_is_named_by_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THESYS_BASE_URL", "ftp://example.com")
    with pytest.raises(InvalidArgumentError) as caught:
        C1(api_key="sk-test")
    refused(caught, "THESYS_BASE_URL", "http:// or https://")


def test_http_client_must_be_an_httpx_client_of_the_right_kind() -> None:
    async_client = httpx.AsyncClient()
    with pytest.raises(InvalidArgumentTypeError) as caught:
        C1(api_key="sk-test", http_client=async_client)  # type: ignore[arg-type]
    asyncio.run(async_client.aclose())
    refused(caught, "http_client", "httpx.Client", "got AsyncClient")
    with httpx.Client() as sync_client, pytest.raises(InvalidArgumentTypeError) as caught:
        AsyncC1(api_key="sk-test", http_client=sync_client)  # type: ignore[arg-type]
    refused(caught, "http_client", "httpx.AsyncClient", "got Client")


@pytest.mark.parametrize(
    ("headers", "param", "words"),
    [
        ({"X-A": "a\r\nInjected: 1"}, "['X-A']", ["CR or LF"]),
        ({"X-A": "a\nb"}, "['X-A']", ["CR or LF"]),
        ({"X-A": "a\x00b"}, "['X-A']", ["a control character"]),
        ({"X-A": "café"}, "['X-A']", ["a non-ASCII character"]),
        ({"X-A": 5}, "['X-A']", ["must be a str, got int"]),
        ({"X A": "1"}, "['X A']", ["not a valid header name"]),
        ({"X-A:": "1"}, "['X-A:']", ["not a valid header name"]),
    ],
)
def test_bad_headers_are_refused_by_name_and_never_retried(
    client: C1, local_c1: LocalC1, headers: dict[str, Any], param: str, words: list[str]
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        client.responses.create(model=MODEL, input=QUESTION, extra_headers=headers)
    refused(caught, "extra_headers" + param, *words)
    with pytest.raises(InvalidArgumentError) as caught:
        C1(api_key=local_c1.api_key, base_url=local_c1.base_url, default_headers=headers)
    refused(caught, "default_headers" + param, *words)
    assert local_c1.requests == []


@pytest.mark.parametrize("stream", ["yes", 1, "false"])
def test_stream_must_be_a_real_bool(client: C1, local_c1: LocalC1, stream: Any) -> None:
    with pytest.raises(InvalidArgumentTypeError) as caught:
        client.responses.create(model=MODEL, input=QUESTION, stream=stream)
    refused(caught, "stream", "True, False or None", type(stream).__name__)
    with pytest.raises(InvalidArgumentTypeError):
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=stream)
    assert local_c1.requests == []


def test_async_calls_check_stream_too(local_c1: LocalC1) -> None:
    async def call() -> None:
        async with AsyncC1(api_key=local_c1.api_key, base_url=local_c1.base_url) as client:
            await client.responses.create(model=MODEL, input=QUESTION, stream="yes")  # type: ignore[call-overload]

    with pytest.raises(InvalidArgumentTypeError, match=r"^stream: "):
        asyncio.run(call())
    assert local_c1.requests == []


def test_stream_false_is_sent_as_false(client: C1, local_c1: LocalC1) -> None:
    client.responses.create(model=MODEL, input=QUESTION, stream=False)
    [request] = local_c1.requests
    assert (request.json or {})["stream"] is False


@pytest.mark.parametrize(
    ("options", "param", "error_class", "words"),
    [
        ({"timeout": "abc"}, "timeout", InvalidArgumentTypeError, ["seconds"]),
        ({"max_retries": "3"}, "max_retries", InvalidArgumentTypeError, ["whole number"]),
        ({"check_rules": 0}, "check_rules", InvalidArgumentTypeError, ["True or False"]),
        ({"extra_query": {"a": {"b": 1}}}, "extra_query['a']", InvalidArgumentTypeError, ["got dict", "repr"]),
        ({"extra_query": {"a": object()}}, "extra_query['a']", InvalidArgumentTypeError, ["got object"]),
        ({"extra_query": {"a": ["1", b"2"]}}, "extra_query['a'][1]", InvalidArgumentTypeError, ["got bytes"]),
        ({"extra_query": {"a": "\ud800"}}, "extra_query['a']", InvalidArgumentError, ["lone surrogate"]),
        ({"extra_query": {"a": float("inf")}}, "extra_query['a']", InvalidArgumentError, ["finite"]),
        ({"extra_query": "a=1"}, "extra_query", InvalidArgumentTypeError, ["mapping"]),
        ({"extra_body": [1]}, "extra_body", InvalidArgumentTypeError, ["mapping"]),
        ({"extra_headers": "X-A: 1"}, "extra_headers", InvalidArgumentTypeError, ["mapping"]),
    ],
)
def test_bad_call_options_name_the_option(
    client: C1,
    local_c1: LocalC1,
    options: dict[str, Any],
    param: str,
    error_class: type[InvalidArgumentError],
    words: list[str],
) -> None:
    with pytest.raises(error_class) as caught:
        client.responses.create(model=MODEL, input=QUESTION, **options)
    refused(caught, param, *words)
    assert local_c1.requests == []


def test_good_query_values_are_sent_as_text(client: C1, local_c1: LocalC1) -> None:
    conversation = client.conversations.create()
    local_c1.clear_requests()
    client.conversations.items.list(
        conversation.id, limit=5, extra_query={"flag": True, "n": 2, "x": 1.5, "tags": ["a", "b"]}, check_rules=False
    )
    [request] = local_c1.requests
    assert request.query == "limit=5&flag=true&n=2&x=1.5&tags=a&tags=b"


def _deep(levels: int) -> Any:
    value: Any = "bottom"
    for _ in range(levels):
        value = [value]
    return value


def _recursive() -> Any:
    value: dict[str, Any] = {"a": 1}
    value["self"] = value
    return value


@pytest.mark.parametrize(
    ("content", "param", "error_class", "words"),
    [
        (b"bytes", "messages[0].content", InvalidArgumentTypeError, ["got bytes", "decode"]),
        ("bad \udc80 text", "messages[0].content", InvalidArgumentError, ["lone surrogate", "index 4"]),
        ({1, 2}, "messages[0].content", InvalidArgumentTypeError, ["got set"]),
        (float("nan"), "messages[0].content", InvalidArgumentError, ["finite", "NaN"]),
        ([{"type": "text", "text": object()}], "messages[0].content[0].text", InvalidArgumentTypeError, ["object"]),
        ({("tuple", "key"): 1}, "messages[0].content", InvalidArgumentTypeError, ["key ('tuple', 'key')", "str"]),
        ({"\ud800": 1}, "messages[0].content", InvalidArgumentError, ["a key holds a lone surrogate"]),
        (_recursive(), "messages[0].content.self", InvalidArgumentError, ["contains itself"]),
        (_deep(100_000), "messages[0].content[0][0]", InvalidArgumentError, [f"more than {MAX_DEPTH} levels"]),
    ],
)
def test_a_body_that_json_cannot_carry_is_named_by_its_path(
    client: C1,
    local_c1: LocalC1,
    content: Any,
    param: str,
    error_class: type[InvalidArgumentError],
    words: list[str],
) -> None:
    for check_rules in (True, False):
        with pytest.raises(error_class) as caught:
            client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": content}], check_rules=check_rules
            )
        assert caught.value.param.startswith(param)
        for word in words:
            assert word in str(caught.value)
    assert local_c1.requests == []


def test_extra_body_values_are_checked_the_same_way(client: C1, local_c1: LocalC1) -> None:
    with pytest.raises(InvalidArgumentTypeError) as caught:
        client.responses.create(model=MODEL, input=QUESTION, extra_body={"future": {"blob": b"x"}})
    refused(caught, "future.blob", "got bytes")
    assert local_c1.requests == []


def test_a_body_nested_to_the_limit_is_still_checked_and_sent(client: C1, local_c1: LocalC1) -> None:
    # Deep but legal: the rule checks, the encoder and the server get it whole, with no RecursionError.
    parameters: dict[str, Any] = {"type": "object"}
    for _ in range(MAX_DEPTH - 5):  # the deepest dict is at level MAX_DEPTH - 1
        parameters = {"type": "object", "x-nested": parameters}
    tool: Any = {"type": "function", "function": {"name": "get_weather", "parameters": parameters}}
    completion = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}], tools=[tool]
    )
    assert completion.choices
    assert len(local_c1.requests) == 1
    deeper: Any = {**tool, "function": {"name": "f", "parameters": {"type": "object", "x-nested": parameters}}}
    with pytest.raises(InvalidArgumentError, match=f"more than {MAX_DEPTH} levels"):
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}], tools=[deeper])
    assert len(local_c1.requests) == 1
