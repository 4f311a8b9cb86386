"""Loading Cognito entries as webhooks deliver them, into the tables `formclients sync` writes.

    from formclients.webhooks import verify_cognito_forms
    from formclients.sync import load_cognito_entries

    entry = verify_cognito_forms(body, headers, secret="whsec_...")
    load_cognito_entries("5", [entry], to="postgresql://me@localhost/forms")

The entries are merged (on `id`) into `entries_<form>` through the same dlt pipeline as the
sync, with the same columns (kept in the pipeline's state) and the same `_raw`, `_problems`
and `_deleted_at`: a later sync reads the entry again from its window and finds it there.
Until a sync has run, the form's fields come from the API (one get_form_schema request).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import dlt
import httpx

from ._columns import Field
from ._http import CountingTransport
from ._job import SyncOptions, configure_dlt, pipeline_for
from ._model import FormRef
from ._source import Columns, Report, table_name
from .providers import connect
from .providers.cognito_forms import entry_record

PROVIDER = "cognito_forms"


def load_cognito_entries(
    form: str,
    entries: Iterable[Any],
    *,
    to: str | None = None,
    pipelines_dir: str | None = None,
    transport: httpx.BaseTransport | None = None,
    client_options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Merge entries (each a `cognito_forms_models.Entry`, as `verify_cognito_forms` returns it,
    or the entry's JSON as a dict) of form `form` (its Id) into the sync's destination (`to`, as
    `formclients sync --to`). Returns {"rows_written": N, "problems": [...]}."""
    configure_dlt()
    options = SyncOptions(PROVIDER, to=to, pipelines_dir=pipelines_dir, transport=transport)
    pipeline, _ = pipeline_for(PROVIDER, options)
    rows = [_as_dict(entry) for entry in entries]
    ref = FormRef(str(form), str(form))
    report = Report()

    class Api:  # what table_name needs
        record_table = "entries"

    table = table_name(Api(), ref.id)  # type: ignore[arg-type]
    known = _known_fields(pipeline, table)
    declared = known if known else _fields_from_api(ref, transport, dict(client_options or {}))

    @dlt.resource(name=table, primary_key="id", write_disposition="merge", max_table_nesting=0)
    def delivered() -> Iterator[Any]:
        columns = Columns(table, ref, declared, dlt.current.resource_state())
        records = [entry_record(ref.id, row) for row in rows]
        yield from columns.learn(records)
        yield dlt.mark.with_table_name(columns.rows(records, report), table)

    pipeline.run(dlt.source(name=PROVIDER, max_table_nesting=0)(lambda: [delivered])())
    info = pipeline.last_trace.last_normalize_info
    return {
        "rows_written": int(info.row_counts.get(table, 0)) if info else 0,
        "problems": [{"table": p.table, "id": p.key, "problem": p.problem} for p in report.problems],
    }


def _as_dict(entry: Any) -> dict[str, Any]:
    if hasattr(entry, "model_dump"):
        return dict(entry.model_dump(mode="json", by_alias=True, exclude_none=False))
    if isinstance(entry, Mapping):
        return dict(entry)
    raise TypeError(f"expected a cognito_forms_models.Entry or a dict, got {type(entry).__name__}")


def _known_fields(pipeline: Any, table: str) -> list[Field] | None:
    """The fields a sync already wrote for this form (id -> [label, type] in the resource state)."""
    state = pipeline.state.get("sources", {}).get(PROVIDER, {}).get("resources", {}).get(table, {})
    labels = state.get("labels") or {}
    return [Field(field_id, label, kind) for field_id, (label, kind) in labels.items()] or None


def _fields_from_api(form: FormRef, transport: httpx.BaseTransport | None, options: dict[str, Any]) -> list[Field]:
    api, client = connect(PROVIDER, CountingTransport(transport), **options)
    with client:
        fields = api.fields(form)
    return fields or []
