from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_status import check_submission_status
from ..types import Unset

if TYPE_CHECKING:
    from ..models.answers import Answers


T = TypeVar("T", bound="Submission")


@_attrs_define(init=False)
class Submission:
    """A stored submission of a form.

    Attributes:
        id (str): The submission ID.
        form_id (str): The form's ID.
        submitted_at (datetime.datetime): When the submission was received.
        answers (Answers): The answers of a submission, keyed by field name (the form's own fields, so free-form
            here). Values are strings, numbers, booleans or lists of strings, as the field type
            says.
        status (Literal['completed', 'flagged', 'quarantined']): The submission's status. The docs show `completed`; not
            documented further, this spec
            assumes `flagged` and `quarantined` for submissions the spam checks flagged or
            quarantined.
    """

    id: str
    form_id: str
    submitted_at: datetime.datetime
    answers: Answers
    status: Literal["completed", "flagged", "quarantined"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        form_id: str,
        submitted_at: datetime.datetime,
        answers: Answers,
        status: Literal["completed", "flagged", "quarantined"],
    ) -> None:
        self.id = id
        self.form_id = form_id
        self.submitted_at = submitted_at
        self.answers = answers
        self.status = status
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("form_id", self.form_id),
            ("submitted_at", self.submitted_at),
            ("answers", self.answers),
            ("status", self.status),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Submission({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        form_id = self.form_id

        submitted_at = self.submitted_at.isoformat()

        answers = self.answers.to_dict()

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "formId": form_id,
                "submittedAt": submitted_at,
                "answers": answers,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answers import Answers

        d = dict(src_dict)
        id = d.pop("id")

        form_id = d.pop("formId")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submittedAt"))

        answers = Answers.from_dict(d.pop("answers"))

        status = check_submission_status(d.pop("status"))

        instance_ = cls(
            id=id,
            form_id=form_id,
            submitted_at=submitted_at,
            answers=answers,
            status=status,
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
