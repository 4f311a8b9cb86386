"""Shared rate limits, measured (section 5 of scripts/bench.py; `nox -s bench` runs it).

2 and 4 processes on one Formester token against served mocks with their real limit (10 requests
per 60 s), 12 calls in all, retries off so that every 429 shows. Each run gets a mock of its own
(`formclients mock formester`, a real server on 127.0.0.1); all runs go at once, side by side:
memory (each process limits only itself, as before the shared stores), sqlite (one file, the
default store) and redis (one redis-server; left out with a note when it is not installed).
The bound is what the window needs: the 11th and 12th calls may go out only when the 1st and 2nd
leave the window, 60 s later. The goal: 0 x 429 and elapsed <= 1.05 x the bound.

    python scripts/bench_limiter.py
"""

from __future__ import annotations

import math
import multiprocessing
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from multiprocessing import Queue
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

import formester_client
import httpx
from formester_client.api.forms import list_forms

from formclients.mocks import create_mock

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


def main() -> None:
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
    main()
