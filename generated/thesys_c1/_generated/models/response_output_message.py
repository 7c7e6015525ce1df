from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText
    from ..models.response_unknown_content_part import ResponseUnknownContentPart


T = TypeVar("T", bound="ResponseOutputMessage")


@_attrs_define
class ResponseOutputMessage:
    """A message from the assistant."""

    id: str
    """ The message's id, such as `msg_123`. """
    type_: Literal["message"]
    """ Always `message`. """
    role: Literal["assistant"]
    """ Always `assistant`. """
    content: list[ResponseOutputRefusal | ResponseOutputText | ResponseUnknownContentPart]
    """ The message's parts, in order. """
    status: str | Unset = UNSET
    """ One of `in_progress`, `completed` or `incomplete`. """
    phase: None | str | Unset = UNSET
    """ Whether the message is commentary or the final answer, such as `final_answer`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, ResponseOutputText):
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
                "id": id,
                "type": type_,
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
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415
        from ..models.response_unknown_content_part import ResponseUnknownContentPart  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["message"], d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> ResponseOutputRefusal | ResponseOutputText | ResponseUnknownContentPart:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_output_message_content_type_0 = ResponseOutputText.from_dict(data)

                    return componentsschemas_response_output_message_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_output_message_content_type_1 = ResponseOutputRefusal.from_dict(data)

                    return componentsschemas_response_output_message_content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_message_content_type_2 = ResponseUnknownContentPart.from_dict(data)

                return componentsschemas_response_output_message_content_type_2

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

        response_output_message = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            status=status,
            phase=phase,
        )

        response_output_message.additional_properties = d
        return response_output_message

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
