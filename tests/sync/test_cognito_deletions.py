"""Cognito entries deleted at the source are found (the OData `$count` against the stored live
rows, then a full keyset scan) and marked with `_deleted_at`, and nothing else changes; also
when entries are created in the same interval, so that the count alone looks unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import httpx

from formclients.mocks import create_mock
from formclients.mocks.cognito_forms import CognitoFormsMock
from formclients.mocks.cognito_forms.models import StoredEntry

from .conftest import sync

FORMS = ["1", "2"]  # ContactUs (40 entries) and JobApplication (32): the second is never touched


def cognito() -> CognitoFormsMock:
    mock = create_mock("cognito_forms", rate_limits=False)
    assert isinstance(mock, CognitoFormsMock)
    return mock


def stored(tmp_path: Path, table: str) -> dict[Any, dict[str, Any]]:
    """Every row of `table` by id, every column but dlt's own load bookkeeping."""
    with duckdb.connect(str(tmp_path / "sync.duckdb"), read_only=True) as db:
        cursor = db.execute(f"select * from cognito_forms.{table}")
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    keys = [(row["form"], row["id"]) if table == "fields" else row["id"] for row in rows]  # each table's primary key
    assert len(keys) == len(set(keys)), f"duplicates in {table}"
    bookkeeping = ("_dlt_load_id", "_dlt_id")
    return {key: {k: v for k, v in row.items() if k not in bookkeeping} for key, row in zip(keys, rows, strict=True)}


def deleted_ids(tmp_path: Path, table: str = "entries_1") -> set[str]:
    return {key for key, row in stored(tmp_path, table).items() if row["_deleted_at"] is not None}


def new_entry(mock: CognitoFormsMock, message: str) -> StoredEntry:
    """A valid new ContactUs entry, created through the mock's model (numbered after the last)."""
    form = mock.store.forms["1"]
    answers = {key: value for key, value in form.entries[1].values.items() if key != "Message"}
    return mock.store.create_entry(form, {**answers, "Message": message}, "127.0.0.1", None, mock.now())


def test_deleted_entries_are_marked_and_nothing_else_changes(tmp_path: Path) -> None:
    mock = cognito()
    first = sync(mock, tmp_path, forms=FORMS)
    assert first["resources"]["entries_1"]["rows_written"] == 40
    before = {table: stored(tmp_path, table) for table in ("entries_1", "entries_2", "forms", "fields")}
    assert all(row["_deleted_at"] is None for row in before["entries_1"].values())

    form = mock.store.forms["1"]
    victims = {f"1-{number}" for number in (3, 17, 40)}  # the first page's middle, and the newest entry
    for number in (3, 17, 40):
        mock.store.delete_entry(form, form.entries[number])

    summary = sync(mock, tmp_path, forms=FORMS)
    assert summary["deleted"] == {"entries_1": 3}
    assert deleted_ids(tmp_path) == victims
    after = {table: stored(tmp_path, table) for table in before}
    # The marked rows keep everything they last held: only `_deleted_at` is new.
    for key in victims:
        assert {k: v for k, v in after["entries_1"][key].items() if k != "_deleted_at"} == {
            k: v for k, v in before["entries_1"][key].items() if k != "_deleted_at"
        }
        assert after["entries_1"][key]["_raw"] is not None and after["entries_1"][key]["number"] is not None
    unchanged = {k: v for k, v in after["entries_1"].items() if k not in victims}
    assert unchanged == {k: v for k, v in before["entries_1"].items() if k not in victims}
    assert after["entries_2"] == before["entries_2"]
    assert after["forms"] == before["forms"] and after["fields"] == before["fields"]
    # The window read nothing new; the job wrote only the marks.
    assert summary["resources"]["entries_1"]["items"] == 0 and summary["resources"]["entries_2"]["items"] == 0

    again = sync(mock, tmp_path, forms=FORMS)  # marked once: nothing more to write, no scan
    assert again["rows_written"] == 0 and again["deleted"] == {}
    assert again["requests"] == first["requests"]  # the forms, per form its schema, probe and count
    assert deleted_ids(tmp_path) == victims


def test_an_entry_deleted_and_one_added_between_syncs_are_both_seen(tmp_path: Path) -> None:
    """The API's count is the same as before, but the new entry is loaded before the count is
    compared, so the stored live rows outnumber it and the scan finds the deleted one."""
    mock = cognito()
    sync(mock, tmp_path, forms=["1"])
    form = mock.store.forms["1"]
    mock.store.delete_entry(form, form.entries[8])
    added = new_entry(mock, "Arrived while entry 8 was deleted")
    assert len(form.entries) == 40  # the count alone cannot tell

    summary = sync(mock, tmp_path, forms=["1"])
    assert summary["deleted"] == {"entries_1": 1}
    assert deleted_ids(tmp_path) == {"1-8"}
    rows = stored(tmp_path, "entries_1")
    assert rows[f"1-{added.number}"]["message"] == "Arrived while entry 8 was deleted"
    assert sum(row["_deleted_at"] is None for row in rows.values()) == 40
    assert sync(mock, tmp_path, forms=["1"])["rows_written"] == 0


class CreateAfterRead:
    """A page observer that creates one entry right after the sync has read entries_1's window
    (as a respondent submitting while the sync runs), before the job compares the counts."""

    def __init__(self, mock: CognitoFormsMock) -> None:
        self.mock = mock
        self.created: StoredEntry | None = None

    def page(self, resource: str, items: int) -> None:
        if resource == "entries_1" and self.created is None:
            self.created = new_entry(self.mock, "Submitted during the sync")


def test_an_entry_added_during_the_run_neither_hides_a_deletion_nor_costs_a_rescan(tmp_path: Path) -> None:
    """Entry 8 is deleted before the run; entry 41 is created after the run read its window.
    The count the deletion is judged by is taken before the read, so the deletion is marked in
    this run (not a run later), and the entry the read could not see is no "gap" to repair by
    reading the whole form again: the next run reads it from its window."""
    mock = cognito()
    sync(mock, tmp_path, forms=["1"])
    form = mock.store.forms["1"]
    mock.store.delete_entry(form, form.entries[8])

    during = CreateAfterRead(mock)
    summary = sync(mock, tmp_path, forms=["1"], observer=during)
    assert during.created is not None and len(form.entries) == 40
    assert summary["deleted"] == {"entries_1": 1}
    assert deleted_ids(tmp_path) == {"1-8"}
    assert "entries_1_rescan" not in summary["resources"]
    assert summary["rows_written"] == 1  # the mark

    after = sync(mock, tmp_path, forms=["1"])
    assert after["resources"]["entries_1"]["rows_written"] == 1  # the entry created during the last run
    assert after["deleted"] == {} and "entries_1_rescan" not in after["resources"]
    rows = stored(tmp_path, "entries_1")
    assert rows[f"1-{during.created.number}"]["message"] == "Submitted during the sync"
    assert sum(row["_deleted_at"] is None for row in rows.values()) == 40


class CreateAfterCount(httpx.BaseTransport):
    """The mock's transport, creating one entry right after the sync's entry count ($top=0) is
    answered: between the count and the read, the one moment the count check can be fooled."""

    def __init__(self, mock: CognitoFormsMock) -> None:
        self.mock, self.inner = mock, mock.transport()
        self.created: StoredEntry | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.params.get("$top") == "0" and self.created is None:
            self.created = new_entry(self.mock, "Submitted between the count and the read")
        return response


def test_an_entry_added_between_the_count_and_the_read_costs_a_scan_that_marks_nothing(tmp_path: Path) -> None:
    mock = cognito()
    first = sync(mock, tmp_path, forms=["1"])
    between = CreateAfterCount(mock)
    summary = sync(mock, tmp_path, forms=["1"], transport=between)
    assert between.created is not None
    assert summary["resources"]["entries_1"]["rows_written"] == 1  # the new entry, read by this run
    assert summary["deleted"] == {} and deleted_ids(tmp_path) == set()
    assert summary["requests"] == first["requests"] + 1  # 41 stored against a count of 40: one scan page
