from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status import check_project_status
from ..types import Unset

T = TypeVar("T", bound="Project")


@_attrs_define(init=False)
class Project:
    """A project. Not documented by the provider: its fields; this spec assumes these, all
    always present (null when not set).

        Attributes:
            id (UUID): Cogram's id of the project.
            name (str): The project's name.
            description (None | str): Free-text description of the project; null when it has none.
            external_id (None | str): Your own system's identifier for the project (external ID mapping); unique within the
                organization (assumed).
            status (Literal['active', 'archived']): `active`, or `archived` once archive_project was called. Not documented
                by the
                provider; assumed.
            created_at (datetime.datetime): When the project was created.
            updated_at (datetime.datetime): When the project was last changed (created, updated or archived).
            archived_at (datetime.datetime | None): When the project was archived; null while it is active.
    """

    id: UUID
    name: str
    description: None | str
    external_id: None | str
    status: Literal["active", "archived"]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: UUID,
        name: str,
        description: None | str,
        external_id: None | str,
        status: Literal["active", "archived"],
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        archived_at: datetime.datetime | None,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.external_id = external_id
        self.status = status
        self.created_at = created_at
        self.updated_at = updated_at
        self.archived_at = archived_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("name", self.name),
            ("description", self.description),
            ("external_id", self.external_id),
            ("status", self.status),
            ("created_at", self.created_at),
            ("updated_at", self.updated_at),
            ("archived_at", self.archived_at),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Project({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description: None | str
        description = self.description

        external_id: None | str
        external_id = self.external_id

        status: str = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "external_id": external_id,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "archived_at": archived_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        status = check_project_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        instance_ = cls(
            id=id,
            name=name,
            description=description,
            external_id=external_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
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
