"""Every Formsite call the sync makes: forms, items (the fields), results since a date, result ids.

Results are read oldest change first (`sort_id=date_update`, `sort_direction=asc`) from an
`after_date` one second before the last change stored, so edited results come back as well as
new ones (an `after_id` cursor would never see an edit); dlt drops the ones at the boundary it
already has. Items carry no type, and Formsite stores every answer as text: multiple choice
answers become their chosen values joined by ", " (as Formsite's own export shows them).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import formsite_client
from formsite_client.api.forms import get_forms
from formsite_client.api.items import get_form_items
from formsite_client.api.results import get_form_results

from .._columns import Field
from .._model import Collection, FormRef, Record

PAGE = 100
DATES = ("date_start", "date_finish", "date_update")


class FormsiteApi:
    provider = "formsite"
    record_table = "results"
    cursor_column = "date_update"
    waiting: str | None = None

    def __init__(self, client: formsite_client.AuthenticatedClient) -> None:
        self.client = client

    def forms(self) -> list[FormRef]:
        body = json.loads(get_forms.sync_detailed(client=self.client).content)
        refs = []
        for form in body["forms"]:
            row = {
                "id": form["directory"],
                "name": form.get("name"),
                "state": form.get("state"),
                "description": form.get("description"),
                "results_count": form.get("stats", {}).get("resultsCount"),
                "files_size": form.get("stats", {}).get("filesSize"),
            }
            refs.append(FormRef(form["directory"], str(form.get("name")), row["results_count"], row))
        return refs

    def fields(self, form: FormRef) -> list[Field]:
        body = json.loads(get_form_items.sync_detailed(form.id, client=self.client).content)
        # A matrix item only groups its children, which hold the answers.
        return [Field(str(item["id"]), str(item["label"]), "text") for item in body["items"] if "children" not in item]

    def pages(self, form: FormRef, since: Any) -> Iterator[list[Record]]:
        window: dict[str, Any] = {}
        if since is not None:
            window["after_date"] = _utc(since) - timedelta(seconds=1)  # the bound is exclusive, to the second
        page = 1
        while True:
            response = get_form_results.sync_detailed(
                form.id,
                client=self.client,
                limit=PAGE,
                page=page,
                sort_id="date_update",
                sort_direction="asc",
                **window,
            )
            results = json.loads(response.content)["results"]
            yield [self._record(form, result) for result in results]
            last = int(response.headers.get("Pagination-Page-Last", page))
            if page >= last or not results:
                return
            page += 1

    def keys(self, form: FormRef) -> Iterator[str]:
        page = 1
        while True:
            response = get_form_results.sync_detailed(
                form.id, client=self.client, limit=PAGE, page=page, sort_id="result_id", sort_direction="asc"
            )
            results = json.loads(response.content)["results"]
            yield from (str(result["id"]) for result in results)
            if page >= int(response.headers.get("Pagination-Page-Last", page)) or not results:
                return
            page += 1

    def collections(self) -> list[Collection]:
        return []

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        estimate = {"forms": 1}
        for form in forms:
            estimate[f"{self.record_table} {form.id}"] = 1 + max(1, math.ceil((form.count or 0) / PAGE))
        return estimate

    @staticmethod
    def _record(form: FormRef, result: dict[str, Any]) -> Record:
        meta: dict[str, Any] = {"id": str(result["id"]), "form": form.id}
        for key, value in result.items():
            if key == "items" or key == "id":
                continue
            meta[key] = _parse_date(value) if key in DATES else value
        answers = {str(item["id"]): _answer(item) for item in result.get("items", [])}
        return Record(meta["id"], meta, answers, result)


def _answer(item: dict[str, Any]) -> Any:
    if "values" not in item:
        return item.get("value")
    chosen = [str(choice.get("value", "")) for choice in item["values"]]
    chosen += [str(choice["other"]) for choice in item["values"] if choice.get("other")]
    return ", ".join(chosen)


def _parse_date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value


def _utc(moment: Any) -> datetime:
    """The moment as an aware UTC datetime, to the second (the client sends it as Formsite's UTC form)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return datetime.fromtimestamp(int(moment.timestamp()), UTC)
