from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")


@_attrs_define(init=False)
class Item:
    """An item (question) of a form that stores results.

    Attributes:
        id (str): The item's id (matches `items[].id` in results).
        position (int): The item's sequential position on the form, starting at position 0.
        label (str): The item's question label, or the label of the applied Results Labels.
        children (list[str] | Unset): Optional. For item types composed of sub-items (such as Matrix and Multi Scale),
            the ids of the sub-items.
    """

    id: str
    position: int
    label: str
    children: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        position: int,
        label: str,
        children: list[str] | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.id = id
        self.position = position
        self.label = label
        self.children = UNSET if children is None else children
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("position", self.position),
            ("label", self.label),
            ("children", self.children),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Item({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        label = self.label

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "label": label,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        position = d.pop("position")

        label = d.pop("label")

        children = cast(list[str], d.pop("children", UNSET))

        instance_ = cls(
            id=id,
            position=position,
            label=label,
            children=children,
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
