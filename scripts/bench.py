"""Benchmarks, measured side by side in one run on this machine (medians of interleaved rounds).

1. Pagination overhead: the generated client's `iter_items` (typed models, throttle and meter
   in the transport stack) against a hand-written httpx loop over the same in-process mock.
2. Throttling: a bulk job against a mock with its real rate limits on a simulated clock,
   once with the client's throttle and once with a naive client that relies on retries
   (honouring Retry-After). Counts 429s, requests and simulated seconds.
3. Regeneration: a no-op `scripts/generate.py` run (inputs unchanged) against a forced one.
4. Shared limits: 2 and 4 processes on one token against served mocks with their real limits,
   sharing the limit through SQLite, Redis, or not at all (real servers and processes; about 70 s).

    python scripts/bench.py [--rounds N]      (or: nox -s bench -- --rounds N)
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import Queue
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

import formester_client
import formsite_client
import httpx
from formester_client.api.forms import list_forms
from formester_client.api.submissions import get_submission, list_submissions
from formsite_client.api.forms import get_form
from formsite_client.api.results import get_form_results

from formclients.mocks import FakeClock, ProviderMock, create_mock
from formclients.runtime import Throttle, retry_policy

ROOT = Path(__file__).resolve().parent.parent
FORMSITE_FORM = "contact"  # the demo form with 250 results


class CountingTransport(httpx.BaseTransport):
    """Counts every attempt's status on its way back from the mock (retried 429s included)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.statuses: Counter[int] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.statuses[response.status_code] += 1
        return response


def seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# -- 1. pagination ------------------------------------------------------------------------------------


def bench_pagination(rounds: int) -> None:
    mock = create_mock("formsite", rate_limits=False)
    token = mock.credentials[0].value
    client = formsite_client.AuthenticatedClient(
        token, base_url=mock.base_url, transport=mock.transport(), throttle=False, retry=False
    )
    raw = httpx.Client(base_url=mock.base_url, transport=mock.transport(), headers={"Authorization": f"bearer {token}"})

    def generated() -> int:
        return sum(1 for _ in get_form_results.iter_items(FORMSITE_FORM, client=client))

    def hand_written() -> int:
        count, page = 0, 1
        while True:
            response = raw.get(f"/forms/{FORMSITE_FORM}/results", params={"limit": 100, "page": page})
            response.raise_for_status()
            count += len(response.json()["results"])
            if page >= int(response.headers["Pagination-Page-Last"]):
                return count
            page += 1

    assert generated() == hand_written() > 100, "both must read the same results, over more than one page"
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):  # interleaved, so drift on a shared machine hits both alike
        ours.append(seconds(generated))
        theirs.append(seconds(hand_written))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"pagination ({generated()} Formsite results, {rounds} rounds, median):")
    print(f"  iter_items (typed)      {a * 1000:8.1f} ms")
    print(f"  hand-written httpx loop {b * 1000:8.1f} ms")
    print(f"  ratio                   {a / b:8.2f}x")


# -- 2. throttling ------------------------------------------------------------------------------------


def bulk_job(provider: str, make: Callable[[Any], Any], job: Callable[[Any], int], throttled: bool) -> str:
    clock = FakeClock()
    mock: ProviderMock = create_mock(provider, rate_limits=True, clock=clock)
    counting = CountingTransport(mock.transport())
    options: dict[str, Any] = {"base_url": mock.base_url, "transport": counting}
    if throttled:
        throttle = Throttle(mock.profile.rate_limits, clock=clock.now, sleep=clock.advance)
        options |= {"throttle": throttle, "retry": False}
    else:
        options |= {"throttle": False, "retry": retry_policy(attempts=50, total_wait=3600, sleep=clock.advance)}
    client = make(mock.credentials[0].value, **options)
    start = clock.now()
    done = job(client)
    elapsed = clock.now() - start
    sent = sum(counting.statuses.values())
    return f"{done:4d} calls, {sent:4d} requests sent, {counting.statuses[429]:3d} x 429, {elapsed:7.1f} s simulated"


def bench_throttling() -> None:
    def formester(token: str, **options: Any) -> Any:
        return formester_client.AuthenticatedClient(token, **options)

    def formsite(token: str, **options: Any) -> Any:
        return formsite_client.AuthenticatedClient(token, **options)

    def every_submission(client: Any) -> int:
        pages = list(list_submissions.iter_pages(client=client, form_id=456))
        ids = [submission.id for page in pages for submission in page.items]
        for submission_id in ids:
            get_submission.sync(str(submission_id), client=client)
        return len(pages) + len(ids)

    def forms_120(client: Any) -> int:
        for _ in range(120):
            get_form.sync(FORMSITE_FORM, client=client)
        return 120

    jobs = [
        ("Formester, 10 per 60 s", "formester", formester, every_submission),
        ("Formsite, 50 per minute", "formsite", formsite, forms_120),
    ]
    print("throttling (mock's real limits, simulated clock):")
    for title, provider, make, job in jobs:
        print(f"  {title}:")
        print(f"    throttled            {bulk_job(provider, make, job, throttled=True)}")
        print(f"    naive + retries      {bulk_job(provider, make, job, throttled=False)}")


# -- 3. regeneration ----------------------------------------------------------------------------------


def bench_generate(rounds: int) -> None:
    def run(*args: str) -> Callable[[], object]:
        command = [sys.executable, str(ROOT / "scripts" / "generate.py"), *args, "formsite"]
        return lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True)

    noop: list[float] = []
    forced: list[float] = []
    for _ in range(rounds):
        forced.append(seconds(run("--force")))
        noop.append(seconds(run()))
    a, b = statistics.median(noop), statistics.median(forced)
    print(f"regeneration of formsite ({rounds} rounds, median):")
    print(f"  no-op (inputs unchanged) {a:6.2f} s")
    print(f"  forced                   {b:6.2f} s")
    print(f"  ratio                    {a / b:6.2f}x")


# -- 4. shared limits ---------------------------------------------------------------------------------
#
# 2 and 4 processes on one Formester token against served mocks with their real limit (10 requests
# per 60 s), 12 calls in all, retries off so that every 429 shows. Each run gets a mock of its own
# (`formclients mock formester`, a real server on 127.0.0.1); all runs go at once, side by side:
# memory (each process limits only itself, as before the shared stores), sqlite (one file, the
# default store) and redis (one redis-server; left out with a note when it is not installed).
# The bound is what the window needs: the 11th and 12th calls may go out only when the 1st and 2nd
# leave the window, 60 s later. The goal: 0 x 429 and elapsed <= 1.05 x the bound.

LIMITER_CALLS = 12
REQUESTS, PERIOD = 10, 60.0  # Formester's documented limit, as its spec and mock have it
BOUND = (math.ceil(LIMITER_CALLS / REQUESTS) - 1) * PERIOD


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Served:
    process: subprocess.Popen[bytes]
    base_url: str


def serve_formester(count: int) -> list[Served]:
    """`count` Formester mocks, each a real server (`formclients mock`) on a free port of 127.0.0.1."""
    path = create_mock("formester").base_url.removeprefix("http://mock.local")
    served = []
    for _ in range(count):
        port = free_port()
        command = [sys.executable, "-m", "formclients.cli", "mock", "formester", "--host", "127.0.0.1", "--port"]
        process = subprocess.Popen([*command, str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        served.append(Served(process, f"http://127.0.0.1:{port}{path}"))
    deadline = time.monotonic() + 120
    for mock in served:
        while True:
            try:
                if httpx.get(mock.base_url.removesuffix(path) + "/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the Formester mocks did not start within 120 s") from None
                time.sleep(0.1)
    return served


def start_redis(directory: Path) -> tuple[int, Path] | None:
    """A redis-server of our own on a free port: (port, pidfile), or None when it is not installed."""
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    port = free_port()
    pidfile = directory / "redis.pid"
    options = {"port": port, "bind": "127.0.0.1", "save": "", "appendonly": "no", "dir": directory}
    options |= {"daemonize": "yes", "pidfile": pidfile}
    subprocess.run(
        [binary, *(part for name, value in options.items() for part in (f"--{name}", str(value)))],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    import redis

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if redis.Redis(port=port).ping() and pidfile.exists():
                return port, pidfile
        except redis.RedisError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start within 10 s")


def limiter_worker(
    run: int, base_url: str, token: str, store: str, calls: int, ready: Queue[int], go: Event, results: Queue[Any]
) -> None:
    """One process of run `run`: `calls` list_forms calls through a throttled client on `store`."""
    options: dict[str, Any] = {"base_url": base_url, "limiter": store, "retry": False, "raise_on_error": False}
    client = formester_client.AuthenticatedClient(token, **options)
    ready.put(run)
    go.wait()
    statuses, answered = [], []
    for _ in range(calls):
        statuses.append(int(list_forms.sync_detailed(client=client).status_code))
        answered.append(time.time())
    results.put((run, statuses, answered))


def bench_shared_limits() -> None:
    token = create_mock("formester").credentials[0].value
    scratch = Path(tempfile.mkdtemp(prefix="formclients-bench-limiter-"))
    redis = start_redis(scratch)
    stores = ["memory", "sqlite"] + (["redis"] if redis else [])
    plans = [(store, processes) for store in stores for processes in (2, 4)]
    context = multiprocessing.get_context("fork")  # the workers start with the client already imported
    ready, results, go = context.Queue(), context.Queue(), context.Event()
    workers = []
    served: list[Served] = []
    try:
        served = serve_formester(len(plans))  # a mock for each run: its own windows
        for run, ((store, processes), mock) in enumerate(zip(plans, served, strict=True)):
            setting = {
                "memory": "memory",
                "sqlite": f"sqlite://{scratch}/limiter-{run}.sqlite3",  # a file for each run
                "redis": f"redis://127.0.0.1:{redis[0] if redis else 0}/{run}",  # a database for each run
            }[store]
            for _ in range(processes):
                arguments = (run, mock.base_url, token, setting, LIMITER_CALLS // processes, ready, go, results)
                workers.append(context.Process(target=limiter_worker, args=arguments))
        for worker in workers:
            worker.start()
        for _ in workers:
            ready.get(timeout=300)  # every process has imported the client and built it
        started = time.time()
        go.set()
        statuses: dict[int, Counter[int]] = {run: Counter() for run in range(len(plans))}
        answered: dict[int, list[float]] = {run: [] for run in range(len(plans))}
        for _ in workers:
            run, codes, times = results.get(timeout=BOUND * 3)
            statuses[run].update(codes)
            answered[run] += times
        print(f"shared limits (Formester mocks served on 127.0.0.1, {REQUESTS} requests per {PERIOD:.0f} s,")
        print(f"{LIMITER_CALLS} list_forms calls on one token per run, retries off; all runs side by side):")
        print("  elapsed: start to the last answer; span: first answer to last (leaves out the first call's latency)")
        print(f"  store   processes  calls  429s   elapsed   ratio      span   ratio   (bound {BOUND:.0f} s)")
        for run, (store, processes) in enumerate(plans):
            elapsed, span = max(answered[run]) - started, max(answered[run]) - min(answered[run])
            met = statuses[run][429] == 0 and elapsed / BOUND <= 1.05
            goal = "" if store == "memory" else ("  ok" if met else "  MISSED (goal: 0 x 429, <= 1.05 x the bound)")
            print(
                f"  {store:<7} {processes:>9} {sum(statuses[run].values()):>6} {statuses[run][429]:>5} "
                f"{elapsed:>8.2f} s {elapsed / BOUND:>6.3f} {span:>8.2f} s {span / BOUND:>6.3f}{goal}"
            )
        if redis is None:
            print("  redis   skipped: redis-server is not installed (apt-get install redis-server)")
        print("  (memory: each process limits only itself, as before the shared stores)")
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join(timeout=10)
        for mock in served:
            mock.process.terminate()
            mock.process.wait(timeout=10)
        if redis is not None:
            os.kill(int(redis[1].read_text()), signal.SIGTERM)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--skip-generate", action="store_true", help="leave out the regeneration benchmark")
    parser.add_argument("--skip-shared-limits", action="store_true", help="leave out the shared-limits benchmark")
    arguments = parser.parse_args()
    os.environ["FORMCLIENTS_LIMITER"] = "memory"  # the mocks' demo tokens: count quotas for this run only
    bench_pagination(arguments.rounds)
    bench_throttling()
    if not arguments.skip_generate:
        bench_generate(max(3, arguments.rounds // 2))
    if not arguments.skip_shared_limits:
        bench_shared_limits()
