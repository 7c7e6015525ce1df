"""``python -m thesys_c1.testing``: run the local C1 server in the foreground until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from .auth import DEFAULT_API_KEY
from .limits import DEFAULT_MAX_BODY_BYTES
from .recording import RequestLog


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m thesys_c1.testing",
        description="Run a local server that behaves as the Thesys C1 API does (offline, deterministic answers).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on; 0 picks a free one (default: 8000)")
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help=f"an API key to accept; repeat for more (default: {DEFAULT_API_KEY})",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        help=f"larger request bodies get 413 (default: {DEFAULT_MAX_BODY_BYTES})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        import uvicorn

        from .app import LocalC1App
        from .server import bind, quiet_deliberate_cuts, url_host
    except ImportError as missing:
        hint = "the local C1 server needs the testing extra: pip install 'thesys-c1[testing]'"
        print(f"{hint} ({missing})", file=sys.stderr)
        return 2

    keys = tuple(arguments.api_keys or (DEFAULT_API_KEY,))
    app = LocalC1App(keys, arguments.max_body_bytes, requests=RequestLog(limit=0))
    try:
        sock = bind(arguments.host, arguments.port)
    except OSError as error:
        print(f"cannot listen on {arguments.host}:{arguments.port}: {error.strerror}", file=sys.stderr)
        return 1
    root = f"http://{url_host(arguments.host)}:{sock.getsockname()[1]}"
    print(f"Local C1 server on {root}", flush=True)
    print(f"  base URL:                 {root}/v1", flush=True)
    print(f"  OpenAI SDK (generation):  {root}/v1/embed", flush=True)
    print(f"  OpenAI SDK (conversations): {root}", flush=True)
    for key in keys:
        print(f"  API key: {key}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    quiet_deliberate_cuts()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1)
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
