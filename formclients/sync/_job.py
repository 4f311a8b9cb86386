"""`formclients sync`: one provider's data into a database through its dlt source.

A run (1) finishes any load a killed run left behind, (2) extracts what changed since the
state dlt committed last time and loads it (rows and state in one load), a load every
`pages_per_load` pages, so a long first sync commits as it goes, then (3) compares the number
of live records stored per form with the count the API reported *before* the read (so every
record counted was read, and one created during the run is no gap; one created in the short
time between the count and the read only costs a scan that marks nothing): more stored than
counted means deletions, found by a full-key scan and marked; fewer means rows the destination
lost, repaired by reading that form again. With `full_scan` (`--full-scan`), step (3) is
instead a read of every record, compared with what is stored: changes the incremental read
cannot see (Formr triage) and deletions no count reveals (Formr has none). A quota that runs
out stops the run after loading what was read; the next run carries on from there.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dlt
import httpx

from formclients.runtime import QuotaExhaustedError, RateLimit

from ._columns import DELETED_AT, RAW
from ._duckdb import SmallRowGroupsDuckDb
from ._faults import arm_from_environment
from ._http import CountingTransport
from ._model import PageObserver, ProviderApi
from ._source import Plan, Report, digest, make_plan, provider_source, rescan, table_name
from .providers import connect

DEFAULT_FILE = "formclients.duckdb"
# 10,000 Formsite results: a crash or a quota loses at most this much reading, and a load's merge
# holds about this much in memory (a first sync of 100,000 then peaks where one of 10,000 does).
PAGES_PER_LOAD = 100


@dataclass
class SyncOptions:
    provider: str
    forms: Sequence[str] = ()
    to: str | None = None  # a destination URL or dlt destination name; None: ./formclients.duckdb
    pipelines_dir: str | None = None  # where dlt keeps the pipeline's local state; None: dlt's default
    transport: httpx.BaseTransport | None = None  # the network by default; tests pass a mock's
    client_options: dict[str, Any] = field(default_factory=dict)
    observer: PageObserver | None = None
    on_client: Callable[[Any], None] | None = None  # called with the client before the run (progress bars)
    pages_per_load: int | None = PAGES_PER_LOAD  # None: one load for the whole run
    full_scan: bool = False  # then re-read every record, write those that differ, mark those gone (see full_scan)


def destination(to: str | None) -> tuple[Any, str]:
    """(the dlt destination, a label for it without any password) for `--to`."""
    if to is None or to.startswith("duckdb:///"):
        path = Path(to.removeprefix("duckdb:///") if to else DEFAULT_FILE).resolve()
        return SmallRowGroupsDuckDb(str(path)), f"duckdb:///{path}"  # see _duckdb
    if "://" not in to:  # a dlt destination name, configured the dlt way (env, .dlt/secrets.toml)
        return to, to
    label = str(httpx.URL(to).copy_with(password=None)) if "@" in to else to
    if to.startswith(("postgresql://", "postgres://")):
        from dlt.destinations.impl.postgres.configuration import PostgresCredentials

        credentials = PostgresCredentials()
        credentials.parse_native_representation(to)
        if credentials.password is None:  # trust or peer auth, or ~/.pgpass: libpq finds it; dlt demands one
            credentials.password = ""
        return dlt.destinations.postgres(credentials=credentials), label
    return dlt.destinations.sqlalchemy(credentials=to), label  # sqlite:///..., mysql://... (SQLAlchemy URLs)


def pipeline_for(provider: str, options: SyncOptions) -> tuple[Any, str]:
    target, label = destination(options.to)
    name = f"formclients_{provider}_{hashlib.sha1(label.encode()).hexdigest()[:8]}"
    where: dict[str, Any] = {"pipelines_dir": options.pipelines_dir} if options.pipelines_dir else {}
    pipeline = dlt.pipeline(pipeline_name=name, destination=target, dataset_name=provider, **where)
    return pipeline, label


# Memory that does not grow with the number of records: dlt writes files of at most 2,000 rows,
# buffers 1,000, and loads one file at a time (its defaults hold a whole table in one file and
# load files in parallel: 140 MB at 10,000 Formsite results, against 43 MB with these).
# A user's own dlt settings (environment or config files) still win.
DLT_DEFAULTS = {
    "DATA_WRITER__FILE_MAX_ITEMS": "2000",
    "DATA_WRITER__BUFFER_MAX_ITEMS": "1000",
    "LOAD__WORKERS": "1",
    "RUNTIME__LOG_LEVEL": "WARNING",
}


def loader_file_format(pipeline: Any) -> str | None:
    """Parquet files for DuckDB, which reads them natively (`INSERT ... SELECT FROM read_parquet`),
    where dlt's default for it sends every row through one SQL INSERT statement that DuckDB has to
    parse: loading 10,000 Formsite results took 8 s that way, 2 s from parquet, same rows and types.
    None (dlt's choice) for the other destinations."""
    return "parquet" if isinstance(pipeline.destination, dlt.destinations.duckdb) else None


def configure_dlt() -> None:
    for name, value in DLT_DEFAULTS.items():
        os.environ.setdefault(name, value)


def run_sync(options: SyncOptions) -> dict[str, Any]:
    """Sync one provider; returns the summary (`--json` prints it). `summary["stopped"]` says
    why a run stopped early (a quota), with what is left; the CLI then exits non-zero."""
    started = time.perf_counter()
    configure_dlt()
    arm_from_environment()
    counting = CountingTransport(options.transport)
    api, client = connect(options.provider, counting, forms=options.forms, **options.client_options)
    if options.on_client:
        options.on_client(client)
    _, label = destination(options.to)  # a bad --to fails here, before any request
    report = Report()
    written: Counter[str] = Counter()
    recovered: Counter[str] = Counter()
    loads = 0
    try:
        # The first requests go before dlt's setup (most of a second): under a rate limit the
        # window then opens sooner, and the setup runs while it is open.
        counts: dict[str, int | None] = {}
        try:
            planned = make_plan(api, options.forms or None)
            if not options.full_scan:  # (a full scan needs no count)
                counts = {form.id: api.count(form) for form in planned.forms}  # before the read: see the docstring
            plan: Plan | None = planned
        except QuotaExhaustedError as error:
            plan, report.quota = None, error
        pipeline, _ = pipeline_for(options.provider, options)
        file_format = loader_file_format(pipeline)
        drop_committed_leftovers(pipeline)
        if pipeline.has_pending_data:  # a killed run left packages: dlt loads them (and only them) first
            pipeline.run(loader_file_format=file_format)
            recovered.update(_rows(pipeline))
        while plan is not None:
            report.more, report.unloaded = set(), 0
            source = provider_source(
                api, observer=options.observer, report=report, pages_per_load=options.pages_per_load, plan=plan
            )
            pipeline.run(source, loader_file_format=file_format)
            loads += 1
            written.update(_rows(pipeline))
            if report.quota is not None or not report.more:
                break
            plan = dataclasses.replace(plan, only=set(report.more))
        if report.quota is None and plan is not None:
            try:
                if options.full_scan:
                    repairs = full_scan(pipeline, api, plan, report, options.observer)
                else:
                    repairs = reconcile(pipeline, api, plan, counts, report, options.observer)
            except QuotaExhaustedError as error:
                repairs, report.quota = [], error
            if repairs:
                repair = dlt.source(name=api.provider, max_table_nesting=0)(lambda: repairs)()
                pipeline.run(repair, loader_file_format=file_format)
                loads += 1
                written.update(_rows(pipeline))
        mark_gone_from_lists(pipeline, report)
        written.update(report.deleted)  # the rows marked deleted
    finally:
        client.close()
    elapsed = time.perf_counter() - started
    limits = _limits(client)
    return {
        "provider": options.provider,
        "destination": label,
        "dataset": options.provider,
        "elapsed": round(elapsed, 3),
        "requests": counting.sent,
        "http_429": counting.statuses[429],
        "waited": round(client.throttle.waited, 3) if client.throttle else 0.0,
        "bound": rate_limit_bound(counting.sent, limits),
        "loads": loads,
        "resources": {
            name: {
                "items": report.items.get(name, 0),
                "pages": report.pages.get(name, 0),
                "rows_written": written.get(name, 0),
            }
            for name in sorted(set(report.items) | set(written))
        },
        "rows_written": sum(written.values()),
        "recovered_rows": sum(recovered.values()),
        "deleted": dict(report.deleted),
        "full_scan": full_scan_summary(api, plan, report) if options.full_scan and plan is not None else None,
        "problems": [{"table": p.table, "id": p.key, "problem": p.problem} for p in report.problems],
        "reading": {r.resource: {"strategy": r.strategy, "guarantee": r.guarantee} for r in api.readings()},
        "waiting": [f"{options.provider} {api.waiting}"] if api.waiting else [],
        "stopped": stopped(report.quota, client) if report.quota else None,
    }


def drop_committed_leftovers(pipeline: Any) -> None:
    """Delete what a kill left of extracted packages whose rows dlt had already committed.

    dlt commits a normalized package by renaming it into its load storage, then deletes the
    extracted package (its log says "Committing storage, do not kill this process"). A kill
    between the two, or during the delete, leaves that extracted package, whole or in part, and
    dlt would normalize it again on the next run: it fails ("new_jobs" missing, or the renamed
    package in the way), and would load the part again if it did not. An extracted package comes
    into place whole (dlt renames it from a temporary folder), so one that is committed, or lacks
    its job folder, is such a leftover."""
    extracted = pipeline.list_extracted_load_packages()
    if not extracted:
        return
    committed = set(pipeline.list_normalized_load_packages()) | set(pipeline.list_completed_load_packages())
    packages = pipeline._get_normalize_storage().extracted_packages  # dlt keeps no public delete for one package
    for load_id in extracted:
        jobs = Path(packages.storage.storage_path) / packages.get_package_path(load_id) / packages.NEW_JOBS_FOLDER
        if load_id in committed or not jobs.is_dir():
            packages.delete_package(load_id)


def stopped(error: QuotaExhaustedError, client: Any) -> dict[str, Any]:
    """What a quota left: when it frees up, and what remains of each quota as the store counts it."""
    quotas = [
        {"quota": q.name, "allowance": q.allowance, "used": q.used, "remaining": q.remaining, "resets_at": q.resets_at}
        for q in client.quota.status()
    ]
    return {
        "reason": "quota",
        "quota": error.quota,
        "resets_at": error.resets_at.astimezone(UTC).isoformat(),
        "message": str(error),
        "quotas": quotas,
        "resume": "run the same command again after resets_at: it carries on where this run stopped",
    }


def _limits(client: Any) -> Sequence[RateLimit]:
    return client.throttle.limits if client.throttle else client.profile.rate_limits  # type: ignore[no-any-return]


def _rows(pipeline: Any) -> dict[str, int]:
    info = pipeline.last_trace.last_normalize_info if pipeline.last_trace else None
    counts: dict[str, int] = dict(info.row_counts) if info else {}
    return {table: count for table, count in counts.items() if not table.startswith("_dlt")}


def rate_limit_bound(requests: int, limits: Sequence[RateLimit]) -> float:
    """The least time `requests` calls can take under sliding-window limits (N per P seconds):
    the (N+1)th call waits for the first to leave the window, so floor((R-1)/N) * P."""
    whole = [limit for limit in limits if "*" in limit.operations and not limit.quota]
    return max((math.floor(max(requests - 1, 0) / limit.requests) * limit.period for limit in whole), default=0.0)


# -- deletions and gaps -------------------------------------------------------------------------------


def reconcile(
    pipeline: Any,
    api: ProviderApi,
    plan: Plan,
    counts: dict[str, int | None],
    report: Report,
    observer: PageObserver | None,
) -> list[Any]:
    """Marks deleted records, and returns resources that repair gaps, for forms whose stored
    live count differs from the count the API reported before the read (`counts`)."""
    repairs: list[Any] = []
    counted = [(form, count) for form in plan.forms if (count := counts.get(form.id)) is not None]
    stored_keys = live_keys(pipeline, [table_name(api, form.id) for form, _ in counted])
    for form, count in counted:
        table = table_name(api, form.id)
        stored = {key for (key,) in stored_keys[table]}
        if len(stored) > count:
            gone = stored - {record.key for page in api.everything(form) for record in page}
            if gone:
                mark_deleted(pipeline, table, sorted(gone))
                report.deleted[table] = len(gone)
        elif len(stored) < count:
            repairs.append(rescan(api, form, plan.fields[form.id], report, _seen(report, observer)))
    return repairs


def full_scan(pipeline: Any, api: ProviderApi, plan: Plan, report: Report, observer: PageObserver | None) -> list[Any]:
    """`--full-scan`: every record of every form read again and compared with what is stored (the
    digest of `_raw`): the resources that write the new or different ones; a form read to the end
    enters its keys in `report.listed`, so the stored records it no longer has are marked deleted.
    The only way to see Formr triage changes and deletions; for the other providers a repair of
    what the incremental read missed."""
    seen = _seen(report, observer)
    return [
        rescan(api, form, plan.fields[form.id], report, seen, stored_digests(pipeline, table_name(api, form.id)))
        for form in plan.forms
    ]


def full_scan_summary(api: ProviderApi, plan: Plan, report: Report) -> dict[str, dict[str, int]]:
    """Per form table: records the scan read, found new or different (and wrote), found deleted."""
    tables = [table_name(api, form.id) for form in plan.forms]
    return {
        table: {
            "read": report.items.get(f"{table}_full_scan", 0),
            "changed": report.changed.get(table, 0),
            "deleted": report.deleted.get(table, 0),
        }
        for table in tables
    }


def stored_digests(pipeline: Any, table: str) -> dict[str, str | None]:
    """Every stored key -> the digest of its `_raw` as `digest` makes it from the API's JSON (None:
    marked deleted); empty when the table does not exist yet. Databases hand JSON back as text
    (DuckDB, SQLite) or parsed (PostgreSQL); read in batches, only the digests are kept."""
    digests: dict[str, str | None] = {}
    try:
        with pipeline.sql_client() as sql:
            name = sql.make_qualified_table_name(table)
            with sql.execute_query(f"SELECT id, {RAW}, {DELETED_AT} FROM {name}") as cursor:
                while batch := cursor.fetchmany(1000):
                    for key, raw, deleted in batch:
                        if deleted is not None or raw is None:
                            digests[str(key)] = None
                        else:
                            digests[str(key)] = digest(json.loads(raw) if isinstance(raw, str) else raw)
    except Exception as error:
        if not table_missing(error):
            raise
    return digests


def mark_deleted(pipeline: Any, table: str, keys: Sequence[Any], columns: Sequence[str] = ("id",)) -> None:
    """Sets `_deleted_at` on the rows with these keys (a value each, or a tuple for several `columns`)
    and nothing else: a deleted record keeps what it last held. (A dlt merge of `{id, _deleted_at}`
    would replace the whole row and empty its other columns.) Not in a dlt load, and needing none:
    the next run compares the destination with the source again and marks what is still unmarked."""
    moment = datetime.now(UTC)
    rows = [key if isinstance(key, tuple) else (key,) for key in keys]
    match = "(" + " AND ".join(f"{column} = %s" for column in columns) + ")"
    with pipeline.sql_client() as sql:
        name = sql.make_qualified_table_name(table)
        for start in range(0, len(rows), 200):
            chunk = rows[start : start + 200]
            values = [value for row in chunk for value in row]
            sql.execute_sql(
                f"UPDATE {name} SET {DELETED_AT} = %s WHERE {' OR '.join([match] * len(chunk))}", moment, *values
            )


def mark_gone_from_lists(pipeline: Any, report: Report) -> None:
    """Whole lists (Cogram's lists, a full scan's forms): stored live rows whose key the list read
    this run no longer has get `_deleted_at`. Compared with the destination, not with the last
    run's state, so a run stopped after its load and before this marks them the next time."""
    for table, (columns, listed) in report.listed.items():
        gone = live_keys(pipeline, [table], columns)[table] - listed
        if gone:
            mark_deleted(pipeline, table, sorted(gone), columns)
            report.deleted[table] = len(gone)


def _seen(report: Report, observer: PageObserver | None) -> Any:
    def seen(resource: str, items: int) -> None:
        report.page(resource, items)
        if observer:
            observer.page(resource, items)

    return seen


def live_keys(pipeline: Any, tables: list[str], columns: Sequence[str] = ("id",)) -> dict[str, set[tuple[str, ...]]]:
    """Per table, the keys (`columns`, as text) of the rows stored and not marked deleted (none for a
    table that does not exist yet), over one connection."""
    keys: dict[str, set[tuple[str, ...]]] = {table: set() for table in tables}
    if not tables:
        return keys
    with pipeline.sql_client() as sql:
        for table in tables:
            try:
                name = sql.make_qualified_table_name(table)
                rows = sql.execute_sql(f"SELECT {', '.join(columns)} FROM {name} WHERE {DELETED_AT} IS NULL")
            except Exception as error:
                if not table_missing(error):
                    raise
                continue
            keys[table] = {tuple(str(value) for value in row) for row in rows or []}
    return keys


def table_missing(error: Exception) -> bool:
    """Whether a query failed because its table or dataset does not exist yet (nothing written to it)."""
    return any(text in str(error).lower() for text in ("not exist", "not found", "no such"))
