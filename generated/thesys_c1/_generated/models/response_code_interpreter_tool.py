from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    decode,
    encode,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_code_interpreter_tool_container_type_1 import ResponseCodeInterpreterToolContainerType1


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "container",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseCodeInterpreterTool(GeneratedModel):
    """The built-in tool that runs Python code in a sandbox container."""

    type: Literal["code_interpreter"]
    """ Always `code_interpreter`. """

    container: ResponseCodeInterpreterToolContainerType1 | str
    """ A container id, or `{"type": "auto", "file_ids": [...]}` to have one created with those files. """

    _wire_type: ClassVar[str | None] = "code_interpreter"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["container"] = encode(self.container)
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
            v_container = d["container"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "code_interpreter" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "code_interpreter"))

        try:
            v_container = decode(
                v_container,
                (
                    "union",
                    (
                        "string",
                        ("model", "ResponseCodeInterpreterToolContainerType1"),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("container", error) from None

        obj = new_model(cls)
        obj.type = "code_interpreter"
        obj.container = v_container
        return obj
