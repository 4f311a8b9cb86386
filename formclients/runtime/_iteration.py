"""Walking a list operation on live data: the strategies, their state, and checkpoints.

A walk is sans-IO: it says which request to send next, reads each answer into a `Page`,
and can describe where it stands as a checkpoint that another process can carry on from.
The sync and async iterators in `pagination.py` drive the same walks, so each strategy is
written once. Which strategy an operation uses, and what it guarantees, is its spec's
`x-iteration` (see specs/README.md); the proofs sit in the docstrings of the walks.

"Exact" below means: every item that exists for the whole iteration is yielded exactly
once; an item created or deleted meanwhile is yielded at most once.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import FormclientsError
from .headers import integer

ParsedT = TypeVar("ParsedT")
ItemT = TypeVar("ItemT")

CHECKPOINT_VERSION = 1
# A walk that reads this many pages in a row without a new item, and without reaching the end,
# is facing a list that changes faster than it can be read (or an API that ignores a parameter).
STALL_LIMIT = 50


class CheckpointError(FormclientsError, ValueError):
    """A checkpoint that cannot be resumed here: corrupt, or made by another operation,
    another strategy or other arguments. Nothing has been requested when this is raised."""


class PaginationError(FormclientsError):
    """The API answered in a way that would make the iteration wrong (it ignored the keyset
    bound, or the list kept moving without progress); the iteration stops instead."""


@dataclass(frozen=True)
class Strategy:
    """One way to walk an operation's list, from its spec's `x-iteration.strategies`.

    `sets` are the arguments this strategy sends (Python names); it is chosen when the caller
    left each of them unset or set it to the same value.
    """

    name: str  # keyset | cursor | overlap | reverse | pages
    guarantee: str  # exact | at-most-once
    sets: tuple[tuple[str, Any], ...] = ()
    key: tuple[str, ...] = ()  # attribute path of an item's key (keyset; the cursor's resume key)
    key_type: str = "string"  # integer | string | date-time
    bound_argument: str | None = None  # keyset: takes the last key (exclusive); cursor: resumes from a key (inclusive)
    descending: bool = False  # keyset: keys decrease along the list
    invalid_cursor_status: int | None = None  # cursor: the status of a cursor the API no longer accepts
    bound_format: str | None = None  # keyset: the bound as an expression, e.g. "Entry/Number gt {key}"
    bound_join: str | None = None  # keyset: joins the caller's own value of the bound argument to the bound
    unless: tuple[tuple[str, str], ...] = ()  # (argument, text): not chosen when the caller's value contains it

    def agrees(self, arguments: Mapping[str, Any]) -> bool:
        return all(arguments.get(name, value) == value for name, value in self.sets) and not any(
            text in str(arguments.get(name, "")) for name, text in self.unless
        )

    def bounded(self, own: Any, key: Any) -> Any:
        """The bound argument's value for "after `key`", kept together with the caller's own value."""
        if self.bound_format is None:
            return key
        bound = self.bound_format.format(key=key_json(key))
        return bound if own is None or self.bound_join is None else f"{own}{self.bound_join}{bound}"


PAGES = Strategy("pages", "at-most-once")


@dataclass(frozen=True)
class Pagination:
    """An operation's x-pagination and x-iteration, with parameter names already in Python form."""

    style: str  # page | cursor | offset
    page_argument: str | None = None
    offset_argument: str | None = None  # offset style: how many items to skip
    size_argument: str | None = None
    size: int | None = None  # the largest page (size_max), or the fixed size the provider uses
    sends_size: bool = False
    last_page_header: str | None = None
    total_items: str | None = None
    total_pages: str | None = None
    cursor_argument: str | None = None
    next_cursor: str | None = None
    has_more: str | None = None
    operation: str = ""  # provider.operationId: names checkpoints and errors
    item_id: tuple[str, ...] = ()  # attribute path of an item's identifier
    item_created: tuple[str, ...] = ()  # where an id can come back after a delete: the item's creation time
    strategies: tuple[Strategy, ...] = (PAGES,)

    def choose(self, arguments: Mapping[str, Any]) -> Strategy:
        """The first strategy that agrees with the caller's arguments (the spec ends with one that always does)."""
        return next((s for s in self.strategies if s.agrees(arguments)), PAGES)


@dataclass(frozen=True)
class Progress:
    """How far an iteration is: requests answered, items handed out, and the API's count if it gives one."""

    pages_fetched: int
    items_yielded: int
    total: int | None  # the number of items the API says the whole list has (latest answer), or None


@dataclass(frozen=True)
class Page(Generic[ParsedT, ItemT]):
    """One answered request of an iteration.

    `items` are the items this request adds to the iteration: an item already yielded (an
    overlap read, a re-read, a page that moved under the reader) is left out, so `items` may be
    empty. `parsed` is the whole parsed body. `checkpoint` resumes the iteration right after
    this page: pass it as `checkpoint=` to the same iterator with the same arguments.
    """

    items: list[ItemT]
    parsed: ParsedT
    response: httpx.Response
    page: int | None  # the page number requested (page-number strategies), else None
    next_cursor: str | None  # the API's cursor after this page (cursor strategy)
    has_more: bool  # False on the last page of the iteration
    checkpoint: str = ""
    progress: Progress = Progress(0, 0, None)


# -- the walks --------------------------------------------------------------------------------------


class Walk:
    """What every strategy shares: the arguments, the page size, counters, checkpoints."""

    def __init__(self, pagination: Pagination, strategy: Strategy, arguments: Mapping[str, Any], digest: str) -> None:
        self.pagination = pagination
        self.strategy = strategy
        self.base = {**arguments, **dict(strategy.sets)}
        self.digest = digest
        asked = arguments.get(pagination.size_argument or "")
        limit = pagination.size or 0
        self.size = min(int(asked), limit) if asked and limit else int(asked or limit)
        self.pages_fetched = 0
        self.items_yielded = 0
        self.total: int | None = None
        self.done = False
        self.stalled = 0

    # what a strategy writes --------------------------------------------------------------------

    def next_request(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def read(self, response: httpx.Response, parsed: Any, items: list[Any]) -> Page[Any, Any]:
        raise NotImplementedError

    def recover(self, error: Exception) -> bool:
        """Whether a failed request can be replaced by another (the next `next_request`)."""
        return False

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore(self, state: Mapping[str, Any]) -> None:
        raise NotImplementedError

    # helpers -----------------------------------------------------------------------------------

    def request(self, page: int | None, size: int | None, offset: int | None = None) -> dict[str, Any]:
        request = dict(self.base)
        if page is not None and self.pagination.page_argument:
            request[self.pagination.page_argument] = page
        if offset is not None and self.pagination.offset_argument:
            request[self.pagination.offset_argument] = offset
        if size and self.pagination.sends_size and self.pagination.size_argument:
            request[self.pagination.size_argument] = size
        return request

    def id_of(self, item: Any) -> str:
        """An item's identity: its id, and its creation time where an id can be reused (a member who
        leaves and rejoins is a new item: taking it for the old one would wrongly prove an overlap)."""
        identity = str(attribute(item, self.pagination.item_id))
        if self.pagination.item_created:
            identity += "@" + str(key_json(attribute(item, self.pagination.item_created)))
        return identity

    def key_of(self, item: Any) -> Any:
        return key_value(attribute(item, self.strategy.key), self.strategy.key_type)

    def extent(
        self, response: httpx.Response, number: int, size: int, count: int, start: int | None = None
    ) -> tuple[bool, int | None]:
        """Whether items follow page `number` of `size` (the window from `start`, which had `count` items),
        and the total if the API says."""
        start = (number - 1) * size if start is None else start
        p = self.pagination
        body = json_body(response) if (p.total_items or p.total_pages) else None
        total_items = pointer(body, p.total_items)
        total_pages = pointer(body, p.total_pages)
        last_page = integer(response.headers, p.last_page_header) if p.last_page_header else None
        if last_page is not None:
            more = number < last_page
        elif isinstance(total_pages, int):
            more = number < total_pages
        elif isinstance(total_items, int) and size:
            more = start + count < total_items  # items beyond this page
        else:  # no count: a full page means there may be more
            more = bool(size) and count >= size
        return more and count > 0, total_items if isinstance(total_items, int) else None

    def page_count(self, response: httpx.Response, size: int) -> int | None:
        p = self.pagination
        if p.last_page_header and (last := integer(response.headers, p.last_page_header)) is not None:
            return last
        body = json_body(response)
        if isinstance(pages := pointer(body, p.total_pages), int):
            return pages
        if isinstance(total := pointer(body, p.total_items), int) and size:
            return math.ceil(total / size)
        return None

    def check_size(self, size: int, count: int, more: bool) -> None:
        """Page arithmetic needs pages of the size asked for: an API that sends fewer, with more to come, capped it."""
        if more and count < size:
            raise PaginationError(
                f"{self.pagination.operation}: asked for pages of {size} and got {count} with more to come; the API"
                " caps the page size lower than its spec says, so page positions would be wrong"
            )

    def page(
        self,
        fresh: list[Any],
        parsed: Any,
        response: httpx.Response,
        *,
        number: int | None = None,
        cursor: str | None = None,
    ) -> Page[Any, Any]:
        self.pages_fetched += 1
        self.items_yielded += len(fresh)
        self.stalled = 0 if fresh or self.done else self.stalled + 1
        if self.stalled >= STALL_LIMIT:
            raise PaginationError(
                f"{self.pagination.operation}: {STALL_LIMIT} requests in a row brought nothing new and did not"
                f" reach the end of the list ({self.strategy.name} iteration); stopping instead of looping"
            )
        return Page(
            fresh,
            parsed,
            response,
            number,
            cursor,
            not self.done,
            self.checkpoint(),
            Progress(self.pages_fetched, self.items_yielded, self.total),
        )

    def checkpoint(self) -> str:
        header = {"v": CHECKPOINT_VERSION, "op": self.pagination.operation, "strategy": self.strategy.name}
        return json.dumps(header | {"args": self.digest} | self.state(), separators=(",", ":"), sort_keys=True)


class PagesWalk(Walk):
    """Page numbers, forward, dropping ids already yielded.

    At most once; exact only while nothing is deleted: a delete before the reader's position
    moves later items onto a page already read. The fallback, never a default: with a fixed
    page size, overlap is impossible (every window is a whole page), and reverse needs new
    items to land only at the end; where they can land anywhere we know of no exact walk.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.number = 1
        self.seen: set[str] = set()
        self.last_ids: list[str] = []

    def next_request(self) -> dict[str, Any] | None:
        return None if self.done else self.request(self.number, self.size)

    def read(self, response: httpx.Response, parsed: Any, items: list[Any]) -> Page[Any, Any]:
        more, self.total = self.extent(response, self.number, self.size, len(items))
        self.check_size(self.size, len(items), more)
        self.last_ids = [self.id_of(item) for item in items]
        fresh = unseen(items, self.last_ids, self.seen)
        number, self.number, self.done = self.number, self.number + 1, not more
        return self.page(fresh, parsed, response, number=number)

    def state(self) -> dict[str, Any]:
        return {"page": self.number, "ids": self.last_ids}

    def restore(self, state: Mapping[str, Any]) -> None:
        self.number = integer_field(state, "page", minimum=1)
        self.last_ids = ids(state)
        self.seen = set(self.last_ids)


class KeysetWalk(Walk):
    """Order by a key that never changes and ask for what comes after the last key seen.

    Exact: each request is `key > last` (or `<` descending) in one snapshot, so an item that
    exists throughout is in the first answer whose range reaches its key, and in no later one.
    Needs no memory of ids; the checkpoint is the last key.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.bound: Any = None

    def next_request(self) -> dict[str, Any] | None:
        if self.done:
            return None
        request = self.request(1, self.size)
        if self.bound is not None:
            name = self.strategy.bound_argument
            assert name is not None
            request[name] = self.strategy.bounded(self.base.get(name), self.bound)
        return request

    def read(self, response: httpx.Response, parsed: Any, items: list[Any]) -> Page[Any, Any]:
        more, total = self.extent(response, 1, self.size, len(items))
        if total is not None:  # the API counts what is left after the bound
            self.total = self.items_yielded + total
        if items:
            first, last = self.key_of(items[0]), self.key_of(items[-1])
            backwards = self.bound is not None and not self.after(first, self.bound)
            if backwards or (first != last and not self.after(last, first)):
                order = "descending" if self.strategy.descending else "ascending"
                raise PaginationError(
                    f"{self.pagination.operation}: asked for keys after {self.bound!r} in {order} order and got"
                    f" {first!r} ... {last!r}; the API did not honour the keyset, so the iteration stops rather"
                    " than repeat or skip items"
                )
            self.bound = last
        self.done = not more
        return self.page(list(items), parsed, response)

    def after(self, key: Any, bound: Any) -> bool:
        return bool(key < bound) if self.strategy.descending else bool(key > bound)

    def state(self) -> dict[str, Any]:
        return {"bound": key_json(self.bound)}

    def restore(self, state: Mapping[str, Any]) -> None:
        if "bound" not in state:
            raise CheckpointError(f"{self.where}: missing 'bound'")
        self.bound = (
            None if state["bound"] is None else checkpoint_key(state["bound"], self.strategy.key_type, self.where)
        )

    @property
    def where(self) -> str:
        return f"checkpoint for {self.pagination.operation}"


class CursorWalk(Walk):
    """The API's own cursor, with a way back when the cursor dies.

    A cursor that names the last item (Formr's does) stops working when that item is deleted.
    The walk then resumes from the last item's key with the API's inclusive key filter and
    drops the ids it already yielded at that key: exact, provided the list is ordered by that
    key (ties in a fixed order). The final checkpoint holds the key, so a later run picks up
    what arrived since.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.cursor: str | None = None
        self.key: Any = None
        self.ties: set[str] = set()
        self.sent: str = "first"  # what the last request carried: first | cursor | key
        self.recoveries = 0

    def next_request(self) -> dict[str, Any] | None:
        if self.done:
            return None
        request = self.request(None, self.size)
        if self.cursor is not None:
            assert self.pagination.cursor_argument is not None
            request[self.pagination.cursor_argument] = self.cursor
            self.sent = "cursor"
        elif self.key is not None and self.strategy.bound_argument:
            request[self.strategy.bound_argument] = self.key
            self.sent = "key"
        else:
            self.sent = "first"
        return request

    def read(self, response: httpx.Response, parsed: Any, items: list[Any]) -> Page[Any, Any]:
        self.recoveries = 0
        body = json_body(response)
        cursor = pointer(body, self.pagination.next_cursor)
        cursor = cursor if isinstance(cursor, str) and cursor else None
        more = bool(pointer(body, self.pagination.has_more)) if self.pagination.has_more else cursor is not None
        fresh = [item for item in items if self.id_of(item) not in self.ties] if self.sent == "key" else list(items)
        if items and self.strategy.key:
            last = self.key_of(items[-1])
            trailing: set[str] = set()
            for item in reversed(items):  # the ids at the last key: a resume from that key drops them
                if self.key_of(item) != last:
                    break
                trailing.add(self.id_of(item))
            self.ties = self.ties | trailing if last == self.key else trailing
            self.key = last
        self.cursor = cursor if more else None
        # More without a cursor: carry on from the key (no cursor would only repeat the first page).
        self.done = not more or (cursor is None and self.key is None)
        return self.page(fresh, parsed, response, cursor=cursor)

    def recover(self, error: Exception) -> bool:
        status = getattr(error, "status", None) or getattr(error, "status_code", None)
        expected = self.strategy.invalid_cursor_status
        if self.sent != "cursor" or status != expected or self.key is None or self.recoveries >= 1:
            return False
        self.cursor, self.recoveries = None, self.recoveries + 1
        return True

    def state(self) -> dict[str, Any]:
        return {"cursor": self.cursor, "key": key_json(self.key), "ties": sorted(self.ties)}

    def restore(self, state: Mapping[str, Any]) -> None:
        where = f"checkpoint for {self.pagination.operation}"
        cursor = state.get("cursor")
        if cursor is not None and not isinstance(cursor, str):
            raise CheckpointError(f"{where}: 'cursor' must be a string or null, not {cursor!r}")
        self.cursor = cursor
        self.key = None if state.get("key") is None else checkpoint_key(state["key"], self.strategy.key_type, where)
        self.ties = set(ids(state, "ties"))
        if self.cursor is None and self.key is None and self.ties:
            raise CheckpointError(f"{where}: 'ties' without a 'key'")


class OverlapWalk(Walk):
    """Windows that overlap the part already read: offsets, or page numbers with a settable size.

    Each window starts at or before the last item read (less a margin for the shift seen so
    far) and reaches as far as it can: with offsets a window starts anywhere; page q of size t
    is [(q-1)t, qt), so t and q are chosen for it. Proof of exactness, for any order that does
    not change for the items that exist throughout: one answer is a contiguous run of one snapshot, so if it
    contains an item already yielded, it holds every surviving item from there to its end;
    everything before that item was covered earlier. A window with no yielded item (deletes
    moved the list left past it) proves nothing: the walk yields nothing from it and steps
    back, doubling the margin. Costs about 14% more requests than non-overlapping pages of 100
    (with offsets, a twentieth of each window: 5%).
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.frontier = 0  # estimated position just after the last item read
        self.margin = 0
        self.seen: set[str] = set()
        self.window_ids: list[str] = []
        self.window: tuple[int, int, int | None] = (0, self.size, 1)  # start, size, page number (None: offsets)

    def next_request(self) -> dict[str, Any] | None:
        if self.done:
            return None
        low = max(0, self.frontier - 1 - self.margin)
        if self.pagination.offset_argument:  # any start will do
            self.window = (low, self.size, None)
            return self.request(None, self.size, low)
        number, size = best_window(low, self.size, self.frontier, max(self.size, self.pagination.size or 0))
        self.window = ((number - 1) * size, size, number)
        return self.request(number, size)

    def read(self, response: httpx.Response, parsed: Any, items: list[Any]) -> Page[Any, Any]:
        start, size, number = self.window
        more, self.total = self.extent(response, number or 1, size, len(items), start)
        self.check_size(size, len(items), more)
        window_ids = [self.id_of(item) for item in items]
        known = [index for index, item_id in enumerate(window_ids) if item_id in self.seen]
        fresh: list[Any] = []
        if known or start == 0:
            anchor = known[-1] + 1 if known else 0  # before the last known item everything is covered
            # The margin follows the largest recent left shift (deletes before the reader), fading by one
            # a window and kept to a quarter of the window, so that a window still reaches past the frontier.
            # With offsets a margin costs only its own items: keep one of a twentieth of the window.
            moved_left = 0
            if self.window_ids and self.window_ids[-1] in window_ids:
                moved_left = (self.frontier - 1) - (start + window_ids.index(self.window_ids[-1]))
            floor = size // 20 if number is None else 0
            self.margin = min(max(moved_left, self.margin - 1, floor), size // 4)
            fresh = unseen(items[anchor:], window_ids[anchor:], self.seen)
            self.frontier = start + len(items)
            self.window_ids = window_ids or self.window_ids
            self.done = not more
        else:  # moved left past the window (or the list shrank below it): step back
            self.margin = 2 * self.margin + 1
            self.frontier = min(self.frontier, self.total) if self.total is not None else self.frontier
        return self.page(fresh, parsed, response, number=number)

    def state(self) -> dict[str, Any]:
        return {"frontier": self.frontier, "margin": self.margin, "ids": self.window_ids}

    def restore(self, state: Mapping[str, Any]) -> None:
        self.frontier = integer_field(state, "frontier", minimum=0)
        self.margin = integer_field(state, "margin", minimum=0)
        self.window_ids = ids(state)
        self.seen = set(self.window_ids)


class ReverseWalk(Walk):
    """Fixed-size pages of a list where new items only ever land at the end (oldest first).

    Read page 1 to learn the page count n, then pages n, n-1, ..., 1. Proof of exactness: in
    such a list an item that exists throughout only ever moves towards the front (deletes
    before it), and it is within pages 1..n when counted. Read in decreasing page order at
    increasing times, the item is on page k when read, or already in front of page k and so
    still ahead of the pages left to read; page 1 ends the chain. n + 1 requests for n pages.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.pages: int | None = None
        self.number = 1
        self.seen: set[str] = set()
        self.first_ids: list[str] = []  # page 1 is read first and last: a resumed walk must know it
        self.last_ids: list[str] = []

    def next_request(self) -> dict[str, Any] | None:
        return None if self.done else self.request(self.number, self.size)

    def read(self, response: httpx.Response, parsed: Any, items: list[Any]) -> Page[Any, Any]:
        more, self.total = self.extent(response, self.number, self.size, len(items))
        self.check_size(self.size, len(items), more)
        number = self.number
        self.last_ids = [self.id_of(item) for item in items]
        fresh = unseen(items, self.last_ids, self.seen)
        if self.pages is None:
            self.first_ids = self.last_ids
            self.pages = self.page_count(response, self.size)
            if self.pages is None:
                raise PaginationError(f"{self.pagination.operation}: the answer has no count, which reverse needs")
            self.number = self.pages if self.pages > 1 else 0
        else:
            self.number -= 1
        self.done = self.number == 0
        return self.page(fresh, parsed, response, number=number)

    def state(self) -> dict[str, Any]:
        return {"pages": self.pages, "page": self.number, "first": self.first_ids, "ids": self.last_ids}

    def restore(self, state: Mapping[str, Any]) -> None:
        pages = state.get("pages")
        if pages is not None:
            pages = integer_field(state, "pages", minimum=1)
        self.pages = pages
        self.number = integer_field(state, "page", minimum=0 if pages is not None else 1)
        if pages is not None and self.number > pages:
            raise CheckpointError(f"checkpoint for {self.pagination.operation}: 'page' {self.number} > 'pages' {pages}")
        self.first_ids, self.last_ids = ids(state, "first"), ids(state)
        self.seen = {*self.first_ids, *self.last_ids}
        self.done = self.number == 0


WALKS: dict[str, type[Walk]] = {
    "pages": PagesWalk,
    "keyset": KeysetWalk,
    "cursor": CursorWalk,
    "overlap": OverlapWalk,
    "reverse": ReverseWalk,
}


def start_walk(pagination: Pagination, arguments: Mapping[str, Any], checkpoint: str | None) -> Walk:
    """The walk the arguments choose, fresh or resumed from a checkpoint (checked before any request)."""
    strategy = pagination.choose(arguments)
    digest = arguments_digest(arguments)
    walk = WALKS[strategy.name](pagination, strategy, arguments, digest)
    if checkpoint is not None:
        walk.restore(read_checkpoint(checkpoint, pagination, strategy, digest))
    return walk


# -- checkpoints -------------------------------------------------------------------------------------


def arguments_digest(arguments: Mapping[str, Any]) -> str:
    """A short fingerprint of the caller's arguments: a checkpoint resumes only the same iteration."""
    text = json.dumps(arguments, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def read_checkpoint(text: Any, pagination: Pagination, strategy: Strategy, digest: str) -> dict[str, Any]:
    where = f"checkpoint for {pagination.operation}"
    if not isinstance(text, str):
        raise CheckpointError(f"{where}: expected the str that Page.checkpoint gave, got {type(text).__name__}")
    try:
        state = json.loads(text)
    except ValueError:
        raise CheckpointError(f"{where} is not JSON (corrupt or truncated): {text[:60]!r}") from None
    if not isinstance(state, dict):
        raise CheckpointError(f"{where} is not a JSON object: {text[:60]!r}")
    if state.get("v") != CHECKPOINT_VERSION:
        raise CheckpointError(f"{where}: version {state.get('v')!r} is not {CHECKPOINT_VERSION}")
    if state.get("op") != pagination.operation:
        raise CheckpointError(f"{where}: it was made by {state.get('op')!r}")
    if state.get("strategy") != strategy.name:
        raise CheckpointError(
            f"{where}: it was made by a {state.get('strategy')!r} iteration, and these arguments choose"
            f" {strategy.name!r}: resume with the arguments that made it"
        )
    if state.get("args") != digest:
        raise CheckpointError(f"{where}: it was made with other arguments: resume with the arguments that made it")
    return state


def integer_field(state: Mapping[str, Any], name: str, *, minimum: int) -> int:
    value = state.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise CheckpointError(f"checkpoint: {name!r} must be an integer >= {minimum}, not {value!r}")
    return value


def ids(state: Mapping[str, Any], name: str = "ids") -> list[str]:
    value = state.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CheckpointError(f"checkpoint: {name!r} must be a list of strings")
    return value


def key_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def checkpoint_key(value: Any, key_type: str, where: str) -> Any:
    try:
        if key_type == "integer" and not isinstance(value, bool) and isinstance(value, int):
            return value
        if key_type == "date-time" and isinstance(value, str):
            return datetime.fromisoformat(value)
        if key_type == "string" and isinstance(value, str):
            return value
    except ValueError:
        pass
    raise CheckpointError(f"{where}: the key {value!r} is not a {key_type}")


# -- small helpers -------------------------------------------------------------------------------------


def key_value(value: Any, key_type: str) -> Any:
    if key_type == "integer":
        return int(value)
    if key_type == "date-time":
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return str(value)


def attribute(item: Any, path: Sequence[str]) -> Any:
    """Follow attribute names (or mapping keys, for plain dict items) from an item; it must be there."""
    node = item
    for part in path:
        node = node[part] if isinstance(node, Mapping) else getattr(node, part)
        if node is None or type(node).__name__ == "Unset":  # the generated clients' marker of a field not sent
            raise PaginationError(
                f"an item without {'.'.join(path)}, which the iteration needs to tell items apart: {item!r:.200}"
            )
    return node


def unseen(items: Sequence[Any], item_ids: Sequence[str], seen: set[str]) -> list[Any]:
    fresh = []
    for item, item_id in zip(items, item_ids, strict=True):
        if item_id not in seen:
            seen.add(item_id)
            fresh.append(item)
    return fresh


def best_window(low: int, preferred: int, past: int, largest: int) -> tuple[int, int]:
    """(page, size) of the page-aligned window that contains position `low` and ends furthest.

    Sizes up to `preferred` first; a larger one (up to `largest`, the API's maximum) only when
    none reaches beyond position `past`: with small sizes some positions are walls (every size
    up to 3 divides 6, so no window of 3 or less holds both 5 and 6).
    """

    def end(size: int) -> int:
        return size * (low // size + 1)

    size = max(range(max(preferred, 1), 0, -1), key=end)  # the first (largest) size among equals
    if end(size) <= past:
        size = next((bigger for bigger in range(size + 1, largest + 1) if end(bigger) > past), size)
    return low // size + 1, size


def json_body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def pointer(body: Any, path: str | None) -> Any:
    if path is None:
        return None
    node = body
    for part in path.strip("/").split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node
