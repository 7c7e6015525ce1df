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
    integral,
    item_error,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
    from ..models.completion_usage import CompletionUsage


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "created",
        "model",
        "choices",
        "usage",
        "service_tier",
        "system_fingerprint",
        "obfuscation",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionChunk(GeneratedModel):
    """One server-sent event of a streamed answer."""

    id: str
    """ The completion's id, the same in every chunk. """

    object: Literal["chat.completion.chunk"]

    created: int
    """ When the completion was created, in Unix seconds. """

    model: str
    """ The model that answers. """

    choices: list[ChatCompletionChunkChoice]
    """ The changes to each alternative; empty in the last chunk when `stream_options.include_usage` is set. """

    usage: CompletionUsage | None = None
    """ Token counts; only in the last chunk, and only when asked for. """

    service_tier: None | str = None
    """ The tier that served the request, such as `default`, `flex`, `scale` or `priority`. """

    system_fingerprint: None | str = None
    """ An id of the backend configuration that answered. """

    obfuscation: str | None = None
    """ Random padding that hides the size of the chunk; ignore it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object
        field_dict["created"] = self.created
        field_dict["model"] = self.model
        field_dict["choices"] = [item.to_dict() for item in self.choices]
        if self.usage is not None:
            field_dict["usage"] = self.usage.to_dict()
        elif "usage" in getattr(self, "_null_keys", ()):
            field_dict["usage"] = None
        if self.service_tier is not None:
            field_dict["service_tier"] = self.service_tier
        elif "service_tier" in getattr(self, "_null_keys", ()):
            field_dict["service_tier"] = None
        if self.system_fingerprint is not None:
            field_dict["system_fingerprint"] = self.system_fingerprint
        elif "system_fingerprint" in getattr(self, "_null_keys", ()):
            field_dict["system_fingerprint"] = None
        if self.obfuscation is not None:
            field_dict["obfuscation"] = self.obfuscation
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
            v_object_ = d["object"]
            v_created = d["created"]
            v_model = d["model"]
            v_choices = d["choices"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if v_object_ != "chat.completion.chunk" or type(v_object_) is not str:
            raise at("object", not_const(v_object_, "chat.completion.chunk"))

        if not (type(v_created) is int or integral(v_created)):
            raise at("created", bad(v_created, "integer"))

        if not type(v_model) is str:
            raise at("model", bad(v_model, "string"))

        if type(v_choices) is not list:
            raise at("choices", bad(v_choices, "array"))
        try:
            v_choices = list(map(_models.ChatCompletionChunkChoice.from_dict, v_choices)) if v_choices else []
        except ShapeError as error:
            raise at("choices", item_error(error, v_choices, _models.ChatCompletionChunkChoice.from_dict)) from None

        v_usage = get("usage", _ABSENT)
        if v_usage is _ABSENT:
            v_usage = None
            absent += 1
        elif v_usage is None:
            nulls += ("usage",)
        else:
            if type(v_usage) is not dict:
                raise at("usage", bad(v_usage, "object or null"))
            try:
                v_usage = _models.CompletionUsage.from_dict(v_usage)
            except ShapeError as error:
                raise at("usage", error) from None

        v_service_tier = get("service_tier", _ABSENT)
        if v_service_tier is _ABSENT:
            v_service_tier = None
            absent += 1
        elif v_service_tier is None:
            nulls += ("service_tier",)
        else:
            if not type(v_service_tier) is str:
                raise at("service_tier", bad(v_service_tier, "string or null"))

        v_system_fingerprint = get("system_fingerprint", _ABSENT)
        if v_system_fingerprint is _ABSENT:
            v_system_fingerprint = None
            absent += 1
        elif v_system_fingerprint is None:
            nulls += ("system_fingerprint",)
        else:
            if not type(v_system_fingerprint) is str:
                raise at("system_fingerprint", bad(v_system_fingerprint, "string or null"))

        v_obfuscation = get("obfuscation", _ABSENT)
        if v_obfuscation is _ABSENT:
            v_obfuscation = None
            absent += 1
        else:
            if not type(v_obfuscation) is str:
                raise at("obfuscation", bad(v_obfuscation, "string"))

        obj = new_model(cls)
        obj.id = v_id
        obj.object = "chat.completion.chunk"
        obj.created = v_created
        obj.model = v_model
        obj.choices = v_choices
        obj.usage = v_usage
        obj.service_tier = v_service_tier
        obj.system_fingerprint = v_system_fingerprint
        obj.obfuscation = v_obfuscation
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 9:
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
