"""A long rate-limit wait is spent loading what was read, not sleeping: the destination holds
every page read before it, and the run makes no more requests than it would have."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from formclients.mocks import create_mock
from formclients.runtime import InProcessLimiter, RateLimit, Throttle
from formclients.sync import _source

from .conftest import sync


class Clock:
    """The throttle's clock; each sleep of 3 s or more records how many rows the destination holds."""

    def __init__(self, database: Path) -> None:
        self.t, self.database = 1_800_000_000.0, database
        self.loaded_at_waits: list[int] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        if seconds >= 3:
            with duckdb.connect(str(self.database), read_only=True) as db:
                tables = {name for (name,) in db.execute("select table_name from information_schema.tables").fetchall()}
                query = "select count(*) from formsite.results_contact"
                self.loaded_at_waits.append(db.execute(query).fetchall()[0][0] if "results_contact" in tables else 0)
        self.t += seconds


def synced(tmp_path: Path, requests_per_minute: int) -> tuple[dict[str, object], Clock]:
    """A first sync of Formsite's `contact` (250 results: 3 pages) under a tight limit on a fake clock."""
    mock = create_mock("formsite", rate_limits=False)
    clock = Clock(tmp_path / "sync.duckdb")
    limit = RateLimit("per-minute", requests_per_minute, 60)
    throttle = Throttle([limit], limiter=InProcessLimiter(clock), clock=clock, sleep=clock.sleep)
    summary = sync(mock, tmp_path, forms=["contact"], client_options={"throttle": throttle})
    return summary, clock


def test_a_long_wait_loads_the_pages_read_before_it_and_costs_no_request(tmp_path: Path) -> None:
    # 2 a minute: the forms list and the items go at once; the first page waits with nothing read (it
    # sleeps), the second goes, the third waits with 2 pages read: they are loaded, then it sleeps
    summary, clock = synced(tmp_path, 2)
    assert summary["requests"] == 1 + 1 + 3  # as without limits: the wait gave its turn up, nothing more
    assert clock.loaded_at_waits == [0, 200]  # at the second long wait, both pages read were in the table
    assert summary["loads"] == 2
    with duckdb.connect(str(tmp_path / "sync.duckdb"), read_only=True) as db:
        stored = db.execute("select count(*), count(distinct id) from formsite.results_contact").fetchall()
    assert stored == [(250, 250)]


def test_short_waits_are_slept_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the neighbouring case: waits shorter than LOAD_IN_WAITS_FROM do not cut the load
    monkeypatch.setattr(_source, "LOAD_IN_WAITS_FROM", 61.0)
    summary, clock = synced(tmp_path, 2)
    assert summary["requests"] == 1 + 1 + 3
    assert clock.loaded_at_waits == [0, 0] and summary["loads"] == 1
