"""Every Formsite call the sync makes: forms, items (the fields), results by update-time window.

Results are read through an update-time window (`after_date`, see `formclients.sync._window`):
new results start at their creation time and an edit moves `date_update`, so one window
catches both, where an `after_id` cursor would never see an edit. The probe asks for the
window newest first (`sort_id=date_update`); a larger window is walked with
`fs.results.iter_pages`, the exact keyset over result ids (`after_id`) inside the window; a first
run, whose window has no start, walks newest id first (`before_id`) without a probe. The
API's date bound is exclusive and to the second, so the next window starts one second before
the newest change read. Items carry no type, and Formsite stores every answer as text:
multiple choice answers become their chosen values joined by ", " (as Formsite's own export
shows them).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import formsite_client

from .._columns import Field
from .._model import Collection, FormRef, Reading, Record
from .._window import Probe, read_window

PAGE = 100
DATES = ("date_start", "date_finish", "date_update")


class FormsiteApi:
    provider = "formsite"
    record_table = "results"
    waiting: str | None = None

    def __init__(self, client: formsite_client.Formsite) -> None:
        self.client = client

    def forms(self) -> list[FormRef]:
        body = json.loads(self.client.forms.with_raw_response.list().content)
        refs = []
        for form in body["forms"]:
            stats = form.get("stats") or {}
            row = {
                "id": form["directory"],
                "name": form.get("name"),
                "state": form.get("state"),
                "description": form.get("description"),
                "results_count": stats.get("resultsCount"),
                "files_size": stats.get("filesSize"),
            }
            refs.append(FormRef(form["directory"], str(form.get("name")), row["results_count"], row))
        return refs

    def fields(self, form: FormRef) -> list[Field]:
        body = json.loads(self.client.items.with_raw_response.list(form.id).content)
        # A matrix item only groups its children, which hold the answers.
        return [Field(str(item["id"]), str(item["label"]), "text") for item in body["items"] if "children" not in item]

    def changes(self, form: FormRef, state: MutableMapping[str, Any], run: str) -> Iterator[list[Record]]:
        return read_window(ResultsWindow(self.client, form), state, run)

    def everything(self, form: FormRef) -> Iterator[list[Record]]:
        for records, _ in ResultsWindow(self.client, form).walk(None, None):
            yield records

    def count(self, form: FormRef) -> int | None:
        return form.count

    def collections(self) -> list[Collection]:
        return []

    def readings(self) -> list[Reading]:
        return [
            Reading(
                "results_<form>",
                "update-time window (after_date) probed newest first; past one page, keyset over result id"
                " (after_id) inside it",
                "exact: new and edited results, each written once; deletions by count check, then a full keyset scan",
            ),
            Reading("forms, fields", "whole list every run (forms, items)", "exact; a label edit keeps the column"),
        ]

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        estimate = {"forms": 1}
        for form in forms:
            pages = math.ceil((form.count or 0) / PAGE)
            estimate[f"{self.record_table} {form.id}"] = 1 + max(pages, 1)  # items; the walk (a first run: no probe)
        return estimate


class ResultsWindow:
    inclusive = False  # after_date is exclusive
    unprobed_pages = 1  # a window with no start is walked newest id first: its first page gives M

    def __init__(self, client: formsite_client.Formsite, form: FormRef) -> None:
        self.client, self.form = client, form

    def probe(self, since: datetime | None) -> Probe:
        response = self.client.results.with_raw_response.list(
            self.form.id, limit=PAGE, sort_id="date_update", sort_direction="desc", after_date=since
        )
        records = [record(self.form, result) for result in json.loads(response.content)["results"]]
        last = int(response.headers.get("Pagination-Page-Last") or 1)
        return Probe(records, last <= 1, records[0].changed if records else None)

    def walk(self, since: datetime | None, checkpoint: str | None) -> Iterator[tuple[list[Record], str]]:
        # No start (a first run): newest id first (`before_id`), so the first page, read before any edit the
        # walk can miss, holds the newest changes (new results have the largest ids) and no probe is needed.
        direction: Literal["asc", "desc"] = "desc" if since is None else "asc"
        pages = self.client.results.iter_pages(
            self.form.id, after_date=since, sort_id="result_id", sort_direction=direction, checkpoint=checkpoint
        )
        for page in pages:
            fresh = {str(item.id) for item in page.items}
            results = page.response.json()["results"]
            yield [record(self.form, r) for r in results if str(r["id"]) in fresh], page.checkpoint

    def next_since(self, newest: datetime) -> datetime:
        return newest - timedelta(seconds=1)  # the bound is exclusive, to the second


def record(form: FormRef, result: dict[str, Any]) -> Record:
    meta: dict[str, Any] = {"id": str(result["id"]), "form": form.id}
    for key, value in result.items():
        if key != "items" and key != "id":
            meta[key] = _parse_date(value) if key in DATES else value
    answers = {str(item["id"]): _answer(item) for item in result.get("items", ())}
    changed = meta.get("date_update")
    return Record(meta["id"], meta, answers, result, changed if isinstance(changed, datetime) else None)


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
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
