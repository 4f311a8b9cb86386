from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="PageMeta")


@_attrs_define(init=False)
class PageMeta:
    """The meta object of every paginated response.

    Attributes:
        total_count (int): Total number of items (all pages).
        page (int): Current page number.
        per_page (int): Items per page (always 20).
    """

    total_count: int
    page: int
    per_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        total_count: int,
        page: int,
        per_page: int,
    ) -> None:
        self.total_count = total_count
        self.page = page
        self.per_page = per_page
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("total_count", self.total_count),
            ("page", self.page),
            ("per_page", self.per_page),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"PageMeta({shown})"

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        page = self.page

        per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "page": page,
                "perPage": per_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_count = d.pop("totalCount")

        page = d.pop("page")

        per_page = d.pop("perPage")

        instance_ = cls(
            total_count=total_count,
            page=page,
            per_page=per_page,
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
