"""`formclients sync` benchmarks (a section of scripts/bench.py; also runs alone).

1. Rate limits: a first sync against a served mock with its real limits (a real socket, the
   real clock): requests sent against the minimum the API allows, 429s, and elapsed against
   the rate-limit bound (the least time that many requests can take).
2. Memory: 100,000 Formsite results synced with limits off, peak traced memory (tracemalloc)
   and peak resident memory (each sync alone in a fresh process) against the 10,000-result run.
3. Throughput: rows/s of the sync next to a hand-written httpx + sqlite3 loop doing the same copy.

The mocks run in a child process, so only the sync's own work is measured here; the Formsite
mock answers pages from its results index (formclients/mocks/formsite/results.py), the same mock
for the sync and for the hand-written loop.

    python scripts/bench_sync.py [--results 100000] [--skip-limits] [--skip-memory] [--against REF]

`--against REF` times the sync of another commit (e.g. `main`) in the same rounds, a before and
after measured side by side; `--skip-memory` runs the throughput part alone.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import multiprocessing
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from formclients.mocks import create_mock
from formclients.mocks.formsite import EPOCH, FormsiteMock, iso
from formclients.runtime import Throttle
from formclients.sync import SyncOptions, run_sync


def scaled_formsite(results: int, rate_limits: bool) -> FormsiteMock:
    mock = create_mock("formsite", rate_limits=rate_limits)
    assert isinstance(mock, FormsiteMock)
    form = mock.forms["contact"]
    template = form.results
    rows = []
    for index in range(results):
        base = template[index % len(template)]
        moment = iso(EPOCH + timedelta(seconds=37 * index))
        rows.append(
            {**base, "id": str(2_000_000 + index), "date_start": moment, "date_finish": moment, "date_update": moment}
        )
    form.results = rows
    return mock


def _serve(provider: str, results: int, rate_limits: bool, ports: Any) -> None:
    import asyncio

    import uvicorn

    mock = scaled_formsite(results, rate_limits) if results else create_mock(provider, rate_limits=rate_limits)
    server = uvicorn.Server(uvicorn.Config(mock.app, host="127.0.0.1", port=0, log_level="warning"))

    async def main() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        ports.put(server.servers[0].sockets[0].getsockname()[1])
        await task

    asyncio.run(main())


class Served:
    """A mock served by uvicorn in a child process on a free port."""

    def __init__(self, provider: str, *, results: int = 0, rate_limits: bool = True) -> None:
        self.provider = provider
        context = multiprocessing.get_context("fork")
        ports = context.Queue()
        self.process = context.Process(target=_serve, args=(provider, results, rate_limits, ports), daemon=True)
        self.process.start()
        port = ports.get(timeout=600)
        path = create_mock(provider, rate_limits=False).base_url.removeprefix("http://mock.local")
        self.base_url = f"http://127.0.0.1:{port}{path}"

    def close(self) -> None:
        self.process.terminate()
        self.process.join(10)


def sync_options(served: Served, directory: Path, token: str, **options: Any) -> SyncOptions:
    # limiter="memory": the mocks' demo tokens' windows and quotas count for this run only (the
    # default store, a file in the user's cache, would carry Formsite's 10,000 a day from run to run)
    client_options = {"token": token, "base_url": served.base_url, "limiter": "memory"}
    client_options |= options.pop("client_options", {})
    return SyncOptions(
        served.provider,
        to=f"duckdb:///{directory / 'bench.duckdb'}",
        pipelines_dir=str(directory / "pipelines"),
        client_options=client_options,
        **options,
    )


# -- 1. real rate limits --------------------------------------------------------------------------


def bench_limits() -> None:
    print("sync against served mocks with their real limits (real clock):")
    jobs: list[tuple[str, str, list[str], int, int]] = [
        # provider, token, forms, results in Formsite's contact form (0: the demo data), minimum requests
        (
            "formester",
            "fmstr_v2_full_3f9a1c7e5b2d4068a1e9",
            ["456", "123", "789", "1001", "1002", "1003", "1004"],
            0,
            0,
        ),
        ("formsite", "fs_demo_token", ["contact"], 5_000, 0),
    ]
    for provider, token, forms, results, _ in jobs:
        served = Served(provider, results=results)
        try:
            mock = scaled_formsite(results, True) if results else create_mock(provider)
            minimum = minimum_requests(mock, forms)
            limits = mock.profile.rate_limits
            with tempfile.TemporaryDirectory(prefix="h8-sync-bench-") as scratch:
                throttle = Throttle(limits)  # a fresh window: nothing else used this token in this process
                options = sync_options(served, Path(scratch), token, forms=forms, client_options={"throttle": throttle})
                summary = run_sync(options)
        finally:
            served.close()
        ratio = summary["elapsed"] / summary["bound"] if summary["bound"] else float("nan")
        print(
            f"  {provider:<10} {sum(r['rows_written'] for r in summary['resources'].values()):>6} rows:"
            f" {summary['requests']} requests (minimum {minimum}), {summary['http_429']} x 429,"
            f" elapsed {summary['elapsed']:.1f} s, bound {summary['bound']:.1f} s, ratio {ratio:.3f}"
        )


def minimum_requests(mock: Any, forms: list[str]) -> int:
    """The fewest requests an exact first sync of these forms can make, counted from the mock's store
    and the APIs' page sizes (Formsite 100, Formester 20).

    Formsite: the forms, each form's items, and its results' pages (a keyset walk, at least one).
    Formester's lists are numbered pages where new items land at the end, and the API offers no
    key to walk by: an exact read of n > 1 pages must learn n (page 1) and then read n down to 1
    (a deletion meanwhile moves an item onto a page read earlier in any other order), n + 1 requests.
    """
    if mock.provider == "formsite":
        return 1 + sum(1 + max(1, math.ceil(len(mock.forms[form].results) / 100)) for form in forms)

    def reverse_walk(items: int) -> int:
        pages = math.ceil(items / 20)
        return pages + 1 if pages > 1 else 1

    per_form = {str(form_id): 0 for form_id in mock.forms}
    for submission in mock.submissions.values():
        form_id = next(str(f["id"]) for f in mock.forms.values() if f["uuid"] == submission["formId"])
        per_form[form_id] += 1
    return reverse_walk(len(mock.forms)) + sum(reverse_walk(per_form[form]) for form in forms)


# -- 2. memory and 3. throughput ----------------------------------------------------------------------


def traced_sync(results: int) -> tuple[float, float, int]:
    """(peak traced MB, seconds, rows) of a first sync of `results` Formsite results, limits off."""
    served = Served("formsite", results=results, rate_limits=False)
    try:
        with tempfile.TemporaryDirectory(prefix="h8-sync-bench-") as scratch:
            options = sync_options(
                served, Path(scratch), "fs_demo_token", forms=["contact"], client_options={"throttle": False}
            )
            gc.collect()
            tracemalloc.start()
            started = time.perf_counter()
            summary = run_sync(options)
            elapsed = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    finally:
        served.close()
    return peak / 2**20, elapsed, summary["resources"]["results_contact"]["rows_written"]


def peak_rss_sync(results: int) -> tuple[float, int]:
    """(peak resident MB, rows) of a first sync of `results` Formsite results, limits off, alone in a
    fresh process: what the machine gives the sync, native memory (DuckDB, pyarrow) included."""
    command = [sys.executable, str(Path(__file__).resolve()), "--rss-sync", str(results)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"the sync failed:\n{done.stderr[-3000:]}")
    peak, rows = json.loads(done.stdout.strip().splitlines()[-1])
    return float(peak), int(rows)


def rss_sync(results: int) -> tuple[float, int]:
    """The child of `peak_rss_sync` (the mock is served by a child of its own, so it is not counted)."""
    served = Served("formsite", results=results, rate_limits=False)
    try:
        with tempfile.TemporaryDirectory(prefix="h8-sync-bench-") as scratch:
            options = sync_options(
                served, Path(scratch), "fs_demo_token", forms=["contact"], client_options={"throttle": False}
            )
            rows = run_sync(options)["resources"]["results_contact"]["rows_written"]
    finally:
        served.close()
    return peak_resident_mb(), rows


def peak_resident_mb() -> float:
    """This process's peak resident memory: Linux's VmHWM, which starts afresh at exec (getrusage's
    ru_maxrss keeps the peak of the process that forked it, here the parent's 100,000-result run)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_memory(results: int) -> None:
    small = results // 10
    print("memory: peak during a first sync, limits off, mock in a child process:")
    traced_sync(min(small, 1_000))  # warm-up: one-time imports and caches would count in the first run only
    low, _, low_rows = traced_sync(small)
    high, _, high_rows = traced_sync(results)
    (low_rss, _), (high_rss, _) = peak_rss_sync(small), peak_rss_sync(results)
    print("                   traced (Python heap)   resident (whole process)")
    print(f"  {low_rows:>7} results  {low:8.1f} MB            {low_rss:8.1f} MB")
    print(f"  {high_rows:>7} results  {high:8.1f} MB            {high_rss:8.1f} MB")
    print(f"  ratio            {high / low:8.2f}x               {high_rss / low_rss:8.2f}x  (goal: <= 1.2x)")


def hand_written_copy(base_url: str, database: Path) -> int:
    """What a user writes by hand: page through with httpx, INSERT OR REPLACE into sqlite3."""
    rows = 0
    with (
        httpx.Client(base_url=base_url, headers={"Authorization": "bearer fs_demo_token"}) as client,
        sqlite3.connect(database) as db,
    ):
        db.execute("create table if not exists results (id text primary key, date_update text, name text, raw text)")
        for results in result_pages(client):
            db.executemany(
                "insert or replace into results values (?, ?, ?, ?)",
                [(r["id"], r["date_update"], r["items"][0].get("value"), json.dumps(r)) for r in results],
            )
            rows += len(results)
    return rows


def result_pages(client: httpx.Client) -> Iterator[list[dict[str, Any]]]:
    """Every page of `contact`'s results, as a hand-written loop pages through them."""
    page = 1
    while True:
        params: dict[str, str | int] = {"limit": 100, "page": page, "sort_id": "date_update", "sort_direction": "asc"}
        response = client.get("/forms/contact/results", params=params)
        response.raise_for_status()
        yield response.json()["results"]
        if page >= int(response.headers["Pagination-Page-Last"]):
            return
        page += 1


def plain_client_loop(base_url: str) -> int:
    """The mock's own cost: the same pages fetched and parsed, nothing stored."""
    with httpx.Client(base_url=base_url, headers={"Authorization": "bearer fs_demo_token"}) as client:
        return sum(len(results) for results in result_pages(client))


def timed_sync(base_url: str) -> tuple[int, float, float]:
    """(rows written, seconds, CPU seconds of this process) of a first sync of the served mock's form."""
    served = Served.__new__(Served)  # served by the parent process: only its address is needed here
    served.provider, served.base_url = "formsite", base_url
    with tempfile.TemporaryDirectory(prefix="h8-sync-bench-") as scratch:
        options = sync_options(
            served, Path(scratch), "fs_demo_token", forms=["contact"], client_options={"throttle": False}
        )
        cpu, started = time.process_time(), time.perf_counter()
        rows = run_sync(options)["resources"]["results_contact"]["rows_written"]
        return rows, time.perf_counter() - started, time.process_time() - cpu


def sync_in_child(tree: Path, base_url: str) -> tuple[int, float, float]:
    """`timed_sync` in a fresh Python whose `formclients` and generated clients come from `tree`
    (this checkout, or another commit's files), after one warm-up sync, so one-time imports and
    caches count for neither side."""
    environment = os.environ | {"PYTHONPATH": f"{tree}{os.pathsep}{tree / 'generated'}"}
    command = [sys.executable, str(Path(__file__).resolve()), "--timed-sync", base_url]
    done = subprocess.run(command, env=environment, cwd=tree, capture_output=True, text=True, timeout=1200)
    if done.returncode != 0:
        raise RuntimeError(f"the sync in {tree} failed:\n{done.stderr[-3000:]}")
    rows, seconds, cpu = json.loads(done.stdout.strip().splitlines()[-1])
    return int(rows), float(seconds), float(cpu)


def checkout_of(ref: str, scratch: Path) -> Path:
    """The files of commit `ref` of this repository, unpacked under `scratch` (no worktree, no checkout)."""
    root = Path(__file__).resolve().parent.parent
    tree = scratch / "against"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(root), "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def bench_throughput(results: int, rounds: int, against: str | None = None) -> None:
    """rows/s of the sync, of the hand-written loop and of a plain client loop (the mock's cost),
    interleaved round by round so drift on a shared machine hits all alike; with `against`, the
    sync of that commit too. Each sync runs in a fresh child process after a warm-up sync."""
    served = Served("formsite", results=results, rate_limits=False)
    runs: dict[str, list[tuple[float, float]]] = {}  # what -> (rows/s, CPU seconds of the syncing process)
    labels = {"sync": "formclients sync (typed columns, raw JSON, DuckDB)"}
    try:
        with tempfile.TemporaryDirectory(prefix="h8-sync-bench-") as scratch:
            trees = {"sync": Path(__file__).resolve().parent.parent}
            if against:
                trees["against"] = checkout_of(against, Path(scratch))
                labels["against"] = f"formclients sync at {against}"
            for _ in range(rounds):
                for label, tree in trees.items():
                    rows, seconds, cpu = sync_in_child(tree, served.base_url)
                    assert rows == results, (label, rows)
                    runs.setdefault(label, []).append((rows / seconds, cpu))
                with tempfile.TemporaryDirectory(prefix="h8-sync-bench-") as hand:
                    started = time.perf_counter()
                    copied = hand_written_copy(served.base_url, Path(hand) / "hand.sqlite")
                    runs.setdefault("hand", []).append((copied / (time.perf_counter() - started), 0.0))
                started = time.perf_counter()
                fetched = plain_client_loop(served.base_url)
                runs.setdefault("plain", []).append((fetched / (time.perf_counter() - started), 0.0))
                assert copied == fetched == results, (copied, fetched)
    finally:
        served.close()
    labels |= {"hand": "hand-written httpx + sqlite3 loop", "plain": "plain httpx loop, nothing stored (mock cost)"}
    median = {label: statistics.median(per_second for per_second, _ in pairs) for label, pairs in runs.items()}
    print(f"throughput: {results} Formsite results over HTTP, limits off ({rounds} rounds, median):")
    for label, text in labels.items():
        used = f"  CPU {statistics.median(c for _, c in runs[label]):5.2f} s" if label in trees else ""
        print(f"  {text:<52} {median[label]:9.0f} rows/s  {median[label] / median['hand']:5.2f}x hand{used}")


def main(results: int = 100_000, rounds: int = 3, limits: bool = True, against: str | None = None) -> None:
    if limits:
        bench_limits()
    bench_memory(results)
    bench_throughput(results // 10, rounds, against)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-limits", action="store_true", help="leave out the real-limits runs (minutes)")
    parser.add_argument("--skip-memory", action="store_true", help="leave out the memory runs (minutes)")
    parser.add_argument("--against", metavar="REF", help="also time the sync of this commit (git ref), side by side")
    parser.add_argument("--timed-sync", metavar="URL", help=argparse.SUPPRESS)  # the child of sync_in_child
    parser.add_argument("--rss-sync", type=int, metavar="N", help=argparse.SUPPRESS)  # the child of peak_rss_sync
    arguments = parser.parse_args()
    if arguments.rss_sync:
        print(json.dumps(rss_sync(arguments.rss_sync)))
    elif arguments.timed_sync:
        timed_sync(arguments.timed_sync)  # warm-up
        print(json.dumps(timed_sync(arguments.timed_sync)))
    elif arguments.skip_memory:
        bench_throughput(arguments.results // 10, arguments.rounds, arguments.against)
    else:
        main(arguments.results, arguments.rounds, not arguments.skip_limits, arguments.against)
