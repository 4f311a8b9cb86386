"""What the multi-process limiter tests run in each worker process (spawned: a module of its own,
quick to import)."""

from __future__ import annotations

import time
from collections.abc import Hashable, Sequence

from formclients.runtime import RateLimit, Throttle
from formclients.runtime.limiter import Entry, Limiter, RedisLimiter, SQLiteLimiter, Verdict, Window

LIMIT = RateLimit("per-half-second", requests=5, period=0.5)


class Recording(Limiter):
    """Passes every call on, and keeps the store's time of each admission and this host's real time."""

    def __init__(self, inner: Limiter) -> None:
        self.inner = inner
        self.store = inner.store
        self.admitted: list[tuple[float, float]] = []

    def admit(self, entries: Sequence[Entry]) -> Verdict:
        verdict = self.inner.admit(entries)
        if verdict.limit is None:
            self.admitted.append((verdict.at, time.clock_gettime(time.CLOCK_REALTIME)))
        return verdict

    def restamp(self, entries: Sequence[Entry], admitted: Verdict) -> None:
        self.inner.restamp(entries, admitted)

    def window(self, limit: RateLimit, key: Hashable) -> Window:
        return self.inner.window(limit, key)

    def add(self, counter: str, amount: int, allowance: int | None, keep_for: float) -> tuple[bool, int]:
        return self.inner.add(counter, amount, allowance, keep_for)


def open_store(store: str) -> Limiter:
    if store.startswith("redis://"):
        return RedisLimiter(store)
    return SQLiteLimiter(store)


def until(moment: float) -> None:
    time.sleep(max(0.0, moment - time.clock_gettime(time.CLOCK_REALTIME)))


def take_turns(store: str, calls: int, start_at: float, skew: float = 0.0) -> list[tuple[float, float]]:
    """Make `calls` requests' worth of throttle turns on `store`, this process's clock `skew` seconds
    off; return (store time, real time) of each admission."""
    if skew:
        real = time.time
        time.time = lambda: real() + skew
    recording = Recording(open_store(store))
    throttle = Throttle([LIMIT], limiter=recording, key="one-token", margin=0)
    until(start_at)
    for _ in range(calls):
        throttle.acquire("get_forms")
    recording.inner.close()
    return recording.admitted


def charge(store: str, times: int, allowance: int, start_at: float) -> int:
    """Try to add 1 to a shared quota counter `times` times; return how many were added."""
    limiter = open_store(store)
    until(start_at)
    added = sum(limiter.add("one-token:quota:2026-01", 1, allowance, 3600)[0] for _ in range(times))
    limiter.close()
    return added
