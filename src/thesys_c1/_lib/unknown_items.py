"""The items of a list field that this SDK could not type, for whoever wants them.

A list field of an open union (``response.output``, a message's ``content``,
``tool_calls``, ...) holds only the items whose ``type`` the spec names, so
that ``item.type == "..."`` narrows each item; an item of a newer type is kept
beside them, whole and in its place on the wire, and ``to_dict()`` writes it
back where it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._generated.types import GeneratedModel, KnownItems

__all__ = ["unknown_items"]


def unknown_items(items: Sequence[Any] | None) -> list[tuple[int, GeneratedModel]]:
    """The items of ``items`` left out for a ``type`` this SDK does not know, as ``(index on the wire, model)``;
    the model is the union's catch-all (``ResponseUnknownOutputItem``, ...) with every field of the item."""
    if isinstance(items, KnownItems):
        return list(items.unknown)
    return []
