from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import check_webhook_event_name
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define(init=False)
class Webhook:
    """A webhook of a form.

    Attributes:
        event (Literal['result_completed']): The event a webhook is subscribed to. Currently the only supported event is
            "result_completed".
        url (str): The webhook's post URL.
        handshake_key (str | Unset): Optional. The webhook's handshake key.
    """

    event: Literal["result_completed"]
    url: str
    handshake_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("event", self.event),
            ("url", self.url),
            ("handshake_key", self.handshake_key),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Webhook({shown})"

    def to_dict(self) -> dict[str, Any]:
        event: str = self.event

        url = self.url

        handshake_key = self.handshake_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
