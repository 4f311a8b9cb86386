"""Real processes sharing one limit through the SQLite file and through Redis: together they never
exceed it, each waits only as long as the window needs, and with Redis a worker whose clock is a
second off changes nothing. (5 requests per 0.5 s, so that each case takes about a second.)"""

from __future__ import annotations

import math
import time
from multiprocessing.pool import Pool
from pathlib import Path

import pytest

from . import _limiter_workers as workers

LIMIT = workers.LIMIT
FLOAT_ROUNDING = 1e-9  # a stamp and the store's own `now - period` may differ by a rounding of the last bit


@pytest.fixture(params=["sqlite", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "redis":
        return str(request.getfixturevalue("redis_url"))
    return str(tmp_path / "limiter.sqlite3")


def run(pool: Pool, store: str, calls: int, skews: list[float]) -> list[tuple[float, float]]:
    """One worker per skew, each making `calls` throttled turns from the same moment on; every
    admission's (store time, real time)."""
    start_at = time.clock_gettime(time.CLOCK_REALTIME) + 0.3
    pending = [pool.apply_async(workers.take_turns, (store, calls, start_at, skew)) for skew in skews]
    return [stamp for result in pending for stamp in result.get(timeout=60)]


def shortest_gap(stamps: list[float]) -> float:
    """The shortest time between a request and the one `LIMIT.requests` later: at least the period
    when no window of that length ever held more than the limit."""
    stamps = sorted(stamps)
    return min(stamps[i] - stamps[i - LIMIT.requests] for i in range(LIMIT.requests, len(stamps)))


@pytest.mark.parametrize("processes", [2, 4])
def test_processes_on_one_token_never_exceed_the_limit_together(process_pool: Pool, store: str, processes: int) -> None:
    admitted = run(process_pool, store, 12 // processes, [0.0] * processes)
    store_times = sorted(at for at, _ in admitted)
    assert len(store_times) == 12
    assert shortest_gap(store_times) >= LIMIT.period - FLOAT_ROUNDING
    # Not much later than the windows need: 12 requests at 5 per 0.5 s take two windows, 1 s.
    bound = (math.ceil(12 / LIMIT.requests) - 1) * LIMIT.period
    assert store_times[-1] - store_times[0] < bound + 0.5


def test_a_worker_whose_clock_is_a_second_ahead_changes_nothing_with_redis(process_pool: Pool, redis_url: str) -> None:
    admitted = run(process_pool, redis_url, 6, [0.0, 1.0])
    assert shortest_gap([at for at, _ in admitted]) >= LIMIT.period - FLOAT_ROUNDING, "Redis's clock is the clock"


@pytest.mark.parametrize("redis_time", [False, True], ids=["workers' own clocks", "Redis TIME"])
def test_with_each_worker_on_its_own_clock_the_skew_would_break_the_limit(redis_url: str, redis_time: bool) -> None:
    """The check above can fail: stamping with the workers' own clocks (as pyrate-limiter and
    limits do) lets a worker whose clock is a second ahead in while the other's 5 requests are still
    in the window; on Redis's clock the same worker waits. In one process, one worker after the
    other, so that no scheduling delay decides the outcome."""
    from formclients.runtime import Throttle
    from formclients.runtime.limiter import RedisLimiter

    def worker(skew: float) -> Throttle:
        clock = None if redis_time else (lambda: time.time() + skew)
        return Throttle([LIMIT], limiter=RedisLimiter(redis_url, clock=clock), key="one-token", margin=0)

    on_time, ahead = worker(0.0), worker(1.0)
    for _ in range(LIMIT.requests):
        on_time.acquire("get_forms")
    for _ in range(LIMIT.requests):
        ahead.acquire("get_forms")
    if redis_time:
        assert ahead.waited > 0
    else:
        assert ahead.waited == 0, "let in at once: the first worker's requests look a second old to it"


def test_processes_never_overdraw_a_shared_quota(process_pool: Pool, store: str) -> None:
    start_at = time.clock_gettime(time.CLOCK_REALTIME) + 0.3
    pending = [process_pool.apply_async(workers.charge, (store, 5, 6, start_at)) for _ in range(2)]
    assert sum(result.get(timeout=60) for result in pending) == 6
