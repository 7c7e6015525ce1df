from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    item_error,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_code_interpreter_call_item_outputs_type_0_item import (
        ResponseCodeInterpreterCallItemOutputsType0Item,
    )


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "container_id",
        "code",
        "outputs",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseCodeInterpreterCallItem(GeneratedModel):
    """Code the model ran in the code interpreter."""

    type: Literal["code_interpreter_call"]
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

    _wire_type: ClassVar[str | None] = "code_interpreter_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["container_id"] = self.container_id
        field_dict["code"] = self.code
        field_dict["outputs"] = None if self.outputs is None else [item.to_dict() for item in self.outputs]
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
            v_type_ = d["type"]
            v_id = d["id"]
            v_status = d["status"]
            v_container_id = d["container_id"]
            v_code = d["code"]
            v_outputs = d["outputs"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "code_interpreter_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "code_interpreter_call"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_status) is str:
            raise at("status", bad(v_status, "string"))

        if not type(v_container_id) is str:
            raise at("container_id", bad(v_container_id, "string"))

        if v_code is not None:
            if not type(v_code) is str:
                raise at("code", bad(v_code, "string or null"))

        if v_outputs is not None:
            if type(v_outputs) is not list:
                raise at("outputs", bad(v_outputs, "array or null"))
            try:
                v_outputs = (
                    list(map(_models.ResponseCodeInterpreterCallItemOutputsType0Item.from_dict, v_outputs))
                    if v_outputs
                    else []
                )
            except ShapeError as error:
                raise at(
                    "outputs",
                    item_error(error, v_outputs, _models.ResponseCodeInterpreterCallItemOutputsType0Item.from_dict),
                ) from None

        obj = new_model(cls)
        obj.type = "code_interpreter_call"
        obj.id = v_id
        obj.status = v_status
        obj.container_id = v_container_id
        obj.code = v_code
        obj.outputs = v_outputs
        return obj
