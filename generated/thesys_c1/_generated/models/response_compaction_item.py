from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "encrypted_content",
        "id",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseCompactionItem(GeneratedModel):
    """A compacted summary of earlier context, in encrypted form."""

    type: Literal["compaction"]
    """ Always `compaction`. """

    encrypted_content: str
    """ The compacted context. """

    id: None | str = None
    """ The item's id. """

    _wire_type: ClassVar[str | None] = "compaction"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["encrypted_content"] = self.encrypted_content
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
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
            v_encrypted_content = d["encrypted_content"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "compaction" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "compaction"))

        if not type(v_encrypted_content) is str:
            raise at("encrypted_content", bad(v_encrypted_content, "string"))

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        obj = new_model(cls)
        obj.type = "compaction"
        obj.encrypted_content = v_encrypted_content
        obj.id = v_id
        if nulls:
            keep_nulls(obj, nulls)
        return obj
