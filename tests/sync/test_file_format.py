"""DuckDB loads parquet files (fast), and what lands is what dlt's default format for it (one
SQL INSERT per file) wrote: the same tables, columns, types and rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from formclients.mocks import create_mock
from formclients.mocks.formsite import FormsiteMock
from formclients.sync import _job

from .conftest import in_process, sync

Tables = dict[str, tuple[list[tuple[str, str]], list[tuple[Any, ...]]]]


def stored(database: Path, dataset: str) -> Tables:
    """Every data table of the dataset: its columns with their types, and its rows (dlt's own
    random row ids and load ids left out), sorted."""
    tables: Tables = {}
    with duckdb.connect(str(database), read_only=True) as db:
        names = db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name NOT LIKE '_dlt%'",
            [dataset],
        ).fetchall()
        for (table,) in names:
            columns = db.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                [dataset, table],
            ).fetchall()
            kept = ", ".join(f'"{name}"' for name, _ in columns if name not in ("_dlt_id", "_dlt_load_id"))
            tables[table] = (columns, db.execute(f'SELECT {kept} FROM "{dataset}"."{table}" ORDER BY ALL').fetchall())
    return tables


@pytest.mark.parametrize("provider", ["formsite", "cognito_forms"])
def test_parquet_loads_what_insert_statements_loaded(
    provider: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = sync(create_mock(provider, rate_limits=False), tmp_path / "ours")
    assert summary["rows_written"] > 0 and not summary["problems"]
    ours = stored(tmp_path / "ours" / "sync.duckdb", provider)
    monkeypatch.setattr(_job, "loader_file_format", lambda pipeline: None)  # dlt's choice: insert_values
    assert sync(create_mock(provider, rate_limits=False), tmp_path / "dlt")["rows_written"] == summary["rows_written"]
    assert len(ours) >= 3
    assert ours == stored(tmp_path / "dlt" / "sync.duckdb", provider)


def test_a_duckdb_sync_loads_parquet_files(tmp_path: Path) -> None:
    options = in_process(create_mock("formsite", rate_limits=False), tmp_path)
    _job.run_sync(options)
    pipeline, _ = _job.pipeline_for("formsite", options)
    packages = pipeline.list_completed_load_packages()
    files = [
        (job.job_file_info.table_name, job.job_file_info.file_format)
        for package in packages
        for job in pipeline.get_load_package_info(package).jobs["completed_jobs"]
    ]
    # the rows come in parquet files; dlt writes its own state table its way, and merges with SQL
    rows = {(table, kind) for table, kind in files if kind != "sql" and not table.startswith("_dlt")}
    assert {table for table, _ in rows} >= {"forms", "fields", "results_contact"}
    assert {kind for _, kind in rows} == {"parquet"}


def row_groups(database: Path, table: str) -> int:
    with duckdb.connect(str(database)) as db:
        (count,) = db.execute(f"SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('{table}')").fetchall()[0]
        return int(count)


def test_each_load_keeps_its_row_group_until_a_write_with_duckdbs_defaults_compacts_them(tmp_path: Path) -> None:
    # DuckDB's checkpoint-time compaction rewrote up to 122,880 rows in memory at each load (peak
    # memory grew with the table); the sync turns it off, so each load adds a row group of its own
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    contact = mock.forms["contact"]
    contact.results += [{**row, "id": str(9_000_000 + n)} for n, row in enumerate(contact.results * 2)]  # 8 pages
    summary = sync(mock, tmp_path, forms=["contact"], pages_per_load=1)
    database = tmp_path / "sync.duckdb"
    assert summary["loads"] >= 4
    assert row_groups(database, "formsite.results_contact") >= 4  # one per load that wrote results
    # the neighbouring case: a later change made with DuckDB's defaults compacts them
    with duckdb.connect(str(database)) as db:
        db.execute("UPDATE formsite.results_contact SET user_ip = '10.0.0.1' WHERE id = ?", [contact.results[0]["id"]])
    assert row_groups(database, "formsite.results_contact") == 1
