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
    from ..models.chat_completion_moderation_policy import ChatCompletionModerationPolicy


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "policy",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionModerationParam(GeneratedModel):
    """Which moderation model to run, and how."""

    model: str
    """ The moderation model, e.g. `omni-moderation-latest`. """

    policy: ChatCompletionModerationPolicy | None = None
    """ What to do with the input and the output. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["model"] = self.model
        if self.policy is not None:
            field_dict["policy"] = self.policy.to_dict()
        elif "policy" in getattr(self, "_null_keys", ()):
            field_dict["policy"] = None
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
            v_model = d["model"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_model) is str:
            raise at("model", bad(v_model, "string"))

        v_policy = get("policy", _ABSENT)
        if v_policy is _ABSENT:
            v_policy = None
        elif v_policy is None:
            nulls += ("policy",)
        else:
            if type(v_policy) is not dict:
                raise at("policy", bad(v_policy, "object or null"))
            try:
                v_policy = _models.ChatCompletionModerationPolicy.from_dict(v_policy)
            except ShapeError as error:
                raise at("policy", error) from None

        obj = new_model(cls)
        obj.model = v_model
        obj.policy = v_policy
        if nulls:
            keep_nulls(obj, nulls)
        return obj
