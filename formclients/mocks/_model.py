"""What every provider's `models.py` shares: the refusal a model raises, the mock's view of its store, dates.

A provider is a package (moto's layout): `models.py` holds the state and the operations on it and
knows nothing of HTTP; `responses.py` holds the mock class, one handler per operationId, which turns
a `Call` into a `Reply` using the models; `data.py` builds the deterministic demo dataset. The mock
keeps its store in `mock.store` and shows the store's collections as its own attributes
(`mock.forms`, `mock.submissions` ...) through :class:`StoreAttribute`, so tests and users reach the
state where they always have.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, Self, TypeVar, cast, overload

T = TypeVar("T")
Imported = TypeVar("Imported")


class Refused(Exception):
    """A model refusing an operation (a conflict, a missing record, an exhausted allowance ...).

    Models know the status the API answers with, not the provider's error body: the core renders
    a refusal with `ProviderMock.refusal` (by default `mock.error(status, message, code, headers)`).
    `data` is provider detail for that rendering (Cognito's `Data`).
    """

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        *,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.data = dict(data or {})
        self.headers = dict(headers or {})


class Store(Protocol[Imported]):
    """What the core asks of a provider's store (its models.py): the store as JSON, for seeds and the
    control API (see _store.py), and the demo data a user needs for a first request."""

    def export(self) -> dict[str, Any]:
        """Every collection as JSON, keyed by collection name (`store_collections`)."""
        ...

    def imported(self, data: Mapping[str, Any]) -> Imported:
        """The collections `data` names (already checked against the spec's schemas), ready for `replace`;
        ValueError naming what the schemas cannot catch (an unknown form, a repeated id). Changes nothing."""
        ...

    def replace(self, imported: Imported) -> None:
        """Put what `imported` made in place (the mock holds its lock)."""
        ...

    def describe(self) -> dict[str, Any]:
        """The demo data a user needs for a first request (forms, environments, required fields ...)."""
        ...


class StoreAttribute(Generic[T]):
    """A mock attribute that is its store's: ``forms: StoreAttribute[dict[str, Form]] = StoreAttribute()``
    on the mock class makes ``mock.forms`` read and write ``mock.store.forms`` (whichever store the mock
    holds after a reset or a seed)."""

    name: str

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, mock: None, owner: type) -> Self: ...
    @overload
    def __get__(self, mock: object, owner: type) -> T: ...
    def __get__(self, mock: object | None, owner: type) -> Self | T:
        if mock is None:
            return self
        return cast(T, getattr(mock.store, self.name))  # type: ignore[attr-defined]

    def __set__(self, mock: object, value: T) -> None:
        setattr(mock.store, self.name, value)  # type: ignore[attr-defined]


def utc_seconds(moment: datetime) -> str:
    """ISO 8601 UTC to the second with `Z` (`2026-01-01T09:30:00Z`), as most of the APIs write dates."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def next_month(now: datetime) -> datetime:
    """Midnight UTC on the first of the month after `now`: when a monthly quota starts again."""
    return datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)


def seconds_until(moment: datetime, now: datetime) -> int:
    """Whole seconds from `now` to `moment`, rounded up, at least 1 (a Retry-After value)."""
    return max(1, math.ceil((moment - now).total_seconds()))
