"""What a provider module hands the sync: forms, their fields, changed records, full-key scans.

Each provider module (`formclients.sync.providers.<name>`) holds every client call for its
API behind this small interface: it reads through the provider's client object and the
runtime's exact iterators, and keeps where it stands in a dict the sync stores in dlt's
resource state (committed in the same load as the rows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
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
    answers by field id, the raw JSON exactly as the API sent it, its change time (what an
    update-time window follows; None where the API has none), and rows it carries for tables of
    their own (Formr: `{"notes": [...]}`), each row merged on its `id` whenever the record is written."""

    key: str
    meta: dict[str, Any]
    answers: dict[str, Any]
    raw: Any
    changed: Any = None
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Collection:
    """A small list that is read whole every time (Cogram projects, members, users): changes
    and deletions are found by comparing each row with the last sync's."""

    name: str
    primary_key: tuple[str, ...]
    rows: Callable[[], Iterator[dict[str, Any]]]


@dataclass(frozen=True)
class Reading:
    """How one resource is read, and what that guarantees (the sync's docs table, `--json`)."""

    resource: str
    strategy: str
    guarantee: str


class PageObserver(Protocol):
    def page(self, resource: str, items: int) -> None: ...


class ProviderApi(Protocol):
    """The calls the sync makes to one provider (see the module docstring)."""

    provider: str
    record_table: str  # "results", "entries", ... : per-form tables are <record_table>_<form>; "" for none
    lists_forms: bool  # `forms()` gives every form of the account (so a form missing from it was deleted)
    waiting: str | None  # why records cannot be synced yet, or None
    client: Any  # the provider's client object (its quota, throttle and limits)

    def forms(self) -> list[FormRef]: ...

    def fields(self, form: FormRef) -> list[Field] | None:
        """The form's fields from the API's schema information, or None to infer them."""
        ...

    def changes(self, form: FormRef, state: MutableMapping[str, Any], run: str) -> Iterator[list[Record]]:
        """Every record new or changed since the run that left `state` (and before this run, named
        `run`, started), a page at a time.

        `state` (JSON-able, kept in dlt's resource state) is brought up to date *before* each
        page is yielded, so a run that stops after any page resumes right after it."""
        ...

    def everything(self, form: FormRef) -> Iterator[list[Record]]:
        """Every record the form has now, with an exact walk (full-key scans, repairs)."""
        ...

    def count(self, form: FormRef) -> int | None:
        """How many records the form has now (None: the API does not say)."""
        ...

    def collections(self) -> list[Collection]: ...

    def readings(self) -> list[Reading]: ...

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        """Requests a first (full) sync of these forms would make, by resource."""
        ...
