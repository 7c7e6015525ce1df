# The blocking twin of src/thesys_c1/react/_async/answer.py, derived by `make generate` (generator/pipeline/unasync.py).
# Edit that file, never this one: `make check` fails when the two drift apart.
"""The body an answer is served as, bytes as they come; ``thesys_c1.react.answer`` says what it does."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

from ....react.answer_sources import (
    OnComplete,
    OpenedStream,
    SyncSource,
    close_stream,
    close_unopened,
    closed,
    log_disconnect,
    opened,
    opens_when_read,
    read_items,
    unshielded,
)
from ....react.encoder import AnswerEncoder
from ....react.failures import ON_COMPLETE_RAISED, ON_ERROR_RAISED, AnswerState, OnError, notify

# A generator closed before its first step never runs its body, not even its
# `finally`: a browser that leaves before the first byte would leave the C1
# stream open and on_complete uncalled. This wrapper does that cleanup then.


class AnswerBody:
    """The iterator of bytes ``iter_answer`` returns; the server closes it (``close()``) when the browser
    is gone, and that closes the C1 stream."""

    def __init__(
        self,
        source: SyncSource,
        on_complete: OnComplete | None,
        encoder: AnswerEncoder,
        on_error: OnError | None,
    ) -> None:
        self._unstarted: SyncSource | None = source
        self._on_complete = on_complete
        self._encoder = encoder
        self.state = AnswerState()
        self._pending = b""
        self._body = _iterate(source, on_complete, encoder, self.state, on_error)

    def __iter__(self) -> AnswerBody:
        return self

    def __next__(self) -> bytes:
        self._unstarted = None
        data, self._pending = self._pending, b""
        while not data:
            data = next(self._body)
        return data

    def start(self) -> dict[str, str]:
        """Open the C1 stream now and give the headers for the response (``X-C1-Request-Id``, ``X-C1-Answer``)."""
        if self._unstarted is not None:
            self._unstarted = None
            try:
                self._pending = next(self._body)
            except StopIteration:
                self._pending = b""
        return self.state.headers()

    def close(self) -> None:
        unstarted, self._unstarted = self._unstarted, None
        self._body.close()
        if unstarted is None:
            return
        log_disconnect(self._encoder)
        with unshielded():
            close_unopened(unstarted)
            notify(self._on_complete, self._encoder.result(error=None, disconnected=True), ON_COMPLETE_RAISED)


def _iterate(
    source: SyncSource,
    on_complete: OnComplete | None,
    encoder: AnswerEncoder,
    state: AnswerState,
    on_error: OnError | None,
) -> Generator[bytes, None]:
    error: BaseException | None = None
    disconnected = False
    stream: OpenedStream | None = None
    gone = closed()
    try:
        try:
            stream = opened(source)
            items = read_items(stream)
            first = _first_items(stream, items)
            state.open(stream)
            yield b""  # opened: start() stops here, the headers known
            for item in first:
                data = encoder.add(item)
                if data:
                    yield data
                if encoder.failed:
                    encoder.raise_failure()
            for item in items:
                data = encoder.add(item)
                if data:
                    yield data
                if encoder.failed:
                    encoder.raise_failure()
            data = encoder.end()
            if data:
                yield data
            encoder.raise_failure()
        except Exception as failure:
            error = failure
            notify(on_error, state.fail(failure, encoder.sent_characters), ON_ERROR_RAISED)
            yield encoder.fail(failure)
    except gone:
        disconnected = True
        log_disconnect(encoder)
        raise
    finally:
        # Shielded, where a task runs it: when the browser went away the task
        # is being cancelled, and cleanup that is not unshielded would be
        # cancelled before the C1 stream was closed.
        with unshielded():
            close_stream(stream)
            notify(on_complete, encoder.result(error=error, disconnected=disconnected), ON_COMPLETE_RAISED)


def _first_items(stream: object, items: Iterator[Any]) -> list[Any]:
    """The items to read before the headers are known: the first of a tool loop, so its request is sent."""
    if not opens_when_read(stream):
        return []
    try:
        return [next(items)]
    except StopIteration:
        return []
