from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="FlowSessionData")


@_attrs_define(init=False)
class FlowSessionData:
    """The Flow session an event is about (data.id and data.customer_reference are on every event).

    Attributes:
        id (str): The Flow session id.
        customer_reference (None | str): The integrator's own reference for the customer. Assumed null when none was
            given.
    """

    id: str
    customer_reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        customer_reference: None | str,
    ) -> None:
        self.id = id
        self.customer_reference = customer_reference
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("customer_reference", self.customer_reference),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"FlowSessionData({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_reference: None | str
        customer_reference = self.customer_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_reference": customer_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_customer_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_reference = _parse_customer_reference(d.pop("customer_reference"))

        instance_ = cls(
            id=id,
            customer_reference=customer_reference,
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
