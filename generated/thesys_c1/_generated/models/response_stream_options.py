from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseStreamOptions")


@_attrs_define
class ResponseStreamOptions:
    """Settings for a streamed answer."""

    include_obfuscation: bool | Unset = UNSET
    """ Whether delta events carry an `obfuscation` field of random padding that hides the payload size. The server
    adds it when left out. """

    def to_dict(self) -> dict[str, Any]:
        include_obfuscation = self.include_obfuscation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if include_obfuscation is not UNSET:
            field_dict["include_obfuscation"] = include_obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_obfuscation = d.pop("include_obfuscation", UNSET)

        response_stream_options = cls(
            include_obfuscation=include_obfuscation,
        )

        return response_stream_options
