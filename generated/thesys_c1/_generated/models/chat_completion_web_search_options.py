from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.chat_completion_web_search_options_search_context_size import (
    ChatCompletionWebSearchOptionsSearchContextSize,
    check_chat_completion_web_search_options_search_context_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_web_search_user_location import ChatCompletionWebSearchUserLocation


T = TypeVar("T", bound="ChatCompletionWebSearchOptions")


@_attrs_define
class ChatCompletionWebSearchOptions:
    """Settings for models that search the web before answering."""

    search_context_size: ChatCompletionWebSearchOptionsSearchContextSize | Unset = UNSET
    """ How much of the context window search results may take. """
    user_location: ChatCompletionWebSearchUserLocation | None | Unset = UNSET
    """ Roughly where the user is, to localise search results. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_web_search_user_location import ChatCompletionWebSearchUserLocation  # noqa: PLC0415

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, ChatCompletionWebSearchUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_web_search_user_location import ChatCompletionWebSearchUserLocation  # noqa: PLC0415

        d = dict(src_dict)
        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: ChatCompletionWebSearchOptionsSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_chat_completion_web_search_options_search_context_size(_search_context_size)

        def _parse_user_location(data: object) -> ChatCompletionWebSearchUserLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = ChatCompletionWebSearchUserLocation.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionWebSearchUserLocation | None | Unset, data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        chat_completion_web_search_options = cls(
            search_context_size=search_context_size,
            user_location=user_location,
        )

        return chat_completion_web_search_options
