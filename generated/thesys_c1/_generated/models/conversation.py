from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.conversation_metadata_type_0 import ConversationMetadataType0


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "created_at",
        "metadata",
    }
)
_ABSENT: Any = object()


@_attrs_define
class Conversation(GeneratedModel):
    """A conversation, which groups items across Responses requests."""

    id: str
    """ The conversation's id, such as `conv_123`. """

    object: Literal["conversation"]
    """ Always `conversation`. """

    created_at: int
    """ When the conversation was created, in Unix seconds. """

    metadata: ConversationMetadataType0 | None
    """ The string pairs the conversation is tagged with. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object
        field_dict["created_at"] = self.created_at
        field_dict["metadata"] = None if self.metadata is None else self.metadata.to_dict()
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
            v_created_at = d["created_at"]
            v_metadata = d["metadata"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if v_object_ != "conversation" or type(v_object_) is not str:
            raise at("object", not_const(v_object_, "conversation"))

        if not (type(v_created_at) is int or integral(v_created_at)):
            raise at("created_at", bad(v_created_at, "integer"))

        if v_metadata is not None:
            if type(v_metadata) is not dict:
                raise at("metadata", bad(v_metadata, "object or null"))
            try:
                v_metadata = _models.ConversationMetadataType0.from_dict(v_metadata)
            except ShapeError as error:
                raise at("metadata", error) from None

        obj = new_model(cls)
        obj.id = v_id
        obj.object = "conversation"
        obj.created_at = v_created_at
        obj.metadata = v_metadata
        obj._request_id = None
        if len(d) == 4:
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
