from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "file_data",
        "file_id",
        "filename",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionFileInput(GeneratedModel):
    """The file's content or id."""

    file_data: str | None = None
    """ The file's content, base64-encoded. """

    file_id: str | None = None
    """ The id of an uploaded file. """

    filename: str | None = None
    """ The file's name. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.file_data is not None:
            field_dict["file_data"] = self.file_data
        if self.file_id is not None:
            field_dict["file_id"] = self.file_id
        if self.filename is not None:
            field_dict["filename"] = self.filename
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
        v_file_data = get("file_data", _ABSENT)
        if v_file_data is _ABSENT:
            v_file_data = None
        else:
            if not type(v_file_data) is str:
                raise at("file_data", bad(v_file_data, "string"))

        v_file_id = get("file_id", _ABSENT)
        if v_file_id is _ABSENT:
            v_file_id = None
        else:
            if not type(v_file_id) is str:
                raise at("file_id", bad(v_file_id, "string"))

        v_filename = get("filename", _ABSENT)
        if v_filename is _ABSENT:
            v_filename = None
        else:
            if not type(v_filename) is str:
                raise at("filename", bad(v_filename, "string"))

        obj = new_model(cls)
        obj.file_data = v_file_data
        obj.file_id = v_file_id
        obj.filename = v_filename
        return obj
