from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormRef")


@_attrs_define(init=False)
class FormRef:
    """A form reference that includes the name and id of the form, and its internal name (the
    forms list returns `InternalName` too, and the connector's readme says to send it to
    the API; not in the connector's FormRef, so optional here).

        Attributes:
            id (str): The unique id of the form.
            name (str): The name of the form.
            internal_name (str | Unset): The form's internal name, usable wherever a form is named (`form`, `publisher`).
    """

    id: str
    name: str
    internal_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        name: str,
        internal_name: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.id = id
        self.name = name
        self.internal_name = UNSET if internal_name is None else internal_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("name", self.name),
            ("internal_name", self.internal_name),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FormRef({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        internal_name = self.internal_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
            }
        )
        if internal_name is not UNSET:
            field_dict["InternalName"] = internal_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id")

        name = d.pop("Name")

        internal_name = d.pop("InternalName", UNSET)

        instance_ = cls(
            id=id,
            name=name,
            internal_name=internal_name,
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
