from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.note import Note


T = TypeVar("T", bound="ResponseMeta")


@_attrs_define(init=False)
class ResponseMeta:
    """Metadata for managing a response. `tags` is in the docs' metadata description but not
    in their list example; this spec makes it optional.

        Attributes:
            read (bool): Read status.
            starred (bool): Starred status.
            notes (list[Note]): Admin notes, oldest first (assumed).
            tags (list[str] | Unset): Tags.
    """

    read: bool
    starred: bool
    notes: list[Note]
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        read: bool,
        starred: bool,
        notes: list[Note],
        tags: list[str] | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.read = read
        self.starred = starred
        self.notes = notes
        self.tags = UNSET if tags is None else tags
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("read", self.read),
            ("starred", self.starred),
            ("notes", self.notes),
            ("tags", self.tags),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"ResponseMeta({shown})"

    def to_dict(self) -> dict[str, Any]:
        read = self.read

        starred = self.starred

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read": read,
                "starred": starred,
                "notes": notes,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.note import Note

        d = dict(src_dict)
        read = d.pop("read")

        starred = d.pop("starred")

        notes = []
        _notes = d.pop("notes")
        for notes_item_data in _notes:
            notes_item = Note.from_dict(notes_item_data)

            notes.append(notes_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        instance_ = cls(
            read=read,
            starred=starred,
            notes=notes,
            tags=tags,
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
