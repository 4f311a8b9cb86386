from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryOrigin")


@_attrs_define(init=False)
class EntryOrigin:
    """Where the entry came from (assumed, after Cognito's entry JSON).

    Attributes:
        ip_address (None | str | Unset): The submitter's IP address.
        city (None | str | Unset): The city the IP address locates to.
        region (None | str | Unset): The region (state, province) the IP address locates to.
        country_code (None | str | Unset): The country the IP address locates to, as an ISO 3166 code.
        timezone (None | str | Unset): The submitter's time zone (IANA name).
        user_agent (None | str | Unset): The submitter's browser user agent.
        is_imported (bool | Unset): Whether the entry was imported rather than submitted.
    """

    ip_address: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    is_imported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        ip_address: None | str | Unset = UNSET,
        city: None | str | Unset = UNSET,
        region: None | str | Unset = UNSET,
        country_code: None | str | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        user_agent: None | str | Unset = UNSET,
        is_imported: bool | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.ip_address = ip_address
        self.city = city
        self.region = region
        self.country_code = country_code
        self.timezone = timezone
        self.user_agent = user_agent
        self.is_imported = UNSET if is_imported is None else is_imported
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("ip_address", self.ip_address),
            ("city", self.city),
            ("region", self.region),
            ("country_code", self.country_code),
            ("timezone", self.timezone),
            ("user_agent", self.user_agent),
            ("is_imported", self.is_imported),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"EntryOrigin({shown})"

    def to_dict(self) -> dict[str, Any]:
        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        is_imported = self.is_imported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["IpAddress"] = ip_address
        if city is not UNSET:
            field_dict["City"] = city
        if region is not UNSET:
            field_dict["Region"] = region
        if country_code is not UNSET:
            field_dict["CountryCode"] = country_code
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone
        if user_agent is not UNSET:
            field_dict["UserAgent"] = user_agent
        if is_imported is not UNSET:
            field_dict["IsImported"] = is_imported

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("IpAddress", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("City", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("Region", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("CountryCode", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("Timezone", UNSET))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("UserAgent", UNSET))

        is_imported = d.pop("IsImported", UNSET)

        instance_ = cls(
            ip_address=ip_address,
            city=city,
            region=region,
            country_code=country_code,
            timezone=timezone,
            user_agent=user_agent,
            is_imported=is_imported,
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
