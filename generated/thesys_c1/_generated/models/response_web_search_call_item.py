from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_web_search_call_item_action import ResponseWebSearchCallItemAction


T = TypeVar("T", bound="ResponseWebSearchCallItem")


@_attrs_define
class ResponseWebSearchCallItem:
    """A web search the model ran."""

    type_: Literal["web_search_call"]
    """ Always `web_search_call`. """
    id: str
    """ The item's id. """
    status: str
    """ One of `in_progress`, `searching`, `completed` or `failed`. """
    action: ResponseWebSearchCallItemAction | Unset = UNSET
    """ What was done (`search`, `open_page` or `find`) and with what. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_web_search_call_item_action import ResponseWebSearchCallItemAction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["web_search_call"], d.pop("type"))
        if type_ != "web_search_call":
            raise ValueError(f"type must match const 'web_search_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        _action = d.pop("action", UNSET)
        action: ResponseWebSearchCallItemAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ResponseWebSearchCallItemAction.from_dict(_action)

        response_web_search_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            action=action,
        )

        return response_web_search_call_item

    @property
    def type(self) -> Literal["web_search_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
