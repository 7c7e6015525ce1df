from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionWebSearchUserLocationApproximate")


@_attrs_define
class ChatCompletionWebSearchUserLocationApproximate:
    """Location fields, each optional."""

    country: str | Unset = UNSET
    """ Two-letter ISO 3166-1 country code, e.g. `FR`. """
    region: str | Unset = UNSET
    """ Region, as free text. """
    city: str | Unset = UNSET
    """ City, as free text. """
    timezone: str | Unset = UNSET
    """ IANA time zone, e.g. `Europe/Paris`. """

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        region = self.region

        city = self.city

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        region = d.pop("region", UNSET)

        city = d.pop("city", UNSET)

        timezone = d.pop("timezone", UNSET)

        chat_completion_web_search_user_location_approximate = cls(
            country=country,
            region=region,
            city=city,
            timezone=timezone,
        )

        return chat_completion_web_search_user_location_approximate
