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
    from ..models.conversation_input_file import ConversationInputFile
    from ..models.conversation_input_image import ConversationInputImage
    from ..models.conversation_input_text import ConversationInputText
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "role",
        "content",
        "status",
        "phase",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ConversationMessage(GeneratedModel):
    """A message stored in a conversation, whichever role sent it: user, system and developer messages carry input parts,
    assistant messages carry output parts.

    """

    type: Literal["message"]
    """ Always `message`. """

    id: str
    """ The message's id, such as `msg_123`. """

    role: str
    """ Who sent the message, one of `user`, `assistant`, `system` or `developer`. """

    content: list[
        ConversationInputFile
        | ConversationInputImage
        | ConversationInputText
        | ResponseOutputRefusal
        | ResponseOutputText
    ]
    """ The parts the message is made of, in order. """

    status: str | None = None
    """ One of `in_progress`, `completed` or `incomplete`. """

    phase: None | str = None
    """ For assistant messages, whether it is commentary or the final answer, such as `final_answer`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = "message"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
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
            v_type_ = d["type"]
            v_id = d["id"]
            v_role = d["role"]
            v_content = d["content"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "message" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "message"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_role) is str:
            raise at("role", bad(v_role, "string"))

        try:
            v_content = decode(
                v_content,
                (
                    "list",
                    (
                        "union",
                        (
                            ("model", "ConversationInputText"),
                            ("model", "ResponseOutputText"),
                            ("model", "ConversationInputImage"),
                            ("model", "ConversationInputFile"),
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
        obj.type = "message"
        obj.id = v_id
        obj.role = v_role
        obj.content = v_content
        obj.status = v_status
        obj.phase = v_phase
        obj._request_id = None
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
