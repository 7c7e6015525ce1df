from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_verbosity import ResponseVerbosity, check_response_verbosity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseTextConfig")


@_attrs_define
class ResponseTextConfig:
    """How the model's text output is shaped."""

    verbosity: None | ResponseVerbosity | Unset = UNSET
    """ How long and detailed the answer should be. """

    def to_dict(self) -> dict[str, Any]:
        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_verbosity(data: object) -> None | ResponseVerbosity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verbosity_type_0 = check_response_verbosity(data)

                return verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseVerbosity | Unset, data)

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        response_text_config = cls(
            verbosity=verbosity,
        )

        return response_text_config
