from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event_name import check_webhook_event_name
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRequest")


@_attrs_define(init=False)
class WebhookRequest:
    """The webhook to create, or to update when the form already has one with this `url`.

    Attributes:
        event (Literal['result_completed']): The event a webhook is subscribed to. Currently the only supported event is
            "result_completed".
        url (str): The URL the webhook will post to.
        handshake_key (str | Unset): Optional. Handshake key, posted back with every result as `handshake_key`.
    """

    event: Literal["result_completed"]
    url: str
    handshake_key: str | Unset = UNSET

    def __init__(
        self,
        event: Literal["result_completed"],
        url: str,
        handshake_key: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.event = event
        self.url = url
        self.handshake_key = UNSET if handshake_key is None else handshake_key

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("event", self.event),
            ("url", self.url),
            ("handshake_key", self.handshake_key),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"WebhookRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        event: str = self.event

        url = self.url

        handshake_key = self.handshake_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event": event,
                "url": url,
            }
        )
        if handshake_key is not UNSET:
            field_dict["handshake_key"] = handshake_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = check_webhook_event_name(d.pop("event"))

        url = d.pop("url")

        handshake_key = d.pop("handshake_key", UNSET)

        instance_ = cls(
            event=event,
            url=url,
            handshake_key=handshake_key,
        )

        return instance_
