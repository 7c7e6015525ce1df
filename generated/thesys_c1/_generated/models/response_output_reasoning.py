from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText
    from ..models.response_reasoning_text import ResponseReasoningText
    from ..models.response_summary_text import ResponseSummaryText
    from ..models.response_unknown_content_part import ResponseUnknownContentPart


T = TypeVar("T", bound="ResponseOutputReasoning")


@_attrs_define
class ResponseOutputReasoning:
    """Reasoning the model did before answering."""

    type_: Literal["reasoning"]
    """ Always `reasoning`. """
    id: str
    """ The item's id, such as `rs_123`. """
    summary: (
        list[
            ResponseOutputRefusal
            | ResponseOutputText
            | ResponseReasoningText
            | ResponseSummaryText
            | ResponseUnknownContentPart
        ]
        | Unset
    ) = UNSET
    """ Summary parts of the reasoning, when a summary was produced. """
    content: (
        list[
            ResponseOutputRefusal
            | ResponseOutputText
            | ResponseReasoningText
            | ResponseSummaryText
            | ResponseUnknownContentPart
        ]
        | None
        | Unset
    ) = UNSET
    """ The reasoning text parts, when the model exposes them. """
    encrypted_content: None | str | Unset = UNSET
    """ The reasoning in encrypted form, when asked for with `include`. """
    status: str | Unset = UNSET
    """ One of `in_progress`, `completed` or `incomplete`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415
        from ..models.response_reasoning_text import ResponseReasoningText  # noqa: PLC0415
        from ..models.response_summary_text import ResponseSummaryText  # noqa: PLC0415

        type_ = self.type_

        id = self.id

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item: dict[str, Any]
                if isinstance(summary_item_data, ResponseOutputText):
                    summary_item = summary_item_data.to_dict()
                elif isinstance(summary_item_data, ResponseOutputRefusal):
                    summary_item = summary_item_data.to_dict()
                elif isinstance(summary_item_data, ResponseReasoningText):
                    summary_item = summary_item_data.to_dict()
                elif isinstance(summary_item_data, ResponseSummaryText):
                    summary_item = summary_item_data.to_dict()
                else:
                    summary_item = summary_item_data.to_dict()

                summary.append(summary_item)

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, ResponseOutputText):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, ResponseOutputRefusal):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, ResponseReasoningText):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, ResponseSummaryText):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()

                content.append(content_type_0_item)

        else:
            content = self.content

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415
        from ..models.response_reasoning_text import ResponseReasoningText  # noqa: PLC0415
        from ..models.response_summary_text import ResponseSummaryText  # noqa: PLC0415
        from ..models.response_unknown_content_part import ResponseUnknownContentPart  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["reasoning"], d.pop("type"))
        if type_ != "reasoning":
            raise ValueError(f"type must match const 'reasoning', got '{type_}'")

        id = d.pop("id")

        _summary = d.pop("summary", UNSET)
        summary: (
            list[
                ResponseOutputRefusal
                | ResponseOutputText
                | ResponseReasoningText
                | ResponseSummaryText
                | ResponseUnknownContentPart
            ]
            | Unset
        ) = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:

                def _parse_summary_item(
                    data: object,
                ) -> (
                    ResponseOutputRefusal
                    | ResponseOutputText
                    | ResponseReasoningText
                    | ResponseSummaryText
                    | ResponseUnknownContentPart
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_content_part_type_0 = ResponseOutputText.from_dict(data)

                        return componentsschemas_response_content_part_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_content_part_type_1 = ResponseOutputRefusal.from_dict(data)

                        return componentsschemas_response_content_part_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_content_part_type_2 = ResponseReasoningText.from_dict(data)

                        return componentsschemas_response_content_part_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_content_part_type_3 = ResponseSummaryText.from_dict(data)

                        return componentsschemas_response_content_part_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_content_part_type_4 = ResponseUnknownContentPart.from_dict(data)

                    return componentsschemas_response_content_part_type_4

                summary_item = _parse_summary_item(summary_item_data)

                summary.append(summary_item)

        def _parse_content(
            data: object,
        ) -> (
            list[
                ResponseOutputRefusal
                | ResponseOutputText
                | ResponseReasoningText
                | ResponseSummaryText
                | ResponseUnknownContentPart
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:

                    def _parse_content_type_0_item(
                        data: object,
                    ) -> (
                        ResponseOutputRefusal
                        | ResponseOutputText
                        | ResponseReasoningText
                        | ResponseSummaryText
                        | ResponseUnknownContentPart
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_content_part_type_0 = ResponseOutputText.from_dict(data)

                            return componentsschemas_response_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_content_part_type_1 = ResponseOutputRefusal.from_dict(data)

                            return componentsschemas_response_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_content_part_type_2 = ResponseReasoningText.from_dict(data)

                            return componentsschemas_response_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_content_part_type_3 = ResponseSummaryText.from_dict(data)

                            return componentsschemas_response_content_part_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_content_part_type_4 = ResponseUnknownContentPart.from_dict(data)

                        return componentsschemas_response_content_part_type_4

                    content_type_0_item = _parse_content_type_0_item(content_type_0_item_data)

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ResponseOutputRefusal
                    | ResponseOutputText
                    | ResponseReasoningText
                    | ResponseSummaryText
                    | ResponseUnknownContentPart
                ]
                | None
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        status = d.pop("status", UNSET)

        response_output_reasoning = cls(
            type_=type_,
            id=id,
            summary=summary,
            content=content,
            encrypted_content=encrypted_content,
            status=status,
        )

        response_output_reasoning.additional_properties = d
        return response_output_reasoning

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

    @property
    def type(self) -> Literal["reasoning"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
