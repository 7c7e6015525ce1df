from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.conversation_message import ConversationMessage
    from ..models.response_output_function_call import ResponseOutputFunctionCall
    from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput
    from ..models.response_output_reasoning import ResponseOutputReasoning


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "data",
        "has_more",
        "first_id",
        "last_id",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ConversationItemList(GeneratedModel):
    """One page of a conversation's items."""

    object: Literal["list"]
    """ Always `list`. """

    data: list[
        ConversationMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputReasoning
    ]
    """ The items on this page. """

    has_more: bool
    """ Whether more items follow this page. """

    first_id: None | str
    """ The id of the first item on this page; null when the page is empty. """

    last_id: None | str
    """ The id of the last item on this page; null when the page is empty. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["object"] = self.object
        field_dict["data"] = encode(self.data)
        field_dict["has_more"] = self.has_more
        field_dict["first_id"] = self.first_id
        field_dict["last_id"] = self.last_id
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
            v_object_ = d["object"]
            v_data = d["data"]
            v_has_more = d["has_more"]
            v_first_id = d["first_id"]
            v_last_id = d["last_id"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_object_ != "list" or type(v_object_) is not str:
            raise at("object", not_const(v_object_, "list"))

        try:
            v_data = decode(
                v_data,
                (
                    "list",
                    (
                        "union",
                        (
                            ("model", "ConversationMessage"),
                            ("model", "ResponseOutputFunctionCall"),
                            ("model", "ResponseOutputFunctionCallOutput"),
                            ("model", "ResponseOutputReasoning"),
                        ),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("data", error) from None

        if not type(v_has_more) is bool:
            raise at("has_more", bad(v_has_more, "boolean"))

        if v_first_id is not None:
            if not type(v_first_id) is str:
                raise at("first_id", bad(v_first_id, "string or null"))

        if v_last_id is not None:
            if not type(v_last_id) is str:
                raise at("last_id", bad(v_last_id, "string or null"))

        obj = new_model(cls)
        obj.object = "list"
        obj.data = v_data
        obj.has_more = v_has_more
        obj.first_id = v_first_id
        obj.last_id = v_last_id
        obj._request_id = None
        if len(d) == 5:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

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
