from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_row import EntryRow


T = TypeVar("T", bound="EntryCollection")


@_attrs_define(init=False)
class EntryCollection:
    """An OData collection of entries (list_entries). The envelope is assumed after OData v4.

    Attributes:
        odata_context (str): The OData context URL of the collection.
        value (list[EntryRow]): The entries, each limited to the view's fields and the `$select`-ed properties.
        odata_count (int | Unset): With `$count=true`, the number of entries matching `$filter` (before `$skip` and
            `$top`).
    """

    odata_context: str
    value: list[EntryRow]
    odata_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        odata_context: str,
        value: list[EntryRow],
        odata_count: int | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.odata_context = odata_context
        self.value = value
        self.odata_count = UNSET if odata_count is None else odata_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("odata_context", self.odata_context),
            ("value", self.value),
            ("odata_count", self.odata_count),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"EntryCollection({shown})"

    def to_dict(self) -> dict[str, Any]:
        odata_context = self.odata_context

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

        odata_count = self.odata_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.context": odata_context,
                "value": value,
            }
        )
        if odata_count is not UNSET:
            field_dict["@odata.count"] = odata_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entry_row import EntryRow

        d = dict(src_dict)
        odata_context = d.pop("@odata.context")

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = EntryRow.from_dict(value_item_data)

            value.append(value_item)

        odata_count = d.pop("@odata.count", UNSET)

        instance_ = cls(
            odata_context=odata_context,
            value=value,
            odata_count=odata_count,
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
