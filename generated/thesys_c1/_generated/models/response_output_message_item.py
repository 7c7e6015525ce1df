from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status
from ..models.response_message_phase import ResponseMessagePhase, check_response_message_phase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText


T = TypeVar("T", bound="ResponseOutputMessageItem")


@_attrs_define
class ResponseOutputMessageItem:
    """An assistant message as the model produced it, with output text and refusal parts, passed back as context."""

    type_: Literal["message"]
    """ Always `message`. """
    role: Literal["assistant"]
    """ Always `assistant`. """
    content: list[ResponseOutputRefusal | ResponseOutputText]
    """ The message's parts. """
    id: None | str | Unset = UNSET
    """ The message's id. """
    status: None | ResponseItemStatus | Unset = UNSET
    """ The message's status. """
    phase: None | ResponseMessagePhase | Unset = UNSET
    """ The phase the message was produced in. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

        type_ = self.type_

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, ResponseOutputText):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "role": role,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["message"], d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> ResponseOutputRefusal | ResponseOutputText:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = ResponseOutputText.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = ResponseOutputRefusal.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | ResponseItemStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_response_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseItemStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_phase(data: object) -> None | ResponseMessagePhase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_response_message_phase(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMessagePhase | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        response_output_message_item = cls(
            type_=type_,
            role=role,
            content=content,
            id=id,
            status=status,
            phase=phase,
        )

        return response_output_message_item

    @property
    def type(self) -> Literal["message"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
