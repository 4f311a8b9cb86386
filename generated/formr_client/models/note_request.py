from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Unset

T = TypeVar("T", bound="NoteRequest")


@_attrs_define(init=False)
class NoteRequest:
    """A note to add to a submission.

    Attributes:
        note (str): The note's text.
    """

    note: str

    def __init__(
        self,
        note: str,
    ) -> None:
        self.note = note

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("note", self.note),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"NoteRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        note = d.pop("note")

        instance_ = cls(
            note=note,
        )

        return instance_
