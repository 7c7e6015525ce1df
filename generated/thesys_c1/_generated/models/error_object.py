from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "type",
        "param",
        "code",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ErrorObject(GeneratedModel):
    """What went wrong, in the OpenAI error shape."""

    message: str
    """ A human-readable account of the error. """

    type: None | str = None
    """ The error's category, such as `invalid_request_error`. """

    param: None | str = None
    """ The request parameter the error is about, when there is one. """

    code: None | str = None
    """ A machine-readable error code, when there is one. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = self.message
        if self.type is not None:
            field_dict["type"] = self.type
        elif "type" in getattr(self, "_null_keys", ()):
            field_dict["type"] = None
        if self.param is not None:
            field_dict["param"] = self.param
        elif "param" in getattr(self, "_null_keys", ()):
            field_dict["param"] = None
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in getattr(self, "_null_keys", ()):
            field_dict["code"] = None
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
            v_message = d["message"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_message) is str:
            raise at("message", bad(v_message, "string"))

        v_type_ = get("type", _ABSENT)
        if v_type_ is _ABSENT:
            v_type_ = None
            absent += 1
        elif v_type_ is None:
            nulls += ("type",)
        else:
            if not type(v_type_) is str:
                raise at("type", bad(v_type_, "string or null"))

        v_param = get("param", _ABSENT)
        if v_param is _ABSENT:
            v_param = None
            absent += 1
        elif v_param is None:
            nulls += ("param",)
        else:
            if not type(v_param) is str:
                raise at("param", bad(v_param, "string or null"))

        v_code = get("code", _ABSENT)
        if v_code is _ABSENT:
            v_code = None
            absent += 1
        elif v_code is None:
            nulls += ("code",)
        else:
            if not type(v_code) is str:
                raise at("code", bad(v_code, "string or null"))

        obj = new_model(cls)
        obj.message = v_message
        obj.type = v_type_
        obj.param = v_param
        obj.code = v_code
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 4:
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
