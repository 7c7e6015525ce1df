from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    decode,
    encode,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
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
    }
)
_ABSENT: Any = object()


@_attrs_define
class CreateConversationItemsRequest(GeneratedModel):
    """Items to append to a conversation."""

    items: list[
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
    """ Between 1 and 20 items, added in this order. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["items"] = encode(self.items)
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
            v_items = d["items"]
        except KeyError as error:
            raise missing(error.args[0]) from None
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

        obj = new_model(cls)
        obj.items = v_items
        return obj
