"""Every Formester call the sync makes: forms, submissions by update-time window, submission ids.

Submissions are read through an update-time window (`filters[updated_at__gte]`, see
`formclients.sync._window`): the probe asks for it newest first (`sort=updated_at`,
`order=desc`); a larger window is walked with `formester.submissions.iter_pages(sort="updated_at",
order="asc")`, which reads the last page down to the first (the reverse walk): an edit moves a
submission to the end, as a new one lands there, so every submission not edited meanwhile is
read exactly once, and one edited meanwhile is in the next window. A first run (no window start)
skips the probe: the reverse walk's first two pages (page 1, then the last) hold the newest change.
Formester publishes no field list, so the fields and their types are inferred from the answers
(and kept once inferred).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime
from typing import Any

import formester_client

from .._columns import Field
from .._model import Collection, FormRef, Reading, Record
from .._window import Probe, read_window

PAGE = 20  # fixed by the API


class FormesterApi:
    provider = "formester"
    record_table = "submissions"
    waiting: str | None = None

    def __init__(self, client: formester_client.Formester) -> None:
        self.client = client

    def forms(self) -> list[FormRef]:
        refs = []
        for page in self.client.forms.iter_pages():
            fresh = {item.id for item in page.items}
            for form in page.response.json()["forms"]:
                if form["id"] not in fresh:
                    continue
                row = {
                    "id": str(form["id"]),
                    "uuid": form.get("uuid"),
                    "name": form.get("name"),
                    "created_at": _moment(form.get("createdAt")),
                    "updated_at": _moment(form.get("updatedAt")),
                    "submissions_count": form.get("submissionsCount"),
                }
                refs.append(FormRef(row["id"], str(form.get("name")), form.get("submissionsCount"), row))
        return sorted(refs, key=lambda ref: int(ref.id))

    def fields(self, form: FormRef) -> list[Field] | None:
        return None  # no field list in the API: inferred from the answers

    def changes(self, form: FormRef, state: MutableMapping[str, Any], run: str) -> Iterator[list[Record]]:
        return read_window(SubmissionsWindow(self.client, form), state, run)

    def everything(self, form: FormRef) -> Iterator[list[Record]]:
        pages = self.client.submissions.iter_pages(form_id=int(form.id))  # reverse, by created_at: exact
        for page in pages:
            yield _fresh(form, page)

    def count(self, form: FormRef) -> int | None:
        return form.count

    def collections(self) -> list[Collection]:
        return []

    def readings(self) -> list[Reading]:
        return [
            Reading(
                "submissions_<form>",
                "update-time window (updated_at__gte) probed newest first; past one page (20), the reverse walk"
                " by updated_at",
                "exact: new and edited submissions, each written once; deletions by count check, then a full scan",
            ),
            Reading("forms", "reverse walk of the forms list every run", "exact"),
        ]

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        form_pages = max(1, math.ceil(len(forms) / PAGE))
        estimate = {"forms": form_pages + (1 if form_pages > 1 else 0)}  # the reverse walk reads page 1 twice
        for form in forms:
            pages = math.ceil((form.count or 0) / PAGE)
            estimate[f"{self.record_table} {form.id}"] = pages + 1 if pages > 1 else 1  # the reverse walk, no probe
        return estimate


class SubmissionsWindow:
    inclusive = True  # updated_at__gte
    unprobed_pages = 2  # the reverse walk reads page 1 (the count), then the last: the newest changes

    def __init__(self, client: formester_client.Formester, form: FormRef) -> None:
        self.client, self.form = client, form

    def probe(self, since: datetime | None) -> Probe:
        response = self.client.submissions.with_raw_response.list(
            form_id=int(self.form.id), sort="updated_at", order="desc", filters=_window(since)
        )
        body = json.loads(response.content)
        records = [record(self.form, submission) for submission in body["submissions"]]
        complete = int(body["meta"]["totalCount"]) <= len(records)
        return Probe(records, complete, records[0].changed if records else None)

    def walk(self, since: datetime | None, checkpoint: str | None) -> Iterator[tuple[list[Record], str]]:
        pages = self.client.submissions.iter_pages(
            form_id=int(self.form.id), sort="updated_at", order="asc", filters=_window(since), checkpoint=checkpoint
        )
        for page in pages:
            yield _fresh(self.form, page), page.checkpoint

    def next_since(self, newest: datetime) -> datetime:
        return newest


def _fresh(form: FormRef, page: Any) -> list[Record]:
    fresh = {str(item.id) for item in page.items}
    return [record(form, s) for s in page.response.json()["submissions"] if str(s["id"]) in fresh]


def _window(since: datetime | None) -> dict[str, str] | None:
    return None if since is None else {"updated_at__gte": timestamp(since)}


def timestamp(moment: datetime) -> str:
    """As Formester writes them (milliseconds, `Z`): the filter compares ISO text."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def record(form: FormRef, submission: dict[str, Any]) -> Record:
    meta = {
        "id": str(submission["id"]),
        "form": form.id,
        "form_uuid": submission.get("formId"),
        "created_at": _moment(submission.get("createdAt")),
        "updated_at": _moment(submission.get("updatedAt")),
    }
    data = submission.get("data")
    changed = meta["updated_at"]
    answers = dict(data) if isinstance(data, dict) else {}
    return Record(meta["id"], meta, answers, submission, changed if isinstance(changed, datetime) else None)


def _moment(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
