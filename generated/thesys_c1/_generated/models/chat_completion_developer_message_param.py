from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_content_part_text import ChatCompletionContentPartText


T = TypeVar("T", bound="ChatCompletionDeveloperMessageParam")


@_attrs_define
class ChatCompletionDeveloperMessageParam:
    """Instructions from the developer; newer models use it in place of `system`."""

    role: Literal["developer"]
    content: list[ChatCompletionContentPartText] | str
    name: str | Unset = UNSET
    """ A name telling apart participants with the same role. """

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_content_part_text import ChatCompletionContentPartText  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["developer"], d.pop("role"))
        if role != "developer":
            raise ValueError(f"role must match const 'developer', got '{role}'")

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

        name = d.pop("name", UNSET)

        chat_completion_developer_message_param = cls(
            role=role,
            content=content,
            name=name,
        )

        return chat_completion_developer_message_param
