from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_content_part_file import ChatCompletionContentPartFile
    from ..models.chat_completion_content_part_image import ChatCompletionContentPartImage
    from ..models.chat_completion_content_part_text import ChatCompletionContentPartText


T = TypeVar("T", bound="ChatCompletionUserMessageParam")


@_attrs_define
class ChatCompletionUserMessageParam:
    """A message from the end user."""

    role: Literal["user"]
    content: list[ChatCompletionContentPartFile | ChatCompletionContentPartImage | ChatCompletionContentPartText] | str
    name: str | Unset = UNSET
    """ A name telling apart participants with the same role. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_content_part_image import ChatCompletionContentPartImage  # noqa: PLC0415
        from ..models.chat_completion_content_part_text import ChatCompletionContentPartText  # noqa: PLC0415

        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ChatCompletionContentPartText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatCompletionContentPartImage):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
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
        from ..models.chat_completion_content_part_file import ChatCompletionContentPartFile  # noqa: PLC0415
        from ..models.chat_completion_content_part_image import ChatCompletionContentPartImage  # noqa: PLC0415
        from ..models.chat_completion_content_part_text import ChatCompletionContentPartText  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["user"], d.pop("role"))
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        def _parse_content(
            data: object,
        ) -> list[ChatCompletionContentPartFile | ChatCompletionContentPartImage | ChatCompletionContentPartText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> ChatCompletionContentPartFile | ChatCompletionContentPartImage | ChatCompletionContentPartText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_user_content_part_type_0 = (
                                ChatCompletionContentPartText.from_dict(data)
                            )

                            return componentsschemas_chat_completion_user_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_user_content_part_type_1 = (
                                ChatCompletionContentPartImage.from_dict(data)
                            )

                            return componentsschemas_chat_completion_user_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_user_content_part_type_2 = (
                            ChatCompletionContentPartFile.from_dict(data)
                        )

                        return componentsschemas_chat_completion_user_content_part_type_2

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ChatCompletionContentPartFile | ChatCompletionContentPartImage | ChatCompletionContentPartText]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_completion_user_message_param = cls(
            role=role,
            content=content,
            name=name,
        )

        return chat_completion_user_message_param
