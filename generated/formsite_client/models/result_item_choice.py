from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultItemChoice")


@_attrs_define(init=False)
class ResultItemChoice:
    """One chosen choice of a multiple choice item.

    Attributes:
        position (int): The choice's position among the item's choices, from 0 (the number `search_equals` matches).
        value (str): The choice's label.
        other (str | Unset): The text typed into the choice's "other" box, when the choice has one (present in the docs'
            example; not in their field list).
    """

    position: int
    value: str
    other: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        position: int,
        value: str,
        other: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.position = position
        self.value = value
        self.other = UNSET if other is None else other
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("position", self.position),
            ("value", self.value),
            ("other", self.other),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"ResultItemChoice({shown})"

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        value = self.value

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "value": value,
            }
        )
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        position = d.pop("position")

        value = d.pop("value")

        other = d.pop("other", UNSET)

        instance_ = cls(
            position=position,
            value=value,
            other=other,
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
