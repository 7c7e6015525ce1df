from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "version",
        "variables",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponsePrompt(GeneratedModel):
    """A stored prompt template and the values for its variables."""

    id: str
    """ The template's id. """

    version: None | str = None
    """ The template version to use; the current one when left out. """

    variables: None | ResponsePromptVariablesType0 = None
    """ Values for the template's variables, by name: plain strings or text, image or file input parts. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id
        if self.version is not None:
            field_dict["version"] = self.version
        elif "version" in getattr(self, "_null_keys", ()):
            field_dict["version"] = None
        if self.variables is not None:
            field_dict["variables"] = self.variables.to_dict()
        elif "variables" in getattr(self, "_null_keys", ()):
            field_dict["variables"] = None
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
            v_id = d["id"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        v_version = get("version", _ABSENT)
        if v_version is _ABSENT:
            v_version = None
        elif v_version is None:
            nulls += ("version",)
        else:
            if not type(v_version) is str:
                raise at("version", bad(v_version, "string or null"))

        v_variables = get("variables", _ABSENT)
        if v_variables is _ABSENT:
            v_variables = None
        elif v_variables is None:
            nulls += ("variables",)
        else:
            if type(v_variables) is not dict:
                raise at("variables", bad(v_variables, "object or null"))
            try:
                v_variables = _models.ResponsePromptVariablesType0.from_dict(v_variables)
            except ShapeError as error:
                raise at("variables", error) from None

        obj = new_model(cls)
        obj.id = v_id
        obj.version = v_version
        obj.variables = v_variables
        if nulls:
            keep_nulls(obj, nulls)
        return obj
