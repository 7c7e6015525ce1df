from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "expires_at",
        "data",
        "transcript",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionAudio(GeneratedModel):
    """A spoken answer."""

    id: str
    """ The id to refer to this audio in a later assistant message. """

    expires_at: int | None = None
    """ When the server forgets the audio, in Unix seconds. """

    data: str | None = None
    """ The audio, base64-encoded, in the requested format. """

    transcript: str | None = None
    """ The text of the spoken answer. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.expires_at is not None:
            field_dict["expires_at"] = self.expires_at
        if self.data is not None:
            field_dict["data"] = self.data
        if self.transcript is not None:
            field_dict["transcript"] = self.transcript
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
            v_id = d["id"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        v_expires_at = get("expires_at", _ABSENT)
        if v_expires_at is _ABSENT:
            v_expires_at = None
            absent += 1
        else:
            if not (type(v_expires_at) is int or integral(v_expires_at)):
                raise at("expires_at", bad(v_expires_at, "integer"))

        v_data = get("data", _ABSENT)
        if v_data is _ABSENT:
            v_data = None
            absent += 1
        else:
            if not type(v_data) is str:
                raise at("data", bad(v_data, "string"))

        v_transcript = get("transcript", _ABSENT)
        if v_transcript is _ABSENT:
            v_transcript = None
            absent += 1
        else:
            if not type(v_transcript) is str:
                raise at("transcript", bad(v_transcript, "string"))

        obj = new_model(cls)
        obj.id = v_id
        obj.expires_at = v_expires_at
        obj.data = v_data
        obj.transcript = v_transcript
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
