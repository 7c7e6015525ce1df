"""What a cursor page is, async or not: its items, its cursor, and the check that the cursor moves on."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from .errors import APIResponseValidationError

T = TypeVar("T")


class PageBase(Generic[T]):
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
