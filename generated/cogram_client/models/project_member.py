from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_role import check_project_role
from ..types import Unset

T = TypeVar("T", bound="ProjectMember")


@_attrs_define(init=False)
class ProjectMember:
    """A user's membership of a project. Not documented by the provider; assumed fields, all always present.

    Attributes:
        project_id (UUID): Cogram's id of the project.
        user_id (UUID): Cogram's id of the member, an organization user (see list_users).
        email (str): The member's email address.
        name (str): The member's display name.
        role (Literal['editor', 'owner', 'viewer']): A member's role in a project. Not documented by the provider; this
            spec assumes owner, editor and viewer.
        added_at (datetime.datetime): When the user was added to the project.
        updated_at (datetime.datetime): When the role was last set.
    """

    project_id: UUID
    user_id: UUID
    email: str
    name: str
    role: Literal["editor", "owner", "viewer"]
    added_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        project_id: UUID,
        user_id: UUID,
        email: str,
        name: str,
        role: Literal["editor", "owner", "viewer"],
        added_at: datetime.datetime,
        updated_at: datetime.datetime,
    ) -> None:
        self.project_id = project_id
        self.user_id = user_id
        self.email = email
        self.name = name
        self.role = role
        self.added_at = added_at
        self.updated_at = updated_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("project_id", self.project_id),
            ("user_id", self.user_id),
            ("email", self.email),
            ("name", self.name),
            ("role", self.role),
            ("added_at", self.added_at),
            ("updated_at", self.updated_at),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"ProjectMember({shown})"

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        user_id = str(self.user_id)

        email = self.email

        name = self.name

        role: str = self.role

        added_at = self.added_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "user_id": user_id,
                "email": email,
                "name": name,
                "role": role,
                "added_at": added_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = UUID(d.pop("project_id"))

        user_id = UUID(d.pop("user_id"))

        email = d.pop("email")

        name = d.pop("name")

        role = check_project_role(d.pop("role"))

        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        instance_ = cls(
            project_id=project_id,
            user_id=user_id,
            email=email,
            name=name,
            role=role,
            added_at=added_at,
            updated_at=updated_at,
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
