"""kill -9 at 20 random points of `formclients sync` (a subprocess, over HTTP against a served
mock), with results added and edited between the kills; then a run to the end: the destination
equals the source, with no duplicates and no gaps. On DuckDB and on a real PostgreSQL."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from formclients.mocks import create_mock
from formclients.mocks.formsite import FormsiteMock, iso

from .conftest import ServedMock

KILLS = 20
SEED = 20260113


def answered(mock: FormsiteMock) -> int:
    return sum(mock.answered.values())


def start_sync(served: ServedMock, to: str, workdir: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "FORMSITE_TOKEN": served.mock.credentials[0].value,
        "FORMSITE_BASE_URL": served.base_url,
        "RUNTIME__LOG_LEVEL": "CRITICAL",
    }
    command = [sys.executable, "-m", "formclients.cli", "sync", "formsite", "--to", to, "--no-progress", "--json"]
    command += ["--pipelines-dir", str(workdir / "pipelines")]
    return subprocess.Popen(command, env=env, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_at_random_point(process: subprocess.Popen[bytes], mock: FormsiteMock, rng: random.Random) -> str:
    """Kill after the k-th answered request (during extraction), or a while after the last one
    (normalize and load): points spread over the whole run."""
    before = answered(mock)
    if rng.random() < 0.6:
        target = before + rng.randint(1, 9)  # a full first sync of the demo account is 9 requests
        deadline = time.monotonic() + 30
        while answered(mock) < target and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.02))
        where = f"after request {answered(mock) - before}"
    else:
        deadline = time.monotonic() + 30
        while answered(mock) == before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        delay = rng.uniform(0, 1.5)
        time.sleep(delay)
        where = f"{delay:.2f} s after the first request"
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    return "finished before the kill" if finished else where


def change_source(mock: FormsiteMock, rng: random.Random, step: int) -> None:
    """People keep submitting and editing while syncs die."""
    mock.complete_result("contact", {"100": f"Submitted during kill {step}"})
    edited = rng.choice(mock.forms["order"].results)
    edited["items"][0]["value"] = f"Edited during kill {step}"
    edited["date_update"] = iso(mock.now())


CHECKED = {"contact": ("100", "what_is_your_name"), "order": ("100", "name"), "survey2025": ("303", "comments")}


def source_state(mock: FormsiteMock) -> dict[str, dict[str, str]]:
    """Per form: result id -> the answer to one text item (edited between kills)."""
    return {
        form: {
            result["id"]: next(item["value"] for item in result["items"] if item["id"] == CHECKED[form][0])
            for result in data.results
        }
        for form, data in mock.forms.items()
    }


def run_kill_test(
    tmp_path: Path, to: str, query: Callable[[str], list[tuple[Any, ...]]]
) -> tuple[list[str], dict[str, Any]]:
    rng = random.Random(SEED)
    mock = create_mock("formsite", rate_limits=False)
    assert isinstance(mock, FormsiteMock)
    points: list[str] = []
    with ServedMock(mock) as served:
        for step in range(KILLS):
            points.append(kill_at_random_point(start_sync(served, to, tmp_path), mock, rng))
            change_source(mock, rng, step)
        final = start_sync(served, to, tmp_path)
        out, err = final.communicate(timeout=120)
        assert final.returncode == 0, err.decode()[-2000:]
    expected = source_state(mock)
    for form, results in expected.items():
        table = f"formsite.results_{form}"
        stored = query(f"select id, {CHECKED[form][1]} from {table} where _deleted_at is null")
        assert len(stored) == len({row[0] for row in stored}), f"duplicates in {table}"
        assert dict(stored) == results, f"{table} differs from the source"
        assert query(f"select count(*), count(distinct id) from {table}") == [(len(results), len(results))]
    return points, json.loads(out)


def test_kill_9_at_20_points_then_rerun_duckdb(tmp_path: Path) -> None:
    import duckdb

    target = tmp_path / "sync.duckdb"

    def query(sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(target), read_only=True) as db:
            return db.execute(sql).fetchall()

    points, summary = run_kill_test(tmp_path, f"duckdb:///{target}", query)
    mid_run = [point for point in points if point != "finished before the kill"]
    assert len(mid_run) >= KILLS - 2, points  # nearly every kill landed inside a run
    assert summary["http_429"] == 0


def test_kill_9_at_20_points_then_rerun_postgres(tmp_path: Path, postgres_db: str) -> None:
    import psycopg2

    def query(sql: str) -> list[tuple[Any, ...]]:
        with psycopg2.connect(postgres_db) as connection, connection.cursor() as cursor:
            cursor.execute(sql)
            return list(cursor.fetchall())

    points, _ = run_kill_test(tmp_path, postgres_db, query)
    assert len([point for point in points if point != "finished before the kill"]) >= KILLS - 2, points
