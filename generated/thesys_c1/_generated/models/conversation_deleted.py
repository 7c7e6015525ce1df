from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "deleted",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ConversationDeleted(GeneratedModel):
    """The answer to deleting a conversation."""

    id: str
    """ The id of the deleted conversation. """

    object: Literal["conversation.deleted"]
    """ Always `conversation.deleted`. """

    deleted: bool
    """ Whether the conversation was deleted. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object
        field_dict["deleted"] = self.deleted
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_id = d["id"]
            v_object_ = d["object"]
            v_deleted = d["deleted"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if v_object_ != "conversation.deleted" or type(v_object_) is not str:
            raise at("object", not_const(v_object_, "conversation.deleted"))

        if not type(v_deleted) is bool:
            raise at("deleted", bad(v_deleted, "boolean"))

        obj = new_model(cls)
        obj.id = v_id
        obj.object = "conversation.deleted"
        obj.deleted = v_deleted
        obj._request_id = None
        if len(d) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
