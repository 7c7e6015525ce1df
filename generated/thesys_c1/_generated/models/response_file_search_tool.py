from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0
    from ..models.response_file_search_tool_ranking_options import ResponseFileSearchToolRankingOptions


T = TypeVar("T", bound="ResponseFileSearchTool")


@_attrs_define
class ResponseFileSearchTool:
    """The built-in tool that searches uploaded files in vector stores."""

    type_: Literal["file_search"]
    """ Always `file_search`. """
    vector_store_ids: list[str]
    """ The vector stores to search. """
    max_num_results: int | Unset = UNSET
    """ The most results to return. """
    ranking_options: ResponseFileSearchToolRankingOptions | Unset = UNSET
    """ How results are ranked (`ranker`, `score_threshold`). """
    filters: None | ResponseFileSearchToolFiltersType0 | Unset = UNSET
    """ A filter on file attributes. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0  # noqa: PLC0415

        type_ = self.type_

        vector_store_ids = self.vector_store_ids

        max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ResponseFileSearchToolFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "vector_store_ids": vector_store_ids,
            }
        )
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0  # noqa: PLC0415
        from ..models.response_file_search_tool_ranking_options import ResponseFileSearchToolRankingOptions  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["file_search"], d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        vector_store_ids = cast(list[str], d.pop("vector_store_ids"))

        max_num_results = d.pop("max_num_results", UNSET)

        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: ResponseFileSearchToolRankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = ResponseFileSearchToolRankingOptions.from_dict(_ranking_options)

        def _parse_filters(data: object) -> None | ResponseFileSearchToolFiltersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = ResponseFileSearchToolFiltersType0.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseFileSearchToolFiltersType0 | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        response_file_search_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
            filters=filters,
        )

        return response_file_search_tool

    @property
    def type(self) -> Literal["file_search"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
