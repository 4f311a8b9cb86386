from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.form_schema_properties_additional_property import FormSchemaPropertiesAdditionalProperty


T = TypeVar("T", bound="FormSchemaProperties")


@_attrs_define(init=False)
class FormSchemaProperties:
    """One JSON-Schema-like object per field, keyed by the field's internal name."""

    additional_properties: dict[str, FormSchemaPropertiesAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = []
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FormSchemaProperties({shown})"

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.form_schema_properties_additional_property import FormSchemaPropertiesAdditionalProperty

        d = dict(src_dict)
        instance_ = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FormSchemaPropertiesAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        instance_.additional_properties = additional_properties
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FormSchemaPropertiesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FormSchemaPropertiesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
