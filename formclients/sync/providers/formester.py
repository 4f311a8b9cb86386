"""Every Formester call the sync makes: forms, submissions changed since a time, submission ids.

Submissions are read oldest change first (`sort=updatedAt`, `order=asc`) from the last change
stored (`filters[updatedAt__gte]`), so edited submissions come back as well as new ones; dlt
drops the ones at the boundary it already has. Formester publishes no field list, so the
fields and their types are inferred from the answers (and kept once inferred).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import formester_client
from formester_client.api.forms import list_forms
from formester_client.api.submissions import list_submissions

from .._columns import Field
from .._model import Collection, FormRef, Record

PAGE = 20  # fixed by the API


class FormesterApi:
    provider = "formester"
    record_table = "submissions"
    cursor_column = "updated_at"
    waiting: str | None = None

    def __init__(self, client: formester_client.AuthenticatedClient) -> None:
        self.client = client

    def forms(self) -> list[FormRef]:
        refs: list[FormRef] = []
        page = 1
        while True:
            body = json.loads(list_forms.sync_detailed(client=self.client, page=page).content)
            for form in body["forms"]:
                row = {
                    "id": str(form["id"]),
                    "uuid": form.get("uuid"),
                    "name": form.get("name"),
                    "created_at": _moment(form.get("createdAt")),
                    "updated_at": _moment(form.get("updatedAt")),
                    "submissions_count": form.get("submissionsCount"),
                }
                refs.append(FormRef(row["id"], str(form.get("name")), form.get("submissionsCount"), row))
            if page * PAGE >= int(body["meta"]["totalCount"]) or not body["forms"]:
                return refs
            page += 1

    def fields(self, form: FormRef) -> list[Field] | None:
        return None  # no field list in the API: inferred from the answers

    def _pages(self, form: FormRef, **query: Any) -> Iterator[list[dict[str, Any]]]:
        page = 1
        while True:
            response = list_submissions.sync_detailed(client=self.client, form_id=int(form.id), page=page, **query)
            body = json.loads(response.content)
            yield body["submissions"]
            if page * PAGE >= int(body["meta"]["totalCount"]) or not body["submissions"]:
                return
            page += 1

    def pages(self, form: FormRef, since: Any) -> Iterator[list[Record]]:
        query: dict[str, Any] = {"sort": "updatedAt", "order": "asc"}
        if since is not None:
            query["filters"] = {"updatedAt__gte": _iso(since)}
        for submissions in self._pages(form, **query):
            yield [self._record(form, submission) for submission in submissions]

    def keys(self, form: FormRef) -> Iterator[str]:
        for submissions in self._pages(form):
            yield from (str(submission["id"]) for submission in submissions)

    def collections(self) -> list[Collection]:
        return []

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        estimate = {"forms": max(1, math.ceil(len(forms) / PAGE))}
        for form in forms:
            estimate[f"{self.record_table} {form.id}"] = max(1, math.ceil((form.count or 0) / PAGE))
        return estimate

    @staticmethod
    def _record(form: FormRef, submission: dict[str, Any]) -> Record:
        meta = {
            "id": str(submission["id"]),
            "form": form.id,
            "form_uuid": submission.get("formId"),
            "created_at": _moment(submission.get("createdAt")),
            "updated_at": _moment(submission.get("updatedAt")),
        }
        data = submission.get("data")
        return Record(meta["id"], meta, dict(data) if isinstance(data, dict) else {}, submission)


def _moment(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value


def _iso(moment: Any) -> str:
    if isinstance(moment, str):
        return moment
    utc = moment.astimezone(UTC)
    return str(utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z")
