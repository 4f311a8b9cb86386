"""Every Formr call the sync makes: responses, with the API's cursor, from the last one read.

Formr has no API that lists forms or their fields: the forms are named by the user
(`FORM` or `FORM@ENVIRONMENT`, production by default) and the fields inferred from the answers.
Responses are read with `formr.responses.iter_pages`, the API's own cursor (exact; when the
response a cursor names is deleted, it resumes `from` the last `submittedAt` read and drops the
ids it already had). Its checkpoint is kept after every page; the last one, kept between runs,
resumes from the newest response read, so the next run reads only what arrived since. Each
response's notes (`meta.notes`) go to the `notes` table, one row per note, whenever the
response is written.

What the incremental read cannot tell: a response's answers never change, but its triage state
(read, starred, notes, tags) can, without a change time, so a response keeps the triage state it
had when first read; and no operation lists or counts responses that were deleted. Both are seen
only by a full scan (`formclients sync formr --full-scan`, `SyncOptions(full_scan=True)`): every
response read again (a request per 100), only those that differ written, those gone marked.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, MutableMapping, Sequence
from datetime import datetime
from typing import Any

import formr_client

from .._columns import Field
from .._model import Collection, FormRef, Reading, Record

DEFAULT_ENVIRONMENT = "production"
NOTES_TABLE = "notes"  # one table for every form's notes: they have the same columns whatever the form
PAGE = 100  # the largest page the API serves: what `iter_pages` asks for


def auth_scheme_for(token: str | None) -> str | None:
    """The responses API takes a secret key or a session token; they are told apart by prefix."""
    return "sessionToken" if token and token.startswith("sess_") else None


class FormrApi:
    provider = "formr"
    record_table = "responses"
    lists_forms = False  # only the forms named: Formr has no API that lists them
    waiting: str | None = None

    def __init__(self, client: formr_client.Formr, forms: Sequence[str] = ()) -> None:
        self.client = client
        self.named = list(forms)

    def forms(self) -> list[FormRef]:
        if not self.named:
            raise LookupError("Formr has no API that lists forms: name them with --forms FORM[@ENVIRONMENT]")
        refs = []
        for name in self.named:
            form_id, _, environment = name.partition("@")
            row = {"id": name, "form_id": form_id, "environment": environment or DEFAULT_ENVIRONMENT}
            refs.append(FormRef(name, form_id, None, row))
        return refs

    def fields(self, form: FormRef) -> list[Field] | None:
        return None

    def changes(self, form: FormRef, state: MutableMapping[str, Any], run: str) -> Iterator[list[Record]]:
        pages = self.client.responses.iter_pages(
            form_id=form.row["form_id"], environment=form.row["environment"], checkpoint=state.get("checkpoint")
        )
        for page in pages:
            fresh = {item.submission.id for item in page.items}
            items = page.response.json()["items"]
            state["checkpoint"] = page.checkpoint
            yield [record(form, item) for item in items if item["submission"]["id"] in fresh]

    def everything(self, form: FormRef) -> Iterator[list[Record]]:
        return self.changes(form, {}, "")

    def count(self, form: FormRef) -> int | None:
        return None  # the API counts nothing: deletions cannot be found

    def collections(self) -> list[Collection]:
        return []

    def readings(self) -> list[Reading]:
        return [
            Reading(
                "responses_<form>",
                "the API's cursor from the last response read (checkpoint kept between runs)",
                "exact for new responses; triage changes (read, starred, notes, tags) of a response already"
                " stored, and deletions (no API lists or counts them), only with --full-scan",
            ),
            Reading(
                "notes",
                "each response's meta.notes, one row per note (merge on the note id), when the response is written",
                "a note added to a response already stored arrives with --full-scan",
            ),
        ]

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        # A page of 100 per form, at least (no count to know more) or, with a count the caller knows
        # (a full scan: the responses stored), a page per 100 of them.
        return {f"{self.record_table} {form.id}": max(1, math.ceil((form.count or 0) / PAGE)) for form in forms}


def record(form: FormRef, item: dict[str, Any]) -> Record:
    submission, triage = item.get("submission", {}), item.get("meta", {})
    meta = {
        "id": str(submission["id"]),
        "form": form.id,
        "submitted_at": _moment(submission.get("submittedAt")),
        "status": submission.get("status"),
        "read": triage.get("read"),
        "starred": triage.get("starred"),
        "tags": triage.get("tags"),
        "notes": triage.get("notes"),
    }
    answers = submission.get("answers")
    notes = [
        {
            "id": str(note["id"]),
            "form": form.id,
            "response_id": meta["id"],
            "note": note.get("note"),
            "created_at": _moment(note.get("createdAt")),
        }
        for note in triage.get("notes") or []
        if isinstance(note, dict) and note.get("id") is not None
    ]
    answers = dict(answers) if isinstance(answers, dict) else {}
    return Record(meta["id"], meta, answers, item, meta["submitted_at"], {NOTES_TABLE: notes} if notes else {})


def _moment(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value
