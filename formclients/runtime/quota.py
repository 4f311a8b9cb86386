"""Quotas: allowances a client must not go past, counted in the limiter's shared store.

Two kinds come from the spec:

- a calendar allowance (`x-quota`): Cognito's monthly requests by plan, billed by request size;
  Formr's monthly submissions, where only accepted (2xx) submissions count;
- a rolling one (an `x-rate-limits` entry with `quota: true`): Formsite's 10,000 calls a day.
  Waiting up to a day is no throttle, so the client raises instead.

A call that would go past a quota raises `QuotaExhaustedError` before it is sent, saying when
the quota frees up; `client.quota.remaining()` tells how much is left. Counts are per credential
(by its hash) in the shared store, so every process and host using that store sees one count.
The store only knows what went through it: requests made elsewhere (other tools, a provider's
integrations) are not in it.
"""

from __future__ import annotations

import asyncio
import math
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ._exceptions import FormclientsError
from ._profile import ProviderProfile, Quota, RateLimit
from .limiter.base import Limiter, credential_key


class QuotaExhaustedError(FormclientsError):
    """A call would go past a quota, so it was not sent. `resets_at` is when the quota frees up
    (UTC), `allowance` and `used` what the store counted for this credential."""

    def __init__(
        self, provider: str, quota: str, *, allowance: int, used: int, resets_at: datetime, now: datetime
    ) -> None:
        wait = max(0.0, (resets_at - now).total_seconds())
        super().__init__(
            f"{provider}'s {quota} quota is used up ({used} of {allowance} counted for this credential); "
            f"it frees up at {resets_at:%Y-%m-%d %H:%M:%S} UTC (in {_duration(wait)}). The call was not sent."
        )
        self.provider = provider
        self.quota = quota
        self.allowance = allowance
        self.used = used
        self.resets_at = resets_at
        self._now = now

    def __reduce__(self) -> tuple[Any, ...]:  # so it crosses processes (multiprocessing, Celery)
        return _rebuild_quota_error, (self.provider, self.quota, self.allowance, self.used, self.resets_at, self._now)


def _rebuild_quota_error(
    provider: str, quota: str, allowance: int, used: int, resets_at: datetime, now: datetime
) -> QuotaExhaustedError:
    return QuotaExhaustedError(provider, quota, allowance=allowance, used=used, resets_at=resets_at, now=now)


@dataclass(frozen=True)
class QuotaStatus:
    """One quota as the store counts it now."""

    name: str  # "per-day", "monthly"
    allowance: int | None  # None: counted, but no allowance is known (no plan chosen)
    used: int
    resets_at: datetime | None  # when the count next drops (None: nothing counted in a rolling window)

    @property
    def remaining(self) -> int | None:
        return None if self.allowance is None else max(0, self.allowance - self.used)


@dataclass(frozen=True)
class Charge:
    """What one request was charged against a calendar quota, so it can be refunded."""

    counter: str
    units: int


def billed_units(request: httpx.Request, unit_bytes: int | None) -> int:
    """How many units a request counts: each started `unit_bytes` of its body once, at least one."""
    if not unit_bytes:
        return 1
    try:
        size = len(request.content)
    except httpx.RequestNotRead:  # a streamed upload: its size is unknown here
        size = 0
    return max(1, math.ceil(size / unit_bytes))


class QuotaAccount:
    """`client.quota`: charges each request against the provider's quotas before it is sent."""

    def __init__(
        self,
        provider: str,
        limiter: Limiter,
        key: str | None,
        *,
        calendar: Quota | None = None,
        allowance: int | None = None,
        rolling: tuple[RateLimit, ...] = (),
    ) -> None:
        """`key` is the credential's hash (None: no credential, nothing is counted); `allowance` is
        the calendar quota's for the chosen plan."""
        self.provider = provider
        self.limiter = limiter
        self.key = key
        self.calendar = calendar if key is not None else None
        self.allowance = allowance
        self.rolling = rolling if key is not None else ()

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.limiter.now(), UTC)

    # -- the calendar period ----------------------------------------------------------------------

    def _period(self, now: datetime) -> tuple[str, datetime]:
        """The current period's label and when the next one starts."""
        assert self.calendar is not None
        if self.calendar.period == "day":
            start = datetime(now.year, now.month, now.day, tzinfo=UTC)
            return f"{now:%Y-%m-%d}", start + timedelta(days=1)
        return f"{now:%Y-%m}", datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)

    def _name(self) -> str:
        return "monthly" if self.calendar is not None and self.calendar.period == "month" else "daily"

    def _counter(self, now: datetime) -> tuple[str, datetime, float]:
        label, resets_at = self._period(now)
        keep_for = (resets_at - now).total_seconds() + 86400  # forgotten a day after its period ends
        return f"{self.key}:quota:{label}", resets_at, keep_for

    # -- charging -----------------------------------------------------------------------------------

    def charge(self, operation_id: str, request: httpx.Request) -> Charge | None:
        """Count the request against every quota that covers it, or raise QuotaExhaustedError
        (counting nothing) when one would go past its allowance."""
        charge = None
        if self.calendar is not None and self.calendar.covers(operation_id):
            now = self._now()
            counter, resets_at, keep_for = self._counter(now)
            units = billed_units(request, self.calendar.request_unit_bytes)
            added, used = self.limiter.add(counter, units, self.allowance, keep_for)
            if not added:
                assert self.allowance is not None
                raise QuotaExhaustedError(
                    self.provider, self._name(), allowance=self.allowance, used=used, resets_at=resets_at, now=now
                )
            charge = Charge(counter, units)
        rolling = [(limit, self.key) for limit in self.rolling if limit.covers(operation_id)]
        if rolling:
            wait, limit, *_ = self.limiter.admit(rolling)
            if limit is not None:
                self.refund(charge)
                now = self._now()
                resets_at = now + timedelta(seconds=wait)
                raise QuotaExhaustedError(
                    self.provider,
                    limit.name,
                    allowance=limit.requests,
                    used=limit.requests,
                    resets_at=resets_at,
                    now=now,
                )
        return charge

    async def charge_async(self, operation_id: str, request: httpx.Request) -> Charge | None:
        if self.limiter.does_io:
            return await asyncio.to_thread(self.charge, operation_id, request)
        return self.charge(operation_id, request)

    def settle(self, charge: Charge | None, status: int) -> None:
        """After the answer: refund a request the provider does not count (`counts: success`)."""
        counted = self.calendar is None or self.calendar.counts == "all" or 200 <= status < 300
        if charge is not None and not counted:
            self.refund(charge)

    async def settle_async(self, charge: Charge | None, status: int) -> None:
        if charge is not None and self.calendar is not None and self.calendar.counts == "success":
            if self.limiter.does_io:
                await asyncio.to_thread(self.settle, charge, status)
            else:
                self.settle(charge, status)

    def refund(self, charge: Charge | None) -> None:
        if charge is not None:
            self.limiter.add(charge.counter, -charge.units, None, 86400)

    # -- reading --------------------------------------------------------------------------------------

    def status(self) -> list[QuotaStatus]:
        """Every quota of this credential as the store counts it now (empty without a credential)."""
        found = []
        now = self._now()
        if self.calendar is not None:
            counter, resets_at, keep_for = self._counter(now)
            _, used = self.limiter.add(counter, 0, None, keep_for)
            found.append(QuotaStatus(self._name(), self.allowance, used, resets_at))
        for limit in self.rolling:
            used, frees_in = self.limiter.window(limit, self.key)
            frees_at = None if frees_in is None else now + timedelta(seconds=frees_in)
            found.append(QuotaStatus(limit.name, limit.requests, used, frees_at))
        return found

    def remaining(self) -> int | None:
        """What is left of the tightest quota (None: the provider has none, or none is known)."""
        left = [status.remaining for status in self.status() if status.remaining is not None]
        return min(left) if left else None

    def __repr__(self) -> str:
        return f"QuotaAccount({self.provider}, store={self.limiter.store})"

    @classmethod
    def for_client(
        cls,
        profile: ProviderProfile,
        fingerprint: str | None,
        limits: tuple[RateLimit, ...],
        limiter: Limiter,
        choice: str | int | bool,
    ) -> QuotaAccount:
        """The account a client of `profile` keeps, for the user's `quota=` choice (True: the
        ``<PROVIDER>_QUOTA`` setting, else the spec's default plan). `fingerprint` names the
        credential (`Secret.fingerprint`); without one nothing is counted: whose quota a public
        call uses is not known here."""
        setting, variable = "quota=", f"{profile.env_prefix}_QUOTA"
        if choice is True and os.environ.get(variable):
            setting, choice = variable, os.environ[variable]
            if choice.lower() == "off":
                choice = False
        if choice is False or not fingerprint:
            return cls(profile.title, limiter, None)
        allowance = choose_allowance(profile.quota, choice, setting)
        rolling = tuple(limit for limit in limits if limit.quota)
        if not isinstance(choice, bool) and (isinstance(choice, int) or choice.isdigit()):
            rolling = with_allowance(rolling, int(choice))
        key = credential_key(profile.name, fingerprint)
        return cls(profile.title, limiter, key, calendar=profile.quota, allowance=allowance, rolling=rolling)


def choose_allowance(quota: Quota | None, choice: str | int | bool, setting: str) -> int | None:
    """The allowance for `choice`: a plan name, a number, or True for the spec's default plan.
    `setting` names where the choice came from, for the error."""
    if isinstance(choice, int) and not isinstance(choice, bool):
        return choice
    if isinstance(choice, str) and choice.isdigit():
        return int(choice)
    if quota is None or choice is False:
        return None
    if choice is True:
        return quota.plans.get(quota.default_plan) if quota.default_plan else None
    if choice not in quota.plans:
        from ._base_client import ConfigurationError

        raise ConfigurationError(
            f"{setting}: unknown plan {choice!r}; this API's plans are {sorted(quota.plans)}, or give a number"
        )
    return quota.plans[choice]


def with_allowance(limits: tuple[RateLimit, ...], allowance: int | None) -> tuple[RateLimit, ...]:
    """Rolling quotas with their allowance replaced by a number the user gave."""
    return tuple(replace(limit, requests=allowance) if allowance is not None else limit for limit in limits)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"
