"""Why the SQLite and Redis limiter stores are our own: pyrate-limiter's buckets from several processes.

Each process waits its turn 10 times under 5 requests per 1 s, all on one bucket; the script
records the real time of each admission (inside the bucket's lock) and reports:

- gap: the shortest time between a request and the 5th after it. Exact limiting never makes it
  shorter than the period (1 s); shorter means more than 5 requests went out within a second;
- lag: how far before its real admission a request was stamped (pyrate-limiter stamps a request
  that waited with the time it planned to wake, so later waits are computed from a stale stamp);
- elapsed against the bound (the time the windows need for that many requests).

The same harness runs formclients' SQLite and Redis stores for comparison. Needs pyrate-limiter
(installed with the test extra), and `filelock` for its file-lock variant:

    pip install pyrate-limiter==4.5.1 filelock
    python scripts/eval_pyrate_limiter.py --processes 4 [--redis-url redis://127.0.0.1:PORT/0]

With --redis-url, both Redis buckets also run with one process's clock 1 s ahead.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from formclients.runtime import RateLimit, Throttle
from formclients.runtime.limiter import Entry, Limiter, RedisLimiter, SQLiteLimiter, Verdict, Window

REQUESTS, PERIOD, CALLS = 5, 1.0, 10


def real_time() -> float:
    return time.clock_gettime(time.CLOCK_REALTIME)  # not time.time, which a skewed process replaces


def skew_clock(seconds: float) -> None:
    if seconds:
        import pyrate_limiter.buckets.redis_bucket as redis_bucket

        clock = time.time_ns
        redis_bucket.time_ns = lambda: clock() + int(seconds * 1e9)  # type: ignore[attr-defined]
        plain = time.time
        time.time = lambda: plain() + seconds


def pyrate(kind: str, where: str, start_at: float, skew: float) -> list[tuple[float, float]]:
    """(real admission time, stamp) of each request through a pyrate-limiter bucket."""
    from pyrate_limiter import Limiter as PyrateLimiter
    from pyrate_limiter import Rate, RedisBucket, SQLiteBucket

    skew_clock(skew)
    rates = [Rate(REQUESTS, int(PERIOD * 1000))]
    bucket: Any
    if kind == "redis":
        import redis

        bucket = RedisBucket.init(rates, redis.Redis.from_url(where), "eval")
    else:
        bucket = SQLiteBucket.init_from_file(rates, table="eval", db_path=where, use_file_lock=kind == "sqlite+lock")
    admitted: list[tuple[float, float]] = []
    put: Callable[[Any], Any] = bucket.put

    def recording_put(item: Any) -> Any:
        ok = put(item)
        if ok is True:
            admitted.append((real_time(), item.timestamp / 1000))
        return ok

    bucket.put = recording_put
    limiter = PyrateLimiter(bucket)
    time.sleep(max(0.0, start_at - real_time()))
    for _ in range(CALLS):
        limiter.try_acquire("eval")
    return admitted


class Recording(Limiter):
    def __init__(self, inner: Limiter) -> None:
        self.inner, self.store = inner, inner.store
        self.admitted: list[tuple[float, float]] = []

    def admit(self, entries: Any) -> Verdict:
        verdict = self.inner.admit(entries)
        if verdict.limit is None:
            self.admitted.append((real_time(), verdict.at))
        return verdict

    def restamp(self, entries: Sequence[Entry], admitted: Verdict) -> None:
        self.inner.restamp(entries, admitted)

    def window(self, limit: RateLimit, key: Any) -> Window:
        return self.inner.window(limit, key)

    def add(self, counter: str, amount: int, allowance: int | None, keep_for: float) -> tuple[bool, int]:
        return self.inner.add(counter, amount, allowance, keep_for)


def ours(kind: str, where: str, start_at: float, skew: float) -> list[tuple[float, float]]:
    """(real admission time, stamp) of each request through formclients' throttle on our store."""
    skew_clock(skew)
    store: Limiter = RedisLimiter(where) if kind == "redis" else SQLiteLimiter(where)
    recording = Recording(store)
    throttle = Throttle([RateLimit("eval", REQUESTS, PERIOD)], limiter=recording, key="eval", margin=0)
    time.sleep(max(0.0, start_at - real_time()))
    for _ in range(CALLS):
        throttle.acquire("eval")
    return recording.admitted


def measure(library: str, kind: str, where: str, processes: int, skew: float = 0.0) -> str:
    run = pyrate if library == "pyrate-limiter" else ours
    start_at = real_time() + 3.0
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pending = [pool.apply_async(run, (kind, where, start_at, skew if i == 1 else 0.0)) for i in range(processes)]
        admitted = [pair for result in pending for pair in result.get(timeout=120)]
    times = sorted(real for real, _ in admitted)
    stamps = sorted(stamp for _, stamp in admitted)
    lag = max(real - stamp for real, stamp in admitted)
    bound = (len(times) - 1) // REQUESTS * PERIOD
    elapsed = times[-1] - start_at
    # Stamps from clocks a second apart say nothing about either: leave them out of a skewed run.
    own = f"{shortest_gap(stamps):6.3f} s" if not skew else "     - "
    early = f"{lag * 1000:5.0f} ms" if not skew else "      -"
    return (
        f"  {library:<15} {kind:<12} {skew:+4.0f} s {len(times):>5} {shortest_gap(times):8.3f} s {own} "
        f"{early}  {elapsed:6.2f} s {elapsed / bound:6.3f}"
    )


def shortest_gap(times: list[float]) -> float:
    """The shortest time from a request to the `REQUESTS`-th after it (exact limiting: >= PERIOD)."""
    return min(times[i] - times[i - REQUESTS] for i in range(REQUESTS, len(times)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--redis-url", help="a Redis to use (its database is flushed)")
    arguments = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="eval-pyrate-"))
    print(f"{arguments.processes} processes x {CALLS} calls, {REQUESTS} requests per {PERIOD:.0f} s, one bucket.")
    print("gap: shortest time from a request to the 5th after it, in real time and in the limiter's own")
    print("stamps (exact limiting: >= 1 s); early: how long before a request was admitted it was stamped")
    print("  library         store        skew admitted      gap (real, own)   early   elapsed  x bound")
    runs: list[tuple[str, str, str, float]] = [
        ("pyrate-limiter", "sqlite", "", 0.0),
        ("pyrate-limiter", "sqlite+lock", "", 0.0),
        ("formclients", "sqlite", "", 0.0),
    ]
    if arguments.redis_url:
        for skew in (0.0, 1.0):
            runs.append(("pyrate-limiter", "redis", arguments.redis_url, skew))
            runs.append(("formclients", "redis", arguments.redis_url, skew))
    for number, (library, kind, url, skew) in enumerate(runs):
        if kind == "sqlite+lock" and importlib.util.find_spec("filelock") is None:
            print(f"  {library:<15} {kind:<12} skipped: pip install filelock")
            continue
        if url:
            import redis

            redis.Redis.from_url(url).flushdb()
        where = url or str(scratch / f"run-{number}.sqlite3")
        print(measure(library, kind, where, arguments.processes, skew), flush=True)


if __name__ == "__main__":
    main()
