"""``thesys-c1`` (and ``python -m thesys_c1``): ask C1 from a shell, run the local C1 server, print the version.

Laid out as openai-python's ``openai`` command: global ``-b`` / ``-k`` for the
base URL and key, ``api <resource>.<method>`` for direct calls, plus ``ask``
for a question and its streamed answer, ``serve`` for the local server and
``version``. ``--local`` points a command at a local C1 server started for it,
so everything runs offline.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from ._generated.version import SPEC_SHA256, __version__

PROG = "thesys-c1"
DEFAULT_MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
_ROLES = ("system", "developer", "user", "assistant")


def _version_text() -> str:
    return f"{PROG} {__version__} (spec sha256 {SPEC_SHA256})"


class _PrintVersion(argparse.Action):
    # argparse's own version action wraps the line, splitting the hash from its label.
    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(_version_text())
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    # No abbreviations: `ask --api` must not be read as a prefix of the global --api-base / --api-key.
    parser = argparse.ArgumentParser(
        prog=PROG, description="Command line client for the Thesys C1 generative-UI API.", allow_abbrev=False
    )
    parser.add_argument("-V", "--version", action=_PrintVersion, nargs=0, help="show program's version number and exit")
    parser.add_argument(
        "-b", "--api-base", help="What API base url to use (default: THESYS_BASE_URL, else https://api.thesys.dev/v1)."
    )
    parser.add_argument("-k", "--api-key", help="What API key to use (default: THESYS_API_KEY).")
    parser.add_argument(
        "--local",
        action="store_true",
        help="Ask a local C1 server started for this command: offline, deterministic answers (testing extra).",
    )
    commands = parser.add_subparsers(dest="command", metavar="{api,ask,serve,version}")
    commands.required = True

    api = commands.add_parser("api", help="Direct API calls")
    calls = api.add_subparsers(dest="call", metavar="{chat.completions.create,responses.create}")
    calls.required = True
    chat = calls.add_parser("chat.completions.create", help="Create a chat completion")
    chat.add_argument("-m", "--model", required=True, help="The model to use.")
    chat.add_argument(
        "-g",
        "--message",
        action="append",
        nargs=2,
        metavar=("ROLE", "CONTENT"),
        required=True,
        help=f"A message in `{{role}} {{content}}` format ({', '.join(_ROLES)}). Repeat it for several.",
    )
    chat.add_argument("-M", "--max-tokens", type=int, help="The maximum number of tokens to generate.")
    chat.add_argument("-t", "--temperature", type=float, help="What sampling temperature to use.")
    chat.add_argument("--stream", action="store_true", help="Stream the answer as it is generated.")
    chat.set_defaults(handler=_chat_call)

    responses = calls.add_parser("responses.create", help="Create a model response")
    responses.add_argument("-m", "--model", required=True, help="The model to use.")
    responses.add_argument("-i", "--input", required=True, help="The text input.")
    responses.add_argument("--instructions", help="A system (or developer) message for the model.")
    responses.add_argument("--previous-response-id", help="Continue from this stored response.")
    responses.add_argument("--stream", action="store_true", help="Stream the answer as it is generated.")
    responses.set_defaults(handler=_responses_call)

    ask = commands.add_parser("ask", help="Ask a question and stream the answer")
    ask.add_argument("question", nargs="+", help="The question (several words are joined with spaces).")
    ask.add_argument("-m", "--model", default=DEFAULT_MODEL, help=f"The model to use (default: {DEFAULT_MODEL}).")
    ask.add_argument(
        "--api", choices=("chat", "responses"), default="chat", help="Which API to ask through (default: chat)."
    )
    ask.add_argument("--no-stream", dest="stream", action="store_false", help="Wait for the whole answer.")
    ask.set_defaults(handler=_ask)

    serve = commands.add_parser("serve", help="Run the local C1 server in the foreground (testing extra)")
    serve.add_argument("--host", default="127.0.0.1", help="Address to listen on (default: 127.0.0.1).")
    serve.add_argument("--port", type=int, default=8000, help="Port to listen on; 0 picks a free one (default: 8000).")
    serve.add_argument("--api-key", dest="server_keys", action="append", metavar="KEY", help="A key to accept.")
    serve.set_defaults(handler=None)

    version = commands.add_parser("version", help="Print the version and the spec's SHA-256")
    version.set_defaults(handler=None)
    return parser


def _print_pieces(pieces: Iterator[str], out: TextIO) -> None:
    for piece in pieces:
        out.write(piece)
        out.flush()
    out.write("\n")


def _chat(client: Any, model: str, messages: list[dict[str, str]], stream: bool, out: TextIO, **extra: Any) -> None:
    params = {name: value for name, value in extra.items() if value is not None}
    if stream:
        with client.chat.completions.create(model=model, messages=messages, stream=True, **params) as chunks:
            _print_pieces(chunks.text_deltas(), out)
        return
    completion = client.chat.completions.create(model=model, messages=messages, **params)
    for choice in completion.choices:
        out.write(f"{choice.message.content or ''}\n")


def _respond(client: Any, model: str, text: str, stream: bool, out: TextIO, **extra: Any) -> None:
    from ._lib.content import output_text

    params = {name: value for name, value in extra.items() if value is not None}
    if stream:
        with client.responses.create(model=model, input=text, stream=True, **params) as events:
            _print_pieces(events.text_deltas(), out)
        return
    out.write(output_text(client.responses.create(model=model, input=text, **params)) + "\n")


def _chat_call(client: Any, arguments: argparse.Namespace, out: TextIO) -> None:
    messages = []
    for index, (role, content) in enumerate(arguments.message):
        if role not in _ROLES:
            raise _UsageError(f"--message #{index + 1}: the role must be one of {', '.join(_ROLES)}, got {role!r}")
        messages.append({"role": role, "content": content})
    _chat(
        client,
        arguments.model,
        messages,
        arguments.stream,
        out,
        max_tokens=arguments.max_tokens,
        temperature=arguments.temperature,
    )


def _responses_call(client: Any, arguments: argparse.Namespace, out: TextIO) -> None:
    _respond(
        client,
        arguments.model,
        arguments.input,
        arguments.stream,
        out,
        instructions=arguments.instructions,
        previous_response_id=arguments.previous_response_id,
    )


def _ask(client: Any, arguments: argparse.Namespace, out: TextIO) -> None:
    question = " ".join(arguments.question)
    if arguments.api == "chat":
        _chat(client, arguments.model, [{"role": "user", "content": question}], arguments.stream, out)
    else:
        _respond(client, arguments.model, question, arguments.stream, out)


class _UsageError(Exception):
    pass


@contextlib.contextmanager
def _client(arguments: argparse.Namespace) -> Iterator[Any]:
    from ._lib.client import C1

    if not arguments.local:
        with C1(api_key=arguments.api_key, base_url=arguments.api_base) as client:
            yield client
        return
    try:
        from .testing import LocalC1
    except ImportError as missing:
        raise _UsageError(f"--local needs the testing extra: pip install 'thesys-c1[testing]' ({missing})") from None
    with LocalC1() as local, C1(api_key=local.api_key, base_url=local.base_url) as client:
        yield client


def _serve(arguments: argparse.Namespace) -> int:
    from .testing.__main__ import main as serve

    argv = ["--host", arguments.host, "--port", str(arguments.port)]
    for key in arguments.server_keys or ():
        argv += ["--api-key", key]
    return serve(argv)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 done, 1 the API failed, 2 bad usage)."""
    from ._lib.errors import APIError, InvalidArgumentError, MissingAPIKeyError
    from ._lib.rules import C1RuleError

    out = sys.stdout if out is None else out
    arguments = _parser().parse_args(argv)
    if arguments.command == "version":
        out.write(_version_text() + "\n")
        return 0
    if arguments.command == "serve":
        return _serve(arguments)
    try:
        with _client(arguments) as client:
            arguments.handler(client, arguments, out)
    except MissingAPIKeyError:
        print(f"{PROG}: error: no API key: pass -k/--api-key, set THESYS_API_KEY, or use --local", file=sys.stderr)
        return 2
    except (_UsageError, InvalidArgumentError, C1RuleError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    except APIError as error:
        print(f"{PROG}: error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (`| head`) went away: stop quietly, and keep Python from complaining at exit.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
