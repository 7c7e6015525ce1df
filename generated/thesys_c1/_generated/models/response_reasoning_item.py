from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_item_status import ResponseItemStatus
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    item_error,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_reasoning_text import ResponseReasoningText
    from ..models.response_summary_text import ResponseSummaryText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "summary",
        "id",
        "content",
        "encrypted_content",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseReasoningItem(GeneratedModel):
    """Reasoning the model produced earlier, passed back as context."""

    type: Literal["reasoning"]
    """ Always `reasoning`. """

    summary: list[ResponseSummaryText]
    """ The summary parts of the reasoning. """

    id: None | str = None
    """ The item's id. """

    content: list[ResponseReasoningText] | None = None
    """ The reasoning text parts, when the model exposes them. """

    encrypted_content: None | str = None
    """ The reasoning in encrypted form, to carry it over without storing it. """

    status: None | ResponseItemStatus = None
    """ The item's status. """

    _wire_type: ClassVar[str | None] = "reasoning"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["summary"] = [item.to_dict() for item in self.summary]
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.content is not None:
            field_dict["content"] = [item.to_dict() for item in self.content]
        elif "content" in getattr(self, "_null_keys", ()):
            field_dict["content"] = None
        if self.encrypted_content is not None:
            field_dict["encrypted_content"] = self.encrypted_content
        elif "encrypted_content" in getattr(self, "_null_keys", ()):
            field_dict["encrypted_content"] = None
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
            v_summary = d["summary"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "reasoning" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "reasoning"))

        if type(v_summary) is not list:
            raise at("summary", bad(v_summary, "array"))
        try:
            v_summary = list(map(_models.ResponseSummaryText.from_dict, v_summary)) if v_summary else []
        except ShapeError as error:
            raise at("summary", item_error(error, v_summary, _models.ResponseSummaryText.from_dict)) from None

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_content = get("content", _ABSENT)
        if v_content is _ABSENT:
            v_content = None
        elif v_content is None:
            nulls += ("content",)
        else:
            if type(v_content) is not list:
                raise at("content", bad(v_content, "array or null"))
            try:
                v_content = list(map(_models.ResponseReasoningText.from_dict, v_content)) if v_content else []
            except ShapeError as error:
                raise at("content", item_error(error, v_content, _models.ResponseReasoningText.from_dict)) from None

        v_encrypted_content = get("encrypted_content", _ABSENT)
        if v_encrypted_content is _ABSENT:
            v_encrypted_content = None
        elif v_encrypted_content is None:
            nulls += ("encrypted_content",)
        else:
            if not type(v_encrypted_content) is str:
                raise at("encrypted_content", bad(v_encrypted_content, "string or null"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        elif v_status is None:
            nulls += ("status",)
        else:
            if type(v_status) not in STR_TYPE:
                raise at("status", bad(v_status, "string or null"))

        obj = new_model(cls)
        obj.type = "reasoning"
        obj.summary = v_summary
        obj.id = v_id
        obj.content = v_content
        obj.encrypted_content = v_encrypted_content
        obj.status = v_status
        if nulls:
            keep_nulls(obj, nulls)
        return obj
