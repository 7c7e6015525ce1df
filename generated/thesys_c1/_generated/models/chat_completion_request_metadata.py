from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestMetadata")


@_attrs_define
class ChatCompletionRequestMetadata:
    """C1 settings for this request. Only the `thesys` key is accepted; its value is a JSON-encoded object (custom actions,
    custom or included components, artifact options).

    """

    thesys: str | Unset = UNSET
    """ A JSON-encoded object of C1 settings. """

    def to_dict(self) -> dict[str, Any]:
        thesys = self.thesys

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if thesys is not UNSET:
            field_dict["thesys"] = thesys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thesys = d.pop("thesys", UNSET)

        chat_completion_request_metadata = cls(
            thesys=thesys,
        )

        return chat_completion_request_metadata
