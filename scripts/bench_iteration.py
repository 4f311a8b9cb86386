"""Iteration benchmarks (issue 10, item 5), measured side by side in one run.

1. Scale: a Formsite form of 10,000 and of 100,000 results, served over a real socket by a
   child process (so that tracemalloc in this process sees only the client), iterated with
   `iter_items` and limits off: peak memory of each run and their ratio, and requests
   against ceil(results / 100). The same for the overlap walk (a sort on another field),
   whose overlapping windows cost extra requests and whose id memory grows with the list.
2. Live data: every list operation, its list grown to about 1,000 items, iterated at the
   largest page while 3 items are inserted and 3 deleted before every request after the
   first; duplicates and misses (items that existed throughout but never came out), for the
   default walk and, as "before", for plain page numbers without dropping repeats (main's iterators).

    python scripts/bench_iteration.py [--rounds N] [--large 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import functools
import math
import multiprocessing
import random
import socket
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import formsite_client
import httpx
from formsite_client.api.results import get_form_results

from formclients.mocks import FakeClock, MockSettings, create_mock
from formclients.mocks.formsite import FormsiteMock
from formclients.runtime import _iteration

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the live-data arenas (list operations and their mutations) live with the tests

from tests.clients.test_live_iteration import ARENAS, CREDENTIAL, Arena  # noqa: E402

FORM = "bulk"
# Cognito's OData answers up to 1,000 entries at once: 100 a page, so that ~1,000 entries take several pages.
PAGE_SIZES: dict[str, dict[str, int]] = {"cognito_forms": {"top": 100}}

# -- 1. scale ----------------------------------------------------------------------------------------------------


def serve(results: int, port: Connection) -> None:
    """Child process: the Formsite mock with a form of `results` results, served on a free port."""
    import uvicorn

    mock = FormsiteMock(MockSettings(rate_limits=False, deliver_webhooks=False))  # pages by its results index
    contact = mock.forms["contact"]
    template = contact.results[0]
    bulk = dataclasses.replace(contact, directory=FORM, results=[])
    bulk.results.extend({**template, "id": str(2_000_000 + n)} for n in range(results))
    for n, result in enumerate(bulk.results):  # distinct start dates, in an order that is not the id order
        result["date_start"] = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{n * 7 % 60:02d}Z"
    mock.forms[FORM] = bulk
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port.send(listener.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(mock.app, log_level="warning"))
    asyncio.run(server.serve(sockets=[listener]))


class Counting(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return super().handle_request(request)


def iterate(port: int, **arguments: Any) -> tuple[int, int, int, float]:
    """(results, requests, peak bytes allocated while iterating, seconds) of one `iter_items` run."""
    transport = Counting()
    mock_url = create_mock("formsite", rate_limits=False).base_url
    client = formsite_client.AuthenticatedClient(
        "fs_demo_token",
        base_url=mock_url.replace("http://mock.local", f"http://127.0.0.1:{port}"),
        transport=transport,
        throttle=False,
        retry=False,
    )
    with client:
        tracemalloc.start()
        tracemalloc.reset_peak()
        start = time.perf_counter()
        count = sum(1 for _ in get_form_results.iter_items(FORM, client=client, **arguments))
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return count, transport.requests, peak, elapsed


def with_server(results: int, run: Callable[[int], Any]) -> Any:
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=serve, args=(results, sending), daemon=True)
    child.start()
    try:
        if not receiving.poll(120):
            raise RuntimeError("the mock server did not start")
        return run(receiving.recv())
    finally:
        child.terminate()  # the process this function started, by its handle
        child.join(10)


def bench_scale(rounds: int, large: int) -> None:
    small = large // 10
    print(f"scale: Formsite iter_items over a served mock, limits off ({rounds} round(s), median):")
    walks: tuple[tuple[str, dict[str, Any], tuple[int, int]], ...] = (
        ("keyset (default)", {}, (small, large)),
        ("overlap (sort_id=date_start)", {"sort_id": "date_start", "sort_direction": "asc"}, (small // 10, small)),
    )
    for label, arguments, sizes in walks:
        peaks: dict[int, int] = {}
        for size in sizes:
            runs = [with_server(size, functools.partial(iterate, **arguments)) for _ in range(rounds)]
            count, requests = runs[0][0], runs[0][1]
            assert count == size, f"read {count} of {size}"
            peaks[size] = int(statistics.median(run[2] for run in runs))
            seconds = statistics.median(run[3] for run in runs)
            least = math.ceil(size / 100)
            extra = f"{requests - least:>3} = {(requests - least) / least:5.1%}"
            print(
                f"  {label:<30} {size:>7} results: {requests:>5} requests (ceil(n/100) = {least}, overlap checks"
                f" {extra}), peak {peaks[size] / 1024:6.0f} KiB, {seconds:6.1f} s"
            )
        print(f"  {label:<30} peak memory {sizes[1]} / {sizes[0]}: {peaks[sizes[1]] / peaks[sizes[0]]:.2f}x")


# -- 2. live data ---------------------------------------------------------------------------------------------


class MainPages(_iteration.PagesWalk):
    """What the iterators did on main, for comparison: page numbers forward, every item as it comes."""

    def read(self, response: httpx.Response, parsed: Any, items: list[Any]) -> Any:
        self.seen.clear()
        return super().read(response, parsed, items)


class MainCursor(_iteration.CursorWalk):
    """main's cursor walk, for comparison: a cursor that dies is an error."""

    def recover(self, error: Exception) -> bool:
        return False


_iteration.WALKS |= {"main page": MainPages, "main cursor": MainCursor}


@dataclasses.dataclass
class LiveRun:
    walk: str
    duplicates: int
    misses: int
    requests: int
    pages: int  # ceil(items at the start / page size)
    failed: str  # the error that ended the run early, if one did


def live_run(arena: Arena, naive: bool, seed: int, target: int = 1000) -> LiveRun:
    """One run at the largest page with 3 inserts and 3 deletes before every request after the first."""
    mock: Any = create_mock(arena.provider, rate_limits=False, clock=FakeClock(), deliver_webhooks=False)
    arena.setup(mock)
    made = 0
    while len(arena.ids(mock)) < target:
        arena.insert(mock, 10_000 + made)
        made += 1
    before = arena.ids(mock)
    rng = random.Random(seed)
    deleted: set[str] = set()
    requests = 0

    class Mutating(httpx.BaseTransport):
        def __init__(self, inner: httpx.BaseTransport) -> None:
            self.inner = inner

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal requests, made
            requests += 1
            if requests > 1:
                with mock.lock:
                    for _ in range(3):
                        arena.insert(mock, made)
                        made += 1
                        deleted.add(arena.delete(mock, rng.randrange(10**6)))
            return self.inner.handle_request(request)

        def close(self) -> None:
            self.inner.close()

    module = arena.operation
    saved = module.PAGINATION
    if naive:
        main = dataclasses.replace(saved.strategies[0], name=f"main {saved.style}", guarantee="none", sets=())
        module.PAGINATION = dataclasses.replace(saved, strategies=(main,))
    credential = mock.credentials[CREDENTIAL[arena.provider]]
    client = importlib_client(arena.provider)(
        credential.value,
        base_url=mock.base_url,
        auth_scheme=credential.scheme,
        transport=Mutating(mock.transport()),
        throttle=False,
        retry=False,
    )
    got: list[str] = []
    failed, walk = "", "?"
    try:
        with client:
            items = arena.items(client, mock, **PAGE_SIZES.get(arena.provider, {}))
            walk = items.strategy
            got.extend(arena.item_id(item) for item in items)
    except Exception as error:  # main's cursor walk dies with its cursor: count that as a failed run
        failed = f"{type(error).__name__} {getattr(error, 'status', '')}".strip()
    finally:
        module.PAGINATION = saved
    misses = len(before - deleted - set(got))
    size = next(iter(PAGE_SIZES.get(arena.provider, {}).values()), saved.size or 100)
    pages = math.ceil(len(before) / size)
    return LiveRun(walk, len(got) - len(set(got)), misses, requests, pages, failed)


def importlib_client(provider: str) -> Any:
    import importlib

    return importlib.import_module(f"{provider}_client").AuthenticatedClient


def bench_live(rounds: int) -> None:
    print(f"live data: ~1,000 items, 3 inserts + 3 deletes before every request after the first ({rounds} seeds):")
    print("  (pages: how many the list had at the start, at the largest page size)")
    print(f"  {'operation':<60} {'walk':<12} {'dup':>4} {'miss':>4} {'requests':>8} {'pages':>5}  failed runs")
    for arena in ARENAS:
        # Offset walks (Cognito's OData list) are new: main had no iterator for them to compare with.
        for naive in (False, True) if arena.operation.PAGINATION.style != "offset" else (False,):
            runs = [live_run(arena, naive, seed) for seed in range(rounds)]
            duplicates, misses = sum(run.duplicates for run in runs), sum(run.misses for run in runs)
            requests = statistics.median(run.requests for run in runs)
            failures = [run.failed for run in runs if run.failed]
            failed = f"{len(failures)} ({failures[0]})" if failures else "0"
            row = f"{runs[0].walk:<12} {duplicates:>4} {misses:>4} {requests:>8.0f} {runs[0].pages:>5}  {failed}"
            print(f"  {arena.name:<60} {row}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--large", type=int, default=100_000, help="results of the large Formsite form")
    arguments = parser.parse_args()
    bench_scale(1, arguments.large)
    bench_live(arguments.rounds)
