"""Benchmarks, measured side by side in one run on this machine (medians of interleaved rounds).

1. Pagination overhead: the generated client's `iter_items` (typed models, throttle and meter
   in the transport stack) against a hand-written httpx loop over the same in-process mock.
2. Throttling: a bulk job against a mock with its real rate limits on a simulated clock,
   once with the client's throttle and once with a naive client that relies on retries
   (honouring Retry-After). Counts 429s, requests and simulated seconds.
3. Regeneration: a no-op `scripts/generate.py` run (inputs unchanged) against a forced one.
4. `formclients sync` (scripts/bench_sync.py): real limits on served mocks, memory at 10,000
   and 100,000 results, rows/s next to a hand-written httpx + sqlite3 loop.
5. Shared limits (scripts/bench_limiter.py): 2 and 4 processes on one token against served mocks
   with their real limit, sharing it through SQLite, Redis, or not at all (about 2 minutes).
6. Iteration (scripts/bench_iteration.py): 100,000 Formsite results over a served mock (memory,
   requests), and every list operation on live data (duplicates and misses).
7. The mocks' list handlers at data_scale 400 (scripts/bench_mock.py): median seconds per page,
   in-process (Formsite's 100,000 results by keyset, page number, the sync's sort, windows, search).

    python scripts/bench.py [--rounds N]      (or: nox -s bench -- --rounds N)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import formester_client
import formsite_client
import httpx
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
        token, base_url=mock.base_url, transport=mock.transport(), throttle=False, retry=False, limiter="memory"
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
    options: dict[str, Any] = {"base_url": mock.base_url, "transport": counting, "limiter": "memory"}
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


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--skip-generate", action="store_true", help="leave out the regeneration benchmark")
    parser.add_argument("--skip-sync", action="store_true", help="leave out the sync benchmarks (minutes)")
    parser.add_argument("--skip-shared-limits", action="store_true", help="leave out the shared-limits benchmark")
    parser.add_argument("--skip-iteration", action="store_true", help="leave out the iteration benchmarks (minutes)")
    parser.add_argument("--skip-mock", action="store_true", help="leave out the mock list-handler benchmark")
    arguments = parser.parse_args()
    bench_pagination(arguments.rounds)
    bench_throttling()
    if not arguments.skip_generate:
        bench_generate(max(3, arguments.rounds // 2))
    if not arguments.skip_sync:
        import bench_sync  # scripts/bench_sync.py: formclients sync against served mocks

        bench_sync.main()
    if not arguments.skip_shared_limits:
        import bench_limiter  # scripts/bench_limiter.py: processes sharing one limit

        bench_limiter.main()
    if not arguments.skip_iteration:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_iteration.py")], check=True)
    if not arguments.skip_mock:
        import bench_mock  # scripts/bench_mock.py: the mocks' list handlers at data_scale 400

        bench_mock.report(rounds=arguments.rounds)
