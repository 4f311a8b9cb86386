from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.entry import Entry


T = TypeVar("T", bound="EntryCreatedEvent")


@_attrs_define(init=False)
class EntryCreatedEvent:
    """entry.created, sent to subscribe_new_entry URLs. The envelope is assumed (see the webhook).

    Attributes:
        id (str): The event id (also sent as `webhook-id`); the same on re-deliveries.
        type_ (Literal['entry.created']):
        timestamp (datetime.datetime):
        data (Entry): An entry. Its properties are the form's own fields (see get_form_schema), plus a common
            envelope. Not documented by the provider; this spec assumes the envelope Cognito uses
            in its JSON payloads, in PascalCase: `Id` (`{formId}-{entryNumber}`), an optional
            `Form` reference and the `Entry` metadata object.
    """

    id: str
    type_: Literal["entry.created"]
    timestamp: datetime.datetime
    data: Entry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        type_: Literal["entry.created"],
        timestamp: datetime.datetime,
        data: Entry,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.timestamp = timestamp
        self.data = data
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("type_", self.type_),
            ("timestamp", self.timestamp),
            ("data", self.data),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"EntryCreatedEvent({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entry import Entry

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["entry.created"], d.pop("type"))
        if type_ != "entry.created":
            raise ValueError(f"type must match const 'entry.created', got '{type_}'")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = Entry.from_dict(d.pop("data"))

        instance_ = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            data=data,
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
