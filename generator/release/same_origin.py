"""An HTTP GET that follows redirects only within the origin (scheme, host, port) it started on.

urllib's own redirect handling copies every header, Authorization included,
onto the request for whatever URL the server names. An index that sends an
unknown project on to a public index (pypiserver does by default) would so
receive the index password at that public index. Here a redirect to another
origin is refused before anything is sent there.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Mapping
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


class CrossOriginRedirect(Exception):
    """The server redirected to another origin; nothing was sent there."""

    def __init__(self, url: str, target: str) -> None:
        super().__init__(f"{url} redirects to {target}, on another host")
        self.url = url
        self.target = target

    @property
    def target_host(self) -> str:
        return host_of(self.target)


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        # An unparsable port: the whole netloc stands for the host, which no real host name equals.
        return (scheme, parts.netloc.lower(), None)
    return (scheme, (parts.hostname or "").lower(), port if port is not None else DEFAULT_PORTS.get(scheme))


def host_of(url: str) -> str:
    """``host:port`` of ``url``, the port spelled out so that two ports of one address read as two hosts."""
    _, host, port = origin(url)
    shown = f"[{host}]" if ":" in host else host
    return shown if port is None else f"{shown}:{port}"


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if origin(newurl) != origin(req.full_url):
            fp.close()
            raise CrossOriginRedirect(req.full_url, newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def get(url: str, headers: Mapping[str, str], timeout: float) -> str:
    """The body of ``url`` as text; raises urllib's errors, or CrossOriginRedirect."""
    opener = urllib.request.build_opener(_SameOriginRedirects)
    request = urllib.request.Request(url, headers=dict(headers))
    with opener.open(request, timeout=timeout) as answer:
        body: bytes = answer.read()
    return body.decode("utf-8", "replace")
