from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_web_search_tool_search_context_size import (
    ResponseWebSearchToolSearchContextSize,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_web_search_tool_filters_type_0 import ResponseWebSearchToolFiltersType0
    from ..models.response_web_search_tool_user_location_type_0 import ResponseWebSearchToolUserLocationType0


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "filters",
        "user_location",
        "search_context_size",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseWebSearchTool(GeneratedModel):
    """The built-in web search tool."""

    type: Literal["web_search"]
    """ Always `web_search`. """

    filters: None | ResponseWebSearchToolFiltersType0 = None
    """ Limits on where to search, such as `{"allowed_domains": [...]}`. """

    user_location: None | ResponseWebSearchToolUserLocationType0 = None
    """ The user's rough location (`type: approximate`, with `city`, `region`, `country`, `timezone`), to localise
    results. """

    search_context_size: ResponseWebSearchToolSearchContextSize | None = None
    """ How much context from the search to give the model. """

    _wire_type: ClassVar[str | None] = "web_search"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        if self.filters is not None:
            field_dict["filters"] = self.filters.to_dict()
        elif "filters" in getattr(self, "_null_keys", ()):
            field_dict["filters"] = None
        if self.user_location is not None:
            field_dict["user_location"] = self.user_location.to_dict()
        elif "user_location" in getattr(self, "_null_keys", ()):
            field_dict["user_location"] = None
        if self.search_context_size is not None:
            field_dict["search_context_size"] = self.search_context_size
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
        try:
            v_type_ = d["type"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "web_search" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "web_search"))

        v_filters = get("filters", _ABSENT)
        if v_filters is _ABSENT:
            v_filters = None
        elif v_filters is None:
            nulls += ("filters",)
        else:
            if type(v_filters) is not dict:
                raise at("filters", bad(v_filters, "object or null"))
            try:
                v_filters = _models.ResponseWebSearchToolFiltersType0.from_dict(v_filters)
            except ShapeError as error:
                raise at("filters", error) from None

        v_user_location = get("user_location", _ABSENT)
        if v_user_location is _ABSENT:
            v_user_location = None
        elif v_user_location is None:
            nulls += ("user_location",)
        else:
            if type(v_user_location) is not dict:
                raise at("user_location", bad(v_user_location, "object or null"))
            try:
                v_user_location = _models.ResponseWebSearchToolUserLocationType0.from_dict(v_user_location)
            except ShapeError as error:
                raise at("user_location", error) from None

        v_search_context_size = get("search_context_size", _ABSENT)
        if v_search_context_size is _ABSENT:
            v_search_context_size = None
        else:
            if type(v_search_context_size) not in STR_TYPE:
                raise at("search_context_size", bad(v_search_context_size, "string"))

        obj = new_model(cls)
        obj.type = "web_search"
        obj.filters = v_filters
        obj.user_location = v_user_location
        obj.search_context_size = v_search_context_size
        if nulls:
            keep_nulls(obj, nulls)
        return obj
