"""get_form_results: which results a query selects, in which order, and the page of them it returns.

Each form keeps its results indexed by id (models.ResultIndex), so the keyset page integrations
ask for (`sort_id=result_id&after_id=N`) is two binary searches and a slice: O(page + log n).
A meta item sort (`sort_id=date_update`, as `formclients sync` asks) reuses the order it sorted
last time while every result still holds the value it was sorted by (checked on each request:
tests and people edit results in place). Any other query walks its results once, tests each
there, and keeps only the page it returns; a sort by an item's answer picks the page with a heap
instead of sorting everything. The answers are those of filtering and sorting every result, as the
mock did before it had an index: tests/mocks/test_formsite_results.py compares the two on random
queries.
"""

from __future__ import annotations

import functools
import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .models import META_SEARCHABLE, META_SORTABLE, FormData, ResultIndex, parse_date

Result = dict[str, Any]
ABSENT = object()  # a meta item a result does not have (sorted as "", unlike a stored null: "none")


@dataclass(frozen=True)
class Criterion:
    """One `search_<kind>[item_id]=wanted` parameter, already checked against the form."""

    kind: str  # search_equals | search_contains | search_begins | search_ends
    item_id: str
    wanted: str


@dataclass(frozen=True)
class ResultQuery:
    """What get_form_results asks for, with every parameter checked (responses.py builds it)."""

    after_id: int | None = None  # id windows and date windows: both bounds exclusive
    before_id: int | None = None
    after_date: datetime | None = None  # compared with each result's date_update
    before_date: datetime | None = None
    criteria: tuple[Criterion, ...] = ()
    match_any: bool = False  # search_method=or: one criterion is enough
    sort_id: str = "result_id"
    descending: bool = True
    page: int = 1
    limit: int = 100


def select(form: FormData, query: ResultQuery) -> tuple[list[Result], int]:
    """The page of results `query` asks for, and how many results it selects in all."""
    test = predicate(query)
    start = (query.page - 1) * query.limit
    index = form.indexed()
    if index is None:  # ids repeat or are not numbers
        return sort_list(form, query, test, start)
    window = index.window(query.after_id, query.before_id)
    inside: range | None = None  # the id window, where the order holds results outside it
    if query.sort_id == "result_id":
        order: Sequence[int] = window
    elif query.sort_id not in META_SORTABLE:
        return heap_page(index, window, query, test, start)
    else:
        meta = meta_order(index, query.sort_id)
        if meta is None:
            return sort_list(form, query, test, start)
        order = meta
        inside = None if len(window) == len(meta) else window
    if test is None and inside is None:
        return [index.records[p] for p in page_of(order, query, start)], len(order)
    page: list[Result] = []
    total = 0
    for position in reversed(order) if query.descending else order:
        if (inside is None or position in inside) and (test is None or test(index.records[position])):
            if start <= total < start + query.limit:
                page.append(index.records[position])
            total += 1
    return page, total


def heap_page(
    index: ResultIndex, window: range, query: ResultQuery, test: Callable[[Result], bool] | None, start: int
) -> tuple[list[Result], int]:
    """Sorted by an item's answer: test every result of the id window, pick the page with a heap."""
    records, ids = index.records, index.ids
    selected = [p for p in window if test(records[p])] if test is not None else list(window)
    if start >= len(selected):
        return [], len(selected)
    value = sort_value(query.sort_id)
    pick = heapq.nlargest if query.descending else heapq.nsmallest
    chosen = pick(start + query.limit, selected, key=lambda p: (value(records[p]), ids[p]))[start:]
    return [records[p] for p in chosen], len(selected)


def sort_list(
    form: FormData, query: ResultQuery, test: Callable[[Result], bool] | None, start: int
) -> tuple[list[Result], int]:
    """Filter and sort the list itself, in its own order, as the mock did before the index: for ids that
    repeat or are not numbers, and for NaN payment amounts (which have no order of their own)."""
    found = [r for r in form.results if in_id_window(query, int(r["id"])) and (test is None or test(r))]
    value = sort_value(query.sort_id)
    ordered = sorted(found, key=lambda r: (value(r), int(r["id"])), reverse=query.descending)
    return ordered[start : start + query.limit], len(found)


def meta_order(index: ResultIndex, sort_id: str) -> list[int] | None:
    """The index positions in ascending (sort value, id) order for a meta item; None when a payment
    amount is NaN (which has no order: the list's own order decides, as it did)."""
    values = [record.get(sort_id, ABSENT) for record in index.records]
    cached = index.orders.get(sort_id)
    if cached is not None and cached[0] == values:
        return cached[1]
    key = sort_value(sort_id)
    keys = [key({} if value is ABSENT else {sort_id: value}) for value in values]
    if any(k != k for k in keys):  # NaN
        return None
    order = sorted(range(len(values)), key=lambda p: (keys[p], index.ids[p]))
    index.orders[sort_id] = (values, order)
    return order


def page_of(order: Sequence[int], query: ResultQuery, start: int) -> Sequence[int]:
    """The positions of page `query.page` of `order`, read from the end when descending."""
    if query.descending:
        stop = max(0, len(order) - start)
        return order[max(0, stop - query.limit) : stop][::-1]
    return order[start : start + query.limit]


def last_page(total: int, limit: int) -> int:
    """The number of the last page (at least 1), as the Pagination-Page-Last header gives it."""
    return max(1, math.ceil(total / limit))


def in_id_window(query: ResultQuery, number: int) -> bool:
    return (query.after_id is None or number > query.after_id) and (query.before_id is None or number < query.before_id)


@functools.lru_cache(maxsize=1 << 17)
def stored_date(text: str) -> datetime:
    """A result's date_update as a datetime, parsed once per distinct text (a date window may walk
    every result of the form, page after page)."""
    return parse_date(text)


def predicate(query: ResultQuery) -> Callable[[Result], bool] | None:
    """What a result must satisfy besides the id window (date window, search); None: nothing."""
    tests: list[Callable[[Result], bool]] = []
    after, before = query.after_date, query.before_date
    if after is not None or before is not None:

        def in_dates(result: Result) -> bool:
            updated = stored_date(result["date_update"])
            return (after is None or updated > after) and (before is None or updated < before)

        tests.append(in_dates)
    if query.criteria:
        combine = any if query.match_any else all
        criteria = query.criteria
        tests.append(lambda result: combine(matches(result, criterion) for criterion in criteria))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda result: all(test(result) for test in tests)


def matches(result: Result, criterion: Criterion) -> bool:
    kind, item_id, wanted = criterion.kind, criterion.item_id, criterion.wanted
    if item_id in META_SEARCHABLE:
        return str(result.get(META_SEARCHABLE[item_id], "")) == wanted
    answer = next((item for item in result["items"] if item["id"] == item_id), None)
    if answer is None:
        return False
    if "values" in answer:
        return any(choice["position"] == int(wanted) for choice in answer["values"])
    value, needle = str(answer.get("value", "")).casefold(), wanted.casefold()
    if kind == "search_equals":
        return value == needle
    if kind == "search_contains":
        return needle in value
    if kind == "search_begins":
        return value.startswith(needle)
    return value.endswith(needle)


def sort_value(sort_id: str) -> Callable[[Result], Any]:
    """What results are ordered by for `sort_id` (then by id): a meta item's value, an answer's text."""
    if sort_id == "result_id":
        return lambda result: int(result["id"])
    if sort_id == "payment_amount":

        def amount(result: Result) -> float:
            value = result.get("payment_amount")
            return -math.inf if value is None else float(value)

        return amount
    if sort_id in META_SORTABLE:
        return lambda result: str(result.get(sort_id, "")).casefold()

    def answer(result: Result) -> str:
        found: dict[str, Any] = next((item for item in result["items"] if item["id"] == sort_id), {})
        if "values" in found:
            return ", ".join(choice["value"] for choice in found["values"]).casefold()
        return str(found.get("value", "")).casefold()

    return answer
