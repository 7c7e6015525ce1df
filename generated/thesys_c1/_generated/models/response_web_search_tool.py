from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_web_search_tool_search_context_size import (
    ResponseWebSearchToolSearchContextSize,
    check_response_web_search_tool_search_context_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_web_search_tool_filters_type_0 import ResponseWebSearchToolFiltersType0
    from ..models.response_web_search_tool_user_location_type_0 import ResponseWebSearchToolUserLocationType0


T = TypeVar("T", bound="ResponseWebSearchTool")


@_attrs_define
class ResponseWebSearchTool:
    """The built-in web search tool."""

    type_: Literal["web_search"]
    """ Always `web_search`. """
    filters: None | ResponseWebSearchToolFiltersType0 | Unset = UNSET
    """ Limits on where to search, such as `{"allowed_domains": [...]}`. """
    user_location: None | ResponseWebSearchToolUserLocationType0 | Unset = UNSET
    """ The user's rough location (`type: approximate`, with `city`, `region`, `country`, `timezone`), to localise
    results. """
    search_context_size: ResponseWebSearchToolSearchContextSize | Unset = UNSET
    """ How much context from the search to give the model. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_web_search_tool_filters_type_0 import ResponseWebSearchToolFiltersType0  # noqa: PLC0415
        from ..models.response_web_search_tool_user_location_type_0 import ResponseWebSearchToolUserLocationType0  # noqa: PLC0415

        type_ = self.type_

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ResponseWebSearchToolFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, ResponseWebSearchToolUserLocationType0):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_web_search_tool_filters_type_0 import ResponseWebSearchToolFiltersType0  # noqa: PLC0415
        from ..models.response_web_search_tool_user_location_type_0 import ResponseWebSearchToolUserLocationType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["web_search"], d.pop("type"))
        if type_ != "web_search":
            raise ValueError(f"type must match const 'web_search', got '{type_}'")

        def _parse_filters(data: object) -> None | ResponseWebSearchToolFiltersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = ResponseWebSearchToolFiltersType0.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseWebSearchToolFiltersType0 | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_user_location(data: object) -> None | ResponseWebSearchToolUserLocationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = ResponseWebSearchToolUserLocationType0.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseWebSearchToolUserLocationType0 | Unset, data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: ResponseWebSearchToolSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_response_web_search_tool_search_context_size(_search_context_size)

        response_web_search_tool = cls(
            type_=type_,
            filters=filters,
            user_location=user_location,
            search_context_size=search_context_size,
        )

        return response_web_search_tool

    @property
    def type(self) -> Literal["web_search"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
