"""The dlt source of one provider, built from its `ProviderApi`.

Tables (one dataset per provider):

- `forms`: every form (merge on `id`; a row is written only when it changed);
- `<records>_<form>` (e.g. `results_contact`): one per form, merge on `id`, a dlt incremental
  cursor on the provider's change time, one typed column per field, `_raw` (the record as the
  API sent it), `_problems` (what did not fit its column) and `_deleted_at`;
- `fields`: every form's fields with their column, current label and type (merge on form, id);
- the provider's whole-list collections (Cogram `projects`, `members`, `users`).

Everything a later run needs (cursors, column names, row hashes) is dlt resource state, which
dlt commits in the same load as the rows, so a run killed at any point resumes consistently.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

import dlt
from dlt.extract.resource import DltResource

from ._columns import DELETED_AT, PROBLEMS, RAW, Field, FieldType, assign_columns, column_hints, infer_fields, slug
from ._model import FormRef, PageObserver, ProviderApi, Record

FIELDS_TABLE = "fields"


@dataclass
class Problem:
    table: str
    key: str
    problem: str


@dataclass
class Report:
    """What the extraction saw, filled in while it runs (read by the job for the summary)."""

    items: dict[str, int] = field(default_factory=dict)  # records read from the API, per resource
    pages: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    deleted: dict[str, int] = field(default_factory=dict)
    forms: list[FormRef] = field(default_factory=list)

    def page(self, resource: str, items: int) -> None:
        self.items[resource] = self.items.get(resource, 0) + items
        self.pages[resource] = self.pages.get(resource, 0) + 1


def table_name(api: ProviderApi, form_id: str) -> str:
    """`results_contact`, `submissions_456`: the form's id is stable, its name is not."""
    return f"{api.record_table}_{slug(form_id, fallback='form').removeprefix('f_')}"


def digest(row: Any) -> str:
    return hashlib.sha1(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()


def provider_source(
    api: ProviderApi,
    *,
    forms: Sequence[str] | None = None,
    observer: PageObserver | None = None,
    report: Report | None = None,
) -> Any:
    """The dlt source for `api`'s provider: its forms (all, or those named), their records and collections."""
    report = report if report is not None else Report()
    watchers: list[PageObserver] = [report] + ([observer] if observer else [])

    def seen(resource: str, items: int) -> None:
        for watcher in watchers:
            watcher.page(resource, items)

    @dlt.source(name=api.provider, max_table_nesting=0)
    def source() -> Iterable[DltResource]:
        resources: list[DltResource] = []
        if api.record_table:
            chosen = _choose_forms(api.forms(), forms)
            report.forms = chosen
            resources.append(changed_rows("forms", ("id",), lambda: iter([form.row for form in chosen]), seen))
            resources.extend(records_resource(api, form, report, seen) for form in chosen)
        for collection in api.collections():
            resources.append(changed_rows(collection.name, collection.primary_key, collection.rows, seen))
        return resources

    return source()


def _choose_forms(found: list[FormRef], wanted: Sequence[str] | None) -> list[FormRef]:
    if not wanted:
        return found
    by_id = {form.id: form for form in found}
    missing = [name for name in wanted if name not in by_id]
    if missing:
        known = ", ".join(sorted(by_id)) or "none"
        raise LookupError(f"no form {', '.join(map(repr, missing))}; the forms are: {known}")
    return [by_id[name] for name in wanted]


def records_resource(api: ProviderApi, form: FormRef, report: Report, seen: Callable[[str, int], None]) -> DltResource:
    table = table_name(api, form.id)

    @dlt.resource(name=table, primary_key="id", write_disposition="merge", max_table_nesting=0)
    def records(
        # dlt's convention: the incremental is the argument's default, and dlt binds its state to it
        cursor: dlt.sources.incremental[Any] = dlt.sources.incremental(  # noqa: B008
            api.cursor_column, on_cursor_value_missing="include"
        ),
    ) -> Iterator[Any]:
        state = dlt.current.resource_state()
        columns: dict[str, str] = state.setdefault("columns", {})  # field id -> column, never renamed
        types: dict[str, FieldType] = state.setdefault("types", {})  # inferred field types, never changed
        labels: dict[str, list[str]] = state.setdefault("labels", {})  # field id -> [label, type] last written
        declared = api.fields(form)
        hinted: set[str] = set()

        def describe(fields: dict[str, Field], page: list[Record]) -> Iterator[Any]:
            reserved = {key for record in page for key in record.meta} | {RAW, PROBLEMS, DELETED_AT, "id", "form"}
            assign_columns(fields.values(), columns, reserved)
            if set(columns) - hinted:  # per-table hints, so the `fields` rows below do not inherit them
                hints = dlt.mark.make_hints(table_name=table, columns=cast(Any, column_hints(fields.values(), columns)))
                yield dlt.mark.with_hints([], hints, create_table_variant=True)
                hinted.update(columns)
            changed = [
                {"form": form.id, "id": f.id, "column": columns[f.id], "label": f.label, "type": f.type}
                for f in fields.values()
                if labels.get(f.id) != [f.label, f.type]
            ]
            if changed:  # a new field, or a label edit: the column keeps its name, the label is updated here
                labels.update({row["id"]: [row["label"], row["type"]] for row in changed})
                yield dlt.mark.with_hints(
                    changed,
                    dlt.mark.make_hints(table_name=FIELDS_TABLE, primary_key=["form", "id"], write_disposition="merge"),
                    create_table_variant=True,
                )

        if declared is not None:
            yield from describe({item.id: item for item in declared}, [])
        for page in api.pages(form, cursor.start_value):
            fields = _fields(declared, page, types)
            yield from describe(fields, page)
            yield dlt.mark.with_table_name([_row(table, record, fields, columns, report) for record in page], table)
            seen(table, len(page))

    return records


def _fields(declared: list[Field] | None, page: list[Record], types: dict[str, FieldType]) -> dict[str, Field]:
    if declared is not None:
        return {item.id: item for item in declared}
    types.update(infer_fields((record.answers for record in page), types))
    return {name: Field(name, name, kind) for name, kind in types.items()}


def _row(table: str, record: Record, fields: dict[str, Field], columns: dict[str, str], report: Report) -> Any:
    from ._columns import typed_row

    answers, problems = typed_row(record.answers, fields, columns)
    for problem in problems:
        report.problems.append(Problem(table, record.key, problem))
    return {**record.meta, **answers, RAW: record.raw, PROBLEMS: "; ".join(problems) or None, DELETED_AT: None}


def changed_rows(
    name: str,
    primary_key: tuple[str, ...],
    rows: Callable[[], Iterator[dict[str, Any]]],
    seen: Callable[[str, int], None],
) -> DltResource:
    """A whole list read every run: only rows that differ from the last run's are written, and
    keys that are gone are written back with `_deleted_at` (the API offers no change feed)."""

    @dlt.resource(name=name, primary_key=list(primary_key), write_disposition="merge", max_table_nesting=0)
    def snapshot() -> Iterator[Any]:
        state = dlt.current.resource_state()
        before: dict[str, str] = state.setdefault("hashes", {})
        now: dict[str, str] = {}
        changed: list[dict[str, Any]] = []
        count = 0
        for row in rows():
            count += 1
            key = json.dumps([row[column] for column in primary_key], default=str)
            now[key] = digest(row)
            if before.get(key) != now[key]:
                changed.append({**row, DELETED_AT: None})
        gone = [json.loads(key) for key in before if key not in now]
        moment = datetime.now(UTC)
        changed += [{**dict(zip(primary_key, values, strict=True)), DELETED_AT: moment} for values in gone]
        state["hashes"] = now
        seen(name, count)
        yield dlt.mark.with_hints(changed, dlt.mark.make_hints(columns={DELETED_AT: {"data_type": "timestamp"}}))

    return snapshot


def tombstones(api: ProviderApi, form: FormRef, keys: Iterable[str]) -> DltResource:
    """Marks records the source no longer has: `_deleted_at` set, their other columns emptied
    (the provider deleted that content; the row stays so the deletion is visible)."""
    table = table_name(api, form.id)
    moment = datetime.now(UTC)

    @dlt.resource(name=f"{table}_deletions", table_name=table, primary_key="id", write_disposition="merge")
    def deletions() -> Iterator[dict[str, Any]]:
        yield from ({"id": key, "form": form.id, DELETED_AT: moment} for key in keys)

    return deletions


def rescan(api: ProviderApi, form: FormRef, report: Report, seen: Callable[[str, int], None]) -> DltResource:
    """Every record of one form again, without the incremental cursor: used when the destination
    holds fewer live records than the API counts (a gap, e.g. from a page shift on live data)."""
    table = table_name(api, form.id)
    fields_declared = api.fields(form)

    @dlt.resource(name=f"{table}_rescan", table_name=table, primary_key="id", write_disposition="merge")
    def rows() -> Iterator[Any]:
        state = dlt.current.source_state().get("resources", {}).get(table, {})
        columns: dict[str, str] = dict(state.get("columns", {}))
        types: dict[str, FieldType] = dict(state.get("types", {}))
        for page in api.pages(form, None):
            fields = _fields(fields_declared, page, types)
            assign_columns(fields.values(), columns, {key for record in page for key in record.meta})
            yield [_row(table, record, fields, columns, report) for record in page]
            seen(f"{table}_rescan", len(page))

    return rows
