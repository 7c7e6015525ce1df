from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "role",
        "content",
        "status",
        "phase",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseOutputMessage(GeneratedModel):
    """A message from the assistant."""

    id: str
    """ The message's id, such as `msg_123`. """

    type: Literal["message"]
    """ Always `message`. """

    role: Literal["assistant"]
    """ Always `assistant`. """

    content: list[ResponseOutputRefusal | ResponseOutputText]
    """ The message's parts, in order. """

    status: str | None = None
    """ One of `in_progress`, `completed` or `incomplete`. """

    phase: None | str = None
    """ Whether the message is commentary or the final answer, such as `final_answer`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "message"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["role"] = self.role
        field_dict["content"] = encode(self.content)
        if self.status is not None:
            field_dict["status"] = self.status
        if self.phase is not None:
            field_dict["phase"] = self.phase
        elif "phase" in getattr(self, "_null_keys", ()):
            field_dict["phase"] = None
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
            v_id = d["id"]
            v_type_ = d["type"]
            v_role = d["role"]
            v_content = d["content"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if v_type_ != "message" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "message"))

        if v_role != "assistant" or type(v_role) is not str:
            raise at("role", not_const(v_role, "assistant"))

        try:
            v_content = decode(
                v_content,
                (
                    "list",
                    (
                        "union",
                        (
                            ("model", "ResponseOutputText"),
                            ("model", "ResponseOutputRefusal"),
                        ),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("content", error) from None

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
            absent += 1
        else:
            if not type(v_status) is str:
                raise at("status", bad(v_status, "string"))

        v_phase = get("phase", _ABSENT)
        if v_phase is _ABSENT:
            v_phase = None
            absent += 1
        elif v_phase is None:
            nulls += ("phase",)
        else:
            if not type(v_phase) is str:
                raise at("phase", bad(v_phase, "string or null"))

        obj = new_model(cls)
        obj.id = v_id
        obj.type = "message"
        obj.role = "assistant"
        obj.content = v_content
        obj.status = v_status
        obj.phase = v_phase
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
