"""The one interface every limiter store implements, and the errors they raise.

A store keeps two kinds of state, both keyed by strings the caller builds from a hash of the
credential (never the credential itself):

- sliding windows: the time of each admitted request per (limit, key). `admit` lets a request
  in under every limit it names, atomically, or tells how long until all of them would;
- counters: a number per name (a calendar quota's usage this month), raised atomically by
  `add` only while it stays within an allowance.
"""

from __future__ import annotations

import hashlib
import time
from abc import ABC, abstractmethod
from collections.abc import Hashable, Sequence
from typing import NamedTuple

from .._exceptions import FormclientsError
from .._profile import RateLimit

Entry = tuple[RateLimit, Hashable]  # one limit, and the key its window is counted under


class Verdict(NamedTuple):
    """What `admit` decided: `limit` is None when the request was admitted (at `at`, in the store's
    clock); otherwise nothing was recorded and `wait` is the seconds until every limit would admit
    it, `limit` the one that makes it wait longest."""

    wait: float
    limit: RateLimit | None
    at: float
    ticket: str = ""  # what `restamp` finds this admission by, where `at` is not enough


class Window(NamedTuple):
    """A sliding window as it stands: requests counted in it, and seconds until the oldest leaves it."""

    used: int
    oldest_leaves_in: float | None


class LimiterUnavailableError(FormclientsError):
    """The limiter's store cannot be used (Redis unreachable; the SQLite file read-only, corrupt, or
    locked by another process for longer than the timeout). The message names the store; nothing was
    sent. Set ``FORMCLIENTS_LIMITER_FALLBACK=memory`` to limit within each process instead."""

    def __init__(self, store: str, reason: str) -> None:
        super().__init__(
            f"the rate-limit store {store} cannot be used: {reason.rstrip('.')}. Fix the store, choose another with "
            "FORMCLIENTS_LIMITER, or set FORMCLIENTS_LIMITER_FALLBACK=memory to limit within each process "
            "(with a WARNING) while the store is down"
        )
        self.store = store
        self.reason = reason

    def __reduce__(self) -> tuple[type[LimiterUnavailableError], tuple[str, str]]:
        return type(self), (self.store, self.reason)  # so it crosses processes (multiprocessing, Celery)


class Limiter(ABC):
    """Sliding-window rate limits and quota counters, in one store."""

    store: str  # what and where the store is, for messages: "memory", "sqlite:///...", "redis://host:6379/0"
    does_io: bool = True  # async callers run its methods in a worker thread

    @abstractmethod
    def admit(self, entries: Sequence[Entry]) -> Verdict:
        """Admit one request under every (limit, key) in `entries`, or none of them."""

    def try_acquire(self, entries: Sequence[Entry]) -> tuple[float, RateLimit | None]:
        """`admit` as (0, None) when admitted, else (seconds to wait, the limit that waits longest)."""
        verdict = self.admit(entries)
        return verdict.wait, verdict.limit

    @abstractmethod
    def restamp(self, entries: Sequence[Entry], admitted: Verdict) -> None:
        """Move an admitted request to now in each window: once its answer is in, the provider has
        counted it, at some moment between `admitted.at` and now. Counting its window from now
        keeps the next request from reaching the provider early however long this one took."""

    @abstractmethod
    def window(self, limit: RateLimit, key: Hashable) -> Window:
        """The window of `limit` under `key` now, without admitting anything."""

    @abstractmethod
    def add(self, counter: str, amount: int, allowance: int | None, keep_for: float) -> tuple[bool, int]:
        """Add `amount` to `counter` unless that takes it past `allowance` (None: no allowance); return
        (whether it was added, the counter's value after). `amount` 0 reads; a negative amount refunds
        (never below 0). The store may forget the counter `keep_for` seconds after its last change."""

    def now(self) -> float:
        """The store's clock in Unix seconds (quotas take their calendar day or month from it)."""
        return time.time()

    def close(self) -> None:  # noqa: B027 - optional: stores without connections have nothing to close
        """Release connections; the limiter reconnects if used again."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.store})"


def credential_key(provider: str, credential: str | None) -> str:
    """What a credential's windows and counters are stored under: a hash, never the credential."""
    return f"{provider}:{hashlib.sha256((credential or '').encode()).hexdigest()[:32]}"


def bucket_name(limit: RateLimit, key: Hashable) -> str:
    """The name a persistent store keeps one window under (the key is already a hash)."""
    return f"{key}:{limit.name}"
