from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="Form")


@_attrs_define(init=False)
class Form:
    """A form accessible with the token.

    Attributes:
        id (int): Numeric form identifier.
        uuid (UUID): Unique form identifier (UUID).
        name (str): Form name.
        created_at (datetime.datetime): ISO 8601 creation timestamp.
        updated_at (datetime.datetime): ISO 8601 last update timestamp.
        submissions_count (int): Total number of submissions.
    """

    id: int
    uuid: UUID
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    submissions_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: int,
        uuid: UUID,
        name: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        submissions_count: int,
    ) -> None:
        self.id = id
        self.uuid = uuid
        self.name = name
        self.created_at = created_at
        self.updated_at = updated_at
        self.submissions_count = submissions_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("uuid", self.uuid),
            ("name", self.name),
            ("created_at", self.created_at),
            ("updated_at", self.updated_at),
            ("submissions_count", self.submissions_count),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Form({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = str(self.uuid)

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        submissions_count = self.submissions_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "submissionsCount": submissions_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        submissions_count = d.pop("submissionsCount")

        instance_ = cls(
            id=id,
            uuid=uuid,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            submissions_count=submissions_count,
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
