from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryOrder")


@_attrs_define(init=False)
class EntryOrder:
    """The payment order of an entry: `Id`, `Date`, ..., `PaymentStatus`, `PaymentMessage` as
    the evidence shows; the other fields (line items, amounts) vary, hence additional
    properties.

        Attributes:
            id (None | str | Unset): The order's id.
            date (datetime.datetime | None | Unset): When the order was placed.
            payment_status (None | str | Unset): The payment's status, e.g. Paid.
            payment_message (None | str | Unset): The payment processor's message.
    """

    id: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    payment_status: None | str | Unset = UNSET
    payment_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: None | str | Unset = UNSET,
        date: datetime.datetime | None | Unset = UNSET,
        payment_status: None | str | Unset = UNSET,
        payment_message: None | str | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.id = id
        self.date = date
        self.payment_status = payment_status
        self.payment_message = payment_message
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("date", self.date),
            ("payment_status", self.payment_status),
            ("payment_message", self.payment_message),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"EntryOrder({shown})"

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        payment_message: None | str | Unset
        if isinstance(self.payment_message, Unset):
            payment_message = UNSET
        else:
            payment_message = self.payment_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if date is not UNSET:
            field_dict["Date"] = date
        if payment_status is not UNSET:
            field_dict["PaymentStatus"] = payment_status
        if payment_message is not UNSET:
            field_dict["PaymentMessage"] = payment_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("Date", UNSET))

        def _parse_payment_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_status = _parse_payment_status(d.pop("PaymentStatus", UNSET))

        def _parse_payment_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_message = _parse_payment_message(d.pop("PaymentMessage", UNSET))

        instance_ = cls(
            id=id,
            date=date,
            payment_status=payment_status,
            payment_message=payment_message,
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
