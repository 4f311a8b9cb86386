"""Reading what changed since the last run, exactly, through an update-time window.

A record's change time (Formsite `date_update`, Cognito `Entry/DateUpdated`, Formester
`updatedAt`) moves forward on every edit, and a new record starts at its creation time. Each
run reads the window of records changed since the run before:

1. **Probe**: one request for the window, newest change first, at the largest page. Its
   newest change time M is taken *before* anything else is read: every edit made after the
   probe has a change time of at least M. When the window fits in that one answer (one
   snapshot), the probe is the whole read: a run with nothing new costs this one request.
2. **Walk**: otherwise the window is walked with the client's exact iterator, over a key
   that never changes (Formsite's result id, Cognito's entry number) or in an order where an
   edit only moves a record to the end (Formester by `updatedAt`). Every record in the window
   at the probe that is not edited meanwhile is read exactly once; one edited meanwhile is
   read here or not, and its change time is at least M.
3. The next run's window starts at M, so it reads whatever this one may have missed. The
   records this run read at the window's start (change time M, or later) are kept with a
   digest: the next run skips those it finds unchanged, so a run without changes writes 0 rows.

The walk's checkpoint is stored after every page with the window it belongs to, so a run
stopped after any page (a crash, a quota, a commit every N pages) carries on from there. A run
that finishes a walk an earlier run started then reads a window of its own: a run that ends
has read everything changed before it started.

A window with no start (a first run) needs no probe where the source says so
(`unprobed_pages`): the walk's first pages are then read before any edit the walk can miss, and
no record read at a time t has a change time after t, so their newest change time serves as M.
The walk then costs exactly its pages: a first run makes the fewest requests the walk allows.

Why not `dlt.sources.incremental`: it keeps the largest cursor value among the items extracted
so far and commits it with each load. The walk goes in key order, not change order, so after a
load in the middle of a walk (every `--pages-per-load` pages, before a long rate-limit wait, or
a crash after one) that value would already be past records the walk has not reached: the next
run would skip them. It also has no place for M, taken before the walk. The window and the
walk's checkpoint are kept in dlt's resource state instead, which dlt commits in the same load
as the rows, as it does the incremental's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from ._model import Record


@dataclass(frozen=True)
class Probe:
    records: list[Record]  # the first answer for the window, newest change first
    complete: bool  # it holds the whole window
    newest: datetime | None  # the newest change time in the window (None: the window is empty)


class WindowSource(Protocol):
    """What one provider's records need for a window read."""

    inclusive: bool  # the API's window bound: True `>= since`, False `> since`
    # A walk of a window with no start whose first `unprobed_pages` pages are read before any edit it
    # can miss, and hold the newest change (0: always probe). Their newest change is then M.
    unprobed_pages: int

    def probe(self, since: datetime | None) -> Probe: ...

    def walk(self, since: datetime | None, checkpoint: str | None) -> Iterator[tuple[list[Record], str]]:
        """The window's records, a page at a time, each with the iterator's checkpoint after it."""
        ...

    def next_since(self, newest: datetime) -> datetime:
        """The bound of the window that starts at `newest` (Formsite's, exclusive and to the
        second: one second before)."""
        ...


def digest(raw: Any) -> str:
    return hashlib.sha1(json.dumps(raw, sort_keys=True, default=str).encode()).hexdigest()


def read_window(source: WindowSource, state: MutableMapping[str, Any], run: str) -> Iterator[list[Record]]:
    """The records changed since the window in `state`, updating `state` before each page.

    `run` names this run: a walk that an earlier run started and this one finishes is followed
    by a window of this run's own, so a run always reads what changed before it started."""
    while True:
        walk = state.get("walk")
        if walk is None:
            since = _load(state.get("since"))
            if since is None and source.unprobed_pages:  # no start: the walk's first pages give M
                walk = {"since": None, "newest": None, "checkpoint": None, "seen": {}, "run": run, "early": {}}
                state["walk"] = walk
                yield from _walk(source, state, walk)
                if walk["run"] == run:
                    return
                continue
            probe = source.probe(since)
            if probe.complete:
                fresh = unchanged_dropped(probe.records, state.get("boundary", {}))
                if probe.newest is not None:
                    after = source.next_since(probe.newest)
                    state["since"], state["boundary"] = _dump(after), at_start(source, probe.records, after)
                yield fresh
                return
            walk = {"since": _dump(since), "newest": _dump(probe.newest), "checkpoint": None, "seen": {}, "run": run}
            state["walk"] = walk
        yield from _walk(source, state, walk)
        if walk["run"] == run:
            return


def _walk(source: WindowSource, state: MutableMapping[str, Any], walk: dict[str, Any]) -> Iterator[list[Record]]:
    boundary: Mapping[str, str] = state.get("boundary", {})
    since = _load(walk["since"])
    early: dict[str, list[str]] | None = walk.get("early")  # unprobed: key -> [change, digest] of its first pages
    for records, checkpoint in source.walk(since, walk["checkpoint"]):
        fresh = unchanged_dropped(records, boundary)
        if early is not None and walk.get("pages", 0) < source.unprobed_pages:
            early.update({r.key: [r.changed.isoformat(), digest(r.raw)] for r in records if r.changed is not None})
            walk["pages"] = walk.get("pages", 0) + 1
        else:
            walk["seen"].update(at_start(source, records, _start(source, walk, since)))
        walk["checkpoint"] = checkpoint
        yield fresh
    start = _start(source, walk, since)
    state["since"], state["boundary"] = _dump(start), walk["seen"]
    del state["walk"]


def _start(source: WindowSource, walk: dict[str, Any], since: datetime | None) -> datetime | None:
    """The next window's start; an unprobed walk's, once its first pages are read (M: their newest
    change), with the digests of those of its first pages' records that the next window returns."""
    early = walk.get("early")
    if early is None or walk.get("newest") is not None:
        newest = _load(walk["newest"])
        return source.next_since(newest) if newest is not None else since
    if not early:
        return since
    newest = max(datetime.fromisoformat(changed) for changed, _ in early.values())
    start = source.next_since(newest)
    walk["newest"] = _dump(newest)
    walk["seen"].update(
        {
            key: text
            for key, (changed, text) in early.items()
            if _at_or_after(source, datetime.fromisoformat(changed), start)
        }
    )
    walk["early"] = {}
    return start


def unchanged_dropped(records: list[Record], boundary: Mapping[str, str]) -> list[Record]:
    """The records, less those read last time at the window's start and unchanged since."""
    if not boundary:
        return records
    return [r for r in records if r.key not in boundary or boundary[r.key] != digest(r.raw)]


def at_start(source: WindowSource, records: list[Record], start: datetime | None) -> dict[str, str]:
    """Digests of the records that a window from `start` will return again."""
    if start is None:
        return {}
    return {
        r.key: digest(r.raw)
        for r in records
        if isinstance(r.changed, datetime) and _at_or_after(source, r.changed, start)
    }


def _at_or_after(source: WindowSource, changed: datetime, start: datetime) -> bool:
    return changed >= start if source.inclusive else changed > start


def _dump(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _load(text: Any) -> datetime | None:
    return None if text is None else datetime.fromisoformat(str(text))
