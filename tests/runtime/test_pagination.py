"""The paginator: each x-pagination style stops exactly where the data ends, in the fewest requests."""

from __future__ import annotations

import asyncio
import json
import math
from typing import Any

import httpx
import pytest

from formclients.runtime.pagination import Page, Pagination, aiter_pages, iter_pages

DATA = list(range(1, 251))  # 250 items


def page_server(size_cap: int, *, header: bool = False, totals: str | None = None) -> Any:
    """Serves DATA by page number the way the given provider style describes it."""
    calls: list[dict[str, Any]] = []

    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        calls.append(dict(request))
        page = request["page"]
        size = min(request.get("limit", size_cap), size_cap)
        items = DATA[(page - 1) * size : page * size]
        body: dict[str, Any] = {"items": items}
        if totals == "items":
            body["meta"] = {"totalCount": len(DATA)}
        if totals == "pages":
            body["pages"] = math.ceil(len(DATA) / size)
        headers = {"Pagination-Page-Last": str(math.ceil(len(DATA) / size))} if header else {}
        return httpx.Response(200, json=body, headers=headers), body

    return fetch, calls


def items_of(parsed: Any) -> list[Any]:
    return list(parsed["items"])


@pytest.mark.parametrize(
    ("pagination", "server", "requests"),
    [
        (
            Pagination("page", "page", "limit", 100, True, last_page_header="Pagination-Page-Last"),
            {"size_cap": 100, "header": True},
            3,
        ),
        (
            Pagination("page", "page", None, 20, False, total_items="/meta/totalCount"),
            {"size_cap": 20, "totals": "items"},
            13,
        ),
        (Pagination("page", "page", "limit", 100, True, total_pages="/pages"), {"size_cap": 100, "totals": "pages"}, 3),
        (Pagination("page", "page", "limit", 100, True), {"size_cap": 100}, 3),
    ],
    ids=["last-page-header", "total-items", "total-pages", "short-page"],
)
def test_page_styles_fetch_everything_once_in_the_fewest_requests(
    pagination: Pagination, server: dict[str, Any], requests: int
) -> None:
    fetch, calls = page_server(**server)
    pages = list(iter_pages(pagination, fetch, items_of, {}))
    assert [item for page in pages for item in page.items] == DATA
    assert len(calls) == requests
    if pagination.sends_size:
        assert {call["limit"] for call in calls} == {100}, "always the largest page the provider allows"


def test_exact_multiple_with_no_count_stops_after_one_empty_page() -> None:
    fetch, calls = page_server(125)
    pages = list(iter_pages(Pagination("page", "page", "limit", 125, True), fetch, items_of, {}))
    assert sum(len(p.items) for p in pages) == 250
    assert len(calls) == 3, "without a count only an empty or short page says the data ended"


def test_starting_page_and_caller_arguments_are_kept() -> None:
    fetch, calls = page_server(100, header=True)
    pagination = Pagination("page", "page", "limit", 100, True, last_page_header="Pagination-Page-Last")
    items = [i for p in iter_pages(pagination, fetch, items_of, {"page": 2, "search": "x"}) for i in p.items]
    assert items == DATA[100:]
    assert [c["page"] for c in calls] == [2, 3] and all(c["search"] == "x" for c in calls)


def cursor_server() -> Any:
    calls: list[dict[str, Any]] = []

    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        calls.append(dict(request))
        start = int(request.get("cursor", "0"))
        items = DATA[start : start + request["limit"]]
        end = start + len(items)
        more = end < len(DATA)
        body = {"items": items, "pagination": {"nextCursor": str(end) if more else None, "hasMore": more}}
        return httpx.Response(200, content=json.dumps(body)), body

    return fetch, calls


CURSOR = Pagination(
    "cursor",
    None,
    "limit",
    100,
    True,
    cursor_argument="cursor",
    next_cursor="/pagination/nextCursor",
    has_more="/pagination/hasMore",
)


def test_cursor_style_and_resuming_from_a_saved_cursor() -> None:
    fetch, calls = cursor_server()
    first: Page[Any, Any] = next(iter(iter_pages(CURSOR, fetch, items_of, {})))
    assert first.items == DATA[:100] and first.next_cursor == "100"
    resumed = [i for p in iter_pages(CURSOR, fetch, items_of, {"cursor": first.next_cursor}) for i in p.items]
    assert first.items + resumed == DATA, "stop, save the cursor, resume: nothing twice, nothing missed"
    assert len(calls) == 1 + 2


def test_async_pages() -> None:
    fetch, calls = cursor_server()

    async def afetch(request: dict[str, Any]) -> tuple[httpx.Response, Any]:
        return fetch(request)

    async def collect() -> list[int]:
        return [i async for p in aiter_pages(CURSOR, afetch, items_of, {}) for i in p.items]

    assert asyncio.run(collect()) == DATA
    assert len(calls) == 3
