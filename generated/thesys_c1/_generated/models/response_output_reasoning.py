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
    from ..models.response_reasoning_text import ResponseReasoningText
    from ..models.response_summary_text import ResponseSummaryText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "summary",
        "content",
        "encrypted_content",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseOutputReasoning(GeneratedModel):
    """Reasoning the model did before answering."""

    type: Literal["reasoning"]
    """ Always `reasoning`. """

    id: str
    """ The item's id, such as `rs_123`. """

    summary: list[ResponseOutputRefusal | ResponseOutputText | ResponseReasoningText | ResponseSummaryText] | None = (
        None
    )
    """ Summary parts of the reasoning, when a summary was produced. """

    content: list[ResponseOutputRefusal | ResponseOutputText | ResponseReasoningText | ResponseSummaryText] | None = (
        None
    )
    """ The reasoning text parts, when the model exposes them. """

    encrypted_content: None | str = None
    """ The reasoning in encrypted form, when asked for with `include`. """

    status: str | None = None
    """ One of `in_progress`, `completed` or `incomplete`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = "reasoning"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        if self.summary is not None:
            field_dict["summary"] = encode(self.summary)
        if self.content is not None:
            field_dict["content"] = encode(self.content)
        elif "content" in getattr(self, "_null_keys", ()):
            field_dict["content"] = None
        if self.encrypted_content is not None:
            field_dict["encrypted_content"] = self.encrypted_content
        elif "encrypted_content" in getattr(self, "_null_keys", ()):
            field_dict["encrypted_content"] = None
        if self.status is not None:
            field_dict["status"] = self.status
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
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "reasoning" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "reasoning"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        v_summary = get("summary", _ABSENT)
        if v_summary is _ABSENT:
            v_summary = None
            absent += 1
        else:
            try:
                v_summary = decode(
                    v_summary,
                    (
                        "list",
                        (
                            "union",
                            (
                                ("model", "ResponseOutputText"),
                                ("model", "ResponseOutputRefusal"),
                                ("model", "ResponseReasoningText"),
                                ("model", "ResponseSummaryText"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("summary", error) from None

        v_content = get("content", _ABSENT)
        if v_content is _ABSENT:
            v_content = None
            absent += 1
        elif v_content is None:
            nulls += ("content",)
        else:
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
                                ("model", "ResponseReasoningText"),
                                ("model", "ResponseSummaryText"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("content", error) from None

        v_encrypted_content = get("encrypted_content", _ABSENT)
        if v_encrypted_content is _ABSENT:
            v_encrypted_content = None
            absent += 1
        elif v_encrypted_content is None:
            nulls += ("encrypted_content",)
        else:
            if not type(v_encrypted_content) is str:
                raise at("encrypted_content", bad(v_encrypted_content, "string or null"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
            absent += 1
        else:
            if not type(v_status) is str:
                raise at("status", bad(v_status, "string"))

        obj = new_model(cls)
        obj.type = "reasoning"
        obj.id = v_id
        obj.summary = v_summary
        obj.content = v_content
        obj.encrypted_content = v_encrypted_content
        obj.status = v_status
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
