from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.response_code_interpreter_tool_container_type_1 import ResponseCodeInterpreterToolContainerType1


T = TypeVar("T", bound="ResponseCodeInterpreterTool")


@_attrs_define
class ResponseCodeInterpreterTool:
    """The built-in tool that runs Python code in a sandbox container."""

    type_: Literal["code_interpreter"]
    """ Always `code_interpreter`. """
    container: ResponseCodeInterpreterToolContainerType1 | str
    """ A container id, or `{"type": "auto", "file_ids": [...]}` to have one created with those files. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_code_interpreter_tool_container_type_1 import ResponseCodeInterpreterToolContainerType1  # noqa: PLC0415

        type_ = self.type_

        container: dict[str, Any] | str
        if isinstance(self.container, ResponseCodeInterpreterToolContainerType1):
            container = self.container.to_dict()
        else:
            container = self.container

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "container": container,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_code_interpreter_tool_container_type_1 import ResponseCodeInterpreterToolContainerType1  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["code_interpreter"], d.pop("type"))
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        def _parse_container(data: object) -> ResponseCodeInterpreterToolContainerType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_1 = ResponseCodeInterpreterToolContainerType1.from_dict(data)

                return container_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseCodeInterpreterToolContainerType1 | str, data)

        container = _parse_container(d.pop("container"))

        response_code_interpreter_tool = cls(
            type_=type_,
            container=container,
        )

        return response_code_interpreter_tool

    @property
    def type(self) -> Literal["code_interpreter"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
