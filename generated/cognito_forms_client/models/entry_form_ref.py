from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="EntryFormRef")


@_attrs_define(init=False)
class EntryFormRef:
    """The form an entry belongs to, `{Id, Name, InternalName}` as the evidence shows.

    Attributes:
        id (str): The form's id.
        internal_name (str): The form's internal name.
        name (str): The form's name.
    """

    id: str
    internal_name: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        internal_name: str,
        name: str,
    ) -> None:
        self.id = id
        self.internal_name = internal_name
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("internal_name", self.internal_name),
            ("name", self.name),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"EntryFormRef({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        internal_name = self.internal_name

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "InternalName": internal_name,
                "Name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id")

        internal_name = d.pop("InternalName")

        name = d.pop("Name")

        instance_ = cls(
            id=id,
            internal_name=internal_name,
            name=name,
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
