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
    decode,
    encode,
    item_error,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_container_file_citation import ResponseContainerFileCitation
    from ..models.response_file_citation import ResponseFileCitation
    from ..models.response_file_path_annotation import ResponseFilePathAnnotation
    from ..models.response_log_prob import ResponseLogProb
    from ..models.response_url_citation import ResponseUrlCitation


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "annotations",
        "logprobs",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseOutputText(GeneratedModel):
    """A text part of an assistant message."""

    type: Literal["output_text"]
    """ Always `output_text`. """

    text: str
    """ The text. """

    annotations: (
        list[ResponseContainerFileCitation | ResponseFileCitation | ResponseFilePathAnnotation | ResponseUrlCitation]
        | None
    ) = None
    """ Citations and file references attached to spans of the text. """

    logprobs: list[ResponseLogProb] | None = None
    """ Log probabilities of the text's tokens, when asked for. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "output_text"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["text"] = self.text
        if self.annotations is not None:
            field_dict["annotations"] = encode(self.annotations)
        if self.logprobs is not None:
            field_dict["logprobs"] = [item.to_dict() for item in self.logprobs]
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
        absent = 0
        try:
            v_type_ = d["type"]
            v_text = d["text"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "output_text" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "output_text"))

        if not type(v_text) is str:
            raise at("text", bad(v_text, "string"))

        v_annotations = get("annotations", _ABSENT)
        if v_annotations is _ABSENT:
            v_annotations = None
            absent += 1
        else:
            try:
                v_annotations = decode(
                    v_annotations,
                    (
                        "list",
                        (
                            "union",
                            (
                                ("model", "ResponseUrlCitation"),
                                ("model", "ResponseFileCitation"),
                                ("model", "ResponseContainerFileCitation"),
                                ("model", "ResponseFilePathAnnotation"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("annotations", error) from None

        v_logprobs = get("logprobs", _ABSENT)
        if v_logprobs is _ABSENT:
            v_logprobs = None
            absent += 1
        else:
            if type(v_logprobs) is not list:
                raise at("logprobs", bad(v_logprobs, "array"))
            try:
                v_logprobs = list(map(_models.ResponseLogProb.from_dict, v_logprobs)) if v_logprobs else []
            except ShapeError as error:
                raise at("logprobs", item_error(error, v_logprobs, _models.ResponseLogProb.from_dict)) from None

        obj = new_model(cls)
        obj.type = "output_text"
        obj.text = v_text
        obj.annotations = v_annotations
        obj.logprobs = v_logprobs
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
