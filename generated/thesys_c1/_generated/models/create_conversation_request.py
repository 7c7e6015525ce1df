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
    decode,
    encode,
    keep_nulls,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.create_conversation_request_metadata_type_0 import CreateConversationRequestMetadataType0
    from ..models.response_apply_patch_call_item import ResponseApplyPatchCallItem
    from ..models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem
    from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem
    from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from ..models.response_function_call_item import ResponseFunctionCallItem
    from ..models.response_function_call_output_item import ResponseFunctionCallOutputItem
    from ..models.response_item_reference_item import ResponseItemReferenceItem
    from ..models.response_local_shell_call_item import ResponseLocalShellCallItem
    from ..models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem
    from ..models.response_message_item import ResponseMessageItem
    from ..models.response_output_message_item import ResponseOutputMessageItem
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.response_shell_call_item import ResponseShellCallItem
    from ..models.response_shell_call_output_item import ResponseShellCallOutputItem


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "items",
        "metadata",
    }
)
_ABSENT: Any = object()


@_attrs_define
class CreateConversationRequest(GeneratedModel):
    """What a new conversation starts with. Every field may be left out."""

    items: (
        list[
            ResponseApplyPatchCallItem
            | ResponseApplyPatchCallOutputItem
            | ResponseCustomToolCallItem
            | ResponseCustomToolCallOutputItem
            | ResponseFunctionCallItem
            | ResponseFunctionCallOutputItem
            | ResponseItemReferenceItem
            | ResponseLocalShellCallItem
            | ResponseLocalShellCallOutputItem
            | ResponseMessageItem
            | ResponseOutputMessageItem
            | ResponseReasoningItem
            | ResponseShellCallItem
            | ResponseShellCallOutputItem
        ]
        | None
    ) = None
    """ Items to seed the conversation with, at most 20. """

    metadata: CreateConversationRequestMetadataType0 | None = None
    """ Up to 16 string pairs to tag the conversation with (keys up to 64 characters, values up to 512). """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.items is not None:
            field_dict["items"] = encode(self.items)
        elif "items" in getattr(self, "_null_keys", ()):
            field_dict["items"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()
        elif "metadata" in getattr(self, "_null_keys", ()):
            field_dict["metadata"] = None
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
        v_items = get("items", _ABSENT)
        if v_items is _ABSENT:
            v_items = None
        elif v_items is None:
            nulls += ("items",)
        else:
            try:
                v_items = decode(
                    v_items,
                    (
                        "list",
                        (
                            "union",
                            (
                                ("model", "ResponseOutputMessageItem"),
                                ("model", "ResponseMessageItem"),
                                ("model", "ResponseFunctionCallItem"),
                                ("model", "ResponseFunctionCallOutputItem"),
                                ("model", "ResponseItemReferenceItem"),
                                ("model", "ResponseReasoningItem"),
                                ("model", "ResponseLocalShellCallItem"),
                                ("model", "ResponseLocalShellCallOutputItem"),
                                ("model", "ResponseShellCallItem"),
                                ("model", "ResponseShellCallOutputItem"),
                                ("model", "ResponseApplyPatchCallItem"),
                                ("model", "ResponseApplyPatchCallOutputItem"),
                                ("model", "ResponseCustomToolCallItem"),
                                ("model", "ResponseCustomToolCallOutputItem"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("items", error) from None

        v_metadata = get("metadata", _ABSENT)
        if v_metadata is _ABSENT:
            v_metadata = None
        elif v_metadata is None:
            nulls += ("metadata",)
        else:
            if type(v_metadata) is not dict:
                raise at("metadata", bad(v_metadata, "object or null"))
            try:
                v_metadata = _models.CreateConversationRequestMetadataType0.from_dict(v_metadata)
            except ShapeError as error:
                raise at("metadata", error) from None

        obj = new_model(cls)
        obj.items = v_items
        obj.metadata = v_metadata
        if nulls:
            keep_nulls(obj, nulls)
        return obj
