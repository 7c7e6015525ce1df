from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_container_file_citation import ResponseContainerFileCitation
    from ..models.response_file_citation import ResponseFileCitation
    from ..models.response_file_path_annotation import ResponseFilePathAnnotation
    from ..models.response_log_prob import ResponseLogProb
    from ..models.response_unknown_annotation import ResponseUnknownAnnotation
    from ..models.response_url_citation import ResponseUrlCitation


T = TypeVar("T", bound="ResponseOutputText")


@_attrs_define
class ResponseOutputText:
    """A text part of an assistant message."""

    type_: Literal["output_text"]
    """ Always `output_text`. """
    text: str
    """ The text. """
    annotations: (
        list[
            ResponseContainerFileCitation
            | ResponseFileCitation
            | ResponseFilePathAnnotation
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ]
        | Unset
    ) = UNSET
    """ Citations and file references attached to spans of the text. """
    logprobs: list[ResponseLogProb] | Unset = UNSET
    """ Log probabilities of the text's tokens, when asked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_container_file_citation import ResponseContainerFileCitation  # noqa: PLC0415
        from ..models.response_file_citation import ResponseFileCitation  # noqa: PLC0415
        from ..models.response_file_path_annotation import ResponseFilePathAnnotation  # noqa: PLC0415
        from ..models.response_url_citation import ResponseUrlCitation  # noqa: PLC0415

        type_ = self.type_

        text = self.text

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, ResponseUrlCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, ResponseFileCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, ResponseContainerFileCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, ResponseFilePathAnnotation):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_container_file_citation import ResponseContainerFileCitation  # noqa: PLC0415
        from ..models.response_file_citation import ResponseFileCitation  # noqa: PLC0415
        from ..models.response_file_path_annotation import ResponseFilePathAnnotation  # noqa: PLC0415
        from ..models.response_log_prob import ResponseLogProb  # noqa: PLC0415
        from ..models.response_unknown_annotation import ResponseUnknownAnnotation  # noqa: PLC0415
        from ..models.response_url_citation import ResponseUrlCitation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["output_text"], d.pop("type"))
        if type_ != "output_text":
            raise ValueError(f"type must match const 'output_text', got '{type_}'")

        text = d.pop("text")

        _annotations = d.pop("annotations", UNSET)
        annotations: (
            list[
                ResponseContainerFileCitation
                | ResponseFileCitation
                | ResponseFilePathAnnotation
                | ResponseUnknownAnnotation
                | ResponseUrlCitation
            ]
            | Unset
        ) = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:

                def _parse_annotations_item(
                    data: object,
                ) -> (
                    ResponseContainerFileCitation
                    | ResponseFileCitation
                    | ResponseFilePathAnnotation
                    | ResponseUnknownAnnotation
                    | ResponseUrlCitation
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_annotation_type_0 = ResponseUrlCitation.from_dict(data)

                        return componentsschemas_response_annotation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_annotation_type_1 = ResponseFileCitation.from_dict(data)

                        return componentsschemas_response_annotation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_annotation_type_2 = ResponseContainerFileCitation.from_dict(data)

                        return componentsschemas_response_annotation_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_annotation_type_3 = ResponseFilePathAnnotation.from_dict(data)

                        return componentsschemas_response_annotation_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_annotation_type_4 = ResponseUnknownAnnotation.from_dict(data)

                    return componentsschemas_response_annotation_type_4

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseLogProb] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = ResponseLogProb.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        response_output_text = cls(
            type_=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )

        response_output_text.additional_properties = d
        return response_output_text

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
    def type(self) -> Literal["output_text"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
