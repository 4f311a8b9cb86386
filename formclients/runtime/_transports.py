"""Throttling and metering: the `PolicyTransport` layer of the stack under every client
(the stack itself is assembled in `_base_client`):

    RetryTransport (_retries)  ->  PolicyTransport (quotas, throttle, meter)  ->  LoggingTransport (_http_log)
        ->  CredentialTransport (_auth)  ->  the network

Retries wrap the policies, so a retried attempt is also charged and waits its turn; the meter
counts each attempt that reaches the network, as the provider bills it; the credential is put on last.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import NamedTuple

import httpx

from ._profile import Quota, RateLimit
from .limiter import Entry, InProcessLimiter, Limiter, LimiterUnavailableError, Verdict, credential_key
from .quota import Charge, QuotaAccount, billed_units

OPERATION = "formclients.operation_id"  # request extension set by generated code
LOG_WAITS_FROM = 1.0  # seconds: shorter waits are not logged
logger = logging.getLogger("formclients.throttle")

# A caller with a better use for a long wait than sleeping through it (the sync loads what it has
# read) sets this around the requests it makes, in its own thread or task only. It is called with
# the wait before it starts; raising gives the turn up: nothing was admitted or sent.
before_wait: contextvars.ContextVar[Callable[[float], None] | None] = contextvars.ContextVar(
    "formclients_before_wait", default=None
)


class Throttle:
    """Waits before each request until the provider's documented limits admit it.

    The windows live in `limiter`'s store (default: in this process, on `clock`), so every client,
    process or host using the same store and `key` (a hash of the credential) takes turns under
    one limit. One Throttle per (provider, credential, store) is shared by every client in a
    process, sync or async, in any thread (see `shared_throttle`). Limits marked as quotas are
    left to `QuotaAccount`: a call past a quota raises instead of waiting.

    A request counts in each window from the moment its answer arrives (`done`), not from when it
    was let go: only then has the provider surely counted it, so however slow one request is, the
    next never reaches the provider before the window has room for it there.

    Each wait of `LOG_WAITS_FROM` seconds or more is logged at INFO on ``formclients.throttle``.
    """

    def __init__(
        self,
        limits: Iterable[RateLimit],
        *,
        limiter: Limiter | None = None,
        key: str = "",
        provider: str = "",
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        margin: float = 0.05,
    ) -> None:
        self.limits = tuple(limit for limit in limits if not limit.quota)
        self.limiter = limiter if limiter is not None else InProcessLimiter(clock)
        self.key = key
        self.provider = provider
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.margin = margin  # seconds added to each wait: the server's clock sees our requests a little later
        self.waited = 0.0  # total seconds spent waiting, for curious callers and tests

    def _entries(self, operation_id: str) -> list[Entry]:
        return [(limit, self.key) for limit in self.limits if limit.covers(operation_id)]

    def _pause(self, wait: float, limit: RateLimit) -> float:
        pause = wait + self.margin
        self.waited += pause
        if pause >= LOG_WAITS_FROM:
            logger.info(
                "%s: waiting %.1f s for the %s rate limit (%d requests per %g s)",
                self.provider or "throttle",
                pause,
                limit.name,
                limit.requests,
                limit.period,
            )
        return pause

    def acquire(self, operation_id: str) -> Admission | None:
        """Wait until the limits admit one request; hand what it returns to `done` once answered."""
        entries = self._entries(operation_id)
        while entries:
            verdict = self.limiter.admit(entries)
            if verdict.limit is None:
                return Admission(entries, verdict)
            if (hook := before_wait.get()) is not None:
                hook(verdict.wait)
            self.sleep(self._pause(verdict.wait, verdict.limit))
        return None

    async def acquire_async(self, operation_id: str) -> Admission | None:
        entries = self._entries(operation_id)
        while entries:
            if self.limiter.does_io:  # a shared store: keep the event loop free while it answers
                verdict = await asyncio.to_thread(self.limiter.admit, entries)
            else:
                verdict = self.limiter.admit(entries)
            if verdict.limit is None:
                return Admission(entries, verdict)
            if (hook := before_wait.get()) is not None:
                hook(verdict.wait)
            await self.async_sleep(self._pause(verdict.wait, verdict.limit))
        return None

    def done(self, admission: Admission | None) -> None:
        """The request's answer (or failure) is in: count it in its windows from now."""
        if admission is not None:
            with contextlib.suppress(LimiterUnavailableError):  # the next acquire reports the store
                self.limiter.restamp(admission.entries, admission.verdict)

    async def done_async(self, admission: Admission | None) -> None:
        if admission is not None and self.limiter.does_io:
            await asyncio.to_thread(self.done, admission)
        else:
            self.done(admission)


class Admission(NamedTuple):
    """One request the throttle let go: the windows it counts in, and the store's verdict."""

    entries: list[Entry]
    verdict: Verdict


_shared: dict[tuple[str, str, tuple[RateLimit, ...], Limiter | None], Throttle] = {}
_shared_lock = threading.Lock()


def shared_throttle(
    provider: str,
    credential: str | None,
    limits: Iterable[RateLimit],
    *,
    limiter: Limiter | None = None,
    title: str = "",
) -> Throttle:
    """The process-wide throttle for one credential on one store (keyed by a hash of the credential)."""
    limits = tuple(limits)
    key = credential_key(provider, credential)
    with _shared_lock:
        found = _shared.get((provider, key, limits, limiter))
        if found is None:
            found = _shared[(provider, key, limits, limiter)] = Throttle(
                limits, limiter=limiter, key=key, provider=title or provider
            )
        return found


def forget_shared_throttles() -> None:
    """Forget every shared throttle (tests start each case afresh with it)."""
    with _shared_lock:
        _shared.clear()


class UsageMeter:
    """Counts billed requests the way the provider bills them (Cognito: each started 100 KB of a
    request counts once), so a caller can see what this client's calls cost against the quota."""

    def __init__(self, quota: Quota | None) -> None:
        self.quota = quota
        self.requests = 0  # HTTP requests sent, retries included
        self.billed = 0  # billed request units
        self._lock = threading.Lock()

    def record(self, request: httpx.Request) -> None:
        units = billed_units(request, self.quota.request_unit_bytes if self.quota else None)
        with self._lock:
            self.requests += 1
            self.billed += units


def encode_spaces_as_percent_20(request: httpx.Request) -> None:
    """httpx encodes a space in a query value as `+`; Formsite's docs require `%20`, which every
    provider accepts. A literal `+` is already `%2B` here, so each remaining `+` is a space."""
    query = request.url.query
    if b"+" in query:
        request.url = request.url.copy_with(query=query.replace(b"+", b"%20"))


class PolicyTransport(httpx.BaseTransport):
    """Charges quotas, throttles and meters each attempt before handing it to the real transport.

    Quotas come first, so a call past one raises at once instead of after a throttle wait.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        throttle: Throttle | None,
        meter: UsageMeter,
        quota: QuotaAccount | None = None,
    ) -> None:
        self.inner = inner
        self.throttle = throttle
        self.meter = meter
        self.quota = quota

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = request.extensions.get(OPERATION, "*")
        charge = self.quota.charge(operation, request) if self.quota else None
        admission = None
        if self.throttle:
            try:
                admission = self.throttle.acquire(operation)
            except BaseException:
                _refund(self.quota, charge)
                raise
        encode_spaces_as_percent_20(request)
        self.meter.record(request)
        try:
            response = self.inner.handle_request(request)
        finally:
            if self.throttle:
                self.throttle.done(admission)
        if self.quota:
            self.quota.settle(charge, response.status_code)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """The async twin of PolicyTransport, sharing its throttle, meter and quotas."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        throttle: Throttle | None,
        meter: UsageMeter,
        quota: QuotaAccount | None = None,
    ) -> None:
        self.inner = inner
        self.throttle = throttle
        self.meter = meter
        self.quota = quota

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation = request.extensions.get(OPERATION, "*")
        charge = await self.quota.charge_async(operation, request) if self.quota else None
        admission = None
        if self.throttle:
            try:
                admission = await self.throttle.acquire_async(operation)
            except BaseException:
                _refund(self.quota, charge)
                raise
        encode_spaces_as_percent_20(request)
        self.meter.record(request)
        try:
            response = await self.inner.handle_async_request(request)
        finally:
            if self.throttle:
                await self.throttle.done_async(admission)
        if self.quota:
            await self.quota.settle_async(charge, response.status_code)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _refund(quota: QuotaAccount | None, charge: Charge | None) -> None:
    """Give back a quota charge for a request that was not sent (the throttle raised)."""
    if quota is not None:
        with contextlib.suppress(LimiterUnavailableError):  # the error being raised already names the store
            quota.refund(charge)


__all__ = [
    "OPERATION",
    "AsyncPolicyTransport",
    "PolicyTransport",
    "Throttle",
    "UsageMeter",
    "credential_key",
    "shared_throttle",
]
