from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    integral,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_stream_error import ResponseStreamError


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "code",
        "message",
        "param",
        "error",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseErrorEvent(GeneratedModel):
    """The stream failed. The details come either at the top level (`code`, `message`, `param`) or wrapped in `error`,
    depending on the server.

    """

    type: Literal["error"]
    """ Always `error`. """

    sequence_number: int
    """ The event's position in the stream. """

    code: None | str = None
    """ A machine-readable error code, when there is one. """

    message: str | None = None
    """ A human-readable account of the error. """

    param: None | str = None
    """ The request parameter the error is about, when there is one. """

    error: ResponseStreamError | None = None
    """ The details of a stream error. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "error"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in getattr(self, "_null_keys", ()):
            field_dict["code"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        if self.param is not None:
            field_dict["param"] = self.param
        elif "param" in getattr(self, "_null_keys", ()):
            field_dict["param"] = None
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
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
        absent = 0
        try:
            v_type_ = d["type"]
            v_sequence_number = d["sequence_number"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "error" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "error"))

        if not (type(v_sequence_number) is int or integral(v_sequence_number)):
            raise at("sequence_number", bad(v_sequence_number, "integer"))

        v_code = get("code", _ABSENT)
        if v_code is _ABSENT:
            v_code = None
            absent += 1
        elif v_code is None:
            nulls += ("code",)
        else:
            if not type(v_code) is str:
                raise at("code", bad(v_code, "string or null"))

        v_message = get("message", _ABSENT)
        if v_message is _ABSENT:
            v_message = None
            absent += 1
        else:
            if not type(v_message) is str:
                raise at("message", bad(v_message, "string"))

        v_param = get("param", _ABSENT)
        if v_param is _ABSENT:
            v_param = None
            absent += 1
        elif v_param is None:
            nulls += ("param",)
        else:
            if not type(v_param) is str:
                raise at("param", bad(v_param, "string or null"))

        v_error = get("error", _ABSENT)
        if v_error is _ABSENT:
            v_error = None
            absent += 1
        else:
            if type(v_error) is not dict:
                raise at("error", bad(v_error, "object"))
            try:
                v_error = _models.ResponseStreamError.from_dict(v_error)
            except ShapeError as error:
                raise at("error", error) from None

        obj = new_model(cls)
        obj.type = "error"
        obj.sequence_number = v_sequence_number
        obj.code = v_code
        obj.message = v_message
        obj.param = v_param
        obj.error = v_error
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 6:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

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
