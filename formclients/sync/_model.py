"""What a provider module hands the sync: forms, their fields, pages of records, full-key scans.

Each provider module (`formclients.sync.providers.<name>`) holds every client call for its
API behind this small interface, so that swapping in the client objects, exact iterators and
shared limiters changes one module per provider and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ._columns import Field


@dataclass(frozen=True)
class FormRef:
    """One form: its provider id, its name, and how many records the API says it has (None: unknown)."""

    id: str
    name: str
    count: int | None = None
    row: dict[str, Any] = field(default_factory=dict)  # the form as the `forms` table stores it


@dataclass(frozen=True)
class Record:
    """One record (result, entry, submission, response): its key, its metadata columns, its
    answers by field id, and the raw JSON exactly as the API sent it."""

    key: str
    meta: dict[str, Any]
    answers: dict[str, Any]
    raw: Any


@dataclass(frozen=True)
class Collection:
    """A small list that is read whole every time (Cogram projects, members, users): changes
    and deletions are found by comparing each row with the last sync's."""

    name: str
    primary_key: tuple[str, ...]
    rows: Callable[[], Iterator[dict[str, Any]]]


class PageObserver(Protocol):
    def page(self, resource: str, items: int) -> None: ...


class ProviderApi(Protocol):
    """The calls the sync makes to one provider (see the module docstring)."""

    provider: str
    record_table: str  # "results", "entries", ... : per-form tables are <record_table>_<form>
    cursor_column: str  # the metadata column dlt's incremental cursor follows
    waiting: str | None  # why records cannot be synced yet, or None

    def forms(self) -> list[FormRef]: ...

    def fields(self, form: FormRef) -> list[Field] | None:
        """The form's fields from the API's schema information, or None to infer them."""
        ...

    def pages(self, form: FormRef, since: Any) -> Iterator[list[Record]]:
        """Every record changed at or after `since` (None: all), oldest change first, a page at a time."""
        ...

    def keys(self, form: FormRef) -> Iterator[str]:
        """Every record key the form has now (a full-key scan, to find deletions)."""
        ...

    def collections(self) -> list[Collection]: ...

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        """Requests a first (full) sync of these forms would make, by resource."""
        ...
