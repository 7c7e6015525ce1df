"""A hostile server on loopback that echoes the caller's API key back in every place it can.

It reads the token of ``Authorization: Bearer <token>`` and answers, on any
path, with exact bytes chosen by the request's ``x-echo`` header:

- ``status`` (the default): the status in ``x-echo-status`` (400 unless given),
  the token in ``x-request-id`` and another header, and a JSON error body that
  holds it as a value, as a dict key at several depths, JSON-escaped inside a
  string, repr-escaped and percent-encoded;
- ``text``: status 418 with a plain-text body quoting the token;
- ``const``: status 200 with a chat completion whose ``object`` (a constant in
  the spec) is the token;
- ``cut``: a 200 event stream that sends one chunk holding the token, then
  closes the connection without ``[DONE]``;
- ``hang``: reads the request and never answers.

Every request is recorded (head and body) in ``requests``.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

_REASONS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 413: "Payload Too Large"}


def _token(head: dict[str, str]) -> str:
    scheme, _, token = head.get("authorization", "").partition(" ")
    return token if scheme.lower() == "bearer" else ""


def error_body(token: str) -> dict[str, Any]:
    deep: Any = {token: token}
    for _ in range(300):
        deep = {"inner": deep}
    return {
        "error": {
            "message": f"key {token} refused (JSON {json.dumps(token)}, URL {quote(token, safe='')}, {token!r})",
            "code": token,
            "param": json.dumps(json.dumps(token)),
            "type": "invalid_request_error",
        },
        token: {"nested": [token, {token: quote(token)}]},
        "deep": deep,
    }


def _response(status: int, headers: list[tuple[str, str]], body: bytes) -> bytes:
    reason = _REASONS.get(status, "Error")
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    lines += [f"content-length: {len(body)}", "connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        request_line = self.rfile.readline().decode("latin-1").strip()
        head: dict[str, str] = {}
        while (line := self.rfile.readline().decode("latin-1").strip()) != "":
            name, _, value = line.partition(":")
            head[name.strip().lower()] = value.strip()
        body = self.rfile.read(int(head.get("content-length", "0") or 0))
        self.server.requests.append({"line": request_line, "headers": head, "body": body})
        token = _token(head)
        mode = head.get("x-echo", "status")
        if mode == "hang":
            self.server.release.wait(30)
            return
        if mode == "text":
            text = f"upstream refused {token} ({token!r}, {quote(token, safe='')})".encode()
            self.wfile.write(_response(418, [("content-type", "text/plain"), ("x-request-id", token)], text))
        elif mode == "const":
            answer = {"id": "chatcmpl-1", "object": token, "created": 1, "model": "m", "choices": []}
            self.wfile.write(_response(200, [("content-type", "application/json")], json.dumps(answer).encode()))
        elif mode == "cut":
            chunk = {"id": token, "object": "chat.completion.chunk", "created": 1, "model": token, "choices": []}
            head_bytes = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nx-request-id: " + token.encode()
            self.wfile.write(head_bytes + b"\r\nconnection: close\r\n\r\n")
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        else:
            status = int(head.get("x-echo-status", "400"))
            headers = [("content-type", "application/json"), ("x-request-id", token), ("x-echo-key", token)]
            self.wfile.write(_response(status, headers, json.dumps(error_body(token)).encode()))
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_WR)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict[str, Any]] = []
        self.release = threading.Event()
        self.url = f"http://127.0.0.1:{self.server_address[1]}/v1"


@contextmanager
def key_echo_server() -> Iterator[_Server]:
    """The server, running in a thread; ``server.url`` is its ``/v1`` base URL."""
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, name="key-echo", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(10)
