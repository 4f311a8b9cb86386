"""The incremental guarantees on a real PostgreSQL server (the crash test runs there too)."""

from __future__ import annotations

from pathlib import Path

import psycopg2

from formclients.mocks import create_mock
from formclients.mocks.cognito_forms import CognitoFormsMock
from formclients.mocks.formsite import FormsiteMock, iso

from .conftest import sync


def test_postgres_second_sync_writes_nothing_then_exactly_n_plus_m(tmp_path: Path, postgres_db: str) -> None:
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    assert sync(mock, tmp_path, to=postgres_db)["resources"]["results_contact"]["rows_written"] == 250
    again = sync(mock, tmp_path, to=postgres_db)
    assert again["rows_written"] == 0 and again["requests"] == 7
    mock.complete_result("contact", {"100": "Grace"})
    for result in mock.forms["contact"].results[:2]:
        result["items"][0]["value"] = "Edited"
        result["date_update"] = iso(mock.now())
    assert sync(mock, tmp_path, to=postgres_db)["resources"]["results_contact"]["rows_written"] == 1 + 2
    with psycopg2.connect(postgres_db) as connection, connection.cursor() as cursor:
        cursor.execute("select count(*), count(distinct id) from formsite.results_contact")
        assert cursor.fetchall() == [(251, 251)]
        cursor.execute("select count(*) from formsite.results_contact where what_is_your_name = 'Edited'")
        assert cursor.fetchall() == [(2,)]


def test_postgres_marks_a_deleted_entry_and_keeps_what_it_held(tmp_path: Path, postgres_db: str) -> None:
    mock = create_mock("cognito_forms", rate_limits=False)
    assert isinstance(mock, CognitoFormsMock)
    sync(mock, tmp_path, forms=["1"], to=postgres_db)
    form = mock.store.forms["1"]
    message = form.entries[5].values["Message"]
    mock.store.delete_entry(form, form.entries[5])
    assert sync(mock, tmp_path, forms=["1"], to=postgres_db)["deleted"] == {"entries_1": 1}
    with psycopg2.connect(postgres_db) as connection, connection.cursor() as cursor:
        cursor.execute(
            "select id, message, _deleted_at is not null from cognito_forms.entries_1 where _deleted_at is not null"
        )
        assert cursor.fetchall() == [("1-5", message, True)]
        cursor.execute("select count(*) from cognito_forms.entries_1 where _deleted_at is null")
        assert cursor.fetchall() == [(39,)]
