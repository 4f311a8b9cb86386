from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitError")


@_attrs_define(init=False)
class LimitError:
    """The body of a 429: the documented quota body (`quotaExceeded: true`, `remaining`,
    `resetAt`), or a rate-limit error (assumed: `quotaExceeded: false` and no quota
    fields).

        Attributes:
            error (str): What went wrong, e.g. "Quota exceeded. You have used 1000 of 1000 submissions this month."
            quota_exceeded (bool | Unset): True when the monthly quota (not the rate limit) was exceeded.
            remaining (int | Unset): Submissions left this month (0 when the quota is exceeded).
            reset_at (datetime.datetime | Unset): When the quota resets (the start of the next calendar month, UTC).
    """

    error: str
    quota_exceeded: bool | Unset = UNSET
    remaining: int | Unset = UNSET
    reset_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        error: str,
        quota_exceeded: bool | None | Unset = UNSET,
        remaining: int | None | Unset = UNSET,
        reset_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.error = error
        self.quota_exceeded = UNSET if quota_exceeded is None else quota_exceeded
        self.remaining = UNSET if remaining is None else remaining
        self.reset_at = UNSET if reset_at is None else reset_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("error", self.error),
            ("quota_exceeded", self.quota_exceeded),
            ("remaining", self.remaining),
            ("reset_at", self.reset_at),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"LimitError({shown})"

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        quota_exceeded = self.quota_exceeded

        remaining = self.remaining

        reset_at: str | Unset = UNSET
        if not isinstance(self.reset_at, Unset):
            reset_at = self.reset_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if quota_exceeded is not UNSET:
            field_dict["quotaExceeded"] = quota_exceeded
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if reset_at is not UNSET:
            field_dict["resetAt"] = reset_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        quota_exceeded = d.pop("quotaExceeded", UNSET)

        remaining = d.pop("remaining", UNSET)

        _reset_at = d.pop("resetAt", UNSET)
        reset_at: datetime.datetime | Unset
        if isinstance(_reset_at, Unset):
            reset_at = UNSET
        else:
            reset_at = datetime.datetime.fromisoformat(_reset_at)

        instance_ = cls(
            error=error,
            quota_exceeded=quota_exceeded,
            remaining=remaining,
            reset_at=reset_at,
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
