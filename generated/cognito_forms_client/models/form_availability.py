from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="FormAvailability")


@_attrs_define(init=False)
class FormAvailability:
    """Form availability information such as start/end availability and the not-available
    message. Not documented by the provider; this spec assumes all three fields are always
    present, null when not set.

        Attributes:
            availability_start (datetime.datetime | None): Form availability start.
            availability_end (datetime.datetime | None): Form availability end.
            not_available_message (None | str): Not available message.
    """

    availability_start: datetime.datetime | None
    availability_end: datetime.datetime | None
    not_available_message: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        availability_start: datetime.datetime | None,
        availability_end: datetime.datetime | None,
        not_available_message: None | str,
    ) -> None:
        self.availability_start = availability_start
        self.availability_end = availability_end
        self.not_available_message = not_available_message
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("availability_start", self.availability_start),
            ("availability_end", self.availability_end),
            ("not_available_message", self.not_available_message),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FormAvailability({shown})"

    def to_dict(self) -> dict[str, Any]:
        availability_start: None | str
        if isinstance(self.availability_start, datetime.datetime):
            availability_start = self.availability_start.isoformat()
        else:
            availability_start = self.availability_start

        availability_end: None | str
        if isinstance(self.availability_end, datetime.datetime):
            availability_end = self.availability_end.isoformat()
        else:
            availability_end = self.availability_end

        not_available_message: None | str
        not_available_message = self.not_available_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availabilityStart": availability_start,
                "availabilityEnd": availability_end,
                "notAvailableMessage": not_available_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_availability_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                availability_start_type_0 = datetime.datetime.fromisoformat(data)

                return availability_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        availability_start = _parse_availability_start(d.pop("availabilityStart"))

        def _parse_availability_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                availability_end_type_0 = datetime.datetime.fromisoformat(data)

                return availability_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        availability_end = _parse_availability_end(d.pop("availabilityEnd"))

        def _parse_not_available_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        not_available_message = _parse_not_available_message(d.pop("notAvailableMessage"))

        instance_ = cls(
            availability_start=availability_start,
            availability_end=availability_end,
            not_available_message=not_available_message,
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
