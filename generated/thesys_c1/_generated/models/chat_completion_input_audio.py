from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.chat_completion_input_audio_format import (
    ChatCompletionInputAudioFormat,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "format",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionInputAudio(GeneratedModel):
    """Audio data and its encoding."""

    data: str
    """ The audio, base64-encoded. """

    format: ChatCompletionInputAudioFormat
    """ The audio encoding. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["data"] = self.data
        field_dict["format"] = self.format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_data = d["data"]
            v_format_ = d["format"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_data) is str:
            raise at("data", bad(v_data, "string"))

        if type(v_format_) not in STR_TYPE:
            raise at("format", bad(v_format_, "string"))

        obj = new_model(cls)
        obj.data = v_data
        obj.format = v_format_
        return obj
