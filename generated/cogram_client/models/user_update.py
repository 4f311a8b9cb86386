from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.user_role import check_user_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define(init=False)
class UserUpdate:
    """The user's new organization role, and optionally their external ID. Not documented by the provider; assumed.

    Attributes:
        role (Literal['admin', 'guest', 'member']): A user's role in the organization. Not documented by the provider;
            this spec assumes admin, member and guest.
        external_id (None | str | Unset): Your own system's identifier for the user; `null` unlinks it; 409 `conflict`
            when another user has it (assumed).
    """

    role: Literal["admin", "guest", "member"]
    external_id: None | str | Unset = UNSET

    def __init__(
        self,
        role: Literal["admin", "guest", "member"],
        external_id: None | str | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.role = role
        self.external_id = external_id

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("role", self.role),
            ("external_id", self.external_id),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"UserUpdate({shown})"

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = check_user_role(d.pop("role"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        instance_ = cls(
            role=role,
            external_id=external_id,
        )

        return instance_
