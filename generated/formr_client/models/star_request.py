from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Unset

T = TypeVar("T", bound="StarRequest")


@_attrs_define(init=False)
class StarRequest:
    """Star or unstar a submission.

    Attributes:
        starred (bool): true to star, false to unstar.
    """

    starred: bool

    def __init__(
        self,
        starred: bool,
    ) -> None:
        self.starred = starred

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("starred", self.starred),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"StarRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        starred = self.starred

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "starred": starred,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        starred = d.pop("starred")

        instance_ = cls(
            starred=starred,
        )

        return instance_
