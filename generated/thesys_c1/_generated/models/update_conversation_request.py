from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.update_conversation_request_metadata_type_0 import UpdateConversationRequestMetadataType0


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "metadata",
    }
)
_ABSENT: Any = object()


@_attrs_define
class UpdateConversationRequest(GeneratedModel):
    """The new metadata of a conversation."""

    metadata: None | UpdateConversationRequestMetadataType0
    """ Up to 16 string pairs that replace the conversation's metadata (keys up to 64 characters, values up to 512).
    """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
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
            v_metadata = d["metadata"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_metadata is not None:
            if type(v_metadata) is not dict:
                raise at("metadata", bad(v_metadata, "object or null"))
            try:
                v_metadata = _models.UpdateConversationRequestMetadataType0.from_dict(v_metadata)
            except ShapeError as error:
                raise at("metadata", error) from None

        obj = new_model(cls)
        obj.metadata = v_metadata
        return obj
