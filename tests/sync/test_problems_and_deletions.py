"""A value that no longer fits its column lands in `_raw` with the problem reported; records
deleted at the source are found (count check, then a full-key scan) and marked."""

from __future__ import annotations

from pathlib import Path

import duckdb

from formclients.mocks import create_mock
from formclients.mocks.formsite import FormsiteMock

from .conftest import sync


def rows(tmp_path: Path, query: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(tmp_path / "sync.duckdb"), read_only=True) as db:
        return db.execute(query).fetchall()


def test_an_answer_whose_type_changed_lands_in_raw_and_is_reported(tmp_path: Path) -> None:
    mock = create_mock("formester", rate_limits=False)
    sync(mock, tmp_path, forms=["456"])
    assert rows(tmp_path, "select type from formester.fields where form = '456' and id = 'Rating'") == [("bigint",)]
    submission = next(iter(s for s in mock.submissions.values() if s["data"].get("Rating")))
    submission["data"]["Rating"] = "five stars"
    submission["updatedAt"] = "2026-06-01T00:00:00.000Z"
    summary = sync(mock, tmp_path, forms=["456"])
    assert summary["resources"]["submissions_456"]["rows_written"] == 1
    assert summary["problems"] == [
        {
            "table": "submissions_456",
            "id": submission["id"],
            "problem": "Rating (rating): expected bigint, got str 'five stars'",
        }
    ]
    stored = rows(
        tmp_path,
        "select rating, _raw->'$.data.Rating', _problems from formester.submissions_456"
        f" where id = '{submission['id']}'",
    )
    assert stored == [(None, '"five stars"', "Rating (rating): expected bigint, got str 'five stars'")]
    assert rows(tmp_path, "select count(*) from formester.submissions_456 where _problems is not null") == [(1,)]


def test_deleted_formester_submissions_are_marked(tmp_path: Path) -> None:
    mock = create_mock("formester", rate_limits=False)
    sync(mock, tmp_path, forms=["123"])
    victims = [key for key in mock.submissions if mock.submissions[key]["formId"] == mock.forms[123]["uuid"]][:2]
    for key in victims:
        del mock.submissions[key]
    summary = sync(mock, tmp_path, forms=["123"])
    assert summary["deleted"] == {"submissions_123": 2}
    marked = rows(tmp_path, "select id from formester.submissions_123 where _deleted_at is not null order by id")
    assert marked == sorted((key,) for key in victims)
    assert rows(tmp_path, "select count(*) from formester.submissions_123 where _deleted_at is null") == [(6,)]
    again = sync(mock, tmp_path, forms=["123"])  # marked once: nothing more to write
    assert again["rows_written"] == 0 and again["deleted"] == {}


def test_no_deletion_scan_when_the_counts_agree(tmp_path: Path) -> None:
    mock = create_mock("formsite", rate_limits=False)
    sync(mock, tmp_path)
    again = sync(mock, tmp_path)
    assert again["deleted"] == {} and again["requests"] == 7  # no full-key scan was needed


def test_deleted_formsite_result_is_marked_and_a_gap_is_repaired(tmp_path: Path) -> None:
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    sync(mock, tmp_path)
    results = mock.forms["contact"].results
    deleted = results.pop(7)
    summary = sync(mock, tmp_path)
    assert summary["deleted"] == {"results_contact": 1}
    assert rows(
        tmp_path, f"select _deleted_at is not null from formsite.results_contact where id = '{deleted['id']}'"
    ) == [(True,)]
    # A gap: a result stored nowhere and older than the cursor (as a page shift on live data could leave).
    with duckdb.connect(str(tmp_path / "sync.duckdb")) as db:
        db.execute(f"delete from formsite.results_contact where id = '{results[3]['id']}'")
    repaired = sync(mock, tmp_path)
    assert repaired["resources"]["results_contact_rescan"]["items"] == 249
    assert rows(tmp_path, "select count(*) from formsite.results_contact where _deleted_at is null") == [(249,)]
