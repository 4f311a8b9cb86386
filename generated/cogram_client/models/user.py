from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import check_user_role
from ..types import Unset

T = TypeVar("T", bound="User")


@_attrs_define(init=False)
class User:
    """An organization member. Not documented by the provider; assumed fields, all always present.

    Attributes:
        id (UUID): Cogram's id of the user.
        email (str): The user's email address.
        name (str): The user's display name.
        role (Literal['admin', 'guest', 'member']): A user's role in the organization. Not documented by the provider;
            this spec assumes admin, member and guest.
        external_id (None | str): Your own system's identifier for the user (external ID mapping); unique within the
            organization (assumed).
        created_at (datetime.datetime): When the user joined the organization.
    """

    id: UUID
    email: str
    name: str
    role: Literal["admin", "guest", "member"]
    external_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: UUID,
        email: str,
        name: str,
        role: Literal["admin", "guest", "member"],
        external_id: None | str,
        created_at: datetime.datetime,
    ) -> None:
        self.id = id
        self.email = email
        self.name = name
        self.role = role
        self.external_id = external_id
        self.created_at = created_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("email", self.email),
            ("name", self.name),
            ("role", self.role),
            ("external_id", self.external_id),
            ("created_at", self.created_at),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"User({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        name = self.name

        role: str = self.role

        external_id: None | str
        external_id = self.external_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "role": role,
                "external_id": external_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        email = d.pop("email")

        name = d.pop("name")

        role = check_user_role(d.pop("role"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        instance_ = cls(
            id=id,
            email=email,
            name=name,
            role=role,
            external_id=external_id,
            created_at=created_at,
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
