from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.update_conversation_request_metadata_type_0 import UpdateConversationRequestMetadataType0


T = TypeVar("T", bound="UpdateConversationRequest")


@_attrs_define
class UpdateConversationRequest:
    """The new metadata of a conversation."""

    metadata: None | UpdateConversationRequestMetadataType0
    """ Up to 16 string pairs that replace the conversation's metadata (keys up to 64 characters, values up to 512).
    """

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_conversation_request_metadata_type_0 import UpdateConversationRequestMetadataType0  # noqa: PLC0415

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, UpdateConversationRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_conversation_request_metadata_type_0 import UpdateConversationRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_metadata(data: object) -> None | UpdateConversationRequestMetadataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateConversationRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateConversationRequestMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata"))

        update_conversation_request = cls(
            metadata=metadata,
        )

        return update_conversation_request
