"""The paginator: every walk against a list that changes under it, checkpoints, progress.

The walks are driven here against `Shelf`, a list served the way the providers serve theirs
(page numbers with a count, a keyset bound, a cursor naming the last item), changed between
requests as each test says. Hypothesis varies the changes; the walks claim exactly what
their docstrings prove, and the neighbouring cases show where each claim stops.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import itertools
import json
import math
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from formclients.runtime._iteration import best_window
from formclients.runtime.pagination import (
    CheckpointError,
    Page,
    Pagination,
    PaginationError,
    Strategy,
    aiter_items,
    aiter_pages,
    iter_items,
    iter_pages,
)

# -- a list served like the providers serve theirs -------------------------------------------------------------


@dataclass
class Shelf:
    """Items {"id", "key"} in list order. `change(request_number)` runs before every request after the first."""

    size_cap: int = 100
    style: str = "page"  # page: page numbers (or a keyset bound); cursor: Formr's cursor
    items: list[dict[str, Any]] = field(default_factory=list)
    change: Callable[[Shelf, int], None] = lambda shelf, number: None
    requests: list[dict[str, Any]] = field(default_factory=list)
    next_key: int = 0
    inserted: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, count: int, **options: Any) -> Shelf:
        shelf = cls(**options)
        for _ in range(count):
            shelf.add(len(shelf.items), record=False)
        return shelf

    def add(self, position: int, *, record: bool = True) -> None:
        item: dict[str, Any] = {"id": f"i{self.next_key}", "key": self.next_key}
        self.next_key += 1
        self.items.insert(position, item)
        if record:
            self.inserted.add(str(item["id"]))

    def remove(self, position: int) -> None:
        self.deleted.add(self.items.pop(position)["id"])

    def ids(self) -> set[str]:
        return {item["id"] for item in self.items}

    def fetch(self, request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        self.requests.append(dict(request))
        if len(self.requests) > 1:
            self.change(self, len(self.requests))
        if self.style == "cursor":
            return self.cursor_page(request)
        size = min(int(request.get("size", self.size_cap)), self.size_cap)
        ordered = self.items
        if "filter" in request:  # OData-like: "key gt N and key lt M", ordered by key
            ordered = sorted((i for i in self.items if matches(request["filter"], i)), key=lambda i: i["key"])
        if "skip" in request:  # offsets
            chunk = ordered[int(request["skip"]) : int(request["skip"]) + size]
            body = {"items": [dict(i) for i in chunk], "total": len(ordered)}
            return httpx.Response(200, json=body), body
        if "after" in request:  # keyset: keys ascending, after the bound
            ordered = sorted((i for i in self.items if i["key"] > request["after"]), key=lambda i: i["key"])
        if "before" in request:  # keyset, descending
            ordered = sorted((i for i in self.items if i["key"] < request["before"]), key=lambda i: -i["key"])
        page = int(request.get("page", 1))
        chunk = ordered[(page - 1) * size : page * size]
        body = {"items": [dict(i) for i in chunk], "total": len(ordered)}
        headers = {"Last-Page": str(max(1, math.ceil(len(ordered) / size)))}
        return httpx.Response(200, json=body, headers=headers), body

    def cursor_page(self, request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        """Formr's way: oldest first by key, the cursor names the last item (400 once it is gone), `from` inclusive."""
        ordered = sorted(self.items, key=lambda i: i["key"])
        if "cursor" in request:
            position = next((n for n, i in enumerate(ordered) if i["id"] == request["cursor"]), None)
            if position is None:
                raise StatusError(400)
            ordered = ordered[position + 1 :]
        elif "from" in request:
            ordered = [i for i in ordered if i["key"] >= request["from"]]
        size = int(request.get("size", self.size_cap))
        chunk, more = ordered[:size], len(ordered) > size
        body = {"items": [dict(i) for i in chunk], "next": chunk[-1]["id"] if more else None, "more": more}
        return httpx.Response(200, json=body), body


def matches(expression: str, item: dict[str, Any]) -> bool:
    """`key gt N` / `key lt N` terms joined by `and`, or by `or` (which binds looser)."""

    def term(text: str) -> bool:
        name, op, value = text.split()
        return bool(item[name] > int(value)) if op == "gt" else bool(item[name] < int(value))

    return any(all(term(t) for t in side.split(" and ")) for side in expression.split(" or "))


class StatusError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"status {status}")
        self.status = status


def items_of(parsed: Any) -> list[Any]:
    return list(parsed["items"])


def paging(*strategies: Strategy, **options: Any) -> Pagination:
    settings_: dict[str, Any] = {
        "page_argument": "page",
        "size_argument": "size",
        "size": 100,
        "sends_size": True,
        "total_items": "/total",
        "operation": "shelf.list",
        "item_id": ("id",),
        "strategies": strategies or (Strategy("pages", "at-most-once"),),
    }
    return Pagination("page", **(settings_ | options))


OVERLAP = paging(Strategy("overlap", "exact"))
REVERSE = paging(Strategy("reverse", "exact"), size=20, sends_size=False)
PAGES = paging(size=20, sends_size=False)
KEYSET = paging(
    Strategy("keyset", "exact", key=("key",), key_type="integer", bound_argument="after"),
    total_items=None,
    last_page_header="Last-Page",
)
CURSOR = Pagination(
    "cursor",
    size_argument="size",
    size=100,
    sends_size=True,
    cursor_argument="cursor",
    next_cursor="/next",
    has_more="/more",
    operation="shelf.list",
    item_id=("id",),
    strategies=(
        Strategy("cursor", "exact", key=("key",), key_type="integer", bound_argument="from", invalid_cursor_status=400),
    ),
)


OFFSET = Pagination(
    "offset",
    offset_argument="skip",
    size_argument="size",
    size=100,
    sends_size=True,
    total_items="/total",
    operation="shelf.list",
    item_id=("id",),
    strategies=(
        Strategy(
            "keyset",
            "exact",
            key=("key",),
            key_type="integer",
            bound_argument="filter",
            bound_format="key gt {key}",
            bound_join=" and ",
            unless=(("filter", " or "),),
        ),
        Strategy("overlap", "exact"),
    ),
)


def walk_all(pagination: Pagination, shelf: Shelf, **arguments: Any) -> list[str]:
    return [item["id"] for item in iter_items(pagination, shelf.fetch, items_of, arguments)]


def assert_exact(got: list[str], before: set[str], shelf: Shelf) -> None:
    assert len(got) == len(set(got)), "no item twice"
    assert set(got) <= before | shelf.inserted
    assert before - shelf.deleted <= set(got), f"missed {sorted(before - shelf.deleted - set(got))}"


# -- the fewest requests when nothing changes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pagination", "shelf", "requests"),
    [
        (paging(last_page_header="Last-Page", total_items=None), {}, 3),  # 250 at 100: a last-page header
        (PAGES, {"size_cap": 20}, 13),  # 250 at a fixed 20 with a total count
        (paging(total_items=None), {}, 3),  # no count: a short page ends it
        (KEYSET, {}, 3),
        (CURSOR, {"style": "cursor"}, 3),
        (OVERLAP, {}, 3),  # [0, 100), [99, 198), [196, 294)
        (REVERSE, {"size_cap": 20}, 14),  # page 1 to count 13 pages, then 13 down to 1
    ],
    ids=["pages-header", "pages-total", "pages-short", "keyset", "cursor", "overlap", "reverse"],
)
def test_a_still_list_is_read_once_in_few_requests(
    pagination: Pagination, shelf: dict[str, Any], requests: int
) -> None:
    served = Shelf.of(250, **shelf)
    got = walk_all(pagination, served)
    everything = [f"i{n}" for n in range(250)]
    assert got == everything if pagination is not REVERSE else sorted(got, key=lambda i: int(i[1:])) == everything
    assert len(served.requests) == requests
    if pagination.sends_size and pagination is not OVERLAP:
        assert {r["size"] for r in served.requests} == {100}, "always the largest page"


def test_exact_multiple_with_no_count_stops_after_one_empty_page() -> None:
    shelf = Shelf.of(250, size_cap=125)
    assert len(walk_all(paging(size=125, total_items=None), shelf)) == 250
    assert len(shelf.requests) == 3, "without a count only an empty or short page says the data ended"


def test_caller_arguments_travel_with_every_request() -> None:
    shelf = Shelf.of(250)
    walk_all(OVERLAP, shelf, search="x")
    assert all(r["search"] == "x" for r in shelf.requests)


def test_overlap_asks_for_windows_that_overlap_what_it_has_read() -> None:
    shelf = Shelf.of(1000)
    assert len(walk_all(OVERLAP, shelf)) == 1000
    windows = [((r["page"] - 1) * r["size"], r["page"] * r["size"]) for r in shelf.requests]
    assert all(start < previous_end for (_, previous_end), (start, _) in itertools.pairwise(windows))
    assert len(shelf.requests) == 11, "1000 items: 10 pages of 100, and 1 more for the overlaps"


def test_windows_with_small_sizes_step_over_walls() -> None:
    # Every size up to 3 divides 6: no window of 3 or less holds positions 5 and 6, so a larger one is used.
    assert best_window(5, 3, 6, 100) == (2, 4)
    assert best_window(5, 3, 6, 3) == (2, 3), "without a larger size allowed, the best there is"
    assert best_window(0, 100, 0, 100) == (1, 100)
    assert best_window(99, 100, 100, 100) == (2, 99)


# -- live data: each walk under the changes its guarantee names --------------------------------------------------

PROPERTY = settings(max_examples=60, deadline=None)
positions = st.integers(0, 10_000)


def changes(draw: st.DataObject, where: str, deletes: bool, upto: int = 30) -> Callable[[Shelf, int], None]:
    """Before each request (the first 30), up to 3 inserts at `where` (anywhere | front | end) and 3 deletes."""

    def change(shelf: Shelf, number: int) -> None:
        if number > upto:
            return
        for _ in range(draw.draw(st.integers(0, 3))):
            spot = {"front": 0, "end": len(shelf.items)}.get(where, draw.draw(positions) % (len(shelf.items) + 1))
            shelf.add(spot)
        for _ in range(draw.draw(st.integers(0, 3)) if deletes else 0):
            if shelf.items:
                shelf.remove(draw.draw(positions) % len(shelf.items))

    return change


@PROPERTY
@given(
    data=st.data(),
    count=st.integers(0, 60),
    size=st.sampled_from([4, 7, 10]),
    where=st.sampled_from(["anywhere", "front", "end"]),
)
def test_overlap_is_exact_whatever_is_inserted_or_deleted(
    data: st.DataObject, count: int, size: int, where: str
) -> None:
    shelf = Shelf.of(count)
    before = shelf.ids()
    shelf.change = changes(data, where, deletes=True)
    assert_exact(walk_all(OVERLAP, shelf, size=size), before, shelf)


@PROPERTY
@given(data=st.data(), count=st.integers(0, 90))
def test_reverse_is_exact_when_new_items_land_at_the_end(data: st.DataObject, count: int) -> None:
    shelf = Shelf.of(count, size_cap=20)
    before = shelf.ids()
    shelf.change = changes(data, "end", deletes=True)
    assert_exact(walk_all(REVERSE, shelf), before, shelf)


def test_reverse_is_not_exact_when_new_items_land_in_front() -> None:
    """The assumption named in the spec matters: an insert at the front pushes an item from page 2 to page 3
    after page 3 was read and before page 2 is."""
    shelf = Shelf.of(60, size_cap=20)
    before = shelf.ids()
    shelf.change = lambda s, number: s.add(0) if number == 3 else None  # after page 3 (request 2), before page 2
    got = walk_all(REVERSE, shelf)
    assert before - set(got) == {"i39"}


@PROPERTY
@given(data=st.data(), count=st.integers(0, 90), where=st.sampled_from(["anywhere", "front", "end"]))
def test_pages_are_at_most_once_and_exact_while_nothing_is_deleted(data: st.DataObject, count: int, where: str) -> None:
    shelf = Shelf.of(count, size_cap=20)
    before = shelf.ids()
    shelf.change = changes(data, where, deletes=False)
    assert_exact(walk_all(PAGES, shelf), before, shelf)


def test_pages_miss_an_item_when_one_before_it_is_deleted() -> None:
    shelf = Shelf.of(60, size_cap=20)
    before = shelf.ids()
    shelf.change = lambda s, number: s.remove(0) if number == 2 else None
    got = walk_all(PAGES, shelf)
    assert len(got) == len(set(got))
    assert before - shelf.deleted - set(got) == {"i20"}, "i20 slid onto page 1 after page 1 was read"


@PROPERTY
@given(data=st.data(), count=st.integers(0, 300))
def test_keyset_is_exact_whatever_is_inserted_or_deleted(data: st.DataObject, count: int) -> None:
    shelf = Shelf.of(count)
    before = shelf.ids()
    shelf.change = changes(data, "anywhere", deletes=True)
    assert_exact(walk_all(KEYSET, shelf), before, shelf)


def test_keyset_descending_takes_the_other_bound() -> None:
    descending = paging(
        Strategy("keyset", "exact", key=("key",), key_type="integer", bound_argument="before", descending=True),
        total_items=None,
        last_page_header="Last-Page",
    )
    shelf = Shelf.of(250)
    first = walk_all(descending, shelf, before=1000)
    assert first == [f"i{n}" for n in reversed(range(250))]
    assert [r["before"] for r in shelf.requests] == [1000, 150, 50]


def test_keyset_in_a_filter_expression_keeps_the_callers_filter() -> None:
    shelf = Shelf.of(500)
    got = walk_all(OFFSET, shelf, filter="key lt 450")
    assert got == [f"i{n}" for n in range(450)]
    assert [r["filter"] for r in shelf.requests] == ["key lt 450", "key lt 450 and key gt 99"] + [
        f"key lt 450 and key gt {n}" for n in (199, 299, 399)
    ]


def test_a_filter_the_bound_cannot_join_falls_back_to_overlapping_offsets() -> None:
    shelf = Shelf.of(500)
    items = iter_items(OFFSET, shelf.fetch, items_of, {"filter": "key lt 100 or key gt 150"})
    assert [i["id"] for i in items] == [f"i{n}" for n in range(500) if n < 100 or n > 150]
    assert items.strategy == "overlap"
    skips = [r["skip"] for r in shelf.requests]
    assert skips == [0, 94, 188, 282, 376], "each window starts 5 before the last item read (a margin of 100 / 20)"


@PROPERTY
@given(data=st.data(), count=st.integers(0, 60), size=st.sampled_from([3, 7, 10]))
def test_overlapping_offsets_are_exact_whatever_is_inserted_or_deleted(
    data: st.DataObject, count: int, size: int
) -> None:
    shelf = Shelf.of(count)
    before = shelf.ids()
    shelf.change = changes(data, "anywhere", deletes=True)
    overlap = dataclasses.replace(OFFSET, strategies=(Strategy("overlap", "exact"),))
    assert_exact(walk_all(overlap, shelf, size=size), before, shelf)


def test_keyset_stops_when_the_api_ignores_the_bound() -> None:
    shelf = Shelf.of(250)
    ignoring = paging(
        Strategy("keyset", "exact", key=("key",), key_type="integer", bound_argument="ignored"),
        last_page_header="Last-Page",
    )
    with pytest.raises(PaginationError, match="did not honour the keyset"):
        walk_all(ignoring, shelf)
    assert len(shelf.requests) == 2, "stopped at the first answer that repeats the keys"


@PROPERTY
@given(data=st.data(), count=st.integers(0, 300))
def test_cursor_is_exact_even_when_the_cursor_item_is_deleted(data: st.DataObject, count: int) -> None:
    shelf = Shelf.of(count, size_cap=10, style="cursor")
    before = shelf.ids()
    shelf.change = changes(data, "end", deletes=True)
    assert_exact(walk_all(CURSOR, shelf, size=10), before, shelf)


def test_a_dead_cursor_resumes_from_the_last_key() -> None:
    shelf = Shelf.of(30, style="cursor")
    shelf.change = lambda s, number: s.remove(9) if number == 2 else None  # the item the cursor names
    got = walk_all(CURSOR, shelf, size=10)
    assert got == [f"i{n}" for n in range(30)]
    assert [sorted(r) for r in shelf.requests] == [["size"], ["cursor", "size"], ["from", "size"], ["cursor", "size"]]
    assert shelf.requests[2]["from"] == 9


def test_a_dead_cursor_resumes_at_a_key_shared_by_several_items_without_repeating_them() -> None:
    shelf = Shelf.of(30, style="cursor")
    for n, item in enumerate(shelf.items):
        item["key"] = (n + 2) // 3  # i7, i8, i9 share key 3 and end page 1; i10 and i11 too, on page 2
    shelf.change = lambda s, number: s.remove(9) if number == 2 else None
    got = walk_all(CURSOR, shelf, size=10)
    assert got == [f"i{n}" for n in range(30)], "i7 and i8 come back with `from`, and are dropped"
    assert shelf.requests[2] == {"size": 10, "from": 3}


def test_a_dead_cursor_that_stays_dead_raises() -> None:
    shelf = Shelf.of(30, style="cursor")

    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        if "from" in request:
            raise StatusError(400)
        return shelf.fetch(request)

    shelf.change = lambda s, number: s.remove(9) if number == 2 else None
    with pytest.raises(StatusError):
        list(iter_items(CURSOR, fetch, items_of, {"size": 10}))


# -- checkpoints -------------------------------------------------------------------------------------------------

RESUMABLE = [OVERLAP, REVERSE, PAGES, KEYSET, CURSOR]


@pytest.mark.parametrize("pagination", RESUMABLE, ids=lambda p: p.strategies[0].name)
@pytest.mark.parametrize("stop_after", [1, 2, 3])
def test_a_killed_job_resumes_from_its_checkpoint_without_gaps_or_repeats(
    pagination: Pagination, stop_after: int
) -> None:
    shelf = Shelf.of(90, size_cap=20, style="cursor" if pagination is CURSOR else "page")
    arguments = {"size": 20} if pagination.sends_size else {}
    before = shelf.ids()
    pages = iter_pages(pagination, shelf.fetch, items_of, arguments)
    done = [next(pages) for _ in range(stop_after)]
    saved = done[-1].checkpoint
    assert json.loads(saved)["strategy"] == pagination.strategies[0].name and len(saved) < 2000
    for _ in range(3):  # while the job is down
        shelf.add(len(shelf.items))
    resumed = iter_pages(pagination, shelf.fetch, items_of, arguments, checkpoint=saved)
    got = [i["id"] for p in done for i in p.items] + [i["id"] for p in resumed for i in p.items]
    assert_exact(got, before, shelf)
    assert len(shelf.requests) <= math.ceil(93 / 20) + 3, "the resumed run carries on, it does not start over"


def test_an_api_that_caps_the_page_size_lower_than_its_spec_stops_the_walk() -> None:
    shelf = Shelf.of(90, size_cap=20)
    with pytest.raises(PaginationError, match="asked for pages of 100 and got 20 with more to come"):
        walk_all(OVERLAP, shelf)


def test_the_final_keyset_checkpoint_picks_up_what_arrived_since() -> None:
    shelf = Shelf.of(150)
    pages = iter_pages(KEYSET, shelf.fetch, items_of, {})
    assert sum(len(p.items) for p in pages) == 150
    shelf.add(len(shelf.items))
    later = [
        i["id"] for p in iter_pages(KEYSET, shelf.fetch, items_of, {}, checkpoint=pages.checkpoint) for i in p.items
    ]
    assert later == ["i150"]


def test_item_iterator_checkpoint_moves_only_when_a_page_is_handed_out_in_full() -> None:
    shelf = Shelf.of(250)
    items = iter_items(KEYSET, shelf.fetch, items_of, {})
    assert items.checkpoint is None
    taken = [next(items)["id"] for _ in range(150)]  # into the middle of the second page
    resumed = [i["id"] for i in iter_items(KEYSET, shelf.fetch, items_of, {}, checkpoint=items.checkpoint)]
    assert taken[:100] + resumed == [f"i{n}" for n in range(250)], "the half-read page is read again, not skipped"


@pytest.mark.parametrize(
    ("checkpoint", "message"),
    [
        ("not json", "is not JSON"),
        ("[1, 2]", "is not a JSON object"),
        ('{"v": 99}', "version 99"),
        ('{"v": 1, "op": "other.list"}', "made by 'other.list'"),
        ('{"v": 1, "op": "shelf.list", "strategy": "cursor"}', "these arguments choose 'keyset'"),
        ('{"v": 1, "op": "shelf.list", "strategy": "keyset", "args": "x"}', "other arguments"),
        (b"bytes", "expected the str"),
    ],
)
def test_a_corrupt_or_foreign_checkpoint_is_refused_before_any_request(checkpoint: Any, message: str) -> None:
    shelf = Shelf.of(10)
    with pytest.raises(CheckpointError, match=message) as caught:
        iter_pages(KEYSET, shelf.fetch, items_of, {}, checkpoint=checkpoint)
    assert "checkpoint for shelf.list" in str(caught.value)
    assert shelf.requests == []


@pytest.mark.parametrize(
    ("pagination", "state", "message"),
    [
        (KEYSET, {"bound": "seven"}, "not a integer"),
        (KEYSET, {}, "missing 'bound'"),
        (OVERLAP, {"frontier": -1, "margin": 0, "ids": []}, "'frontier' must be an integer >= 0"),
        (OVERLAP, {"frontier": 3, "margin": 0, "ids": [1]}, "'ids' must be a list of strings"),
        (REVERSE, {"pages": 2, "page": 5, "ids": []}, "'page' 5 > 'pages' 2"),
        (CURSOR, {"cursor": 5, "key": None, "ties": []}, "'cursor' must be a string or null"),
    ],
)
def test_a_checkpoint_with_a_damaged_field_names_the_field(
    pagination: Pagination, state: dict[str, Any], message: str
) -> None:
    shelf = Shelf.of(10, style="cursor" if pagination is CURSOR else "page")
    good = next(iter_pages(pagination, shelf.fetch, items_of, {"size": 5})).checkpoint
    damaged = json.dumps({key: json.loads(good)[key] for key in ("v", "op", "strategy", "args")} | state)
    with pytest.raises(CheckpointError, match=message):
        iter_pages(pagination, shelf.fetch, items_of, {"size": 5}, checkpoint=damaged)


def test_arguments_choose_the_strategy_and_a_checkpoint_must_match_them() -> None:
    asc = Strategy(
        "keyset", "exact", sets=(("order", "asc"),), key=("key",), key_type="integer", bound_argument="after"
    )
    pagination = paging(asc, Strategy("overlap", "exact"), last_page_header="Last-Page", total_items=None)
    shelf = Shelf.of(30)
    assert iter_pages(pagination, shelf.fetch, items_of, {}).strategy == "keyset"
    assert iter_pages(pagination, shelf.fetch, items_of, {"order": "asc"}).strategy == "keyset"
    other = iter_pages(pagination, shelf.fetch, items_of, {"order": "desc"})
    assert other.strategy == "overlap"
    saved = next(other).checkpoint
    with pytest.raises(CheckpointError, match="'overlap' iteration, and these arguments choose 'keyset'"):
        iter_pages(pagination, shelf.fetch, items_of, {}, checkpoint=saved)


# -- progress ------------------------------------------------------------------------------------------------------


def test_iterators_count_pages_and_items_and_report_the_total() -> None:
    shelf = Shelf.of(250)
    seen: list[tuple[int, int, int | None]] = []
    pages = iter_pages(
        OVERLAP,
        shelf.fetch,
        items_of,
        {},
        on_page=lambda page: seen.append(
            (page.progress.pages_fetched, page.progress.items_yielded, page.progress.total)
        ),
    )
    assert (pages.pages_fetched, pages.items_yielded, pages.total) == (0, 0, None)
    list(pages)
    assert seen == [(1, 100, 250), (2, 198, 250), (3, 250, 250)], "[0, 100), [99, 198), [196, 294)"
    assert (pages.pages_fetched, pages.items_yielded, pages.total) == (3, 250, 250)
    assert (pages.strategy, pages.guarantee) == ("overlap", "exact")
    items = iter_items(KEYSET, Shelf.of(250).fetch, items_of, {})
    for _ in range(120):
        next(items)
    assert (items.pages_fetched, items.items_yielded, items.total) == (2, 120, None), "Keyset: no count"


def test_async_iterators_match_the_sync_ones() -> None:
    shelf = Shelf.of(250, style="cursor")

    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        return shelf.fetch(request)

    async def collect() -> tuple[list[str], int, str | None]:
        called: list[Page[Any, Any]] = []
        pages = aiter_pages(CURSOR, fetch, items_of, {}, on_page=called.append)
        got = [i["id"] async for p in pages for i in p.items]
        items = aiter_items(CURSOR, fetch, items_of, {}, checkpoint=called[0].checkpoint)
        rest = [i["id"] async for i in items]
        assert items.items_yielded == 150 and items.checkpoint == pages.checkpoint
        return got + rest, len(called), pages.checkpoint

    got, called, _ = asyncio.run(collect())
    assert got == [f"i{n}" for n in range(250)] + [f"i{n}" for n in range(100, 250)]
    assert called == 3


def test_a_page_is_freed_as_soon_as_nobody_holds_it() -> None:
    """httpx keeps each response in a reference cycle; unbroken, 100,000 results left megabytes of spent bodies
    for the garbage collector (scripts/bench_iteration.py measures it). Without the collector, none is left."""
    shelf = Shelf.of(500)

    def answer(request: httpx.Request) -> httpx.Response:
        response, _ = shelf.fetch(dict(request.url.params.items()) | {"size": 100})
        return response

    http = httpx.Client(transport=httpx.MockTransport(answer))

    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        response = http.get("http://shelf.test/items", params=request)
        return response, response.json()

    alive: list[weakref.ref[httpx.Response]] = []
    gc.collect()
    gc.disable()
    try:
        for page in iter_pages(paging(total_items=None), fetch, items_of, {}):
            alive.append(weakref.ref(page.response))
        del page
        assert len(alive) == 6 and [ref() for ref in alive] == [None] * 6
    finally:
        gc.enable()
