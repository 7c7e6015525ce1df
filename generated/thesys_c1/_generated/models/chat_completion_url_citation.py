from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionUrlCitation")


@_attrs_define
class ChatCompletionUrlCitation:
    """The cited page and the span of text citing it."""

    start_index: int
    """ Index of the first character of the citing text. """
    end_index: int
    """ Index just past the last character of the citing text. """
    url: str
    """ The page's URL. """
    title: str | Unset = UNSET
    """ The page's title. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_index = self.start_index

        end_index = self.end_index

        url = self.url

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_index": start_index,
                "end_index": end_index,
                "url": url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_index = d.pop("start_index")

        end_index = d.pop("end_index")

        url = d.pop("url")

        title = d.pop("title", UNSET)

        chat_completion_url_citation = cls(
            start_index=start_index,
            end_index=end_index,
            url=url,
            title=title,
        )

        chat_completion_url_citation.additional_properties = d
        return chat_completion_url_citation

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
