"""The project lookup of `make publish` never carries the index credentials to another host.

Real HTTP on loopback: an index on 127.0.0.1 that redirects the lookup, and
a sink that stands for the other host (127.0.0.2, or another port of
127.0.0.1) and records whatever reaches it. `test_release.py` drives the same
through `make publish`.
"""

from __future__ import annotations

import pytest
from recording_http import Answer, serve

from generator.release import same_origin
from generator.release.publish import Index, PublishError, released_versions

CREDENTIALS = {"TWINE_USERNAME": "releaser", "TWINE_PASSWORD": "s3cret-for-tests"}
LOOKUP = "/simple/thesys-c1/"
LISTING = b'<html><body><a href="/p/thesys_c1-1.2.3.tar.gz">thesys_c1-1.2.3.tar.gz</a></body></html>'


def _not_found(method: str, path: str) -> Answer:
    return Answer(404, {"Content-Type": "text/html"}, b"not here")


@pytest.mark.parametrize("sink_host", ["127.0.0.2", "127.0.0.1"], ids=["other-address", "other-port"])
@pytest.mark.parametrize("env", [CREDENTIALS, {}], ids=["with-credentials", "without"])
def test_a_redirect_to_another_host_is_refused_and_nothing_is_sent_there(sink_host: str, env: dict[str, str]) -> None:
    with serve(sink_host, _not_found) as sink:
        target = sink.url.rstrip("/") + LOOKUP

        def index_answer(method: str, path: str) -> Answer:
            return Answer(302, {"Location": target}) if path == LOOKUP else _not_found(method, path)

        with serve("127.0.0.1", index_answer) as index, pytest.raises(PublishError) as refused:
            released_versions(Index.of(index.url), env)

    host = same_origin.host_of(sink.url)
    assert not [seen for seen in sink.seen if seen.has_header("Authorization")], "the credentials stayed home"
    assert sink.seen == [], "not even a request without credentials goes to the other host"
    message = str(refused.value)
    assert f"redirected the lookup of {index.url.rstrip('/')}{LOOKUP} to {target}, on {host}" in message
    assert "did not follow the redirect" in message and "--disable-fallback" in message
    assert [(s.method, s.path, s.has_header("Authorization")) for s in index.seen] == [("GET", LOOKUP, bool(env))]


def test_a_redirect_within_the_index_keeps_the_credentials_and_reads_the_listing() -> None:
    def index_answer(method: str, path: str) -> Answer:
        if path == LOOKUP:
            return Answer(301, {"Location": "/packages/thesys-c1/"})  # relative: the same host
        if path == "/packages/thesys-c1/":
            return Answer(200, {"Content-Type": "text/html"}, LISTING)
        return _not_found(method, path)

    with serve("127.0.0.1", index_answer) as index:
        versions = released_versions(Index.of(index.url), CREDENTIALS)

    assert [str(v) for v in versions] == ["1.2.3"]
    assert [(s.path, s.headers.get("authorization")) for s in index.seen] == [
        (LOOKUP, "Basic cmVsZWFzZXI6czNjcmV0LWZvci10ZXN0cw=="),
        ("/packages/thesys-c1/", "Basic cmVsZWFzZXI6czNjcmV0LWZvci10ZXN0cw=="),
    ]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("http://Index.Example/simple/", "http://index.example:80/other/", True),
        ("https://index.example/simple/", "https://index.example:443/", True),
        ("http://index.example/simple/", "https://index.example/simple/", False),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8081/", False),
        ("http://127.0.0.1:8080/", "http://127.0.0.2:8080/", False),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:notaport/", False),
    ],
)
def test_an_origin_is_scheme_host_and_port(one: str, other: str, same: bool) -> None:
    assert (same_origin.origin(one) == same_origin.origin(other)) is same


def test_a_host_is_named_with_its_port() -> None:
    assert same_origin.host_of("https://pypi.example/simple/x/") == "pypi.example:443"
    assert same_origin.host_of("http://127.0.0.2:5000/simple/") == "127.0.0.2:5000"
    assert same_origin.host_of("http://[::1]:5000/") == "[::1]:5000"
