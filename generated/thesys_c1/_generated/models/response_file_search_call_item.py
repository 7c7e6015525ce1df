from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_file_search_call_item_results_type_0_item import ResponseFileSearchCallItemResultsType0Item


T = TypeVar("T", bound="ResponseFileSearchCallItem")


@_attrs_define
class ResponseFileSearchCallItem:
    """A file search the model ran."""

    type_: Literal["file_search_call"]
    """ Always `file_search_call`. """
    id: str
    """ The item's id. """
    status: str
    """ One of `in_progress`, `searching`, `completed`, `incomplete` or `failed`. """
    queries: list[str]
    """ The queries searched for. """
    results: list[ResponseFileSearchCallItemResultsType0Item] | None | Unset = UNSET
    """ The matching file chunks. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        queries = self.queries

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
                "queries": queries,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_file_search_call_item_results_type_0_item import (
            ResponseFileSearchCallItemResultsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["file_search_call"], d.pop("type"))
        if type_ != "file_search_call":
            raise ValueError(f"type must match const 'file_search_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        queries = cast(list[str], d.pop("queries"))

        def _parse_results(data: object) -> list[ResponseFileSearchCallItemResultsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = ResponseFileSearchCallItemResultsType0Item.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseFileSearchCallItemResultsType0Item] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        response_file_search_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            queries=queries,
            results=results,
        )

        return response_file_search_call_item

    @property
    def type(self) -> Literal["file_search_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
