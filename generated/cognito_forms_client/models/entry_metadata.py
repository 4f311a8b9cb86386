from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_order import EntryOrder
    from ..models.entry_origin import EntryOrigin
    from ..models.entry_user import EntryUser


T = TypeVar("T", bound="EntryMetadata")


@_attrs_define(init=False)
class EntryMetadata:
    """The entry's metadata (the `Entry` property of an entry), with the fields the connector
    and real integrations show: `Action`, `AdminLink`, `CustomerLink`, `DateCreated`,
    `DateSubmitted`, `DateUpdated`, `Document1`, `Document2` ... (one link per document
    template), one link per workflow role (e.g. `FacilitiesManagerLink`; hence additional
    properties), `Number` and `Status` (read-only), `Order`, `Role`, `Timestamp`, `User`,
    `Version`. Not documented by the provider: which are always present; this spec assumes
    `Number`, `Status`, `DateCreated` and `DateUpdated` are, and that link properties are
    left out of a deleted entry. `Origin` is assumed after Cognito's entry JSON.

        Attributes:
            number (int): The entry number, sequential within the form; never reused. Addresses the entry like its `Id`.
            status (str): The workflow status, e.g. Incomplete or Submitted (forms may define their own statuses).
            date_created (datetime.datetime): When the entry was created.
            date_updated (datetime.datetime): When the entry was last changed.
            action (None | str | Unset): The workflow action last performed, e.g. Submit.
            role (None | str | Unset): The workflow role that performed it, e.g. Public.
            version (int | Unset): Increases with every update.
            date_submitted (datetime.datetime | None | Unset): When the entry was submitted; null while it is incomplete
                (saved, not submitted).
            timestamp (datetime.datetime | None | Unset): The time of the entry's last action. Not documented by the
                provider; this spec assumes it equals `DateUpdated`.
            admin_link (None | str | Unset): The link that opens the entry for the organization's users.
            customer_link (None | str | Unset): The link the entry's submitter uses to view or edit it; null when the form
                gives none.
            user (EntryUser | None | Unset): The signed-in user who submitted the entry; null for an anonymous entry.
            order (EntryOrder | None | Unset): The payment order of a form that takes payments; null otherwise.
            origin (EntryOrigin | Unset): Where the entry came from (assumed, after Cognito's entry JSON).
    """

    number: int
    status: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    action: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    version: int | Unset = UNSET
    date_submitted: datetime.datetime | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    admin_link: None | str | Unset = UNSET
    customer_link: None | str | Unset = UNSET
    user: EntryUser | None | Unset = UNSET
    order: EntryOrder | None | Unset = UNSET
    origin: EntryOrigin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        number: int,
        status: str,
        date_created: datetime.datetime,
        date_updated: datetime.datetime,
        action: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        date_submitted: datetime.datetime | None | Unset = UNSET,
        timestamp: datetime.datetime | None | Unset = UNSET,
        admin_link: None | str | Unset = UNSET,
        customer_link: None | str | Unset = UNSET,
        user: EntryUser | None | Unset = UNSET,
        order: EntryOrder | None | Unset = UNSET,
        origin: EntryOrigin | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.number = number
        self.status = status
        self.date_created = date_created
        self.date_updated = date_updated
        self.action = action
        self.role = role
        self.version = UNSET if version is None else version
        self.date_submitted = date_submitted
        self.timestamp = timestamp
        self.admin_link = admin_link
        self.customer_link = customer_link
        self.user = user
        self.order = order
        self.origin = UNSET if origin is None else origin
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("number", self.number),
            ("status", self.status),
            ("date_created", self.date_created),
            ("date_updated", self.date_updated),
            ("action", self.action),
            ("role", self.role),
            ("version", self.version),
            ("date_submitted", self.date_submitted),
            ("timestamp", self.timestamp),
            ("admin_link", self.admin_link),
            ("customer_link", self.customer_link),
            ("user", self.user),
            ("order", self.order),
            ("origin", self.origin),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"EntryMetadata({shown})"

    def to_dict(self) -> dict[str, Any]:
        from ..models.entry_order import EntryOrder
        from ..models.entry_user import EntryUser

        number = self.number

        status = self.status

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        version = self.version

        date_submitted: None | str | Unset
        if isinstance(self.date_submitted, Unset):
            date_submitted = UNSET
        elif isinstance(self.date_submitted, datetime.datetime):
            date_submitted = self.date_submitted.isoformat()
        else:
            date_submitted = self.date_submitted

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        admin_link: None | str | Unset
        if isinstance(self.admin_link, Unset):
            admin_link = UNSET
        else:
            admin_link = self.admin_link

        customer_link: None | str | Unset
        if isinstance(self.customer_link, Unset):
            customer_link = UNSET
        else:
            customer_link = self.customer_link

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, EntryUser):
            user = self.user.to_dict()
        else:
            user = self.user

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, EntryOrder):
            order = self.order.to_dict()
        else:
            order = self.order

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Number": number,
                "Status": status,
                "DateCreated": date_created,
                "DateUpdated": date_updated,
            }
        )
        if action is not UNSET:
            field_dict["Action"] = action
        if role is not UNSET:
            field_dict["Role"] = role
        if version is not UNSET:
            field_dict["Version"] = version
        if date_submitted is not UNSET:
            field_dict["DateSubmitted"] = date_submitted
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp
        if admin_link is not UNSET:
            field_dict["AdminLink"] = admin_link
        if customer_link is not UNSET:
            field_dict["CustomerLink"] = customer_link
        if user is not UNSET:
            field_dict["User"] = user
        if order is not UNSET:
            field_dict["Order"] = order
        if origin is not UNSET:
            field_dict["Origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entry_order import EntryOrder
        from ..models.entry_origin import EntryOrigin
        from ..models.entry_user import EntryUser

        d = dict(src_dict)
        number = d.pop("Number")

        status = d.pop("Status")

        date_created = datetime.datetime.fromisoformat(d.pop("DateCreated"))

        date_updated = datetime.datetime.fromisoformat(d.pop("DateUpdated"))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("Action", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("Role", UNSET))

        version = d.pop("Version", UNSET)

        def _parse_date_submitted(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_submitted_type_0 = datetime.datetime.fromisoformat(data)

                return date_submitted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_submitted = _parse_date_submitted(d.pop("DateSubmitted", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("Timestamp", UNSET))

        def _parse_admin_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admin_link = _parse_admin_link(d.pop("AdminLink", UNSET))

        def _parse_customer_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_link = _parse_customer_link(d.pop("CustomerLink", UNSET))

        def _parse_user(data: object) -> EntryUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = EntryUser.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryUser | None | Unset, data)

        user = _parse_user(d.pop("User", UNSET))

        def _parse_order(data: object) -> EntryOrder | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_1 = EntryOrder.from_dict(data)

                return order_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryOrder | None | Unset, data)

        order = _parse_order(d.pop("Order", UNSET))

        _origin = d.pop("Origin", UNSET)
        origin: EntryOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = EntryOrigin.from_dict(_origin)

        instance_ = cls(
            number=number,
            status=status,
            date_created=date_created,
            date_updated=date_updated,
            action=action,
            role=role,
            version=version,
            date_submitted=date_submitted,
            timestamp=timestamp,
            admin_link=admin_link,
            customer_link=customer_link,
            user=user,
            order=order,
            origin=origin,
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
