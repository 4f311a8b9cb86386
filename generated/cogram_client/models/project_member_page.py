from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.project_member import ProjectMember


T = TypeVar("T", bound="ProjectMemberPage")


@_attrs_define(init=False)
class ProjectMemberPage:
    """One page of a project's members. Not documented by the provider; the envelope is assumed.

    Attributes:
        items (list[ProjectMember]): The project's members on this page, in the order they were added (assumed).
        total (int): How many members the project has, on every page.
        page (int): This page's number (1-indexed).
        page_size (int): The page size asked for.
        pages (int): The number of pages (0 when the project has no members).
    """

    items: list[ProjectMember]
    total: int
    page: int
    page_size: int
    pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        items: list[ProjectMember],
        total: int,
        page: int,
        page_size: int,
        pages: int,
    ) -> None:
        self.items = items
        self.total = total
        self.page = page
        self.page_size = page_size
        self.pages = pages
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("items", self.items),
            ("total", self.total),
            ("page", self.page),
            ("page_size", self.page_size),
            ("pages", self.pages),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"ProjectMemberPage({shown})"

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        page = self.page

        page_size = self.page_size

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "page": page,
                "page_size": page_size,
                "pages": pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_member import ProjectMember

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ProjectMember.from_dict(items_item_data)

            items.append(items_item)

        total = d.pop("total")

        page = d.pop("page")

        page_size = d.pop("page_size")

        pages = d.pop("pages")

        instance_ = cls(
            items=items,
            total=total,
            page=page,
            page_size=page_size,
            pages=pages,
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
