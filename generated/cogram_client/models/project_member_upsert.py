from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define

from ..models.project_role import check_project_role
from ..types import Unset

T = TypeVar("T", bound="ProjectMemberUpsert")


@_attrs_define(init=False)
class ProjectMemberUpsert:
    """The role to give the user in the project. Not documented by the provider; assumed.

    Attributes:
        role (Literal['editor', 'owner', 'viewer']): A member's role in a project. Not documented by the provider; this
            spec assumes owner, editor and viewer.
    """

    role: Literal["editor", "owner", "viewer"]

    def __init__(
        self,
        role: Literal["editor", "owner", "viewer"],
    ) -> None:
        self.role = role

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("role", self.role),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"ProjectMemberUpsert({shown})"

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = check_project_role(d.pop("role"))

        instance_ = cls(
            role=role,
        )

        return instance_
