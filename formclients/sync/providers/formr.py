"""Every Formr call the sync makes: responses submitted since a time, page by page with the cursor.

Formr has no API that lists forms or their fields: the forms are named by the user
(`FORM` or `FORM@ENVIRONMENT`, production by default) and the fields inferred from the answers.
Responses are read oldest first from the last `submittedAt` stored (`from` is inclusive; dlt
drops the ones it already has), following `nextCursor`. A response's answers never change;
its triage state (read, starred, notes, tags) can, without a change time, so a response
already stored keeps the triage state it had then (not yet refreshed: no API tells what changed).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

import formr_client
from formr_client.api.responses import list_responses

from .._columns import Field
from .._model import Collection, FormRef, Record

PAGE = 100
DEFAULT_ENVIRONMENT = "production"


def auth_scheme_for(token: str | None) -> str | None:
    """The responses API takes a secret key or a session token; they are told apart by prefix."""
    return "sessionToken" if token and token.startswith("sess_") else None


class FormrApi:
    provider = "formr"
    record_table = "responses"
    cursor_column = "submitted_at"
    waiting: str | None = None

    def __init__(self, client: formr_client.AuthenticatedClient, forms: Sequence[str] = ()) -> None:
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

    def pages(self, form: FormRef, since: Any) -> Iterator[list[Record]]:
        cursor: str | None = None
        start = _moment(since) if since is not None else None
        while True:
            response = list_responses.sync_detailed(
                client=self.client,
                form_id=form.row["form_id"],
                environment=form.row["environment"],
                limit=PAGE,
                cursor=cursor,
                from_=start,
            )
            body = json.loads(response.content)
            yield [self._record(form, item) for item in body["items"]]
            pagination = body.get("pagination") or {}
            cursor = pagination.get("nextCursor")
            if not pagination.get("hasMore") or not cursor:
                return

    def keys(self, form: FormRef) -> Iterator[str]:
        for page in self.pages(form, None):
            yield from (record.key for record in page)

    def collections(self) -> list[Collection]:
        return []

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        return {f"{self.record_table} {form.id}": 1 for form in forms}  # at least; no count to know more

    @staticmethod
    def _record(form: FormRef, item: dict[str, Any]) -> Record:
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
        return Record(meta["id"], meta, dict(answers) if isinstance(answers, dict) else {}, item)


def _moment(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value
