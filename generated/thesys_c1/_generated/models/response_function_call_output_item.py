from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText


T = TypeVar("T", bound="ResponseFunctionCallOutputItem")


@_attrs_define
class ResponseFunctionCallOutputItem:
    """What a function call returned."""

    type_: Literal["function_call_output"]
    """ Always `function_call_output`. """
    call_id: str
    """ The `call_id` of the call this answers. """
    output: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str
    """ The result, as a string (often JSON) or a list of text, image and file parts. """
    id: None | str | Unset = UNSET
    """ The item's id. """
    status: None | ResponseItemStatus | Unset = UNSET
    """ The item's status. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        type_ = self.type_

        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, ResponseInputText):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, ResponseInputImage):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_input_file import ResponseInputFile  # noqa: PLC0415
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["function_call_output"], d.pop("type"))
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        call_id = d.pop("call_id")

        def _parse_output(data: object) -> list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
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

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str, data)

        output = _parse_output(d.pop("output"))

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

        response_function_call_output_item = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            status=status,
        )

        return response_function_call_output_item

    @property
    def type(self) -> Literal["function_call_output"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
