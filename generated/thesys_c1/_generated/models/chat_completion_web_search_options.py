from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.chat_completion_web_search_options_search_context_size import (
    ChatCompletionWebSearchOptionsSearchContextSize,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    keep_nulls,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_web_search_user_location import ChatCompletionWebSearchUserLocation


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "search_context_size",
        "user_location",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionWebSearchOptions(GeneratedModel):
    """Settings for models that search the web before answering."""

    search_context_size: ChatCompletionWebSearchOptionsSearchContextSize | None = None
    """ How much of the context window search results may take. """

    user_location: ChatCompletionWebSearchUserLocation | None = None
    """ Roughly where the user is, to localise search results. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.search_context_size is not None:
            field_dict["search_context_size"] = self.search_context_size
        if self.user_location is not None:
            field_dict["user_location"] = self.user_location.to_dict()
        elif "user_location" in getattr(self, "_null_keys", ()):
            field_dict["user_location"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        v_search_context_size = get("search_context_size", _ABSENT)
        if v_search_context_size is _ABSENT:
            v_search_context_size = None
        else:
            if type(v_search_context_size) not in STR_TYPE:
                raise at("search_context_size", bad(v_search_context_size, "string"))

        v_user_location = get("user_location", _ABSENT)
        if v_user_location is _ABSENT:
            v_user_location = None
        elif v_user_location is None:
            nulls += ("user_location",)
        else:
            if type(v_user_location) is not dict:
                raise at("user_location", bad(v_user_location, "object or null"))
            try:
                v_user_location = _models.ChatCompletionWebSearchUserLocation.from_dict(v_user_location)
            except ShapeError as error:
                raise at("user_location", error) from None

        obj = new_model(cls)
        obj.search_context_size = v_search_context_size
        obj.user_location = v_user_location
        if nulls:
            keep_nulls(obj, nulls)
        return obj
