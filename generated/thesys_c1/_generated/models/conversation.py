from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_metadata_type_0 import ConversationMetadataType0


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """A conversation, which groups items across Responses requests."""

    id: str
    """ The conversation's id, such as `conv_123`. """
    object_: Literal["conversation"]
    """ Always `conversation`. """
    created_at: int
    """ When the conversation was created, in Unix seconds. """
    metadata: ConversationMetadataType0 | None
    """ The string pairs the conversation is tagged with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_metadata_type_0 import ConversationMetadataType0  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ConversationMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_metadata_type_0 import ConversationMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["conversation"], d.pop("object"))
        if object_ != "conversation":
            raise ValueError(f"object must match const 'conversation', got '{object_}'")

        created_at = d.pop("created_at")

        def _parse_metadata(data: object) -> ConversationMetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ConversationMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationMetadataType0 | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        conversation = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            metadata=metadata,
        )

        conversation.additional_properties = d
        return conversation

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

    @property
    def object(self) -> Literal["conversation"]:
        """`object` as on the wire (the field is stored as `object_`)."""
        return self.object_
