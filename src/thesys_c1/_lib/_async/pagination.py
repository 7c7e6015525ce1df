"""A cursor page that fetches the pages after it on demand."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from ..page_base import PageBase

T = TypeVar("T")


class AsyncCursorPage(PageBase[T]):
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
