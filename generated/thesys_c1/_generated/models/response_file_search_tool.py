from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    integral,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0
    from ..models.response_file_search_tool_ranking_options import ResponseFileSearchToolRankingOptions


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "vector_store_ids",
        "max_num_results",
        "ranking_options",
        "filters",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseFileSearchTool(GeneratedModel):
    """The built-in tool that searches uploaded files in vector stores."""

    type: Literal["file_search"]
    """ Always `file_search`. """

    vector_store_ids: list[str]
    """ The vector stores to search. """

    max_num_results: int | None = None
    """ The most results to return. """

    ranking_options: ResponseFileSearchToolRankingOptions | None = None
    """ How results are ranked (`ranker`, `score_threshold`). """

    filters: None | ResponseFileSearchToolFiltersType0 = None
    """ A filter on file attributes. """

    _wire_type: ClassVar[str | None] = "file_search"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["vector_store_ids"] = self.vector_store_ids
        if self.max_num_results is not None:
            field_dict["max_num_results"] = self.max_num_results
        if self.ranking_options is not None:
            field_dict["ranking_options"] = self.ranking_options.to_dict()
        if self.filters is not None:
            field_dict["filters"] = self.filters.to_dict()
        elif "filters" in getattr(self, "_null_keys", ()):
            field_dict["filters"] = None
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
            v_vector_store_ids = d["vector_store_ids"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "file_search" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "file_search"))

        if type(v_vector_store_ids) is not list:
            raise at("vector_store_ids", bad(v_vector_store_ids, "array"))
        for index, item in enumerate(v_vector_store_ids):
            if not type(item) is str:
                raise at("vector_store_ids", at(index, bad(item, "string")))

        v_max_num_results = get("max_num_results", _ABSENT)
        if v_max_num_results is _ABSENT:
            v_max_num_results = None
        else:
            if not (type(v_max_num_results) is int or integral(v_max_num_results)):
                raise at("max_num_results", bad(v_max_num_results, "integer"))

        v_ranking_options = get("ranking_options", _ABSENT)
        if v_ranking_options is _ABSENT:
            v_ranking_options = None
        else:
            if type(v_ranking_options) is not dict:
                raise at("ranking_options", bad(v_ranking_options, "object"))
            try:
                v_ranking_options = _models.ResponseFileSearchToolRankingOptions.from_dict(v_ranking_options)
            except ShapeError as error:
                raise at("ranking_options", error) from None

        v_filters = get("filters", _ABSENT)
        if v_filters is _ABSENT:
            v_filters = None
        elif v_filters is None:
            nulls += ("filters",)
        else:
            if type(v_filters) is not dict:
                raise at("filters", bad(v_filters, "object or null"))
            try:
                v_filters = _models.ResponseFileSearchToolFiltersType0.from_dict(v_filters)
            except ShapeError as error:
                raise at("filters", error) from None

        obj = new_model(cls)
        obj.type = "file_search"
        obj.vector_store_ids = v_vector_store_ids
        obj.max_num_results = v_max_num_results
        obj.ranking_options = v_ranking_options
        obj.filters = v_filters
        if nulls:
            keep_nulls(obj, nulls)
        return obj
