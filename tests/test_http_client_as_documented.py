"""``http_client=`` as the README's "Your own httpx client" describes it, against the local C1 server."""

from __future__ import annotations

import asyncio

import httpx
from client_helpers import MODEL, QUESTION

from thesys_c1 import C1, AsyncC1
from thesys_c1.testing import LocalC1


def test_event_hooks_see_every_request_and_can_add_headers(local_c1: LocalC1) -> None:
    seen: list[tuple[str, str]] = []
    statuses: list[int] = []

    def trace(request: httpx.Request) -> None:
        request.headers["traceparent"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
        seen.append((request.method, request.url.path))

    http = httpx.Client(
        event_hooks={"request": [trace], "response": [lambda response: statuses.append(response.status_code)]}
    )
    with http, C1(base_url=local_c1.base_url, api_key=local_c1.api_key, http_client=http) as client:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
        with client.responses.create(model=MODEL, input=QUESTION, stream=True) as stream:
            stream.until_done()
        client.with_options(max_retries=0).conversations.create()
        client.close()
        assert not http.is_closed, "a client passed in is the caller's to close"
    assert seen == [
        ("POST", "/v1/embed/chat/completions"),
        ("POST", "/v1/embed/responses"),
        ("POST", "/v1/conversations"),
    ]
    assert statuses == [200, 200, 200]
    assert all(request.headers["traceparent"].startswith("00-0af765") for request in local_c1.requests)


def test_the_sdk_timeout_wins_over_the_http_clients_own(local_c1: LocalC1) -> None:
    timeouts: list[object] = []
    http = httpx.Client(
        timeout=0.001, event_hooks={"request": [lambda request: timeouts.append(request.extensions["timeout"])]}
    )
    with http, C1(base_url=local_c1.base_url, api_key=local_c1.api_key, http_client=http, timeout=30) as client:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}], timeout=12)
    assert [timeout["read"] for timeout in timeouts] == [30, 12]  # type: ignore[index]


def test_an_async_client_passed_in_stays_open(local_c1: LocalC1) -> None:
    async def main() -> bool:
        http = httpx.AsyncClient()
        async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, http_client=http) as client:
            await client.conversations.create()
        still_open = not http.is_closed
        await http.aclose()
        return still_open

    assert asyncio.run(main())
