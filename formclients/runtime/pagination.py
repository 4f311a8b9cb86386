"""Auto-pagination for every list operation that stays exact on live data and can resume.

Generated list modules expose ``iter_pages`` / ``iter_items`` (and ``aiter_pages`` /
``aiter_items``), thin wrappers over the functions here. Each operation walks its list with
the strongest strategy its API allows (its spec's ``x-iteration``): a keyset over a stable
key, the API's cursor, overlapping windows, or reversed fixed pages. Items that exist for
the whole iteration come out exactly once, while others are added and deleted.

Every page carries a ``checkpoint`` (a short JSON string): pass it back as ``checkpoint=``,
with the same arguments, to carry on after that page in another process. The iterators
count pages fetched and items yielded, report the API's total when it gives one, and call
``on_page(page)`` after each request, for progress bars.

    pages = get_form_results.iter_pages("contact", client=client, checkpoint=saved)
    for page in pages:
        store(page.items)
        save(page.checkpoint)  # a killed job resumes here: no gap, nothing twice
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic

import httpx

from ._iteration import (
    CheckpointError,
    ItemT,
    Page,
    Pagination,
    PaginationError,
    ParsedT,
    Progress,
    Strategy,
    Walk,
    start_walk,
)

__all__ = [
    "AsyncItemIterator",
    "AsyncPageIterator",
    "CheckpointError",
    "ItemIterator",
    "Page",
    "PageIterator",
    "Pagination",
    "PaginationError",
    "Progress",
    "Strategy",
    "aiter_items",
    "aiter_pages",
    "iter_items",
    "iter_pages",
]

Fetch = Callable[[dict[str, Any]], tuple[httpx.Response, Any]]
AsyncFetch = Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, Any]]]
ItemsOf = Callable[[Any], list[Any]]
OnPage = Callable[[Page[Any, Any]], object]


class _Counters:
    """What every iterator tells about itself (read these while iterating, or afterwards)."""

    _walk: Walk
    _checkpoint: str | None
    _items_yielded: int

    @property
    def pages_fetched(self) -> int:
        """Requests answered so far (re-reads and overlap checks included)."""
        return self._walk.pages_fetched

    @property
    def items_yielded(self) -> int:
        """Items handed out so far (by a page iterator: the items on the pages it handed out)."""
        return self._items_yielded

    @property
    def total(self) -> int | None:
        """The number of items the API says the list has (its latest answer), or None if it does not say."""
        return self._walk.total

    @property
    def strategy(self) -> str:
        """How this iteration walks the list: keyset, cursor, overlap, reverse or pages."""
        return self._walk.strategy.name

    @property
    def guarantee(self) -> str:
        """`exact` (every item that exists throughout, exactly once) or `at-most-once`."""
        return self._walk.strategy.guarantee

    @property
    def checkpoint(self) -> str | None:
        """Where to resume: after the last page whose items were all handed out (None before the first)."""
        return self._checkpoint


class _Pages(_Counters, Generic[ParsedT, ItemT]):
    """What the sync and async page iterators share: everything but the fetch."""

    def __init__(self, walk: Walk, items_of: ItemsOf, on_page: OnPage | None, checkpoint: str | None) -> None:
        self._walk, self._items_of, self._on_page = walk, items_of, on_page
        self._checkpoint = checkpoint
        self._items_yielded = 0

    def _page(self, response: httpx.Response, parsed: Any) -> Page[ParsedT, ItemT]:
        release(response)
        page: Page[ParsedT, ItemT] = self._walk.read(response, parsed, self._items_of(parsed))
        if self._on_page is not None:
            self._on_page(page)
        self._checkpoint, self._items_yielded = page.checkpoint, self._items_yielded + len(page.items)
        return page


class PageIterator(_Pages[ParsedT, ItemT]):
    """Iterates the pages of a list (an `Iterator[Page]` that also counts)."""

    def __init__(self, walk: Walk, fetch: Fetch, items_of: ItemsOf, on_page: OnPage | None, checkpoint: str | None):
        super().__init__(walk, items_of, on_page, checkpoint)
        self._fetch = fetch

    def __iter__(self) -> PageIterator[ParsedT, ItemT]:
        return self

    def __next__(self) -> Page[ParsedT, ItemT]:
        while (request := self._walk.next_request()) is not None:
            try:
                response, parsed = self._fetch(request)
            except Exception as error:
                if self._walk.recover(error):
                    continue
                raise
            return self._page(response, parsed)
        raise StopIteration


class AsyncPageIterator(_Pages[ParsedT, ItemT]):
    """The async twin of `PageIterator`."""

    def __init__(
        self, walk: Walk, fetch: AsyncFetch, items_of: ItemsOf, on_page: OnPage | None, checkpoint: str | None
    ):
        super().__init__(walk, items_of, on_page, checkpoint)
        self._fetch = fetch

    def __aiter__(self) -> AsyncPageIterator[ParsedT, ItemT]:
        return self

    async def __anext__(self) -> Page[ParsedT, ItemT]:
        while (request := self._walk.next_request()) is not None:
            try:
                response, parsed = await self._fetch(request)
            except Exception as error:
                if self._walk.recover(error):
                    continue
                raise
            return self._page(response, parsed)
        raise StopAsyncIteration


class _Items(_Counters, Generic[ItemT]):
    """What the sync and async item iterators share: the items of the current page, and the
    checkpoint, which moves once a page's last item is handed out."""

    def __init__(self, pages: _Pages[Any, ItemT]) -> None:
        self._walk, self._checkpoint = pages._walk, pages.checkpoint
        self._current: Iterator[ItemT] = iter(())
        self._pending: str | None = None
        self._items_yielded = 0

    def _next_on_page(self) -> ItemT | object:
        """The current page's next item, or `_END` once the page is used up."""
        item = next(self._current, _END)
        if item is not _END:
            self._items_yielded += 1
        elif self._pending is not None:
            self._checkpoint, self._pending = self._pending, None
        return item

    def _turn_to(self, page: Page[Any, ItemT]) -> None:
        self._current, self._pending = iter(page.items), page.checkpoint


class ItemIterator(_Items[ItemT]):
    """Iterates the items of every page; `checkpoint` moves once a page's last item is handed out."""

    def __init__(self, pages: PageIterator[Any, ItemT]) -> None:
        super().__init__(pages)
        self._pages = pages

    def __iter__(self) -> ItemIterator[ItemT]:
        return self

    def __next__(self) -> ItemT:
        while (item := self._next_on_page()) is _END:
            self._turn_to(next(self._pages))
        return item  # type: ignore[return-value]


class AsyncItemIterator(_Items[ItemT]):
    """The async twin of `ItemIterator`."""

    def __init__(self, pages: AsyncPageIterator[Any, ItemT]) -> None:
        super().__init__(pages)
        self._pages = pages

    def __aiter__(self) -> AsyncItemIterator[ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        while (item := self._next_on_page()) is _END:
            self._turn_to(await self._pages.__anext__())
        return item  # type: ignore[return-value]


_END = object()


def release(response: httpx.Response) -> None:
    """Let a page's response be freed as soon as nobody holds the page.

    httpx keeps every response in a reference cycle with its stream wrapper, so a response is
    freed only by the cyclic garbage collector, and pages that outlive a few collections pile
    up in the oldest generation: paging through 100,000 Formsite results kept megabytes of
    spent bodies alive. Once the body is read the stream is spent; a plain stream over the
    same bytes breaks the cycle and leaves the response as usable as before.
    """
    if response.is_stream_consumed and response.is_closed:  # read in full, not a stream still being read
        response.stream = httpx.ByteStream(response.content)


def iter_pages(
    pagination: Pagination,
    fetch: Fetch,
    items_of: ItemsOf,
    arguments: Mapping[str, Any],
    *,
    checkpoint: str | None = None,
    on_page: OnPage | None = None,
) -> PageIterator[Any, Any]:
    """Pages of the list, lazily; raises CheckpointError at once for a checkpoint it cannot resume."""
    return PageIterator(start_walk(pagination, arguments, checkpoint), fetch, items_of, on_page, checkpoint)


def iter_items(
    pagination: Pagination,
    fetch: Fetch,
    items_of: ItemsOf,
    arguments: Mapping[str, Any],
    *,
    checkpoint: str | None = None,
    on_page: OnPage | None = None,
) -> ItemIterator[Any]:
    return ItemIterator(iter_pages(pagination, fetch, items_of, arguments, checkpoint=checkpoint, on_page=on_page))


def aiter_pages(
    pagination: Pagination,
    fetch: AsyncFetch,
    items_of: ItemsOf,
    arguments: Mapping[str, Any],
    *,
    checkpoint: str | None = None,
    on_page: OnPage | None = None,
) -> AsyncPageIterator[Any, Any]:
    return AsyncPageIterator(start_walk(pagination, arguments, checkpoint), fetch, items_of, on_page, checkpoint)


def aiter_items(
    pagination: Pagination,
    fetch: AsyncFetch,
    items_of: ItemsOf,
    arguments: Mapping[str, Any],
    *,
    checkpoint: str | None = None,
    on_page: OnPage | None = None,
) -> AsyncItemIterator[Any]:
    return AsyncItemIterator(
        aiter_pages(pagination, fetch, items_of, arguments, checkpoint=checkpoint, on_page=on_page)
    )
