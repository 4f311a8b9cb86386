"""The in-process store: exact sliding windows in this process's memory, on an injectable clock.

It serves the mocks' enforcement and clients that opt out of sharing (``FORMCLIENTS_LIMITER=memory``).

Why not pyrate-limiter's InMemoryBucket: both the mock and the client need the exact time until
the next request is admitted (the mock sends it as Retry-After, the client sleeps it) against an
injectable clock, with several limits checked and recorded in one step, and asking must not
admit; the bucket's `put` answers yes or no and admits when it can.
"""

from __future__ import annotations

import bisect
import threading
from collections import deque
from collections.abc import Callable, Hashable, Sequence

from .._profile import RateLimit
from .base import Entry, Limiter, Verdict, Window


class InProcessLimiter(Limiter):
    """Admits at most `limit.requests` events per `limit.period` seconds per (limit, key)."""

    store = "memory"
    does_io = False

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self._events: dict[tuple[str, Hashable], deque[float]] = {}
        self._counters: dict[str, tuple[int, float]] = {}  # name -> (value, forget after)
        self._lock = threading.Lock()

    def _window(self, limit: RateLimit, key: Hashable, now: float) -> deque[float]:
        window = self._events.setdefault((limit.name, key), deque())
        while window and window[0] <= now - limit.period:
            window.popleft()
        return window

    def now(self) -> float:
        return self.clock()

    def admit(self, entries: Sequence[Entry]) -> Verdict:
        with self._lock:
            now = self.clock()
            windows: list[deque[float]] = []
            wait, waiting_on = 0.0, None
            for limit, key in entries:
                window = self._window(limit, key, now)
                if len(window) >= limit.requests:
                    # The (n+1)th request waits for the nth most recent to leave the window.
                    needed = window[len(window) - limit.requests] + limit.period - now
                    if needed > wait:
                        wait, waiting_on = needed, limit
                windows.append(window)
            if waiting_on is not None:
                return Verdict(wait, waiting_on, now)
            for window in windows:
                window.append(now)
            return Verdict(0.0, None, now)

    def restamp(self, entries: Sequence[Entry], admitted: Verdict) -> None:
        with self._lock:
            now = self.clock()
            for limit, key in entries:
                window = self._window(limit, key, now)
                if admitted.at in window:
                    window.remove(admitted.at)
                window.insert(bisect.bisect_right(window, now), now)

    def record(self, entries: Sequence[Entry], at: float) -> None:
        """Count a request a shared store admitted at `at`, without checking the limits: a fallback
        that takes over when that store fails then knows this process's recent requests."""
        with self._lock:
            for limit, key in entries:
                window = self._window(limit, key, self.clock())
                window.insert(bisect.bisect_right(window, at), at)

    def window(self, limit: RateLimit, key: Hashable) -> Window:
        with self._lock:
            now = self.clock()
            window = self._window(limit, key, now)
            return Window(len(window), window[0] + limit.period - now if window else None)

    def add(self, counter: str, amount: int, allowance: int | None, keep_for: float) -> tuple[bool, int]:
        with self._lock:
            now = self.clock()
            value, forget_after = self._counters.get(counter, (0, now))
            if forget_after < now:
                value = 0
            if amount > 0 and allowance is not None and value + amount > allowance:
                return False, value
            value = max(0, value + amount)
            self._counters[counter] = (value, now + keep_for)
            return True, value

    def set(self, counter: str, value: int, keep_for: float) -> None:
        """Copy a counter's value from a shared store (see `record`)."""
        with self._lock:
            self._counters[counter] = (value, self.clock() + keep_for)

    def reset(self) -> None:
        with self._lock:
            self._events.clear()
            self._counters.clear()
