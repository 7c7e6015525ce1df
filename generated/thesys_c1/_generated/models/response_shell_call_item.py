from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_item_status import ResponseItemStatus
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_shell_call_item_action import ResponseShellCallItemAction
    from ..models.response_shell_call_item_environment_type_0 import ResponseShellCallItemEnvironmentType0


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "action",
        "id",
        "status",
        "environment",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseShellCallItem(GeneratedModel):
    """Shell commands the model asked to run."""

    type: Literal["shell_call"]
    """ Always `shell_call`. """

    call_id: str
    """ The id linking the call to its output. """

    action: ResponseShellCallItemAction
    """ The commands to run. """

    id: None | str = None
    """ The item's id. """

    status: None | ResponseItemStatus = None
    """ The call's status. """

    environment: None | ResponseShellCallItemEnvironmentType0 = None
    """ Where the commands run (a local environment or a container reference). """

    _wire_type: ClassVar[str | None] = "shell_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["action"] = self.action.to_dict()
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in getattr(self, "_null_keys", ()):
            field_dict["status"] = None
        if self.environment is not None:
            field_dict["environment"] = self.environment.to_dict()
        elif "environment" in getattr(self, "_null_keys", ()):
            field_dict["environment"] = None
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
            v_call_id = d["call_id"]
            v_action = d["action"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "shell_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "shell_call"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if type(v_action) is not dict:
            raise at("action", bad(v_action, "object"))
        try:
            v_action = _models.ResponseShellCallItemAction.from_dict(v_action)
        except ShapeError as error:
            raise at("action", error) from None

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        elif v_status is None:
            nulls += ("status",)
        else:
            if type(v_status) not in STR_TYPE:
                raise at("status", bad(v_status, "string or null"))

        v_environment = get("environment", _ABSENT)
        if v_environment is _ABSENT:
            v_environment = None
        elif v_environment is None:
            nulls += ("environment",)
        else:
            if type(v_environment) is not dict:
                raise at("environment", bad(v_environment, "object or null"))
            try:
                v_environment = _models.ResponseShellCallItemEnvironmentType0.from_dict(v_environment)
            except ShapeError as error:
                raise at("environment", error) from None

        obj = new_model(cls)
        obj.type = "shell_call"
        obj.call_id = v_call_id
        obj.action = v_action
        obj.id = v_id
        obj.status = v_status
        obj.environment = v_environment
        if nulls:
            keep_nulls(obj, nulls)
        return obj
