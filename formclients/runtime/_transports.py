"""Throttling and metering: the `PolicyTransport` layer of the stack under every client
(the stack itself is assembled in `_base_client`):

    RetryTransport (_retries)  ->  PolicyTransport (throttle, meter)  ->  LoggingTransport (_http_log)
        ->  CredentialTransport (_auth)  ->  the network

Retries wrap throttling, so a retried attempt also waits its turn; the meter counts each
attempt that reaches the network, as the provider bills it; the credential is put on last.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import threading
import time
from collections.abc import Awaitable, Callable, Hashable, Iterable

import httpx

from ._profile import Quota, RateLimit
from .ratelimit import SlidingWindowLimiter

OPERATION = "formclients.operation_id"  # request extension set by generated code


class Throttle:
    """Waits before each request until the provider's documented limits admit it.

    One Throttle per (provider, credential) is shared by every client that uses the
    credential, sync or async, in any thread (see `shared_throttle`).
    """

    def __init__(
        self,
        limits: Iterable[RateLimit],
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        margin: float = 0.05,
    ) -> None:
        self.limits = tuple(limits)
        self.limiter = SlidingWindowLimiter(clock)
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.margin = margin  # seconds added to each wait: the server's clock sees our requests a little later
        self.waited = 0.0  # total seconds spent waiting, for curious callers and tests

    def _entries(self, operation_id: str) -> list[tuple[RateLimit, Hashable]]:
        return [(limit, limit.name) for limit in self.limits if limit.covers(operation_id)]

    def acquire(self, operation_id: str) -> None:
        while True:
            wait, limit = self.limiter.try_acquire(self._entries(operation_id))
            if limit is None:
                return
            self.waited += wait + self.margin
            self.sleep(wait + self.margin)

    async def acquire_async(self, operation_id: str) -> None:
        while True:
            wait, limit = self.limiter.try_acquire(self._entries(operation_id))
            if limit is None:
                return
            self.waited += wait + self.margin
            await self.async_sleep(wait + self.margin)


_shared: dict[tuple[str, str], Throttle] = {}
_shared_lock = threading.Lock()


def shared_throttle(provider: str, credential: str | None, limits: Iterable[RateLimit]) -> Throttle:
    """The process-wide throttle for one credential (keyed by a hash, never the credential itself)."""
    key = (provider, hashlib.sha256((credential or "").encode()).hexdigest())
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Throttle(limits)
        return _shared[key]


class UsageMeter:
    """Counts billed requests the way the provider bills them (Cognito: each started 100 KB of a
    request counts once), so a caller can see what a sync costs against the monthly quota."""

    def __init__(self, quota: Quota | None) -> None:
        self.quota = quota
        self.requests = 0  # HTTP requests sent, retries included
        self.billed = 0  # billed request units
        self._lock = threading.Lock()

    def record(self, request: httpx.Request) -> None:
        unit = self.quota.request_unit_bytes if self.quota else None
        try:
            size = len(request.content)
        except httpx.RequestNotRead:  # a streamed upload: its size is unknown here
            size = 0
        with self._lock:
            self.requests += 1
            self.billed += max(1, math.ceil(size / unit)) if unit else 1


def encode_spaces_as_percent_20(request: httpx.Request) -> None:
    """httpx encodes a space in a query value as `+`; Formsite's docs require `%20`, which every
    provider accepts. A literal `+` is already `%2B` here, so each remaining `+` is a space."""
    query = request.url.query
    if b"+" in query:
        request.url = request.url.copy_with(query=query.replace(b"+", b"%20"))


class PolicyTransport(httpx.BaseTransport):
    """Throttles and meters each attempt before handing it to the real transport."""

    def __init__(self, inner: httpx.BaseTransport, throttle: Throttle | None, meter: UsageMeter) -> None:
        self.inner = inner
        self.throttle = throttle
        self.meter = meter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.throttle:
            self.throttle.acquire(request.extensions.get(OPERATION, "*"))
        encode_spaces_as_percent_20(request)
        self.meter.record(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """The async twin of PolicyTransport, sharing its throttle and meter."""

    def __init__(self, inner: httpx.AsyncBaseTransport, throttle: Throttle | None, meter: UsageMeter) -> None:
        self.inner = inner
        self.throttle = throttle
        self.meter = meter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.throttle:
            await self.throttle.acquire_async(request.extensions.get(OPERATION, "*"))
        encode_spaces_as_percent_20(request)
        self.meter.record(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


__all__ = [
    "OPERATION",
    "AsyncPolicyTransport",
    "PolicyTransport",
    "Throttle",
    "UsageMeter",
    "shared_throttle",
]
