import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_form_results_search_method import GetFormResultsSearchMethod
from ...models.get_form_results_sort_direction import GetFormResultsSortDirection
from ...models.result import Result
from ...models.result_list import ResultList
from ...types import UNSET, Response, Unset


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    pagination_limit: int | None = None
    """`Pagination-Limit`: The results per page limit (set with `limit`; at most 100)."""
    pagination_page_current: int | None = None
    """`Pagination-Page-Current`: The page number of the current page of results (set with `page`)."""
    pagination_page_last: int | None = None
    """`Pagination-Page-Last`: The page number of the last page of results (the total number of pages; 1 when there are no results, assumed)."""
    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying. Not documented by the provider (assumed); clients should also accept an HTTP-date."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            pagination_limit=_headers.integer(response.headers, "Pagination-Limit"),
            pagination_page_current=_headers.integer(response.headers, "Pagination-Page-Current"),
            pagination_page_last=_headers.integer(response.headers, "Pagination-Page-Last"),
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    form_dir: str,
    *,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_after_date: str | Unset
    if isinstance(after_date, Unset):
        json_after_date = UNSET
    elif isinstance(after_date, datetime.datetime):
        json_after_date = after_date.isoformat()
    else:
        json_after_date = after_date
    params["after_date"] = json_after_date

    json_before_date: str | Unset
    if isinstance(before_date, Unset):
        json_before_date = UNSET
    elif isinstance(before_date, datetime.datetime):
        json_before_date = before_date.isoformat()
    else:
        json_before_date = before_date
    params["before_date"] = json_before_date

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["sort_id"] = sort_id

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params["results_view"] = results_view

    if not isinstance(search_equals, Unset):
        params.update({f"search_equals[{key}]": value for key, value in search_equals.items()})

    if not isinstance(search_contains, Unset):
        params.update({f"search_contains[{key}]": value for key, value in search_contains.items()})

    if not isinstance(search_begins, Unset):
        params.update({f"search_begins[{key}]": value for key, value in search_begins.items()})

    if not isinstance(search_ends, Unset):
        params.update({f"search_ends[{key}]": value for key, value in search_ends.items()})

    json_search_method: str | Unset = UNSET
    if not isinstance(search_method, Unset):
        json_search_method = search_method

    params["search_method"] = json_search_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms/{form_dir}/results".format(
            form_dir=quote(str(form_dir), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultList | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = ResultList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResultList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> Response[ResultList]:
    """Get form results

     Gets the results of the specified form, at most 100 per request; use `page` to get
    the rest. Every page carries `Pagination-Limit`, `Pagination-Page-Current` and
    `Pagination-Page-Last` (the number of the last page, i.e. the number of pages).

    **Windows.** `after_date` / `before_date` (ISO 8601 UTC, e.g. `2019-06-01T17:13:50Z`,
    or `YYYY-MM-DD HH:MM:SS` in the account's local time) and `after_id` / `before_id`
    (result ids) constrain which results are returned; bounds are exclusive ("after",
    "before"). Not documented by the provider; this spec assumes the date windows compare
    the result's `date_update` (the one date every result has) and that an unparsable date
    answers 422. For an incremental sync, use `after_id` (or `after_date`) with the newest
    result you got last time.

    **Search.** `search_equals[x]`, `search_contains[x]`, `search_begins[x]` and
    `search_ends[x]` match the answer to the item with id `x` (an item id from
    get_form_items, or a meta item: `result_id`, `result_status`, `user_ip`,
    `user_referrer`). Text items can use every search parameter; multiple choice and meta
    items only `search_equals`, a multiple choice item by the chosen choice's position
    number, a meta item by the answer as it appears in the output. `search_method`
    combines several criteria with `and` (default) or `or`. The same parameter cannot be
    used twice for the same item. Not documented by the provider; this spec assumes text
    comparisons are case-insensitive, and that an unknown item id, or contains / begins /
    ends on a multiple choice or meta item, answers 422.

    **Sort.** `sort_id` (a meta item or an item id; default `result_id`) and
    `sort_direction` (`asc` or `desc`, default `desc`: newest first).

    Args:
        form_dir (str):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        after_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        before_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        after_id (int | Unset):
        before_id (int | Unset):
        sort_id (str | Unset):  Default: 'result_id'.
        sort_direction (GetFormResultsSortDirection | Unset):  Default: 'desc'.
        results_view (str | Unset):
        search_equals (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_contains (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_begins (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_ends (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or meta
            item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_method (GetFormResultsSearchMethod | Unset):  Default: 'and'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultList]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        limit=limit,
        page=page,
        after_date=after_date,
        before_date=before_date,
        after_id=after_id,
        before_id=before_id,
        sort_id=sort_id,
        sort_direction=sort_direction,
        results_view=results_view,
        search_equals=search_equals,
        search_contains=search_contains,
        search_begins=search_begins,
        search_ends=search_ends,
        search_method=search_method,
    )
    response = client.request("get_form_results", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> ResultList | None:
    """Get form results

     Gets the results of the specified form, at most 100 per request; use `page` to get
    the rest. Every page carries `Pagination-Limit`, `Pagination-Page-Current` and
    `Pagination-Page-Last` (the number of the last page, i.e. the number of pages).

    **Windows.** `after_date` / `before_date` (ISO 8601 UTC, e.g. `2019-06-01T17:13:50Z`,
    or `YYYY-MM-DD HH:MM:SS` in the account's local time) and `after_id` / `before_id`
    (result ids) constrain which results are returned; bounds are exclusive ("after",
    "before"). Not documented by the provider; this spec assumes the date windows compare
    the result's `date_update` (the one date every result has) and that an unparsable date
    answers 422. For an incremental sync, use `after_id` (or `after_date`) with the newest
    result you got last time.

    **Search.** `search_equals[x]`, `search_contains[x]`, `search_begins[x]` and
    `search_ends[x]` match the answer to the item with id `x` (an item id from
    get_form_items, or a meta item: `result_id`, `result_status`, `user_ip`,
    `user_referrer`). Text items can use every search parameter; multiple choice and meta
    items only `search_equals`, a multiple choice item by the chosen choice's position
    number, a meta item by the answer as it appears in the output. `search_method`
    combines several criteria with `and` (default) or `or`. The same parameter cannot be
    used twice for the same item. Not documented by the provider; this spec assumes text
    comparisons are case-insensitive, and that an unknown item id, or contains / begins /
    ends on a multiple choice or meta item, answers 422.

    **Sort.** `sort_id` (a meta item or an item id; default `result_id`) and
    `sort_direction` (`asc` or `desc`, default `desc`: newest first).

    Args:
        form_dir (str):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        after_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        before_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        after_id (int | Unset):
        before_id (int | Unset):
        sort_id (str | Unset):  Default: 'result_id'.
        sort_direction (GetFormResultsSortDirection | Unset):  Default: 'desc'.
        results_view (str | Unset):
        search_equals (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_contains (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_begins (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_ends (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or meta
            item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_method (GetFormResultsSearchMethod | Unset):  Default: 'and'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultList
    """

    return sync_detailed(
        form_dir=form_dir,
        client=client,
        limit=limit,
        page=page,
        after_date=after_date,
        before_date=before_date,
        after_id=after_id,
        before_id=before_id,
        sort_id=sort_id,
        sort_direction=sort_direction,
        results_view=results_view,
        search_equals=search_equals,
        search_contains=search_contains,
        search_begins=search_begins,
        search_ends=search_ends,
        search_method=search_method,
    ).parsed


async def asyncio_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> Response[ResultList]:
    """Get form results

     Gets the results of the specified form, at most 100 per request; use `page` to get
    the rest. Every page carries `Pagination-Limit`, `Pagination-Page-Current` and
    `Pagination-Page-Last` (the number of the last page, i.e. the number of pages).

    **Windows.** `after_date` / `before_date` (ISO 8601 UTC, e.g. `2019-06-01T17:13:50Z`,
    or `YYYY-MM-DD HH:MM:SS` in the account's local time) and `after_id` / `before_id`
    (result ids) constrain which results are returned; bounds are exclusive ("after",
    "before"). Not documented by the provider; this spec assumes the date windows compare
    the result's `date_update` (the one date every result has) and that an unparsable date
    answers 422. For an incremental sync, use `after_id` (or `after_date`) with the newest
    result you got last time.

    **Search.** `search_equals[x]`, `search_contains[x]`, `search_begins[x]` and
    `search_ends[x]` match the answer to the item with id `x` (an item id from
    get_form_items, or a meta item: `result_id`, `result_status`, `user_ip`,
    `user_referrer`). Text items can use every search parameter; multiple choice and meta
    items only `search_equals`, a multiple choice item by the chosen choice's position
    number, a meta item by the answer as it appears in the output. `search_method`
    combines several criteria with `and` (default) or `or`. The same parameter cannot be
    used twice for the same item. Not documented by the provider; this spec assumes text
    comparisons are case-insensitive, and that an unknown item id, or contains / begins /
    ends on a multiple choice or meta item, answers 422.

    **Sort.** `sort_id` (a meta item or an item id; default `result_id`) and
    `sort_direction` (`asc` or `desc`, default `desc`: newest first).

    Args:
        form_dir (str):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        after_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        before_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        after_id (int | Unset):
        before_id (int | Unset):
        sort_id (str | Unset):  Default: 'result_id'.
        sort_direction (GetFormResultsSortDirection | Unset):  Default: 'desc'.
        results_view (str | Unset):
        search_equals (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_contains (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_begins (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_ends (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or meta
            item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_method (GetFormResultsSearchMethod | Unset):  Default: 'and'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultList]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        limit=limit,
        page=page,
        after_date=after_date,
        before_date=before_date,
        after_id=after_id,
        before_id=before_id,
        sort_id=sort_id,
        sort_direction=sort_direction,
        results_view=results_view,
        search_equals=search_equals,
        search_contains=search_contains,
        search_begins=search_begins,
        search_ends=search_ends,
        search_method=search_method,
    )
    response = await client.arequest("get_form_results", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> ResultList | None:
    """Get form results

     Gets the results of the specified form, at most 100 per request; use `page` to get
    the rest. Every page carries `Pagination-Limit`, `Pagination-Page-Current` and
    `Pagination-Page-Last` (the number of the last page, i.e. the number of pages).

    **Windows.** `after_date` / `before_date` (ISO 8601 UTC, e.g. `2019-06-01T17:13:50Z`,
    or `YYYY-MM-DD HH:MM:SS` in the account's local time) and `after_id` / `before_id`
    (result ids) constrain which results are returned; bounds are exclusive ("after",
    "before"). Not documented by the provider; this spec assumes the date windows compare
    the result's `date_update` (the one date every result has) and that an unparsable date
    answers 422. For an incremental sync, use `after_id` (or `after_date`) with the newest
    result you got last time.

    **Search.** `search_equals[x]`, `search_contains[x]`, `search_begins[x]` and
    `search_ends[x]` match the answer to the item with id `x` (an item id from
    get_form_items, or a meta item: `result_id`, `result_status`, `user_ip`,
    `user_referrer`). Text items can use every search parameter; multiple choice and meta
    items only `search_equals`, a multiple choice item by the chosen choice's position
    number, a meta item by the answer as it appears in the output. `search_method`
    combines several criteria with `and` (default) or `or`. The same parameter cannot be
    used twice for the same item. Not documented by the provider; this spec assumes text
    comparisons are case-insensitive, and that an unknown item id, or contains / begins /
    ends on a multiple choice or meta item, answers 422.

    **Sort.** `sort_id` (a meta item or an item id; default `result_id`) and
    `sort_direction` (`asc` or `desc`, default `desc`: newest first).

    Args:
        form_dir (str):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        after_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        before_date (datetime.datetime | str | Unset): An ISO 8601 UTC date-time (RFC 3339 `date-
            time` with a `Z`, `+00:00` or `-00:00`
            offset, e.g. `2019-06-01T17:13:50Z`; fractional seconds and a leap second allowed) or a
            local `YYYY-MM-DD HH:MM:SS` date-time in the account's time zone. Each form admits only
            real dates and times: months 01-12, days that exist in that month (29 February only in
            leap years), hours 00-23, minutes and seconds 00-59, years 0001-9999. The mock checks
            exactly this and nothing more.
        after_id (int | Unset):
        before_id (int | Unset):
        sort_id (str | Unset):  Default: 'result_id'.
        sort_direction (GetFormResultsSortDirection | Unset):  Default: 'desc'.
        results_view (str | Unset):
        search_equals (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_contains (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_begins (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or
            meta item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_ends (SearchCriteria | Unset): Free-form search criteria, keyed by item id (or meta
            item id), each a string to match; sent as `name[item id]=value`. Example: {'100':
            'smith'}.
        search_method (GetFormResultsSearchMethod | Unset):  Default: 'and'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultList
    """

    return (
        await asyncio_detailed(
            form_dir=form_dir,
            client=client,
            limit=limit,
            page=page,
            after_date=after_date,
            before_date=before_date,
            after_id=after_id,
            before_id=before_id,
            sort_id=sort_id,
            sort_direction=sort_direction,
            results_view=results_view,
            search_equals=search_equals,
            search_contains=search_contains,
            search_begins=search_begins,
            search_ends=search_ends,
            search_method=search_method,
        )
    ).parsed


PAGINATION = _pagination.Pagination(
    style="page",
    page_argument="page",
    size_argument="limit",
    size=100,
    sends_size=True,
    last_page_header="Pagination-Page-Last",
)


def _items(parsed: ResultList) -> list[Result]:
    return list(parsed.results)


def _parsed_page(client: AuthenticatedClient | Client, response: httpx.Response) -> ResultList:
    parsed = _parse_response(client=client, response=response)
    if not isinstance(parsed, ResultList):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def iter_pages(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> Iterator[_pagination.Page[ResultList, Result]]:
    """Every page, fetched lazily at the largest page size the API allows, until the data ends.

    Takes the same arguments as `sync`; a page argument starts from there.
    """

    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResultList]:
        response = client.request("get_form_results", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return _pagination.iter_pages(
        PAGINATION,
        fetch,
        _items,
        _arguments(
            form_dir=form_dir,
            limit=limit,
            page=page,
            after_date=after_date,
            before_date=before_date,
            after_id=after_id,
            before_id=before_id,
            sort_id=sort_id,
            sort_direction=sort_direction,
            results_view=results_view,
            search_equals=search_equals,
            search_contains=search_contains,
            search_begins=search_begins,
            search_ends=search_ends,
            search_method=search_method,
        ),
    )


def iter_items(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> Iterator[Result]:
    """Every item of every page (see `iter_pages`)."""
    for fetched in iter_pages(
        form_dir=form_dir,
        client=client,
        limit=limit,
        page=page,
        after_date=after_date,
        before_date=before_date,
        after_id=after_id,
        before_id=before_id,
        sort_id=sort_id,
        sort_direction=sort_direction,
        results_view=results_view,
        search_equals=search_equals,
        search_contains=search_contains,
        search_begins=search_begins,
        search_ends=search_ends,
        search_method=search_method,
    ):
        yield from fetched.items


def aiter_pages(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> AsyncIterator[_pagination.Page[ResultList, Result]]:
    """The async twin of `iter_pages`."""

    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResultList]:
        response = await client.arequest("get_form_results", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return _pagination.aiter_pages(
        PAGINATION,
        fetch,
        _items,
        _arguments(
            form_dir=form_dir,
            limit=limit,
            page=page,
            after_date=after_date,
            before_date=before_date,
            after_id=after_id,
            before_id=before_id,
            sort_id=sort_id,
            sort_direction=sort_direction,
            results_view=results_view,
            search_equals=search_equals,
            search_contains=search_contains,
            search_begins=search_begins,
            search_ends=search_ends,
            search_method=search_method,
        ),
    )


async def aiter_items(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = 1,
    after_date: datetime.datetime | str | Unset = UNSET,
    before_date: datetime.datetime | str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
    sort_id: str | Unset = "result_id",
    sort_direction: GetFormResultsSortDirection | Unset = "desc",
    results_view: str | Unset = UNSET,
    search_equals: Mapping[str, str] | Unset = UNSET,
    search_contains: Mapping[str, str] | Unset = UNSET,
    search_begins: Mapping[str, str] | Unset = UNSET,
    search_ends: Mapping[str, str] | Unset = UNSET,
    search_method: GetFormResultsSearchMethod | Unset = "and",
) -> AsyncIterator[Result]:
    """The async twin of `iter_items`."""
    async for fetched in aiter_pages(
        form_dir=form_dir,
        client=client,
        limit=limit,
        page=page,
        after_date=after_date,
        before_date=before_date,
        after_id=after_id,
        before_id=before_id,
        sort_id=sort_id,
        sort_direction=sort_direction,
        results_view=results_view,
        search_equals=search_equals,
        search_contains=search_contains,
        search_begins=search_begins,
        search_ends=search_ends,
        search_method=search_method,
    ):
        for item in fetched.items:
            yield item
