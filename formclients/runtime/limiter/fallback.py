"""Falling back to in-process limiting while a shared store is down, when the user chose to
(``FORMCLIENTS_LIMITER_FALLBACK=memory``). Limiting goes on, one process at a time, with a WARNING:
processes no longer see each other's requests, so together they may exceed a limit (the retry
layer then honours the provider's 429s) until the store is back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from .._profile import RateLimit
from .base import Entry, Limiter, LimiterUnavailableError, Verdict, Window
from .memory import InProcessLimiter

logger = logging.getLogger("formclients.limiter")
T = TypeVar("T")


class FallbackLimiter(Limiter):
    """Uses `primary`; while it raises LimiterUnavailableError, an in-process limiter that has seen
    every request this process made through the primary. The primary is tried again every
    `retry_every` seconds."""

    def __init__(self, primary: Limiter, *, retry_every: float = 30.0, clock: Callable[[], float] = time.time) -> None:
        self.primary = primary
        self.store = f"{primary.store} (falling back to memory)"
        self.does_io = primary.does_io
        self.local = InProcessLimiter(clock)
        self.retry_every = retry_every
        self.clock = clock
        self._down_since: float | None = None
        self._lock = threading.Lock()

    def _use(self, on_primary: Callable[[], T], on_local: Callable[[], T]) -> T:
        with self._lock:
            down_since = self._down_since
        if down_since is not None and self.clock() - down_since < self.retry_every:
            return on_local()
        try:
            result = on_primary()
        except LimiterUnavailableError as error:
            with self._lock:
                first = self._down_since is None
                self._down_since = self.clock()
            if first:
                logger.warning(
                    "%s; limiting within this process only (FORMCLIENTS_LIMITER_FALLBACK=memory), "
                    "so processes sharing a key may together exceed its limit until the store is back",
                    error,
                )
            return on_local()
        if down_since is not None:
            with self._lock:
                self._down_since = None
            logger.info("the rate-limit store %s is back; limits are shared again", self.primary.store)
        return result

    def admit(self, entries: Sequence[Entry]) -> Verdict:
        def on_primary() -> Verdict:
            verdict = self.primary.admit(entries)
            if verdict.limit is None:
                self.local.record(entries, verdict.at)
            return verdict

        return self._use(on_primary, lambda: self.local.admit(entries))

    def restamp(self, entries: Sequence[Entry], admitted: Verdict) -> None:
        def on_primary() -> None:
            self.primary.restamp(entries, admitted)
            self.local.restamp(entries, admitted)

        self._use(on_primary, lambda: self.local.restamp(entries, admitted))

    def window(self, limit: RateLimit, key: Hashable) -> Window:
        return self._use(lambda: self.primary.window(limit, key), lambda: self.local.window(limit, key))

    def add(self, counter: str, amount: int, allowance: int | None, keep_for: float) -> tuple[bool, int]:
        def on_primary() -> tuple[bool, int]:
            added, value = self.primary.add(counter, amount, allowance, keep_for)
            self.local.set(counter, value, keep_for)
            return added, value

        return self._use(on_primary, lambda: self.local.add(counter, amount, allowance, keep_for))

    def now(self) -> float:
        return self.primary.now()

    def close(self) -> None:
        self.primary.close()
