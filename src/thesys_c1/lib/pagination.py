"""Cursor pages of a list operation, which fetch the pages after them on demand.

Iterating a page yields every item from it *and the pages after it*, so
``for item in client.conversations.items.list(conv_id)`` walks the whole list;
``page.data`` is one page, and ``has_next_page()`` / ``get_next_page()`` /
``iter_pages()`` go page by page.

A server whose cursor does not move on (the same ``last_id`` again, or one
already used) would make that walk endless: asking for such a page raises
``APIResponseValidationError`` instead, so a loop never passes for a list.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from .errors import APIResponseValidationError

T = TypeVar("T")


class _PageBase(Generic[T]):
    def __init__(self, page: Any, seen: frozenset[str]) -> None:
        self.page = page
        """The list model as it arrived (``ConversationItemList``)."""
        self.data: list[T] = list(page.data)
        self.has_more: bool = page.has_more is True
        self.first_id: str | None = page.first_id if isinstance(page.first_id, str) else None
        self.last_id: str | None = page.last_id if isinstance(page.last_id, str) else None
        self._seen = seen

    @property
    def request_id(self) -> str | None:
        request_id: str | None = getattr(self.page, "_request_id", None)
        return request_id

    def has_next_page(self) -> bool:
        return self.has_more and self.last_id is not None

    def _next_cursor(self) -> tuple[str, frozenset[str]]:
        if not self.has_next_page() or self.last_id is None:
            raise LookupError("this is the last page; check has_next_page() first")
        if self.last_id in self._seen:
            raise APIResponseValidationError(
                f"the list's cursor did not advance: this page ends at {self.last_id!r}, a cursor already used,"
                " so the next page would repeat one already read",
                request_id=self.request_id,
            )
        return self.last_id, self._seen | {self.last_id}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more} last_id={self.last_id!r}>"


class CursorPage(_PageBase[T]):
    def __init__(
        self, page: Any, fetch: Callable[[str, frozenset[str]], CursorPage[T]], seen: frozenset[str] = frozenset()
    ) -> None:
        super().__init__(page, seen)
        self._fetch = fetch

    def get_next_page(self) -> CursorPage[T]:
        return self._fetch(*self._next_cursor())

    def iter_pages(self) -> Iterator[CursorPage[T]]:
        page: CursorPage[T] = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_PageBase[T]):
    def __init__(
        self,
        page: Any,
        fetch: Callable[[str, frozenset[str]], Awaitable[AsyncCursorPage[T]]],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(page, seen)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[T]:
        return await self._fetch(*self._next_cursor())

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        page: AsyncCursorPage[T] = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


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
