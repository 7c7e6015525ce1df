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
        "country",
        "region",
        "city",
        "timezone",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionWebSearchUserLocationApproximate(GeneratedModel):
    """Location fields, each optional."""

    country: str | None = None
    """ Two-letter ISO 3166-1 country code, e.g. `FR`. """

    region: str | None = None
    """ Region, as free text. """

    city: str | None = None
    """ City, as free text. """

    timezone: str | None = None
    """ IANA time zone, e.g. `Europe/Paris`. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.country is not None:
            field_dict["country"] = self.country
        if self.region is not None:
            field_dict["region"] = self.region
        if self.city is not None:
            field_dict["city"] = self.city
        if self.timezone is not None:
            field_dict["timezone"] = self.timezone
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
        v_country = get("country", _ABSENT)
        if v_country is _ABSENT:
            v_country = None
        else:
            if not type(v_country) is str:
                raise at("country", bad(v_country, "string"))

        v_region = get("region", _ABSENT)
        if v_region is _ABSENT:
            v_region = None
        else:
            if not type(v_region) is str:
                raise at("region", bad(v_region, "string"))

        v_city = get("city", _ABSENT)
        if v_city is _ABSENT:
            v_city = None
        else:
            if not type(v_city) is str:
                raise at("city", bad(v_city, "string"))

        v_timezone = get("timezone", _ABSENT)
        if v_timezone is _ABSENT:
            v_timezone = None
        else:
            if not type(v_timezone) is str:
                raise at("timezone", bad(v_timezone, "string"))

        obj = new_model(cls)
        obj.country = v_country
        obj.region = v_region
        obj.city = v_city
        obj.timezone = v_timezone
        return obj
