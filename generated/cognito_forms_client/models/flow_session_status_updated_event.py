from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_environment import check_webhook_environment
from ..types import Unset

if TYPE_CHECKING:
    from ..models.flow_session_status_data import FlowSessionStatusData


T = TypeVar("T", bound="FlowSessionStatusUpdatedEvent")


@_attrs_define(init=False)
class FlowSessionStatusUpdatedEvent:
    """flow_session.status.updated: a user completed or failed a Flow session. The guide lists
    the fields but not where `status` sits; this spec assumes `data.status`, and a `type`
    property naming the event.

        Attributes:
            id (str): The event id (also sent as `webhook-id`); the same on re-deliveries.
            type_ (Literal['flow_session.status.updated']): The event's name.
            timestamp (datetime.datetime): When the event happened.
            environment (Literal['production', 'sandbox']): The environment the event comes from. Values not documented by
                the provider; this spec assumes sandbox and production.
            data (FlowSessionStatusData):
    """

    id: str
    type_: Literal["flow_session.status.updated"]
    timestamp: datetime.datetime
    environment: Literal["production", "sandbox"]
    data: FlowSessionStatusData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        type_: Literal["flow_session.status.updated"],
        timestamp: datetime.datetime,
        environment: Literal["production", "sandbox"],
        data: FlowSessionStatusData,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.timestamp = timestamp
        self.environment = environment
        self.data = data
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("type_", self.type_),
            ("timestamp", self.timestamp),
            ("environment", self.environment),
            ("data", self.data),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FlowSessionStatusUpdatedEvent({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp.isoformat()

        environment: str = self.environment

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "timestamp": timestamp,
                "environment": environment,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_session_status_data import FlowSessionStatusData

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["flow_session.status.updated"], d.pop("type"))
        if type_ != "flow_session.status.updated":
            raise ValueError(f"type must match const 'flow_session.status.updated', got '{type_}'")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        environment = check_webhook_environment(d.pop("environment"))

        data = FlowSessionStatusData.from_dict(d.pop("data"))

        instance_ = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            environment=environment,
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
