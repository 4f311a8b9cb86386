from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormField")


@_attrs_define(init=False)
class FormField:
    """A field of a form. Not documented by the provider (the endpoint is assumed); this spec
    assumes `Name` (the label), `InternalName` (the property name used in entries),
    `FieldType` (the builder's field type, e.g. Textbox, Email, Name, Choice, Date, Number,
    File, Section, Table) and `Required`, plus `Choices` for choice fields.

        Attributes:
            name (str): The field's label.
            internal_name (str): The property name of the field in entries and in the form's schema.
            field_type (str): The field's type in the form builder.
            required (bool): Whether an entry must give the field a value.
            choices (list[str] | Unset): The choices of a choice field.
    """

    name: str
    internal_name: str
    field_type: str
    required: bool
    choices: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        internal_name: str,
        field_type: str,
        required: bool,
        choices: list[str] | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.name = name
        self.internal_name = internal_name
        self.field_type = field_type
        self.required = required
        self.choices = UNSET if choices is None else choices
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("name", self.name),
            ("internal_name", self.internal_name),
            ("field_type", self.field_type),
            ("required", self.required),
            ("choices", self.choices),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FormField({shown})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        internal_name = self.internal_name

        field_type = self.field_type

        required = self.required

        choices: list[str] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "InternalName": internal_name,
                "FieldType": field_type,
                "Required": required,
            }
        )
        if choices is not UNSET:
            field_dict["Choices"] = choices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name")

        internal_name = d.pop("InternalName")

        field_type = d.pop("FieldType")

        required = d.pop("Required")

        choices = cast(list[str], d.pop("Choices", UNSET))

        instance_ = cls(
            name=name,
            internal_name=internal_name,
            field_type=field_type,
            required=required,
            choices=choices,
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
