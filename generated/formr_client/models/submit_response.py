from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.answers import Answers


T = TypeVar("T", bound="SubmitResponse")


@_attrs_define(init=False)
class SubmitResponse:
    """The stored submission, as the Submit Form endpoint answers (201).

    Attributes:
        id (str): The submission ID (e.g. `rsp_456`).
        submitted_at (datetime.datetime): When the submission was received.
        answers (Answers): The answers of a submission, keyed by field name (the form's own fields, so free-form
            here). Values are strings, numbers, booleans or lists of strings, as the field type
            says.
        spam_checked (bool): Whether spam protection ran on the submission (assumed true when the form has any
            configured).
    """

    id: str
    submitted_at: datetime.datetime
    answers: Answers
    spam_checked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        submitted_at: datetime.datetime,
        answers: Answers,
        spam_checked: bool,
    ) -> None:
        self.id = id
        self.submitted_at = submitted_at
        self.answers = answers
        self.spam_checked = spam_checked
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("submitted_at", self.submitted_at),
            ("answers", self.answers),
            ("spam_checked", self.spam_checked),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"SubmitResponse({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        submitted_at = self.submitted_at.isoformat()

        answers = self.answers.to_dict()

        spam_checked = self.spam_checked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "submittedAt": submitted_at,
                "answers": answers,
                "spamChecked": spam_checked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answers import Answers

        d = dict(src_dict)
        id = d.pop("id")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submittedAt"))

        answers = Answers.from_dict(d.pop("answers"))

        spam_checked = d.pop("spamChecked")

        instance_ = cls(
            id=id,
            submitted_at=submitted_at,
            answers=answers,
            spam_checked=spam_checked,
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
