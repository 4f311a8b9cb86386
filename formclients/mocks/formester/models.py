"""The Formester mock's state: the organization's forms and their submissions, and how they filter and sort.

Nothing here knows HTTP: the handlers (responses.py) and the store hooks read and change the
store through :class:`FormesterStore`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "gte": lambda a, b: bool(a >= b),
    "gt": lambda a, b: bool(a > b),
    "lte": lambda a, b: bool(a <= b),
    "lt": lambda a, b: bool(a < b),
}
# Submission attributes that `sort` and the filters accept besides the form's own fields.
ATTRIBUTES = {"created_at": "createdAt", "updated_at": "updatedAt", "createdAt": "createdAt", "updatedAt": "updatedAt"}


def timestamp(moment: datetime) -> str:
    """ISO 8601 UTC with milliseconds and `Z`, as the docs write timestamps."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*", value):
        return float(value)
    return None


def as_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(as_text(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def compare(operator: str, field_value: Any, wanted: str) -> bool:
    """`field <op> wanted`: numbers as numbers, ISO 8601 dates as instants, anything else as text."""
    test = OPERATORS[operator]
    number, wanted_number = as_number(field_value), as_number(wanted)
    if number is not None and wanted_number is not None:
        return test(number, wanted_number)
    moment, wanted_moment = as_datetime(field_value), as_datetime(wanted)
    if moment is not None and wanted_moment is not None:
        return test(moment, wanted_moment)
    return test(as_text(field_value).casefold(), wanted.casefold())


def equals(field_value: Any, wanted: str) -> bool:
    """The documented "exact match or substring": numbers by value, text case-insensitively contained."""
    number, wanted_number = as_number(field_value), as_number(wanted)
    if number is not None and wanted_number is not None and not isinstance(field_value, str):
        return number == wanted_number
    return wanted.casefold() in as_text(field_value).casefold()


def sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before dates before text, each in its natural order."""
    number = as_number(value)
    if number is not None and not isinstance(value, str):
        return (0, number)
    moment = as_datetime(value)
    if moment is not None:
        return (1, moment.timestamp())
    if number is not None:
        return (0, number)
    return (2, as_text(value).casefold())


def field_of(submission: Mapping[str, Any], name: str) -> tuple[bool, Any]:
    """Whether the submission has the field (a data field or a timestamp attribute), and its value."""
    data: Mapping[str, Any] = submission["data"]
    if name in data:
        return True, data[name]
    if name in ATTRIBUTES:
        return True, submission[ATTRIBUTES[name]]
    return False, None


def matches(submission: Mapping[str, Any], filters: Mapping[str, str]) -> bool:
    """Every filter holds: `{field}` (exact or substring) or `{field}__gte/__gt/__lte/__lt`."""
    for key, wanted in filters.items():
        name, _, operator = key.rpartition("__")
        if not name or operator not in OPERATORS:
            name, operator = key, "eq"
        present, value = field_of(submission, name)
        if not present or value is None:
            return False
        if not (equals(value, wanted) if operator == "eq" else compare(operator, value, wanted)):
            return False
    return True


@dataclass
class FormesterStore:
    forms: dict[int, dict[str, Any]] = field(default_factory=dict)
    """The organization's forms by numeric id (without `submissionsCount`, which is counted live)."""
    submissions: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Every submission by its UUID, in creation order; delete_submission removes from here."""
    deleted: list[str] = field(default_factory=list)
    """UUIDs of the submissions deleted through the API since the last reset, in order."""

    def add_form(self, form_id: int, form_uuid: str, name: str, created: datetime) -> None:
        self.forms[form_id] = {
            "id": form_id,
            "uuid": form_uuid,
            "name": name,
            "createdAt": timestamp(created),
            "updatedAt": timestamp(created + timedelta(days=5, hours=4, minutes=15)),
        }

    def add_submission(self, form_id: int, submission_id: str, data: dict[str, Any], created: datetime) -> None:
        self.submissions[submission_id] = {
            "id": submission_id,
            "formId": self.forms[form_id]["uuid"],
            "data": data,
            "createdAt": timestamp(created),
            "updatedAt": timestamp(created),
        }

    def form_json(self, form: Mapping[str, Any]) -> dict[str, Any]:
        count = sum(1 for s in self.submissions.values() if s["formId"] == form["uuid"])
        return {**form, "submissionsCount": count}

    def form_by_uuid(self, form_uuid: str) -> dict[str, Any] | None:
        return next((form for form in self.forms.values() if form["uuid"] == form_uuid.lower()), None)

    def submissions_of(
        self, form: Mapping[str, Any], filters: Mapping[str, str], sort: str | None, descending: bool
    ) -> list[dict[str, Any]]:
        """The form's submissions that pass `filters`: newest first, or by `sort` (those without it last)."""
        found = [s for s in self.submissions.values() if s["formId"] == form["uuid"] and matches(s, filters)]
        found.sort(key=lambda s: (s["createdAt"], s["id"]), reverse=True)  # newest first unless sorted
        if sort is not None:
            found.sort(key=lambda s: (s["createdAt"], s["id"]))
            present = [s for s in found if field_of(s, sort)[1] is not None]
            missing = [s for s in found if field_of(s, sort)[1] is None]
            present.sort(key=lambda s: sort_key(field_of(s, sort)[1]), reverse=descending)
            found = present + missing
        return found

    def delete_submission(self, submission_id: str) -> None:
        del self.submissions[submission_id]
        self.deleted.append(submission_id)

    # the store as JSON (seeds, the control API) ---------------------------------------------------

    def export(self) -> dict[str, Any]:
        return {
            "forms": [self.form_json(form) for form in self.forms.values()],
            "submissions": [dict(submission) for submission in self.submissions.values()],
        }

    def imported(self, data: Mapping[str, Any]) -> tuple[dict[int, dict[str, Any]], dict[str, dict[str, Any]]]:
        """The forms and submissions `data` makes (the current ones where it names none); ValueError
        names a repeated id or a submission of no form."""
        forms = self.forms
        if "forms" in data:
            forms = {}
            for form in data["forms"]:
                if form["id"] in forms or form["uuid"].lower() in {f["uuid"] for f in forms.values()}:
                    raise ValueError(f"forms: form {form['id']} ({form['uuid']}) repeats")
                forms[form["id"]] = {k: v for k, v in form.items() if k != "submissionsCount"} | {
                    "uuid": form["uuid"].lower()
                }
        submissions = data.get("submissions", list(self.submissions.values()))
        uuids = {form["uuid"] for form in forms.values()}
        imported: dict[str, dict[str, Any]] = {}
        for submission in submissions:
            if submission["id"] in imported:
                raise ValueError(f"submissions: id {submission['id']} repeats")
            if submission["formId"].lower() not in uuids:
                raise ValueError(f"submissions: {submission['id']} belongs to no form (formId {submission['formId']})")
            imported[submission["id"]] = {**submission, "formId": submission["formId"].lower()}
        return forms, imported

    def replace(self, imported: tuple[dict[int, dict[str, Any]], dict[str, dict[str, Any]]]) -> None:
        self.forms, self.submissions = imported

    def describe(self) -> dict[str, Any]:
        return {
            "forms": [
                {"id": form["id"], "name": form["name"], "submissions": self.form_json(form)["submissionsCount"]}
                for form in self.forms.values()
            ],
            "filterable": "any submission data field, e.g. Rating__gte=4 on form 456 (see filters in the spec)",
        }
