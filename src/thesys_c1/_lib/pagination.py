"""Cursor pages of a list operation, which fetch the pages after them on demand.

Iterating a page yields every item from it *and the pages after it*, so
``for item in client.conversations.items.list(conv_id)`` walks the whole list;
``page.data`` is one page, and ``has_next_page()`` / ``get_next_page()`` /
``iter_pages()`` go page by page.

A server whose cursor does not move on (the same ``last_id`` again, or one
already used) would make that walk endless: asking for such a page raises
``APIResponseValidationError`` instead, so a loop never passes for a list.

``AsyncCursorPage`` is written once, in ``_async/pagination.py``; ``CursorPage``
is derived from it (generator/pipeline/unasync.py). ``AsyncPaginator`` has no blocking
twin: a blocking list call returns its first page directly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

from .._generated._sync.pagination import CursorPage
from ._async.pagination import AsyncCursorPage

T = TypeVar("T")

__all__ = ["AsyncCursorPage", "AsyncPaginator", "CursorPage"]


class AsyncPaginator(Generic[T]):
    """What ``AsyncC1``'s list methods return: await it for the first page, or ``async for`` every item."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item
