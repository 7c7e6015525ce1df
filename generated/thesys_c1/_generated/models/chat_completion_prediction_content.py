from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_content_part_text import ChatCompletionContentPartText


T = TypeVar("T", bound="ChatCompletionPredictionContent")


@_attrs_define
class ChatCompletionPredictionContent:
    """Expected output, given as text or text parts."""

    type_: Literal["content"]
    content: list[ChatCompletionContentPartText] | str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_content_part_text import ChatCompletionContentPartText  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["content"], d.pop("type"))
        if type_ != "content":
            raise ValueError(f"type must match const 'content', got '{type_}'")

        def _parse_content(data: object) -> list[ChatCompletionContentPartText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatCompletionContentPartText.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionContentPartText] | str, data)

        content = _parse_content(d.pop("content"))

        chat_completion_prediction_content = cls(
            type_=type_,
            content=content,
        )

        return chat_completion_prediction_content

    @property
    def type(self) -> Literal["content"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
