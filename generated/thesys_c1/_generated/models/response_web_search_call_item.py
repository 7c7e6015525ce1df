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
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_web_search_call_item_action import ResponseWebSearchCallItemAction


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "action",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseWebSearchCallItem(GeneratedModel):
    """A web search the model ran."""

    type: Literal["web_search_call"]
    """ Always `web_search_call`. """

    id: str
    """ The item's id. """

    status: str
    """ One of `in_progress`, `searching`, `completed` or `failed`. """

    action: ResponseWebSearchCallItemAction | None = None
    """ What was done (`search`, `open_page` or `find`) and with what. """

    _wire_type: ClassVar[str | None] = "web_search_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        if self.action is not None:
            field_dict["action"] = self.action.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        get = d.get
        try:
            v_type_ = d["type"]
            v_id = d["id"]
            v_status = d["status"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "web_search_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "web_search_call"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_status) is str:
            raise at("status", bad(v_status, "string"))

        v_action = get("action", _ABSENT)
        if v_action is _ABSENT:
            v_action = None
        else:
            if type(v_action) is not dict:
                raise at("action", bad(v_action, "object"))
            try:
                v_action = _models.ResponseWebSearchCallItemAction.from_dict(v_action)
            except ShapeError as error:
                raise at("action", error) from None

        obj = new_model(cls)
        obj.type = "web_search_call"
        obj.id = v_id
        obj.status = v_status
        obj.action = v_action
        return obj
