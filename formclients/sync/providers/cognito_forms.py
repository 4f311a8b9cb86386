"""Every Cognito Forms call the sync makes: forms, form schemas (the fields), entries via OData.

The documented REST API lists no entries; the service exposes them through OData
(`cognito.entries.list` / `iter_pages`: `GET /api/odata/Forms({form})/Views(1)/Entries`, with
`$filter`, `$orderby`, `$top`, `$skip`, `$count`; see the spec). Entries are read through an
update-time window on `Entry/DateUpdated` (`formclients.sync._window`): the probe asks for it
newest first; a larger window is walked with the client's exact keyset over `Entry/Number`
(`Entry/Number gt N`, joined to the window's filter with `and`). The entry count (`$count`)
tells when entries were deleted; a full keyset scan then finds which.

Entries delivered by webhook can be merged into the same tables as they come:
`formclients.sync.load_cognito_entries`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime
from typing import Any

import cognito_forms_client

from .._columns import Field, FieldType
from .._model import Collection, FormRef, Reading, Record
from .._window import Probe, read_window

VIEW = 1  # every form's default view: all entries, every field
TOP = 1000  # the largest page OData answers
ENVELOPE = ("Id", "Form", "Entry")


class CognitoFormsApi:
    provider = "cognito_forms"
    record_table = "entries"
    waiting: str | None = None

    def __init__(self, client: cognito_forms_client.CognitoForms) -> None:
        self.client = client

    def forms(self) -> list[FormRef]:
        body = json.loads(self.client.forms.with_raw_response.list().content)
        return [
            FormRef(str(form["Id"]), str(form.get("Name")), None, {"id": str(form["Id"]), "name": form.get("Name")})
            for form in body
        ]

    def fields(self, form: FormRef) -> list[Field]:
        return fields_of(json.loads(self.client.forms.with_raw_response.get_schema(form.id).content))

    def changes(self, form: FormRef, state: MutableMapping[str, Any], run: str) -> Iterator[list[Record]]:
        return read_window(EntriesWindow(self.client, form), state, run)

    def everything(self, form: FormRef) -> Iterator[list[Record]]:
        for records, _ in EntriesWindow(self.client, form).walk(None, None):
            yield records

    def count(self, form: FormRef) -> int | None:
        response = self.client.entries.with_raw_response.list(form.id, VIEW, top=0, count=True)
        return int(json.loads(response.content)["@odata.count"])

    def collections(self) -> list[Collection]:
        return []

    def readings(self) -> list[Reading]:
        return [
            Reading(
                "entries_<form>",
                "OData update-time window (Entry/DateUpdated ge T) probed newest first; past one page ($top 1000),"
                " keyset over Entry/Number inside it",
                "exact: new and edited entries, each written once; deletions by $count, then a full keyset scan;"
                " webhook deliveries merge into the same table",
            ),
            Reading(
                "forms, fields", "whole list every run (forms, form schema)", "exact; a label edit keeps the column"
            ),
        ]

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        estimate = {"forms": 1}
        # the schema, the probe, the count; the entry count is not in the forms list, so a walk cannot be foreseen
        estimate |= {f"{self.record_table} {form.id}": 3 for form in forms}
        return estimate


class EntriesWindow:
    inclusive = True  # Entry/DateUpdated ge T
    unprobed_pages = 0  # the keyset over Entry/Number reads oldest first: a probe gives M

    def __init__(self, client: cognito_forms_client.CognitoForms, form: FormRef) -> None:
        self.client, self.form = client, form

    def probe(self, since: datetime | None) -> Probe:
        response = self.client.entries.with_raw_response.list(
            self.form.id, VIEW, filter_=_window(since), orderby="Entry/DateUpdated desc", top=TOP, count=True
        )
        body = json.loads(response.content)
        records = [entry_record(self.form.id, entry) for entry in body["value"]]
        return Probe(records, int(body["@odata.count"]) <= len(records), records[0].changed if records else None)

    def walk(self, since: datetime | None, checkpoint: str | None) -> Iterator[tuple[list[Record], str]]:
        pages = self.client.entries.iter_pages(self.form.id, VIEW, filter_=_window(since), checkpoint=checkpoint)
        for page in pages:
            fresh = {str(item.id) for item in page.items}
            entries = page.response.json()["value"]
            yield [entry_record(self.form.id, e) for e in entries if str(e["Id"]) in fresh], page.checkpoint

    def next_since(self, newest: datetime) -> datetime:
        return newest


def _window(since: datetime | None) -> str | None:
    if since is None:
        return None
    return f"Entry/DateUpdated ge {since.astimezone(UTC).isoformat().replace('+00:00', 'Z')}"


def fields_of(schema: dict[str, Any]) -> list[Field]:
    return [
        Field(name, str(prop.get("title") or prop.get("description") or name), _type(prop))
        for name, prop in schema.get("properties", {}).items()
        if name not in ENVELOPE
    ]


def entry_record(form_id: str, entry: dict[str, Any]) -> Record:
    """One entry, from OData or a webhook delivery (both send the entry as get_entry returns it)."""
    about = entry.get("Entry") or {}
    meta = {
        "id": str(entry["Id"]),
        "form": form_id,
        "number": about.get("Number"),
        "status": about.get("Status"),
        "date_created": _moment(about.get("DateCreated")),
        "date_submitted": _moment(about.get("DateSubmitted")),
        "date_updated": _moment(about.get("DateUpdated")),
    }
    answers = {key: value for key, value in entry.items() if key not in ENVELOPE and not key.startswith("@")}
    changed = meta["date_updated"]
    return Record(meta["id"], meta, answers, entry, changed if isinstance(changed, datetime) else None)


def _type(prop: dict[str, Any]) -> FieldType:
    kinds = prop.get("type", "string")
    kinds = [kinds] if isinstance(kinds, str) else [kind for kind in kinds if kind != "null"]
    kind = kinds[0] if len(kinds) == 1 else "string"
    if kind == "string":
        return {"date": "date", "date-time": "timestamp"}.get(str(prop.get("format")), "text")  # type: ignore[return-value]
    return {"integer": "bigint", "number": "double", "boolean": "bool"}.get(kind, "json")  # type: ignore[return-value]


def _moment(value: Any) -> Any:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return value
