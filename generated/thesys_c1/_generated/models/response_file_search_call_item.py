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
    item_error,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_file_search_call_item_results_type_0_item import ResponseFileSearchCallItemResultsType0Item


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "queries",
        "results",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseFileSearchCallItem(GeneratedModel):
    """A file search the model ran."""

    type: Literal["file_search_call"]
    """ Always `file_search_call`. """

    id: str
    """ The item's id. """

    status: str
    """ One of `in_progress`, `searching`, `completed`, `incomplete` or `failed`. """

    queries: list[str]
    """ The queries searched for. """

    results: list[ResponseFileSearchCallItemResultsType0Item] | None = None
    """ The matching file chunks. """

    _wire_type: ClassVar[str | None] = "file_search_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["queries"] = self.queries
        if self.results is not None:
            field_dict["results"] = [item.to_dict() for item in self.results]
        elif "results" in getattr(self, "_null_keys", ()):
            field_dict["results"] = None
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
            v_id = d["id"]
            v_status = d["status"]
            v_queries = d["queries"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "file_search_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "file_search_call"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_status) is str:
            raise at("status", bad(v_status, "string"))

        if type(v_queries) is not list:
            raise at("queries", bad(v_queries, "array"))
        for index, item in enumerate(v_queries):
            if not type(item) is str:
                raise at("queries", at(index, bad(item, "string")))

        v_results = get("results", _ABSENT)
        if v_results is _ABSENT:
            v_results = None
        elif v_results is None:
            nulls += ("results",)
        else:
            if type(v_results) is not list:
                raise at("results", bad(v_results, "array or null"))
            try:
                v_results = (
                    list(map(_models.ResponseFileSearchCallItemResultsType0Item.from_dict, v_results))
                    if v_results
                    else []
                )
            except ShapeError as error:
                raise at(
                    "results",
                    item_error(error, v_results, _models.ResponseFileSearchCallItemResultsType0Item.from_dict),
                ) from None

        obj = new_model(cls)
        obj.type = "file_search_call"
        obj.id = v_id
        obj.status = v_status
        obj.queries = v_queries
        obj.results = v_results
        if nulls:
            keep_nulls(obj, nulls)
        return obj
