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
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_local_shell_exec_action import ResponseLocalShellExecAction


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "action",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseLocalShellCallItem(GeneratedModel):
    """A command the model asked to run on the caller's machine."""

    type: Literal["local_shell_call"]
    """ Always `local_shell_call`. """

    id: str
    """ The item's id. """

    call_id: str
    """ The id linking the call to its output. """

    action: ResponseLocalShellExecAction
    """ A command to execute. """

    status: ResponseItemStatus
    """ Whether an item is still being produced, finished, or was cut short. """

    _wire_type: ClassVar[str | None] = "local_shell_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["action"] = self.action.to_dict()
        field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_type_ = d["type"]
            v_id = d["id"]
            v_call_id = d["call_id"]
            v_action = d["action"]
            v_status = d["status"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "local_shell_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "local_shell_call"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if type(v_action) is not dict:
            raise at("action", bad(v_action, "object"))
        try:
            v_action = _models.ResponseLocalShellExecAction.from_dict(v_action)
        except ShapeError as error:
            raise at("action", error) from None

        if type(v_status) not in STR_TYPE:
            raise at("status", bad(v_status, "string"))

        obj = new_model(cls)
        obj.type = "local_shell_call"
        obj.id = v_id
        obj.call_id = v_call_id
        obj.action = v_action
        obj.status = v_status
        return obj
