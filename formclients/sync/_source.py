"""The dlt source of one provider, built from its `ProviderApi`.

Tables (one dataset per provider):

- `forms`: every form (merge on `id`; a row is written only when it changed);
- `<records>_<form>` (e.g. `results_contact`): one per form, merge on `id`, one typed column
  per field, `_raw` (the record as the API sent it), `_problems` (what did not fit its column)
  and `_deleted_at`;
- `fields`: every form's fields with their column, current label and type (merge on form, id);
- tables of rows the records carry (`Record.children`, merge on `id`): Formr `notes`;
- the provider's whole-list collections (Cogram `projects`, `members`, `users`).

Everything a later run needs (where each read stands, column names, row hashes) is dlt
resource state, which dlt commits in the same load as the rows, so a run killed at any point
resumes consistently. A read stops cleanly at a page boundary after `pages_per_load` pages, or
before a request that would wait `LOAD_IN_WAITS_FROM` seconds or more for a rate limit (the job
then loads what was read, in the time it would have slept, and carries on), or when a quota is
used up (the job loads what was read and stops).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import dlt
from dlt.extract.resource import DltResource

from formclients.runtime import QuotaExhaustedError
from formclients.runtime._transports import before_wait

from ._columns import (
    DELETED_AT,
    PROBLEMS,
    RAW,
    Field,
    FieldType,
    assign_columns,
    column_hints,
    infer_fields,
    slug,
    typed_row,
)
from ._faults import crash_point
from ._model import FormRef, PageObserver, ProviderApi, Record

FIELDS_TABLE = "fields"
LOAD_IN_WAITS_FROM = 3.0  # seconds: a rate-limit wait this long is spent loading the pages read


class LoadFirst(Exception):
    """The next request would wait for a rate limit with pages read and not loaded: load them first."""


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
    changed: dict[str, int] = field(default_factory=dict)  # records a full scan found new or different
    forms: list[FormRef] = field(default_factory=list)
    more: set[str] = field(default_factory=set)  # resources that stopped before the end, to read in the next load
    unloaded: int = 0  # pages read in this load
    # whole lists read to the end this run (Cogram's lists, a full scan's forms): table -> (key columns,
    # every key read, as text)
    listed: dict[str, tuple[tuple[str, ...], set[tuple[str, ...]]]] = field(default_factory=dict)
    quota: QuotaExhaustedError | None = None  # the quota that stopped the run

    def page(self, resource: str, items: int) -> None:
        self.items[resource] = self.items.get(resource, 0) + items
        self.pages[resource] = self.pages.get(resource, 0) + 1


@dataclass
class Plan:
    """What one load of a run reads: these forms (with their fields, None: inferred), and, after
    the first load, only the record tables still unfinished (`only`)."""

    forms: list[FormRef]
    fields: dict[str, list[Field] | None]
    only: set[str] | None = None
    every_form: bool = False  # `forms` are all the account has: a form missing from them was deleted
    run: str = field(default_factory=lambda: uuid.uuid4().hex)  # names the run, across its loads


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
    pages_per_load: int | None = None,
    plan: Plan | None = None,
) -> Any:
    """The dlt source for `api`'s provider: its forms (all, or those named), their records and collections."""
    report = report if report is not None else Report()
    watchers: list[PageObserver] = [report] + ([observer] if observer else [])

    def seen(resource: str, items: int) -> None:
        for watcher in watchers:
            watcher.page(resource, items)

    @dlt.source(name=api.provider, max_table_nesting=0)
    def source() -> Iterable[DltResource]:
        nonlocal plan
        resources: list[DltResource] = []
        if plan is None:
            plan = make_plan(api, forms)
        report.forms = plan.forms
        if plan.only is None:
            if api.record_table:
                rows = [form.row for form in plan.forms]
                resources.append(changed_rows("forms", ("id",), lambda: iter(rows), seen, report, plan.every_form))
            for collection in api.collections():
                name, key = collection.name, collection.primary_key
                resources.append(changed_rows(name, key, collection.rows, seen, report, marks_gone=True))
        for form in plan.forms:
            if plan.only is None or table_name(api, form.id) in plan.only:
                fields = plan.fields[form.id]
                resources.append(records_resource(api, form, fields, report, seen, pages_per_load, plan.run))
        return resources

    return source()


def make_plan(api: ProviderApi, wanted: Sequence[str] | None) -> Plan:
    """The forms to sync and their fields (the API's requests for them, made once per run)."""
    if not api.record_table:
        return Plan([], {})
    chosen = choose_forms(api.forms(), wanted)
    return Plan(chosen, {form.id: api.fields(form) for form in chosen}, every_form=api.lists_forms and not wanted)


def choose_forms(found: list[FormRef], wanted: Sequence[str] | None) -> list[FormRef]:
    if not wanted:
        return found
    by_id = {form.id: form for form in found}
    missing = [name for name in wanted if name not in by_id]
    if missing:
        known = ", ".join(sorted(by_id)) or "none"
        raise LookupError(f"no form {', '.join(map(repr, missing))}; the forms are: {known}")
    return [by_id[name] for name in wanted]


class Columns:
    """One form's answer columns: field id -> column (never renamed), inferred types (never
    changed), and the labels last written to the `fields` table, all kept in resource state."""

    def __init__(self, table: str, form: FormRef, declared: list[Field] | None, state: dict[str, Any]) -> None:
        self.table, self.form, self.declared = table, form, declared
        self.columns: dict[str, str] = state.setdefault("columns", {})
        self.types: dict[str, FieldType] = state.setdefault("types", {})
        self.labels: dict[str, list[str]] = state.setdefault("labels", {})
        self.hinted: set[str] = set()
        self.fields: dict[str, Field] = {item.id: item for item in declared} if declared is not None else {}

    def learn(self, page: list[Record]) -> Iterator[Any]:
        """Hints for new columns and rows for the `fields` table, before the page's rows."""
        if self.declared is None:
            before = len(self.types)
            self.types.update(infer_fields((record.answers for record in page), self.types))
            if len(self.types) != before or not self.fields:
                self.fields = {name: Field(name, name, kind) for name, kind in self.types.items()}
        if set(self.fields) <= set(self.columns) and set(self.columns) <= self.hinted:
            return
        reserved = {key for record in page for key in record.meta} | {RAW, PROBLEMS, DELETED_AT, "id", "form"}
        assign_columns(self.fields.values(), self.columns, reserved)
        if set(self.columns) - self.hinted:  # per-table hints, so the `fields` rows below do not inherit them
            hints = column_hints(self.fields.values(), self.columns)
            yield dlt.mark.with_hints(
                [], dlt.mark.make_hints(table_name=self.table, columns=cast(Any, hints)), create_table_variant=True
            )
            self.hinted.update(self.columns)
        changed = [
            {"form": self.form.id, "id": f.id, "column": self.columns[f.id], "label": f.label, "type": f.type}
            for f in self.fields.values()
            if self.labels.get(f.id) != [f.label, f.type]
        ]
        if changed:  # a new field, or a label edit: the column keeps its name, the label is updated here
            self.labels.update({row["id"]: [row["label"], row["type"]] for row in changed})
            yield dlt.mark.with_hints(
                changed,
                dlt.mark.make_hints(table_name=FIELDS_TABLE, primary_key=["form", "id"], write_disposition="merge"),
                create_table_variant=True,
            )

    def rows(self, page: list[Record], report: Report) -> list[dict[str, Any]]:
        rows = []
        for record in page:
            answers, problems = typed_row(record.answers, self.fields, self.columns)
            for problem in problems:
                report.problems.append(Problem(self.table, record.key, problem))
            row = record.meta | answers
            row[RAW] = record.raw
            row[PROBLEMS] = "; ".join(problems) or None
            row[DELETED_AT] = None
            rows.append(row)
        return rows


def records_resource(
    api: ProviderApi,
    form: FormRef,
    declared: list[Field] | None,
    report: Report,
    seen: Callable[[str, int], None],
    pages_per_load: int | None,
    run: str,
) -> DltResource:
    table = table_name(api, form.id)

    @dlt.resource(name=table, primary_key="id", write_disposition="merge", max_table_nesting=0)
    def records() -> Iterator[Any]:
        state = dlt.current.resource_state()
        columns = Columns(table, form, declared, state)
        if declared is not None:
            yield from columns.learn([])
        pages = api.changes(form, state.setdefault("read", {}), run)
        read = 0
        try:
            while (page := next_page(pages, report)) is not None:
                crash_point("page")
                yield from columns.learn(page)
                yield dlt.mark.with_table_name(columns.rows(page, report), table)
                yield from child_rows(page)
                seen(table, len(page))
                read += 1
                report.unloaded += 1
                if pages_per_load is not None and read >= pages_per_load:
                    # Load what was read, with where the read stands, then carry on in the next load. A read
                    # that is done ends without a request (its walk knows it reached the end), so one more
                    # page is read to know whether there is more: a load holds up to pages_per_load + 1.
                    extra = next_page(pages, report)
                    if extra is None:
                        return
                    crash_point("page")
                    yield from columns.learn(extra)
                    yield dlt.mark.with_table_name(columns.rows(extra, report), table)
                    yield from child_rows(extra)
                    seen(table, len(extra))
                    report.more.add(table)
                    return
        except LoadFirst:  # the request was not sent; the read resumes from its last page's state
            report.more.add(table)
        except QuotaExhaustedError as error:  # what was read stays, with its state: the next run resumes
            report.quota = error

    return records


def next_page(pages: Iterator[list[Record]], report: Report) -> list[Record] | None:
    """The next page (None at the end), or `LoadFirst` instead of a long wait while pages of this load
    are unread by the destination: the wait then goes to loading them, not to sleeping."""

    def give_way(wait: float) -> None:
        if report.unloaded and wait >= LOAD_IN_WAITS_FROM:
            raise LoadFirst

    token = before_wait.set(give_way)
    try:
        return next(pages, None)
    finally:
        before_wait.reset(token)


def child_rows(page: list[Record]) -> Iterator[Any]:
    """The rows the page's records carry for tables of their own (`Record.children`), merged on `id`."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for record in page:
        for name, rows in record.children.items():
            tables.setdefault(name, []).extend(rows)
    for name, rows in tables.items():
        hints = dlt.mark.make_hints(table_name=name, primary_key=["id"], write_disposition="merge")
        yield dlt.mark.with_hints(rows, hints, create_table_variant=True)


def changed_rows(
    name: str,
    primary_key: tuple[str, ...],
    rows: Callable[[], Iterator[dict[str, Any]]],
    seen: Callable[[str, int], None],
    report: Report,
    marks_gone: bool,
) -> DltResource:
    """A whole list read every run: only rows that differ from the last run's are written (the API
    offers no change feed). With `marks_gone` (the list is all there is, not a chosen part), the
    keys read go to `report.listed`, for the job to mark the stored rows the list no longer has
    (`_job.mark_gone_from_lists`)."""

    @dlt.resource(name=name, primary_key=list(primary_key), write_disposition="merge", max_table_nesting=0)
    def snapshot() -> Iterator[Any]:
        state = dlt.current.resource_state()
        before: dict[str, str] = state.setdefault("hashes", {})
        now: dict[str, str] = {}
        listed: set[tuple[str, ...]] = set()
        changed: list[dict[str, Any]] = []
        try:
            for row in rows():
                values = [row[column] for column in primary_key]
                key = json.dumps(values, default=str)
                listed.add(tuple(str(value) for value in values))
                now[key] = digest(row)
                if before.get(key) != now[key]:
                    changed.append({**row, DELETED_AT: None})
        except QuotaExhaustedError as error:  # a partial list proves no deletion: nothing is marked
            report.quota = error
            return
        state["hashes"] = now
        if marks_gone:
            report.listed[name] = (primary_key, listed)
        seen(name, len(listed))
        yield dlt.mark.with_hints(changed, dlt.mark.make_hints(columns={DELETED_AT: {"data_type": "timestamp"}}))

    return snapshot


def rescan(
    api: ProviderApi,
    form: FormRef,
    declared: list[Field] | None,
    report: Report,
    seen: Callable[[str, int], None],
    stored: Mapping[str, str | None] | None = None,
) -> DltResource:
    """Every record of one form again. Without `stored`: all of them are written (used when the
    destination holds fewer live records than the API counts: rows removed from the destination
    by hand, or an assumption of the walk broken). With `stored` (`--full-scan`: every stored key
    -> the digest of its `_raw`): only records new or different are written, and a read that
    reaches the end enters its keys in `report.listed` (the stored records it lacks are marked
    deleted). A quota that stops the read keeps what was read (`report.quota`)."""
    table = table_name(api, form.id)
    name = f"{table}_rescan" if stored is None else f"{table}_full_scan"

    @dlt.resource(name=name, table_name=table, primary_key="id", write_disposition="merge")
    def rows() -> Iterator[Any]:
        kept = dlt.current.source_state().get("resources", {}).get(table, {})
        columns = Columns(table, form, declared, json.loads(json.dumps(kept)))
        columns.hinted = set(columns.columns)  # the table has its columns
        returned: set[tuple[str, ...]] = set()
        try:
            for page in api.everything(form):
                read = len(page)
                if stored is not None:
                    returned.update((record.key,) for record in page)
                    page = [record for record in page if stored.get(record.key) != digest(record.raw)]
                    report.changed[table] = report.changed.get(table, 0) + len(page)
                list(columns.learn(page))
                yield columns.rows(page, report)
                yield from child_rows(page)
                seen(name, read)
        except QuotaExhaustedError as error:  # a partial read proves no deletion
            report.quota = error
            return
        if stored is not None:
            report.listed[table] = (("id",), returned)

    return rows
