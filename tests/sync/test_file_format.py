"""DuckDB loads parquet files (fast), and what lands is what dlt's default format for it (one
SQL INSERT per file) wrote: the same tables, columns, types and rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from formclients.mocks import create_mock
from formclients.mocks.formsite import FormsiteMock
from formclients.sync import _duckdb, _job

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


def row_groups(database: Path, table: str) -> list[int]:
    """The row count of each row group of the table."""
    with duckdb.connect(str(database), read_only=True) as db:
        query = f"SELECT row_group_id, max(count) FROM pragma_storage_info('{table}') GROUP BY 1 ORDER BY 1"
        return [count for _, count in db.execute(query).fetchall()]


def formsite_with(results: int) -> FormsiteMock:
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    contact = mock.forms["contact"]
    contact.results = [{**contact.results[n % 250], "id": str(9_000_000 + n)} for n in range(results)]
    return mock


def test_row_groups_are_small_so_a_checkpoint_rewrites_little(tmp_path: Path) -> None:
    # the memory a checkpoint's vacuum needs follows the row-group size (see _duckdb)
    sync(formsite_with(9_000), tmp_path, forms=["contact"])
    groups = row_groups(tmp_path / "sync.duckdb", "formsite.results_contact")
    assert sum(groups) == 9_000 and max(groups) == _duckdb.ROW_GROUP_SIZE  # DuckDB's default: one of 9,000


def test_small_runs_do_not_pile_up_row_groups(tmp_path: Path) -> None:
    # DuckDB's vacuum still merges what small runs append (with it off, each run left a row group)
    mock = formsite_with(300)
    sync(mock, tmp_path, forms=["contact"])
    for n in range(6):
        mock.complete_result("contact", {"100": f"Small run {n}"})
        assert sync(mock, tmp_path, forms=["contact"])["resources"]["results_contact"]["rows_written"] == 1
    groups = row_groups(tmp_path / "sync.duckdb", "formsite.results_contact")
    assert sum(groups) == 306 and len(groups) <= 3


def test_a_sync_while_this_process_holds_the_file_open_shares_its_connection(tmp_path: Path) -> None:
    # DuckDB refuses to attach a file another instance of the process holds: the sync then uses it
    database = tmp_path / "sync.duckdb"
    with duckdb.connect(str(database)) as held:
        summary = sync(create_mock("formsite", rate_limits=False), tmp_path, forms=["contact"])
        assert summary["rows_written"] > 0
        assert held.execute("SELECT count(*) FROM formsite.results_contact").fetchall() == [(250,)]
