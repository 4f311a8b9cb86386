from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_item_choice import ResultItemChoice


T = TypeVar("T", bound="ResultItem")


@_attrs_define(init=False)
class ResultItem:
    """The answer to one item. Text item types use `value` (a string); multiple choice item
    types use `values` (an array of the chosen choices). Exactly one of the two is present.

        Attributes:
            id (str): The item's id (matches get_form_items).
            position (int): The item's sequential position on the form, starting at position 0.
            value (str | Unset): The answer of a text item.
            values (list[ResultItemChoice] | Unset): The chosen choices of a multiple choice item.
    """

    id: str
    position: int
    value: str | Unset = UNSET
    values: list[ResultItemChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        position: int,
        value: str | None | Unset = UNSET,
        values: list[ResultItemChoice] | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.id = id
        self.position = position
        self.value = UNSET if value is None else value
        self.values = UNSET if values is None else values
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("position", self.position),
            ("value", self.value),
            ("values", self.values),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"ResultItem({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        value = self.value

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.result_item_choice import ResultItemChoice

        d = dict(src_dict)
        id = d.pop("id")

        position = d.pop("position")

        value = d.pop("value", UNSET)

        _values = d.pop("values", UNSET)
        values: list[ResultItemChoice] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = ResultItemChoice.from_dict(values_item_data)

                values.append(values_item)

        instance_ = cls(
            id=id,
            position=position,
            value=value,
            values=values,
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
