from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.response_code_interpreter_call_item_outputs_type_0_item import (
        ResponseCodeInterpreterCallItemOutputsType0Item,
    )


T = TypeVar("T", bound="ResponseCodeInterpreterCallItem")


@_attrs_define
class ResponseCodeInterpreterCallItem:
    """Code the model ran in the code interpreter."""

    type_: Literal["code_interpreter_call"]
    """ Always `code_interpreter_call`. """
    id: str
    """ The item's id. """
    status: str
    """ One of `in_progress`, `completed`, `incomplete`, `interpreting` or `failed`. """
    container_id: str
    """ The container the code ran in. """
    code: None | str
    """ The code. """
    outputs: list[ResponseCodeInterpreterCallItemOutputsType0Item] | None
    """ Logs and images the code produced. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        container_id = self.container_id

        code: None | str
        code = self.code

        outputs: list[dict[str, Any]] | None
        if isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
                "container_id": container_id,
                "code": code,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_code_interpreter_call_item_outputs_type_0_item import (
            ResponseCodeInterpreterCallItemOutputsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["code_interpreter_call"], d.pop("type"))
        if type_ != "code_interpreter_call":
            raise ValueError(f"type must match const 'code_interpreter_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        container_id = d.pop("container_id")

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        def _parse_outputs(data: object) -> list[ResponseCodeInterpreterCallItemOutputsType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:
                    outputs_type_0_item = ResponseCodeInterpreterCallItemOutputsType0Item.from_dict(
                        outputs_type_0_item_data
                    )

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseCodeInterpreterCallItemOutputsType0Item] | None, data)

        outputs = _parse_outputs(d.pop("outputs"))

        response_code_interpreter_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            container_id=container_id,
            code=code,
            outputs=outputs,
        )

        return response_code_interpreter_call_item

    @property
    def type(self) -> Literal["code_interpreter_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
