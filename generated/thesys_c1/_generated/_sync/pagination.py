# The blocking twin of src/thesys_c1/_lib/_async/pagination.py, derived by `make generate` (generator/pipeline/unasync.py).
# Edit that file, never this one: `make check` fails when the two drift apart.
"""A cursor page that fetches the pages after it on demand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ..._lib.page_base import PageBase

T = TypeVar("T")


class CursorPage(PageBase[T]):
    def __init__(
        self,
        page: Any,
        fetch: Callable[[str, frozenset[str]], CursorPage[T]],
        seen: frozenset[str] = frozenset(),
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
