from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_user_device import check_result_user_device
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_item import ResultItem


T = TypeVar("T", bound="Result")


@_attrs_define(init=False)
class Result:
    """A form result (submission). `date_update`, `id`, `user_browser`, `user_ip`,
    `user_device`, `user_referrer` and `items` are always present; the others are
    optional as documented. `result_status` is in the docs' example but not in their field
    list; this spec makes it optional.

        Attributes:
            date_update (datetime.datetime): The date the result was most recently modified, in ISO 8601 UTC format.
            id (str): The result's unique id (a number, as a string).
            user_browser (str): The user's browser.
            user_ip (str): The user's IP address (the docs' example, "123.123.123", is not a full IPv4 address, so no format
                is imposed).
            user_device (Literal['Desktop', 'Mobile', 'Tablet']): The user's device.
            user_referrer (str): The user's referrer URL, or "N/A" if the referrer was not recorded.
            items (list[ResultItem]): The answers, one per item of the form (or of the applied Results View).
            date_finish (datetime.datetime | Unset): Optional. The date the result was finished, in ISO 8601 UTC format.
            date_start (datetime.datetime | Unset): Optional. The date the result was started, in ISO 8601 UTC format.
            login_email (str | Unset): Optional. If the form has Save & Return enabled, the email associated with this
                result. No `format: email`: the docs do not promise a checked address, and the
                format would make the generated pydantic model need the optional email-validator
                package just to import.
            login_username (str | Unset): Optional. If the form has Save & Return enabled, the username associated with this
                result.
            payment_amount (float | Unset): Optional. If the form is an order form, the payment amount.
            payment_status (str | Unset): Optional. If the form is an order form, the payment status (e.g. "Payment
                Successful").
            result_status (str | Unset): The result's status (e.g. "Complete"), searchable as the meta item `result_status`.
    """

    date_update: datetime.datetime
    id: str
    user_browser: str
    user_ip: str
    user_device: Literal["Desktop", "Mobile", "Tablet"]
    user_referrer: str
    items: list[ResultItem]
    date_finish: datetime.datetime | Unset = UNSET
    date_start: datetime.datetime | Unset = UNSET
    login_email: str | Unset = UNSET
    login_username: str | Unset = UNSET
    payment_amount: float | Unset = UNSET
    payment_status: str | Unset = UNSET
    result_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        date_update: datetime.datetime,
        id: str,
        user_browser: str,
        user_ip: str,
        user_device: Literal["Desktop", "Mobile", "Tablet"],
        user_referrer: str,
        items: list[ResultItem],
        date_finish: datetime.datetime | None | Unset = UNSET,
        date_start: datetime.datetime | None | Unset = UNSET,
        login_email: str | None | Unset = UNSET,
        login_username: str | None | Unset = UNSET,
        payment_amount: float | None | Unset = UNSET,
        payment_status: str | None | Unset = UNSET,
        result_status: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.date_update = date_update
        self.id = id
        self.user_browser = user_browser
        self.user_ip = user_ip
        self.user_device = user_device
        self.user_referrer = user_referrer
        self.items = items
        self.date_finish = UNSET if date_finish is None else date_finish
        self.date_start = UNSET if date_start is None else date_start
        self.login_email = UNSET if login_email is None else login_email
        self.login_username = UNSET if login_username is None else login_username
        self.payment_amount = UNSET if payment_amount is None else payment_amount
        self.payment_status = UNSET if payment_status is None else payment_status
        self.result_status = UNSET if result_status is None else result_status
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("date_update", self.date_update),
            ("id", self.id),
            ("user_browser", self.user_browser),
            ("user_ip", self.user_ip),
            ("user_device", self.user_device),
            ("user_referrer", self.user_referrer),
            ("items", self.items),
            ("date_finish", self.date_finish),
            ("date_start", self.date_start),
            ("login_email", self.login_email),
            ("login_username", self.login_username),
            ("payment_amount", self.payment_amount),
            ("payment_status", self.payment_status),
            ("result_status", self.result_status),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Result({shown})"

    def to_dict(self) -> dict[str, Any]:
        date_update = self.date_update.isoformat()

        id = self.id

        user_browser = self.user_browser

        user_ip = self.user_ip

        user_device: str = self.user_device

        user_referrer = self.user_referrer

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        date_finish: str | Unset = UNSET
        if not isinstance(self.date_finish, Unset):
            date_finish = self.date_finish.isoformat()

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        login_email = self.login_email

        login_username = self.login_username

        payment_amount = self.payment_amount

        payment_status = self.payment_status

        result_status = self.result_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_update": date_update,
                "id": id,
                "user_browser": user_browser,
                "user_ip": user_ip,
                "user_device": user_device,
                "user_referrer": user_referrer,
                "items": items,
            }
        )
        if date_finish is not UNSET:
            field_dict["date_finish"] = date_finish
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if login_email is not UNSET:
            field_dict["login_email"] = login_email
        if login_username is not UNSET:
            field_dict["login_username"] = login_username
        if payment_amount is not UNSET:
            field_dict["payment_amount"] = payment_amount
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if result_status is not UNSET:
            field_dict["result_status"] = result_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.result_item import ResultItem

        d = dict(src_dict)
        date_update = datetime.datetime.fromisoformat(d.pop("date_update"))

        id = d.pop("id")

        user_browser = d.pop("user_browser")

        user_ip = d.pop("user_ip")

        user_device = check_result_user_device(d.pop("user_device"))

        user_referrer = d.pop("user_referrer")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ResultItem.from_dict(items_item_data)

            items.append(items_item)

        _date_finish = d.pop("date_finish", UNSET)
        date_finish: datetime.datetime | Unset
        if isinstance(_date_finish, Unset):
            date_finish = UNSET
        else:
            date_finish = datetime.datetime.fromisoformat(_date_finish)

        _date_start = d.pop("date_start", UNSET)
        date_start: datetime.datetime | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = datetime.datetime.fromisoformat(_date_start)

        login_email = d.pop("login_email", UNSET)

        login_username = d.pop("login_username", UNSET)

        payment_amount = d.pop("payment_amount", UNSET)

        payment_status = d.pop("payment_status", UNSET)

        result_status = d.pop("result_status", UNSET)

        instance_ = cls(
            date_update=date_update,
            id=id,
            user_browser=user_browser,
            user_ip=user_ip,
            user_device=user_device,
            user_referrer=user_referrer,
            items=items,
            date_finish=date_finish,
            date_start=date_start,
            login_email=login_email,
            login_username=login_username,
            payment_amount=payment_amount,
            payment_status=payment_status,
            result_status=result_status,
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
