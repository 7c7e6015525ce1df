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
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_function_parameters import ResponseFunctionParameters


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "parameters",
        "strict",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseFunctionTool(GeneratedModel):
    """A function in the caller's code that the model may ask to have called."""

    type: Literal["function"]
    """ Always `function`. """

    name: str
    """ The function's name (letters, digits, `_` and `-`). """

    description: None | str = None
    """ What the function does, to help the model decide when to call it. """

    parameters: None | ResponseFunctionParameters = None
    """ The function's arguments, as a JSON Schema object. """

    strict: bool | None = None
    """ Whether the arguments must follow `parameters` exactly. """

    _wire_type: ClassVar[str | None] = "function"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in getattr(self, "_null_keys", ()):
            field_dict["description"] = None
        if self.parameters is not None:
            field_dict["parameters"] = self.parameters.to_dict()
        elif "parameters" in getattr(self, "_null_keys", ()):
            field_dict["parameters"] = None
        if self.strict is not None:
            field_dict["strict"] = self.strict
        elif "strict" in getattr(self, "_null_keys", ()):
            field_dict["strict"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        try:
            v_type_ = d["type"]
            v_name = d["name"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "function" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "function"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        v_description = get("description", _ABSENT)
        if v_description is _ABSENT:
            v_description = None
        elif v_description is None:
            nulls += ("description",)
        else:
            if not type(v_description) is str:
                raise at("description", bad(v_description, "string or null"))

        v_parameters = get("parameters", _ABSENT)
        if v_parameters is _ABSENT:
            v_parameters = None
        elif v_parameters is None:
            nulls += ("parameters",)
        else:
            if type(v_parameters) is not dict:
                raise at("parameters", bad(v_parameters, "object or null"))
            try:
                v_parameters = _models.ResponseFunctionParameters.from_dict(v_parameters)
            except ShapeError as error:
                raise at("parameters", error) from None

        v_strict = get("strict", _ABSENT)
        if v_strict is _ABSENT:
            v_strict = None
        elif v_strict is None:
            nulls += ("strict",)
        else:
            if not type(v_strict) is bool:
                raise at("strict", bad(v_strict, "boolean or null"))

        obj = new_model(cls)
        obj.type = "function"
        obj.name = v_name
        obj.description = v_description
        obj.parameters = v_parameters
        obj.strict = v_strict
        if nulls:
            keep_nulls(obj, nulls)
        return obj
