from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.submission_data import SubmissionData


T = TypeVar("T", bound="Submission")


@_attrs_define(init=False)
class Submission:
    """A submission of a form.

    Attributes:
        id (UUID): Unique submission identifier (UUID).
        form_id (UUID): UUID of the form this submission belongs to.
        data (SubmissionData): Submitted form data, keyed by the form's field names. Free-form: the fields are the
            form's own. Values are what was submitted (text as strings, numbers such as a Rating
            as numbers).
        created_at (datetime.datetime): ISO 8601 creation timestamp.
        updated_at (datetime.datetime): ISO 8601 last update timestamp.
    """

    id: UUID
    form_id: UUID
    data: SubmissionData
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: UUID,
        form_id: UUID,
        data: SubmissionData,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
    ) -> None:
        self.id = id
        self.form_id = form_id
        self.data = data
        self.created_at = created_at
        self.updated_at = updated_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("form_id", self.form_id),
            ("data", self.data),
            ("created_at", self.created_at),
            ("updated_at", self.updated_at),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Submission({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        form_id = str(self.form_id)

        data = self.data.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "formId": form_id,
                "data": data,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.submission_data import SubmissionData

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        form_id = UUID(d.pop("formId"))

        data = SubmissionData.from_dict(d.pop("data"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        instance_ = cls(
            id=id,
            form_id=form_id,
            data=data,
            created_at=created_at,
            updated_at=updated_at,
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
