from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.chat_completion_audio_param_format import (
    ChatCompletionAudioParamFormat,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_custom_voice import ChatCompletionCustomVoice


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "voice",
        "format",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionAudioParam(GeneratedModel):
    """How spoken output is produced."""

    voice: ChatCompletionCustomVoice | str
    """ A built-in voice name (such as `alloy`, `coral`, `marin` or `cedar`) or a custom voice given by id. """

    format: ChatCompletionAudioParamFormat
    """ The audio encoding of the output. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["voice"] = encode(self.voice)
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
            v_voice = d["voice"]
            v_format_ = d["format"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        try:
            v_voice = decode(
                v_voice,
                (
                    "union",
                    (
                        "string",
                        ("model", "ChatCompletionCustomVoice"),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("voice", error) from None

        if type(v_format_) not in STR_TYPE:
            raise at("format", bad(v_format_, "string"))

        obj = new_model(cls)
        obj.voice = v_voice
        obj.format = v_format_
        return obj
