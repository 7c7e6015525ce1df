from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus
from ..models.response_message_item_role import ResponseMessageItemRole
from ..models.response_message_phase import ResponseMessagePhase
from ..types import (
    STR_TYPE,
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
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "type",
        "id",
        "status",
        "phase",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseMessageItem(GeneratedModel):
    """A message from the user, the system, the developer or an earlier assistant turn, with text or input parts as
    content.

    """

    role: ResponseMessageItemRole
    """ Who the message is from. """

    content: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str
    """ The message text, or a list of text, image and file parts. """

    type: Literal["message"] = "message"
    """ Always `message`; may be left out. """

    id: None | str = None
    """ The id of a stored message this one repeats. """

    status: None | ResponseItemStatus = None
    """ The message's status, as returned with stored items. """

    phase: None | ResponseMessagePhase = None
    """ For assistant messages, the phase they were produced in. """

    _wire_type: ClassVar[str | None] = "message"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["role"] = self.role
        field_dict["content"] = encode(self.content)
        if self.type is not None:
            field_dict["type"] = self.type
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in getattr(self, "_null_keys", ()):
            field_dict["status"] = None
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
        try:
            v_role = d["role"]
            v_content = d["content"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if type(v_role) not in STR_TYPE:
            raise at("role", bad(v_role, "string"))

        try:
            v_content = decode(
                v_content,
                (
                    "union",
                    (
                        "string",
                        (
                            "list",
                            (
                                "union",
                                (
                                    ("model", "ResponseInputText"),
                                    ("model", "ResponseInputImage"),
                                    ("model", "ResponseInputFile"),
                                ),
                            ),
                        ),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("content", error) from None

        v_type_ = get("type", _ABSENT)
        if v_type_ is _ABSENT:
            v_type_ = "message"
        else:
            if v_type_ != "message" or type(v_type_) is not str:
                raise at("type", not_const(v_type_, "message"))

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        elif v_status is None:
            nulls += ("status",)
        else:
            if type(v_status) not in STR_TYPE:
                raise at("status", bad(v_status, "string or null"))

        v_phase = get("phase", _ABSENT)
        if v_phase is _ABSENT:
            v_phase = None
        elif v_phase is None:
            nulls += ("phase",)
        else:
            if type(v_phase) not in STR_TYPE:
                raise at("phase", bad(v_phase, "string or null"))

        obj = new_model(cls)
        obj.role = v_role
        obj.content = v_content
        obj.type = "message"
        obj.id = v_id
        obj.status = v_status
        obj.phase = v_phase
        if nulls:
            keep_nulls(obj, nulls)
        return obj
