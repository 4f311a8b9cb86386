"""Formr notes land in the `notes` table; triage changes (read, starred, notes) of a response
already stored and deleted responses reach the destination only with a full scan (`--full-scan`),
which writes only what differs; the incremental run does not see them (the API gives no change
time and lists no deletions) and stays at its one request per form."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import duckdb
import formr_client
import pytest
from formr_client.models import NoteRequest, StarRequest

from formclients.cli import main
from formclients.mocks import create_mock
from formclients.mocks.formr import FormrMock
from formclients.runtime import InProcessLimiter

from .conftest import ServedMock, credential, sync

FORM = "form_123@development"  # 180 responses, 8 of them with a note: two pages of 100
TABLE = "responses_form_123_development"


def rows(tmp_path: Path, query: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(tmp_path / "sync.duckdb"), read_only=True) as db:
        return db.execute(query).fetchall()


def fresh_formr() -> FormrMock:
    mock = create_mock("formr", rate_limits=False)
    assert isinstance(mock, FormrMock)
    return mock


def user_client(mock: FormrMock) -> formr_client.Formr:
    """The form owner's client, doing what they do in their triage loop."""
    return formr_client.Formr(
        credential(mock), base_url=mock.base_url, transport=mock.transport(), throttle=False, retry=False
    )


def test_notes_land_in_the_notes_table_one_row_per_note(tmp_path: Path) -> None:
    mock = fresh_formr()
    summary = sync(mock, tmp_path, forms=[FORM])
    expected = sorted(
        (note["id"], FORM, submission.id, note["note"])
        for submission in mock.submissions.values()
        if submission.form_id == "form_123"
        for note in submission.notes
    )
    assert len(expected) == 8
    assert summary["resources"]["notes"]["rows_written"] == 8
    assert rows(tmp_path, "select id, form, response_id, note from formr.notes order by id") == expected
    first = mock.submissions[expected[0][2]].notes[0]
    created = "strftime(created_at at time zone 'UTC', '%Y-%m-%dT%H:%M:%SZ')"
    stored = rows(tmp_path, f"select {created} from formr.notes where id = '{first['id']}'")
    assert stored == [(first["createdAt"],)]


def test_triage_changes_of_old_responses_reach_the_tables_only_with_a_full_scan(tmp_path: Path) -> None:
    mock = fresh_formr()
    sync(mock, tmp_path, forms=[FORM])
    plain = [s for s in mock.submissions.values() if s.form_id == "form_123" and not (s.read or s.starred or s.notes)]
    unread, unstarred, noted = plain[:3]
    with user_client(mock) as formr:
        formr.responses.mark_read(unread.id)
        formr.responses.star(unstarred.id, body=StarRequest(starred=True))
        note = formr.responses.add_note(noted.id, body=NoteRequest(note="Called back"))

    incremental = sync(mock, tmp_path, forms=[FORM])
    assert incremental["requests"] == 1 and incremental["rows_written"] == 0  # honestly blind to triage changes
    assert incremental["full_scan"] is None
    assert rows(tmp_path, f"select read from formr.{TABLE} where id = '{unread.id}'") == [(False,)]
    assert rows(tmp_path, f"select starred from formr.{TABLE} where id = '{unstarred.id}'") == [(False,)]
    assert rows(tmp_path, f"select count(*) from formr.notes where response_id = '{noted.id}'") == [(0,)]

    full = sync(mock, tmp_path, forms=[FORM], full_scan=True)
    assert full["requests"] == 1 + 2  # the incremental read's page, then every response in pages of 100
    assert full["resources"][TABLE]["rows_written"] == 3
    assert full["resources"]["notes"]["rows_written"] == 1
    assert full["rows_written"] == 3 + 1
    assert full["full_scan"] == {TABLE: {"read": 180, "changed": 3, "deleted": 0}}
    assert rows(tmp_path, f"select read from formr.{TABLE} where id = '{unread.id}'") == [(True,)]
    assert rows(tmp_path, f"select starred from formr.{TABLE} where id = '{unstarred.id}'") == [(True,)]
    assert rows(tmp_path, f"select id, note from formr.notes where response_id = '{noted.id}'") == [
        (note.id, "Called back")
    ]
    assert rows(tmp_path, f"select count(*), count(distinct id) from formr.{TABLE}") == [(180, 180)]


def test_a_response_deleted_in_formr_is_marked_only_by_a_full_scan(tmp_path: Path) -> None:
    mock = fresh_formr()
    sync(mock, tmp_path, forms=[FORM])
    # Formr's API has no delete: the owner deletes it in the dashboard, which is the mock's store.
    victim = next(s.id for s in mock.submissions.values() if s.form_id == "form_123" and s.notes)
    del mock.submissions[victim]

    incremental = sync(mock, tmp_path, forms=[FORM])
    assert incremental["deleted"] == {} and incremental["rows_written"] == 0
    assert rows(tmp_path, f"select _deleted_at is null from formr.{TABLE} where id = '{victim}'") == [(True,)]

    stored_row = f"select * exclude (_dlt_load_id, _dlt_id, _deleted_at) from formr.{TABLE} where id = '{victim}'"
    held = rows(tmp_path, stored_row)
    full = sync(mock, tmp_path, forms=[FORM], full_scan=True)
    assert full["deleted"] == {TABLE: 1}
    assert full["full_scan"] == {TABLE: {"read": 179, "changed": 0, "deleted": 1}}
    assert full["rows_written"] == 1
    assert rows(tmp_path, f"select id from formr.{TABLE} where _deleted_at is not null") == [(victim,)]
    assert rows(tmp_path, stored_row) == held  # the row keeps what it held: answers, triage, _raw
    assert rows(tmp_path, f"select count(*) from formr.notes where response_id = '{victim}'") == [(1,)]
    assert rows(tmp_path, f"select count(*) from formr.{TABLE} where _deleted_at is null") == [(179,)]

    again = sync(mock, tmp_path, forms=[FORM], full_scan=True)  # marked once: nothing more to write
    assert again["rows_written"] == 0 and again["deleted"] == {}


def test_a_full_scan_with_no_changes_writes_nothing(tmp_path: Path) -> None:
    mock = fresh_formr()
    first = sync(mock, tmp_path, forms=[FORM, "form_signup"], full_scan=True)  # a first run: all new
    assert first["full_scan"][TABLE] == {"read": 180, "changed": 0, "deleted": 0}  # the incremental read wrote them
    assert first["resources"][TABLE]["rows_written"] == 180
    again = sync(mock, tmp_path, forms=[FORM, "form_signup"], full_scan=True)
    assert again["rows_written"] == 0
    assert again["requests"] == (1 + 2) + (1 + 1)  # per form: the incremental page, then the scan's pages
    assert again["full_scan"] == {
        TABLE: {"read": 180, "changed": 0, "deleted": 0},
        "responses_form_signup": {"read": 30, "changed": 0, "deleted": 0},
    }


def test_a_full_scan_repairs_a_formsite_edit_the_update_window_missed(tmp_path: Path) -> None:
    """For providers with a change time the full scan is a repair: here an edit whose
    date_update did not move (as a broken assumption of the window would leave it)."""
    mock = create_mock("formsite", rate_limits=False)
    sync(mock, tmp_path, forms=["order"])
    result = mock.forms["order"].results[3]
    result["items"][0]["value"] = "Quietly edited"
    assert sync(mock, tmp_path, forms=["order"])["rows_written"] == 0
    full = sync(mock, tmp_path, forms=["order"], full_scan=True)
    assert full["full_scan"] == {"results_order": {"read": 12, "changed": 1, "deleted": 0}}
    assert full["rows_written"] == 1
    assert rows(tmp_path, f"select name from formsite.results_order where id = '{result['id']}'") == [
        ("Quietly edited",)
    ]


def test_a_full_scan_a_quota_stops_marks_nothing_and_the_next_one_marks_the_deletion(tmp_path: Path) -> None:
    """A scan that did not reach the end of a form proves no deletion in it."""
    mock = create_mock("formsite", rate_limits=False)
    sync(mock, tmp_path, forms=["contact"])
    victim = mock.forms["contact"].results.pop(120)["id"]
    # 4 calls a day, counted afresh: forms, items and the window's probe, then the first of the scan's 3 pages
    quota = {"quota": 4, "limiter": InProcessLimiter(time.time)}
    stopped = sync(mock, tmp_path, forms=["contact"], full_scan=True, client_options=quota)
    assert stopped["stopped"] is not None and stopped["stopped"]["reason"] == "quota"
    assert stopped["full_scan"]["results_contact"]["read"] == 100
    assert stopped["deleted"] == {}
    assert rows(tmp_path, "select count(*) from formsite.results_contact where _deleted_at is not null") == [(0,)]

    full = sync(mock, tmp_path, forms=["contact"], full_scan=True)
    assert full["stopped"] is None and full["deleted"] == {"results_contact": 1}
    assert rows(tmp_path, "select id from formsite.results_contact where _deleted_at is not null") == [(victim,)]


def test_postgres_full_scan_compares_jsonb_and_marks_a_deletion(tmp_path: Path, postgres_db: str) -> None:
    import psycopg2

    mock = fresh_formr()
    sync(mock, tmp_path, forms=[FORM], to=postgres_db)
    assert sync(mock, tmp_path, forms=[FORM], to=postgres_db, full_scan=True)["rows_written"] == 0
    victim = next(s for s in mock.submissions.values() if s.form_id == "form_123")
    del mock.submissions[victim.id]
    full = sync(mock, tmp_path, forms=[FORM], to=postgres_db, full_scan=True)
    assert full["full_scan"] == {TABLE: {"read": 179, "changed": 0, "deleted": 1}} and full["rows_written"] == 1
    with psycopg2.connect(postgres_db) as connection, connection.cursor() as cursor:
        cursor.execute(f"select name, _raw->'submission'->>'id' from formr.{TABLE} where _deleted_at is not null")
        assert cursor.fetchall() == [(victim.answers["name"], victim.id)]


@pytest.fixture
def formr_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    with ServedMock(create_mock("formr", rate_limits=False)) as served:
        monkeypatch.setenv("FORMR_TOKEN", credential(served.mock))
        monkeypatch.setenv("FORMR_BASE_URL", served.base_url)
        monkeypatch.setenv("FORMR_FORMS", FORM)
        monkeypatch.chdir(tmp_path)
        yield served


def test_cli_full_scan_dry_run_counts_the_stored_responses_and_the_summary_reports_the_scan(
    formr_env: ServedMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipelines = ["--pipelines-dir", str(tmp_path / "p")]
    assert main(["sync", "formr", "--dry-run", "--full-scan", "--json", *pipelines]) == 0
    before = json.loads(capsys.readouterr().out)
    assert before["requests"] == {f"responses {FORM}": 1, f"{TABLE} full scan": 1}  # nothing stored yet
    assert not (tmp_path / "formclients.duckdb").exists()

    assert main(["sync", "formr", "--json", "--no-progress", *pipelines]) == 0
    capsys.readouterr()
    assert main(["sync", "formr", "--dry-run", "--full-scan", "--json", *pipelines]) == 0
    estimate = json.loads(capsys.readouterr().out)
    assert estimate["requests"] == {f"responses {FORM}": 1, f"{TABLE} full scan": 2}  # 180 stored: 2 pages of 100
    assert estimate["requests_total"] == 3

    assert main(["sync", "formr", "--full-scan", "--json", "--no-progress", *pipelines]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["requests"] == estimate["requests_total"]
    assert summary["full_scan"] == {TABLE: {"read": 180, "changed": 0, "deleted": 0}}
    assert summary["rows_written"] == 0

    assert main(["sync", "formr", "--full-scan", "--no-progress", *pipelines]) == 0
    text = capsys.readouterr().out
    assert f"full scan of {TABLE}: 180 read, 0 new or changed (written), 0 deleted at the source" in text
