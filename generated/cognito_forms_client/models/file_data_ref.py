from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileDataRef")


@_attrs_define(init=False)
class FileDataRef:
    """A file reference that includes file data and metadata.

    Attributes:
        id (str): The unique id of the file.
        name (str): The name of the file.
        content_type (str): The content type of the file.
        size (int): The size of the file in bytes.
        file (str | Unset): The URL of the file.
        content (str | Unset): The file content, base64-encoded.
    """

    id: str
    name: str
    content_type: str
    size: int
    file: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        name: str,
        content_type: str,
        size: int,
        file: str | None | Unset = UNSET,
        content: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.id = id
        self.name = name
        self.content_type = content_type
        self.size = size
        self.file = UNSET if file is None else file
        self.content = UNSET if content is None else content
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("name", self.name),
            ("content_type", self.content_type),
            ("size", self.size),
            ("file", self.file),
            ("content", self.content),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FileDataRef({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        content_type = self.content_type

        size = self.size

        file = self.file

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "ContentType": content_type,
                "Size": size,
            }
        )
        if file is not UNSET:
            field_dict["File"] = file
        if content is not UNSET:
            field_dict["Content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id")

        name = d.pop("Name")

        content_type = d.pop("ContentType")

        size = d.pop("Size")

        file = d.pop("File", UNSET)

        content = d.pop("Content", UNSET)

        instance_ = cls(
            id=id,
            name=name,
            content_type=content_type,
            size=size,
            file=file,
            content=content,
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
