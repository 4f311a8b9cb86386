"""A second sync with no changes asks only what it must and writes nothing; N new and M changed
records write exactly N + M rows."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from formclients.mocks import create_mock
from formclients.mocks.formsite import FormsiteMock, iso

from .conftest import sync


def rows(tmp_path: Path, query: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(tmp_path / "sync.duckdb"), read_only=True) as db:
        return db.execute(query).fetchall()


def test_formsite_second_sync_reads_one_page_per_form_and_writes_nothing(tmp_path: Path) -> None:
    mock = create_mock("formsite", rate_limits=False)
    first = sync(mock, tmp_path)
    assert first["resources"]["results_contact"]["rows_written"] == 250
    # the fewest the API allows: forms; items per form; the keyset walk's pages (order and survey2025
    # one each, contact 3): a first run has no window start, so no probe (its first page gives M)
    assert first["requests"] == 1 + 3 + 1 + 1 + 3
    assert rows(tmp_path, "select count(*), count(distinct id) from formsite.results_contact") == [(250, 250)]

    again = sync(mock, tmp_path)
    assert again["rows_written"] == 0
    assert again["requests"] == 1 + 3 + 3  # forms; items and the window's probe per form


def test_formsite_n_new_and_m_changed_write_n_plus_m(tmp_path: Path) -> None:
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    sync(mock, tmp_path)
    new = [mock.complete_result("contact", {"100": f"New person {n}"}) for n in range(3)]
    changed = mock.forms["contact"].results[10:15]  # edited in Formsite's results table: date_update moves
    for result in changed:
        result["items"][0]["value"] = "Edited name"
        result["date_update"] = iso(mock.now())
    summary = sync(mock, tmp_path)
    assert summary["resources"]["results_contact"]["rows_written"] == 3 + 5
    assert summary["rows_written"] == 3 + 5 + 1  # and the form's row: its results count changed
    names = {
        str(key): str(value)
        for key, value in rows(tmp_path, "select id, what_is_your_name from formsite.results_contact")
    }
    assert all(names[r["id"]] == "Edited name" for r in changed)
    assert all(names[r["id"]].startswith("New person") for r in new)
    assert rows(tmp_path, "select count(*), count(distinct id) from formsite.results_contact") == [(253, 253)]


def test_formsite_edit_during_an_unprobed_first_sync_is_read_by_the_next(tmp_path: Path) -> None:
    """A first sync reads no probe: an edit to a result its walk already read is still caught."""
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    newest = max(mock.forms["contact"].results, key=lambda r: int(r["id"]))  # on the walk's first page

    class EditAfterFirstPage:
        def page(self, resource: str, items: int) -> None:
            if resource == "results_contact" and newest["items"][0]["value"] != "Edited during the walk":
                newest["items"][0]["value"] = "Edited during the walk"
                newest["date_update"] = iso(mock.now())

    first = sync(mock, tmp_path, forms=["contact"], observer=EditAfterFirstPage())
    assert first["resources"]["results_contact"]["rows_written"] == 250
    again = sync(mock, tmp_path, forms=["contact"])
    assert again["resources"]["results_contact"]["rows_written"] == 1
    name = rows(tmp_path, f"select what_is_your_name from formsite.results_contact where id = '{newest['id']}'")
    assert name == [("Edited during the walk",)]
    assert sync(mock, tmp_path, forms=["contact"])["rows_written"] == 0


def test_formester_first_sync_makes_the_fewest_requests_the_reverse_walk_allows(tmp_path: Path) -> None:
    mock = create_mock("formester", rate_limits=False)
    first = sync(mock, tmp_path, forms=["456"])
    assert first["resources"]["submissions_456"]["rows_written"] == 48
    # forms: 2 pages by the reverse walk (page 1 for the count, 2, 1); submissions: 3 pages, the same
    # way (no probe: page 1 then the last page, read before any edit the walk can miss, give M)
    assert first["requests"] == 3 + 4
    assert [r.query for r in mock.requests.entries()].count("page=1&form_id=456&sort=updated_at&order=asc") == 2
    again = sync(mock, tmp_path, forms=["456"])
    assert (again["requests"], again["rows_written"]) == (3 + 1, 0)  # forms; the window's probe


def test_formester_changed_submission_is_written_once(tmp_path: Path) -> None:
    mock = create_mock("formester", rate_limits=False)
    first = sync(mock, tmp_path, forms=["456"])
    assert first["resources"]["submissions_456"]["rows_written"] == 48
    assert sync(mock, tmp_path, forms=["456"])["rows_written"] == 0
    submission = next(s for s in mock.submissions.values() if s["data"].get("Rating") == 2)
    submission["data"]["Rating"] = 5
    submission["updatedAt"] = "2026-06-01T00:00:00.000Z"
    summary = sync(mock, tmp_path, forms=["456"])
    assert summary["resources"]["submissions_456"]["rows_written"] == 1
    stored = rows(tmp_path, f"select rating from formester.submissions_456 where id = '{submission['id']}'")
    assert stored == [(5,)]


def test_cogram_whole_lists_write_only_what_changed(tmp_path: Path) -> None:
    mock = create_mock("cogram", rate_limits=False)
    first = sync(mock, tmp_path)
    assert first["resources"]["users"]["rows_written"] == 120
    assert sync(mock, tmp_path)["rows_written"] == 0
    user = next(iter(mock.users.values()))
    user["role"] = "guest"
    project_id = next(iter(mock.members))
    removed = next(iter(mock.members[project_id]))
    del mock.members[project_id][removed]
    summary = sync(mock, tmp_path)
    assert summary["resources"]["users"]["rows_written"] == 1
    assert summary["resources"]["members"]["rows_written"] == 1  # the removed membership, marked
    gone = rows(
        tmp_path,
        "select _deleted_at is not null from cogram.members"
        f" where project_id = '{project_id}' and user_id = '{removed}'",
    )
    assert gone == [(True,)]


def test_formsite_label_edit_keeps_the_column_and_updates_the_label(tmp_path: Path) -> None:
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    sync(mock, tmp_path, forms=["order"])
    form = mock.forms["order"]
    form.items[0] = type(form.items[0])("100", 0, "Full name")
    mock.complete_result("order", {"100": "Ada", "101": "2"})
    summary = sync(mock, tmp_path, forms=["order"])
    assert summary["resources"]["results_order"]["rows_written"] == 1
    assert rows(tmp_path, "select label, \"column\" from formsite.fields where form = 'order' and id = '100'") == [
        ("Full name", "name")
    ]
    assert ("Ada",) in rows(tmp_path, "select name from formsite.results_order")
    raw = rows(tmp_path, "select _raw from formsite.results_order where name = 'Ada'")[0][0]
    assert json.loads(str(raw))["items"][0]["value"] == "Ada"
