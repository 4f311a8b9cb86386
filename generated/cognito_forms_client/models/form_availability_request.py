from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormAvailabilityRequest")


@_attrs_define(init=False)
class FormAvailabilityRequest:
    """The public-link availability to set. Every field is optional (as in the connector definition).

    Attributes:
        start (datetime.datetime | Unset): Availability start date.
        end (datetime.datetime | Unset): Availability end date.
        message (str | Unset): The message shown when the form is not available.
    """

    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    message: str | Unset = UNSET

    def __init__(
        self,
        start: datetime.datetime | None | Unset = UNSET,
        end: datetime.datetime | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.start = UNSET if start is None else start
        self.end = UNSET if end is None else end
        self.message = UNSET if message is None else message

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("start", self.start),
            ("end", self.end),
            ("message", self.message),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FormAvailabilityRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start = d.pop("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.pop("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        message = d.pop("message", UNSET)

        instance_ = cls(
            start=start,
            end=end,
            message=message,
        )

        return instance_
