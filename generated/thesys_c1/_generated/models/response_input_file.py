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
        "file_id",
        "filename",
        "file_data",
        "file_url",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseInputFile(GeneratedModel):
    """A file part of an input message, given inline, by URL or by file id."""

    type: Literal["input_file"]
    """ Always `input_file`. """

    file_id: None | str = None
    """ The id of an uploaded file. """

    filename: None | str = None
    """ The file's name. """

    file_data: None | str = None
    """ The file's content, base64-encoded. """

    file_url: None | str = None
    """ A URL to fetch the file from. """

    _wire_type: ClassVar[str | None] = "input_file"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        if self.file_id is not None:
            field_dict["file_id"] = self.file_id
        elif "file_id" in getattr(self, "_null_keys", ()):
            field_dict["file_id"] = None
        if self.filename is not None:
            field_dict["filename"] = self.filename
        elif "filename" in getattr(self, "_null_keys", ()):
            field_dict["filename"] = None
        if self.file_data is not None:
            field_dict["file_data"] = self.file_data
        elif "file_data" in getattr(self, "_null_keys", ()):
            field_dict["file_data"] = None
        if self.file_url is not None:
            field_dict["file_url"] = self.file_url
        elif "file_url" in getattr(self, "_null_keys", ()):
            field_dict["file_url"] = None
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
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "input_file" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "input_file"))

        v_file_id = get("file_id", _ABSENT)
        if v_file_id is _ABSENT:
            v_file_id = None
        elif v_file_id is None:
            nulls += ("file_id",)
        else:
            if not type(v_file_id) is str:
                raise at("file_id", bad(v_file_id, "string or null"))

        v_filename = get("filename", _ABSENT)
        if v_filename is _ABSENT:
            v_filename = None
        elif v_filename is None:
            nulls += ("filename",)
        else:
            if not type(v_filename) is str:
                raise at("filename", bad(v_filename, "string or null"))

        v_file_data = get("file_data", _ABSENT)
        if v_file_data is _ABSENT:
            v_file_data = None
        elif v_file_data is None:
            nulls += ("file_data",)
        else:
            if not type(v_file_data) is str:
                raise at("file_data", bad(v_file_data, "string or null"))

        v_file_url = get("file_url", _ABSENT)
        if v_file_url is _ABSENT:
            v_file_url = None
        elif v_file_url is None:
            nulls += ("file_url",)
        else:
            if not type(v_file_url) is str:
                raise at("file_url", bad(v_file_url, "string or null"))

        obj = new_model(cls)
        obj.type = "input_file"
        obj.file_id = v_file_id
        obj.filename = v_filename
        obj.file_data = v_file_data
        obj.file_url = v_file_url
        if nulls:
            keep_nulls(obj, nulls)
        return obj
