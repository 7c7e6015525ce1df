from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_input_file import ConversationInputFile
    from ..models.conversation_input_image import ConversationInputImage
    from ..models.conversation_input_text import ConversationInputText
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText
    from ..models.response_unknown_content_part import ResponseUnknownContentPart


T = TypeVar("T", bound="ConversationMessage")


@_attrs_define
class ConversationMessage:
    """A message stored in a conversation, whichever role sent it: user, system and developer messages carry input parts,
    assistant messages carry output parts.

    """

    type_: Literal["message"]
    """ Always `message`. """
    id: str
    """ The message's id, such as `msg_123`. """
    role: str
    """ Who sent the message, one of `user`, `assistant`, `system` or `developer`. """
    content: list[
        ConversationInputFile
        | ConversationInputImage
        | ConversationInputText
        | ResponseOutputRefusal
        | ResponseOutputText
        | ResponseUnknownContentPart
    ]
    """ The parts the message is made of, in order. """
    status: str | Unset = UNSET
    """ One of `in_progress`, `completed` or `incomplete`. """
    phase: None | str | Unset = UNSET
    """ For assistant messages, whether it is commentary or the final answer, such as `final_answer`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_input_file import ConversationInputFile  # noqa: PLC0415
        from ..models.conversation_input_image import ConversationInputImage  # noqa: PLC0415
        from ..models.conversation_input_text import ConversationInputText  # noqa: PLC0415
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

        type_ = self.type_

        id = self.id

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, ConversationInputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ResponseOutputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ConversationInputImage):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ConversationInputFile):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ResponseOutputRefusal):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        status = self.status

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "role": role,
                "content": content,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_input_file import ConversationInputFile  # noqa: PLC0415
        from ..models.conversation_input_image import ConversationInputImage  # noqa: PLC0415
        from ..models.conversation_input_text import ConversationInputText  # noqa: PLC0415
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415
        from ..models.response_unknown_content_part import ResponseUnknownContentPart  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["message"], d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = d.pop("id")

        role = d.pop("role")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                ConversationInputFile
                | ConversationInputImage
                | ConversationInputText
                | ResponseOutputRefusal
                | ResponseOutputText
                | ResponseUnknownContentPart
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_message_content_type_0 = ConversationInputText.from_dict(data)

                    return componentsschemas_conversation_message_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_message_content_type_1 = ResponseOutputText.from_dict(data)

                    return componentsschemas_conversation_message_content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_message_content_type_2 = ConversationInputImage.from_dict(data)

                    return componentsschemas_conversation_message_content_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_message_content_type_3 = ConversationInputFile.from_dict(data)

                    return componentsschemas_conversation_message_content_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_message_content_type_4 = ResponseOutputRefusal.from_dict(data)

                    return componentsschemas_conversation_message_content_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_message_content_type_5 = ResponseUnknownContentPart.from_dict(data)

                return componentsschemas_conversation_message_content_type_5

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        status = d.pop("status", UNSET)

        def _parse_phase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        conversation_message = cls(
            type_=type_,
            id=id,
            role=role,
            content=content,
            status=status,
            phase=phase,
        )

        conversation_message.additional_properties = d
        return conversation_message

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
    def type(self) -> Literal["message"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
