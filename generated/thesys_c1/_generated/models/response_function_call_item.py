from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "name",
        "arguments",
        "id",
        "namespace",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseFunctionCallItem(GeneratedModel):
    """A call to a function tool that the model made, passed back as context."""

    type: Literal["function_call"]
    """ Always `function_call`. """

    call_id: str
    """ The id linking the call to its output. """

    name: str
    """ The function called. """

    arguments: str
    """ The arguments, as a JSON-encoded string. """

    id: None | str = None
    """ The item's id. """

    namespace: None | str = None
    """ The namespace of the function, when it has one. """

    status: None | ResponseItemStatus = None
    """ The call's status. """

    _wire_type: ClassVar[str | None] = "function_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["name"] = self.name
        field_dict["arguments"] = self.arguments
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.namespace is not None:
            field_dict["namespace"] = self.namespace
        elif "namespace" in getattr(self, "_null_keys", ()):
            field_dict["namespace"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in getattr(self, "_null_keys", ()):
            field_dict["status"] = None
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
            v_call_id = d["call_id"]
            v_name = d["name"]
            v_arguments = d["arguments"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "function_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "function_call"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        if not type(v_arguments) is str:
            raise at("arguments", bad(v_arguments, "string"))

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_namespace = get("namespace", _ABSENT)
        if v_namespace is _ABSENT:
            v_namespace = None
        elif v_namespace is None:
            nulls += ("namespace",)
        else:
            if not type(v_namespace) is str:
                raise at("namespace", bad(v_namespace, "string or null"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        elif v_status is None:
            nulls += ("status",)
        else:
            if type(v_status) not in STR_TYPE:
                raise at("status", bad(v_status, "string or null"))

        obj = new_model(cls)
        obj.type = "function_call"
        obj.call_id = v_call_id
        obj.name = v_name
        obj.arguments = v_arguments
        obj.id = v_id
        obj.namespace = v_namespace
        obj.status = v_status
        if nulls:
            keep_nulls(obj, nulls)
        return obj
