from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0


T = TypeVar("T", bound="ResponsePrompt")


@_attrs_define
class ResponsePrompt:
    """A stored prompt template and the values for its variables."""

    id: str
    """ The template's id. """
    version: None | str | Unset = UNSET
    """ The template version to use; the current one when left out. """
    variables: None | ResponsePromptVariablesType0 | Unset = UNSET
    """ Values for the template's variables, by name: plain strings or text, image or file input parts. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0  # noqa: PLC0415

        id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, ResponsePromptVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_variables(data: object) -> None | ResponsePromptVariablesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = ResponsePromptVariablesType0.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsePromptVariablesType0 | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        response_prompt = cls(
            id=id,
            version=version,
            variables=variables,
        )

        return response_prompt
