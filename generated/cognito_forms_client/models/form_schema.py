from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_schema_properties import FormSchemaProperties


T = TypeVar("T", bound="FormSchema")


@_attrs_define(init=False)
class FormSchema:
    """The JSON-Schema-like description of a form's entries that get_form_schema returns.
    Its exact content is not documented; `type` and `properties` are assumed always
    present, and anything else is allowed.

        Attributes:
            type_ (str): Always "object" (assumed).
            properties (FormSchemaProperties): One JSON-Schema-like object per field, keyed by the field's internal name.
            title (str | Unset): The form's name (assumed).
            required (list[str] | Unset): The internal names of required fields (assumed).
    """

    type_: str
    properties: FormSchemaProperties
    title: str | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type_: str,
        properties: FormSchemaProperties,
        title: str | None | Unset = UNSET,
        required: list[str] | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.type_ = type_
        self.properties = properties
        self.title = UNSET if title is None else title
        self.required = UNSET if required is None else required
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("properties", self.properties),
            ("title", self.title),
            ("required", self.required),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FormSchema({shown})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties = self.properties.to_dict()

        title = self.title

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.form_schema_properties import FormSchemaProperties

        d = dict(src_dict)
        type_ = d.pop("type")

        properties = FormSchemaProperties.from_dict(d.pop("properties"))

        title = d.pop("title", UNSET)

        required = cast(list[str], d.pop("required", UNSET))

        instance_ = cls(
            type_=type_,
            properties=properties,
            title=title,
            required=required,
        )

        instance_.additional_properties = d
        return instance_

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
