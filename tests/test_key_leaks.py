"""A canary key pushed through every channel the client owns: it must come out of none of them.

The server (``key_echo_server``) echoes the key it is sent in headers, in
error bodies as values and as dict keys, escaped, and in a success body's
constant field. For each error the test looks at ``str``, ``repr``, every
attribute it keeps, the formatted traceback with its chain, the pickled bytes
and the unpickled copy; and at the log records at debug level (``caplog``
and a real ``StreamHandler``) and any warnings.

The canary is made at run time, so that no source line shown in a traceback
holds it; its random part is never escaped by any encoder, so finding that
part anywhere finds every spelling of the key.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import pickle
import secrets
import socket
import traceback
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from client_helpers import MODEL, QUESTION
from key_echo_server import key_echo_server

from thesys_c1 import (
    C1,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AsyncC1,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
)
from thesys_c1._lib.errors import InvalidArgumentError, safe_cause

MARK = secrets.token_hex(12)
# Quotes, slashes, backslash and '+' make every escaping spell the key differently.
CANARY = f'sk-c1-{MARK}/+"\\='
MESSAGES: list[Any] = [{"role": "user", "content": QUESTION}]


def leaks(text: str | bytes) -> bool:
    if isinstance(text, bytes):
        return MARK.encode() in text
    return MARK in text


@pytest.fixture
def server() -> Iterator[Any]:
    with key_echo_server() as server:
        yield server


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[io.StringIO]:
    """The SDK's log at debug level, through a real handler writing text (as apps configure it)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    sdk = logging.getLogger("thesys_c1")
    sdk.addHandler(handler)
    caplog.set_level(logging.DEBUG)
    try:
        yield stream
    finally:
        sdk.removeHandler(handler)


def assert_error_holds_no_key(error: BaseException) -> None:
    shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
    shown += [repr(value) for value in vars(error).values()]
    if isinstance(error, APIError):
        for message in (error.request, error.response and error.response.request):
            if message is not None:
                shown += [str(message.url), repr(message.headers.multi_items())]
        if error.response is not None:
            shown += [repr(error.response.headers.multi_items())]
            with contextlib.suppress(httpx.ResponseNotRead):  # a stream: its bytes went out as events
                shown += [error.response.text]
    for text in shown:
        assert not leaks(text), text
    data = pickle.dumps(error)
    assert not leaks(data)
    copy = pickle.loads(data)
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy).keys() == vars(error).keys()
    assert not leaks(repr(vars(copy)))


def assert_logs_hold_no_key(caplog: pytest.LogCaptureFixture, stream: io.StringIO) -> None:
    """The SDK's records; httpx and httpcore log what an echoing server sent back (see the README)."""
    records = [record for record in caplog.records if record.name.startswith("thesys_c1")]
    assert records, "nothing was logged: the test would prove nothing"
    for record in records:
        assert not leaks(record.getMessage())
    assert stream.getvalue()
    assert not leaks(stream.getvalue())


def test_a_key_read_from_a_file_is_refused_without_being_shown(server: Any) -> None:
    for key in (CANARY + "\n", " " + CANARY, CANARY.replace("/", "\t"), CANARY + "\x00"):
        with pytest.raises(InvalidArgumentError, match=r"^api_key: holds (whitespace|a control character)") as caught:
            C1(api_key=key, base_url=server.url)
        assert_error_holds_no_key(caught.value)
    assert server.requests == []


def test_a_bad_key_in_the_environment_is_named_by_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THESYS_API_KEY", CANARY + "\r\n")
    with pytest.raises(InvalidArgumentError, match=r"^THESYS_API_KEY: holds whitespace") as caught:
        C1()
    assert_error_holds_no_key(caught.value)


STATUS_ERRORS = [
    (400, BadRequestError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (413, RequestTooLargeError),
    (429, RateLimitError),
    (500, InternalServerError),
    (409, ConflictError),
    (418, APIStatusError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUS_ERRORS)
def test_status_errors_scrub_an_echoed_key_everywhere(
    server: Any, logs: io.StringIO, caplog: pytest.LogCaptureFixture, status: int, error_class: type[APIError]
) -> None:
    with C1(api_key=CANARY, base_url=server.url, max_retries=0) as client, pytest.raises(error_class) as caught:
        client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_headers={"x-echo-status": str(status)})
    error = caught.value
    assert type(error) is error_class and error.status_code == status
    # The echo arrived and was scrubbed, not lost: the body's shape is kept.
    assert error.request_id == "<redacted>"
    assert error.code == "<redacted>"
    assert isinstance(error.body, dict) and error.body["<redacted>"] == {
        "nested": ["<redacted>", {"<redacted>": "<redacted>"}]
    }
    assert "key <redacted> refused" in error.message
    assert error.request is not None and error.request.headers["authorization"] == "<redacted>"
    assert_error_holds_no_key(error)
    assert_logs_hold_no_key(caplog, logs)


def test_a_text_error_body_is_scrubbed(server: Any) -> None:
    with C1(api_key=CANARY, base_url=server.url, max_retries=0) as client, pytest.raises(APIStatusError) as caught:
        client.responses.create(model=MODEL, input=QUESTION, extra_headers={"x-echo": "text"})
    assert caught.value.status_code == 418
    assert "upstream refused <redacted>" in str(caught.value)
    assert_error_holds_no_key(caught.value)


def test_a_key_in_a_success_body_is_out_of_the_validation_error_and_its_chain(
    server: Any, logs: io.StringIO, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        C1(api_key=CANARY, base_url=server.url, max_retries=0) as client,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_headers={"x-echo": "const"})
    error = caught.value
    assert error.__cause__ is not None  # the parse error is still there to read, scrubbed
    assert "<redacted>" in "".join(traceback.format_exception(error))
    assert_error_holds_no_key(error)
    assert_logs_hold_no_key(caplog, logs)
    # What an application's own `logger.exception(...)` prints, chain and all.
    app_log = io.StringIO()
    app = logging.getLogger("app")
    app.addHandler(handler := logging.StreamHandler(app_log))
    try:
        raise error
    except APIError:
        app.exception("the call failed")
    finally:
        app.removeHandler(handler)
    assert "the call failed" in app_log.getvalue() and "ParseError" in app_log.getvalue()
    assert not leaks(app_log.getvalue())


def test_a_stream_cut_after_an_echo_gives_a_clean_stream_error(server: Any) -> None:
    with (
        C1(api_key=CANARY, base_url=server.url, max_retries=0) as client,
        pytest.raises(APIStreamError) as caught,
        client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers={"x-echo": "cut"}
        ) as stream,
    ):
        for _ in stream:
            pass
    assert_error_holds_no_key(caught.value)


def test_a_timeout_and_a_refused_connection_hold_no_key(server: Any) -> None:
    with (
        C1(api_key=CANARY, base_url=server.url, max_retries=0, timeout=0.3) as client,
        pytest.raises(APITimeoutError) as timed_out,
    ):
        client.responses.create(model=MODEL, input=QUESTION, extra_headers={"x-echo": "hang"})
    assert_error_holds_no_key(timed_out.value)
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    with (
        C1(api_key=CANARY, base_url=f"http://127.0.0.1:{port}/v1", max_retries=0) as client,
        pytest.raises(APIConnectionError) as refused,
    ):
        client.responses.create(model=MODEL, input=QUESTION)
    assert type(refused.value) is APIConnectionError
    assert_error_holds_no_key(refused.value)


class CredentialQuotingTransport(httpx.HTTPTransport):
    """A transport (a proxy plug-in, say) whose errors quote the request's headers, as some do."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused {request.headers['authorization']}", request=request)


def test_a_network_error_quoting_the_key_is_retried_and_chained_scrubbed(
    logs: io.StringIO, caplog: pytest.LogCaptureFixture
) -> None:
    http = httpx.Client(transport=CredentialQuotingTransport())
    with (
        C1(api_key=CANARY, base_url="http://127.0.0.1:9/v1", max_retries=1, http_client=http) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.responses.create(model=MODEL, input=QUESTION)
    http.close()
    error = caught.value
    assert "proxy refused Bearer <redacted>" in str(error)
    assert error.__cause__ is not None and "proxy refused Bearer <redacted>" in str(error.__cause__)
    assert "retrying" in caplog.text  # the retry's log line quotes the error, scrubbed
    assert_error_holds_no_key(error)
    assert_logs_hold_no_key(caplog, logs)


def test_async_status_errors_are_scrubbed_too(server: Any) -> None:
    async def call() -> BaseException:
        async with AsyncC1(api_key=CANARY, base_url=server.url, max_retries=0) as client:
            try:
                await client.responses.create(model=MODEL, input=QUESTION, extra_headers={"x-echo-status": "403"})
            except PermissionDeniedError as error:
                return error
        raise AssertionError("no error")

    assert_error_holds_no_key(asyncio.run(call()))


def test_a_key_the_caller_also_sends_in_their_own_header_or_query_is_not_logged(
    server: Any, logs: io.StringIO, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        C1(api_key=CANARY, base_url=server.url, max_retries=0, default_headers={"X-Client-Ref": CANARY}) as client,
        pytest.raises(BadRequestError),
    ):
        client.responses.create(model=MODEL, input=QUESTION, extra_query={"ref": CANARY})
    [request] = server.requests
    assert request["headers"]["x-client-ref"] == CANARY  # sent as given: redaction is for display only
    assert "x-client-ref" in caplog.text.lower()
    assert_logs_hold_no_key(caplog, logs)
    assert not leaks(repr(client)) and not leaks(repr(client._settings))


def test_no_warning_holds_the_key(server: Any) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with C1(api_key=CANARY, base_url=server.url, max_retries=0) as client, pytest.raises(BadRequestError):
            client.responses.create(model=MODEL, input=QUESTION)
        with pytest.raises(InvalidArgumentError):
            C1(api_key=CANARY + "\n")
    for warning in caught:
        assert not leaks(str(warning.message))


def test_safe_cause_keeps_a_clean_error_and_replaces_one_holding_the_key() -> None:
    clean = OSError("connection reset")
    assert safe_cause(clean, CANARY) is clean
    try:
        try:
            raise KeyError(CANARY)
        except KeyError as inner:
            raise ValueError(f"bad {CANARY!r}") from inner
    except ValueError as outer:
        replaced = safe_cause(outer, CANARY)
        assert replaced is not None and replaced is not outer
    printed = "".join(traceback.format_exception(replaced))
    assert "ValueError: bad '<redacted>'" in printed and "KeyError" in printed
    assert not leaks(printed)
    assert safe_cause(None, CANARY) is None


def test_with_a_server_that_does_not_echo_it_no_logger_at_all_sees_the_key(caplog: pytest.LogCaptureFixture) -> None:
    """httpx and httpcore log request lines and response headers, never the request's headers."""
    from thesys_c1.testing import LocalC1

    caplog.set_level(logging.DEBUG)
    with LocalC1(api_keys=[CANARY]) as c1, C1(api_key=CANARY, base_url=c1.base_url, max_retries=0) as client:
        client.responses.create(model=MODEL, input=QUESTION)
    names = {record.name.split(".")[0] for record in caplog.records}
    assert {"thesys_c1", "httpx", "httpcore"} <= names
    assert not leaks(caplog.text)
