from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.chat_completion_image_url_detail import (
    ChatCompletionImageUrlDetail,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "detail",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionImageUrl(GeneratedModel):
    """Where the image is and how closely to look at it."""

    url: str
    """ An http(s) URL or a `data:` URL holding the image. """

    detail: ChatCompletionImageUrlDetail | None = None
    """ The resolution the model sees the image at. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["url"] = self.url
        if self.detail is not None:
            field_dict["detail"] = self.detail
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
        try:
            v_url = d["url"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_url) is str:
            raise at("url", bad(v_url, "string"))

        v_detail = get("detail", _ABSENT)
        if v_detail is _ABSENT:
            v_detail = None
        else:
            if type(v_detail) not in STR_TYPE:
                raise at("detail", bad(v_detail, "string"))

        obj = new_model(cls)
        obj.url = v_url
        obj.detail = v_detail
        return obj
