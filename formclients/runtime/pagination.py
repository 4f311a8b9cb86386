"""Auto-pagination for every list operation, driven by the spec's ``x-pagination``.

Generated list modules expose ``iter_pages`` / ``iter_items`` (and ``aiter_pages`` /
``aiter_items``), thin wrappers over the functions here. Each asks for the largest page the
provider allows and stops exactly when the provider says the data ends, so paging through N
items costs the minimum number of requests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .headers import integer

ParsedT = TypeVar("ParsedT")
ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class Page(Generic[ParsedT, ItemT]):
    """One page: its items, the parsed body, and where it sits.

    `page` is the page number (page style); `next_cursor` is what to pass as the cursor to
    continue after this page (cursor style), so a caller can stop and resume later.
    """

    items: list[ItemT]
    parsed: ParsedT
    response: httpx.Response
    page: int | None
    next_cursor: str | None
    has_more: bool


@dataclass(frozen=True)
class Pagination:
    """An operation's x-pagination, with parameter names already in Python form."""

    style: str  # page | cursor
    page_argument: str | None = None
    size_argument: str | None = None
    size: int | None = None  # what we ask for: size_max, or the fixed size the provider uses
    sends_size: bool = False
    last_page_header: str | None = None
    total_items: str | None = None
    total_pages: str | None = None
    cursor_argument: str | None = None
    next_cursor: str | None = None
    has_more: str | None = None

    def first_request(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        first = dict(arguments)
        if self.sends_size and self.size_argument and first.get(self.size_argument) is None:
            first[self.size_argument] = self.size
        if self.style == "page" and self.page_argument and first.get(self.page_argument) is None:
            first[self.page_argument] = 1
        return {key: value for key, value in first.items() if value is not None}

    def next_request(self, current: dict[str, Any], page: Page[Any, Any]) -> dict[str, Any] | None:
        if not page.has_more:
            return None
        following = dict(current)
        if self.style == "page":
            assert self.page_argument is not None
            following[self.page_argument] = int(current[self.page_argument]) + 1
        else:
            assert self.cursor_argument is not None
            following[self.cursor_argument] = page.next_cursor
        return following

    def read_page(
        self, response: httpx.Response, parsed: Any, items: list[Any], request: Mapping[str, Any]
    ) -> Page[Any, Any]:
        # Decode the body again only when a pointer needs it (Formsite's page count is a header).
        wanted = (self.next_cursor, self.has_more) if self.style == "cursor" else (self.total_items, self.total_pages)
        body = _json(response) if any(wanted) else None
        if self.style == "cursor":
            cursor = _pointer(body, self.next_cursor)
            more = _pointer(body, self.has_more) if self.has_more else cursor is not None
            return Page(
                items, parsed, response, None, cursor if isinstance(cursor, str) else None, bool(more and cursor)
            )
        number = int(request[self.page_argument or "page"])
        size = int(request.get(self.size_argument or "", self.size or 0) or self.size or 0)
        last_page = integer(response.headers, self.last_page_header) if self.last_page_header else None
        total_items = _pointer(body, self.total_items)
        total_pages = _pointer(body, self.total_pages)
        if last_page is not None:
            more = number < last_page
        elif isinstance(total_pages, int):
            more = number < total_pages
        elif isinstance(total_items, int) and size:
            more = number * size < total_items
        else:  # no count: a full page means there may be more
            more = bool(size) and len(items) >= size
        return Page(items, parsed, response, number, None, more and bool(items))


def iter_pages(
    pagination: Pagination,
    fetch: Callable[[dict[str, Any]], tuple[httpx.Response, Any]],
    items_of: Callable[[Any], list[Any]],
    arguments: Mapping[str, Any],
) -> Iterator[Page[Any, Any]]:
    request: dict[str, Any] | None = pagination.first_request(arguments)
    while request is not None:
        response, parsed = fetch(request)
        page = pagination.read_page(response, parsed, items_of(parsed), request)
        yield page
        request = pagination.next_request(request, page)


async def aiter_pages(
    pagination: Pagination,
    fetch: Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, Any]]],
    items_of: Callable[[Any], list[Any]],
    arguments: Mapping[str, Any],
) -> AsyncIterator[Page[Any, Any]]:
    request: dict[str, Any] | None = pagination.first_request(arguments)
    while request is not None:
        response, parsed = await fetch(request)
        page = pagination.read_page(response, parsed, items_of(parsed), request)
        yield page
        request = pagination.next_request(request, page)


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _pointer(body: Any, pointer: str | None) -> Any:
    if pointer is None:
        return None
    node = body
    for part in pointer.strip("/").split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node
