from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Unset

T = TypeVar("T", bound="SubscriptionRequest")


@_attrs_define(init=False)
class SubscriptionRequest:
    """The webhook subscription to create.

    Attributes:
        notification_url (str): The URL to call back to: a plain string in the connector definition. Not
            documented by the provider; this spec assumes the service refuses, with 400 and the
            Error object, anything but an absolute http or https URL with a host (deliveries
            are HTTP POSTs).
    """

    notification_url: str

    def __init__(
        self,
        notification_url: str,
    ) -> None:
        self.notification_url = notification_url

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("notification_url", self.notification_url),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"SubscriptionRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        notification_url = self.notification_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notificationUrl": notification_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notification_url = d.pop("notificationUrl")

        instance_ = cls(
            notification_url=notification_url,
        )

        return instance_
