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
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_custom_tool_format import ResponseCustomToolFormat


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "format",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseCustomTool(GeneratedModel):
    """A tool whose input is free text, optionally bound by a grammar."""

    type: Literal["custom"]
    """ Always `custom`. """

    name: str
    """ The tool's name. """

    description: str | None = None
    """ What the tool does. """

    format: ResponseCustomToolFormat | None = None
    """ The input's format: `{"type": "text"}`, or `{"type": "grammar", "syntax": "lark" | "regex", "definition":
    ...}`. """

    _wire_type: ClassVar[str | None] = "custom"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.format is not None:
            field_dict["format"] = self.format.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        get = d.get
        try:
            v_type_ = d["type"]
            v_name = d["name"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "custom" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "custom"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        v_description = get("description", _ABSENT)
        if v_description is _ABSENT:
            v_description = None
        else:
            if not type(v_description) is str:
                raise at("description", bad(v_description, "string"))

        v_format_ = get("format", _ABSENT)
        if v_format_ is _ABSENT:
            v_format_ = None
        else:
            if type(v_format_) is not dict:
                raise at("format", bad(v_format_, "object"))
            try:
                v_format_ = _models.ResponseCustomToolFormat.from_dict(v_format_)
            except ShapeError as error:
                raise at("format", error) from None

        obj = new_model(cls)
        obj.type = "custom"
        obj.name = v_name
        obj.description = v_description
        obj.format = v_format_
        return obj
