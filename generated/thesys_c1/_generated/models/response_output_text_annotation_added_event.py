from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.response_container_file_citation import ResponseContainerFileCitation
    from ..models.response_file_citation import ResponseFileCitation
    from ..models.response_file_path_annotation import ResponseFilePathAnnotation
    from ..models.response_unknown_annotation import ResponseUnknownAnnotation
    from ..models.response_url_citation import ResponseUrlCitation


T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedEvent")


@_attrs_define
class ResponseOutputTextAnnotationAddedEvent:
    """An annotation was added to an output text part."""

    type_: Literal["response.output_text.annotation.added"]
    """ Always `response.output_text.annotation.added`. """
    sequence_number: int
    """ The event's position in the stream. """
    item_id: str
    """ The id of the output item concerned. """
    output_index: int
    """ The position of that item in the output. """
    content_index: int
    """ The position of the content part in the item. """
    annotation_index: int
    """ The position of the annotation in the part. """
    annotation: (
        None
        | ResponseContainerFileCitation
        | ResponseFileCitation
        | ResponseFilePathAnnotation
        | ResponseUnknownAnnotation
        | ResponseUrlCitation
    )
    """ The annotation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_container_file_citation import ResponseContainerFileCitation  # noqa: PLC0415
        from ..models.response_file_citation import ResponseFileCitation  # noqa: PLC0415
        from ..models.response_file_path_annotation import ResponseFilePathAnnotation  # noqa: PLC0415
        from ..models.response_unknown_annotation import ResponseUnknownAnnotation  # noqa: PLC0415
        from ..models.response_url_citation import ResponseUrlCitation  # noqa: PLC0415

        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        annotation_index = self.annotation_index

        annotation: dict[str, Any] | None
        if isinstance(self.annotation, ResponseUrlCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ResponseFileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ResponseContainerFileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ResponseFilePathAnnotation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ResponseUnknownAnnotation):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "annotation_index": annotation_index,
                "annotation": annotation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_container_file_citation import ResponseContainerFileCitation  # noqa: PLC0415
        from ..models.response_file_citation import ResponseFileCitation  # noqa: PLC0415
        from ..models.response_file_path_annotation import ResponseFilePathAnnotation  # noqa: PLC0415
        from ..models.response_unknown_annotation import ResponseUnknownAnnotation  # noqa: PLC0415
        from ..models.response_url_citation import ResponseUrlCitation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["response.output_text.annotation.added"], d.pop("type"))
        if type_ != "response.output_text.annotation.added":
            raise ValueError(f"type must match const 'response.output_text.annotation.added', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        annotation_index = d.pop("annotation_index")

        def _parse_annotation(
            data: object,
        ) -> (
            None
            | ResponseContainerFileCitation
            | ResponseFileCitation
            | ResponseFilePathAnnotation
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ):
            if data is None:
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_annotation_type_4 = ResponseUnknownAnnotation.from_dict(data)

                return componentsschemas_response_annotation_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ResponseContainerFileCitation
                | ResponseFileCitation
                | ResponseFilePathAnnotation
                | ResponseUnknownAnnotation
                | ResponseUrlCitation,
                data,
            )

        annotation = _parse_annotation(d.pop("annotation"))

        response_output_text_annotation_added_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            annotation=annotation,
        )

        response_output_text_annotation_added_event.additional_properties = d
        return response_output_text_annotation_added_event

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
    def type(self) -> Literal["response.output_text.annotation.added"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
