from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status
from ..models.response_message_item_role import ResponseMessageItemRole, check_response_message_item_role
from ..models.response_message_phase import ResponseMessagePhase, check_response_message_phase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText


T = TypeVar("T", bound="ResponseMessageItem")


@_attrs_define
class ResponseMessageItem:
    """A message from the user, the system, the developer or an earlier assistant turn, with text or input parts as
    content.

    """

    role: ResponseMessageItemRole
    """ Who the message is from. """
    content: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str
    """ The message text, or a list of text, image and file parts. """
    type_: Literal["message"] | Unset = UNSET
    """ Always `message`; may be left out. """
    id: None | str | Unset = UNSET
    """ The id of a stored message this one repeats. """
    status: None | ResponseItemStatus | Unset = UNSET
    """ The message's status, as returned with stored items. """
    phase: None | ResponseMessagePhase | Unset = UNSET
    """ For assistant messages, the phase they were produced in. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ResponseInputText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ResponseInputImage):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        type_ = self.type_

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
                "role": role,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_input_file import ResponseInputFile  # noqa: PLC0415
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        d = dict(src_dict)
        role = check_response_message_item_role(d.pop("role"))

        def _parse_content(data: object) -> list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> ResponseInputFile | ResponseInputImage | ResponseInputText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_input_content_type_0 = ResponseInputText.from_dict(data)

                            return componentsschemas_response_input_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_input_content_type_1 = ResponseInputImage.from_dict(data)

                            return componentsschemas_response_input_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_content_type_2 = ResponseInputFile.from_dict(data)

                        return componentsschemas_response_input_content_type_2

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str, data)

        content = _parse_content(d.pop("content"))

        type_ = cast(Literal["message"] | Unset, d.pop("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

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

        response_message_item = cls(
            role=role,
            content=content,
            type_=type_,
            id=id,
            status=status,
            phase=phase,
        )

        return response_message_item

    @property
    def type(self) -> Literal["message"] | Unset:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
