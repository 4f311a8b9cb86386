"""Sliding-window rate limiting, shared by the client's throttle and the mocks' enforcement.

Why not pyrate-limiter: both sides need the exact time until the next request is admitted
(the mock sends it as Retry-After, the client sleeps it), against an injectable clock and
without admitting the request when asking; pyrate-limiter's buckets answer yes or no.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Hashable, Iterable

from ._profile import RateLimit


class SlidingWindowLimiter:
    """Admits at most `limit.requests` events per `limit.period` seconds per (limit, key)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self._events: dict[tuple[str, Hashable], deque[float]] = {}
        self._lock = threading.Lock()

    def try_acquire(self, entries: Iterable[tuple[RateLimit, Hashable]]) -> tuple[float, RateLimit | None]:
        """Admit one event under every (limit, key) and return (0, None), or, if any limit is
        full, admit nothing and return (seconds until all would admit it, the limit that waits longest)."""
        with self._lock:
            now = self.clock()
            windows: list[deque[float]] = []
            wait, waiting_on = 0.0, None
            for limit, key in entries:
                window = self._events.setdefault((limit.name, key), deque())
                while window and window[0] <= now - limit.period:
                    window.popleft()
                if len(window) >= limit.requests:
                    needed = window[len(window) - limit.requests] + limit.period - now
                    if needed > wait:
                        wait, waiting_on = needed, limit
                windows.append(window)
            if waiting_on is not None:
                return wait, waiting_on
            for window in windows:
                window.append(now)
            return 0.0, None

    def reset(self) -> None:
        with self._lock:
            self._events.clear()
