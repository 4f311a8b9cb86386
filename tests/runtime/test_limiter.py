"""The one limiter interface, checked alike on its three stores (in-process, SQLite, Redis) on a
simulated clock: exact sliding windows, several limits at once, quota counters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from formclients.runtime import RateLimit
from formclients.runtime.limiter import InProcessLimiter, Limiter, RedisLimiter, SQLiteLimiter

MINUTE = RateLimit("per-minute", requests=3, period=60)
SECOND = RateLimit("per-second", requests=2, period=1)
DAY = RateLimit("per-day", requests=5, period=86400)


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock() -> Clock:  # overrides the mock clock of tests/conftest.py: these stores take a callable
    return Clock()


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store(request: pytest.FixtureRequest, clock: Clock, tmp_path: Path) -> Iterator[Limiter]:
    limiter: Limiter
    if request.param == "memory":
        limiter = InProcessLimiter(clock)
    elif request.param == "sqlite":
        limiter = SQLiteLimiter(tmp_path / "limiter.sqlite3", clock=clock)
    else:
        limiter = RedisLimiter(request.getfixturevalue("redis_url"), clock=clock)
    yield limiter
    limiter.close()


def test_the_next_request_waits_exactly_until_the_first_leaves_the_window(store: Limiter, clock: Clock) -> None:
    for _ in range(3):
        assert store.admit([(MINUTE, "k")]).limit is None
        clock.advance(1)
    wait, limit, *_ = store.admit([(MINUTE, "k")])
    assert limit is MINUTE
    assert wait == pytest.approx(57.0, abs=1e-6), "the first (at 0) leaves at 60; now is 3"
    clock.advance(wait - 0.001)
    assert store.admit([(MINUTE, "k")]).limit is MINUTE, "no earlier"
    clock.advance(0.001)
    assert store.admit([(MINUTE, "k")]).limit is None, "and not later"


def test_a_restamped_request_counts_from_when_its_answer_came(store: Limiter, clock: Clock) -> None:
    first = store.admit([(MINUTE, "k")])
    for _ in range(2):
        clock.advance(1)
        store.admit([(MINUTE, "k")])
    clock.advance(3)  # the first request's answer comes at 5
    store.restamp([(MINUTE, "k")], first)
    assert store.window(MINUTE, "k").used == 3
    verdict = store.admit([(MINUTE, "k")])
    assert verdict.limit is MINUTE
    assert verdict.wait == pytest.approx(56.0), "now the second (at 1) leaves first, at 61"


def test_a_refused_request_is_not_counted(store: Limiter, clock: Clock) -> None:
    for _ in range(3):
        store.admit([(MINUTE, "k")])
    for _ in range(5):
        assert store.admit([(MINUTE, "k")]).limit is MINUTE
    assert store.window(MINUTE, "k").used == 3


def test_several_limits_admit_all_or_nothing(store: Limiter, clock: Clock) -> None:
    both = [(SECOND, "k"), (MINUTE, "k")]
    assert store.admit(both).limit is None
    assert store.admit(both).limit is None
    verdict = store.admit(both)
    assert verdict.limit is SECOND and verdict.wait == pytest.approx(1.0)
    assert store.window(MINUTE, "k").used == 2, "the minute window did not count the refused request"
    clock.advance(1)
    assert store.admit(both).limit is None
    verdict = store.admit(both)
    assert verdict.limit is MINUTE, "the minute is full now, and it waits longer than the second"
    assert verdict.wait == pytest.approx(59.0)


def test_keys_and_limits_have_their_own_windows(store: Limiter, clock: Clock) -> None:
    for _ in range(3):
        store.admit([(MINUTE, "a")])
    assert store.admit([(MINUTE, "a")]).limit is MINUTE
    assert store.admit([(MINUTE, "b")]).limit is None
    assert store.admit([(DAY, "a")]).limit is None


def test_window_reports_use_and_when_the_oldest_leaves(store: Limiter, clock: Clock) -> None:
    assert tuple(store.window(MINUTE, "k")) == (0, None)
    store.admit([(MINUTE, "k")])
    clock.advance(20)
    store.admit([(MINUTE, "k")])
    used, leaves_in = store.window(MINUTE, "k")
    assert used == 2 and leaves_in == pytest.approx(40.0)
    clock.advance(40)
    assert store.window(MINUTE, "k").used == 1


def test_counters_stay_within_their_allowance(store: Limiter, clock: Clock) -> None:
    assert store.add("q", 3, 5, 3600) == (True, 3)
    assert store.add("q", 3, 5, 3600) == (False, 3), "3 more would make 6 of 5: nothing is added"
    assert store.add("q", 2, 5, 3600) == (True, 5)
    assert store.add("q", 0, 5, 3600) == (True, 5), "0 reads"
    assert store.add("q", -2, None, 3600) == (True, 3), "a refund"
    assert store.add("q", -9, None, 3600) == (True, 0), "never below zero"
    assert store.add("other", 1, None, 3600) == (True, 1)


def test_counters_are_forgotten_after_their_time(store: Limiter, clock: Clock) -> None:
    store.add("q", 4, None, 10)
    if isinstance(store, RedisLimiter):  # Redis expires keys on its own clock, which a test cannot move
        import redis

        ttl = redis.Redis.from_url(store.url).pttl("formclients:q")
        assert 9000 < ttl <= 10000
        return
    clock.advance(9)
    assert store.add("q", 0, None, 10) == (True, 4)
    clock.advance(11)  # (the read above kept it for 10 s more)
    assert store.add("q", 0, None, 10) == (True, 0)


def test_the_in_process_store_is_what_the_mocks_import() -> None:
    from formclients.runtime.ratelimit import SlidingWindowLimiter

    limiter = SlidingWindowLimiter(clock=Clock())
    assert limiter.try_acquire([(MINUTE, ("credential", "x"))]) == (0.0, None)
