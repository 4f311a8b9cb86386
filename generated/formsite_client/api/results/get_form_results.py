import datetime
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination
from formclients.runtime import query as _query

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.result import Result
from ...models.result_list import ResultList
from ...types import Response


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
    limit: int | None = 100,
    page: int | None = 1,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = "result_id",
    sort_direction: Literal["asc", "desc"] | None = "desc",
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    if after_date is not None:
        params["after_date"] = _query.date_time(after_date, parameter="after_date", naive="%Y-%m-%d %H:%M:%S")

    if before_date is not None:
        params["before_date"] = _query.date_time(before_date, parameter="before_date", naive="%Y-%m-%d %H:%M:%S")

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["sort_id"] = sort_id

    params["sort_direction"] = sort_direction

    params["results_view"] = results_view

    if search_equals is not None:
        params.update({f"search_equals[{key}]": value for key, value in search_equals.items()})

    if search_contains is not None:
        params.update({f"search_contains[{key}]": value for key, value in search_contains.items()})

    if search_begins is not None:
        params.update({f"search_begins[{key}]": value for key, value in search_begins.items()})

    if search_ends is not None:
        params.update({f"search_ends[{key}]": value for key, value in search_ends.items()})

    params["search_method"] = search_method

    params = {k: v for k, v in params.items() if v is not None}

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


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> ResultList:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = 100,
    page: int | None = 1,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = "result_id",
    sort_direction: Literal["asc", "desc"] | None = "desc",
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
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

    An optional argument left at None is not sent.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        limit: Max number of results to get (per page); default 100. A maximum of 100 results is
            returned for a single request: the docs do not say a larger `limit` is an error, so this spec
            assumes it is capped at 100 (`Pagination-Limit` then says 100).
        page: Page number (from 1), if the results exceed `limit`. Not documented by the provider; this
            spec assumes a page beyond the last answers 200 with an empty `results`.
        after_date: Get results after this date (exclusive). ISO 8601 UTC date (`2019-06-01T17:13:50Z`)
            or `YYYY-MM-DD HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is
            sent in UTC; a naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        before_date: Get results before this date (exclusive). ISO 8601 UTC date or `YYYY-MM-DD
            HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is sent in UTC; a
            naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        after_id: Get results after this result id (exclusive). Default no constraint.
        before_id: Get results before this result id (exclusive). Default no constraint.
        sort_id: Sort by the item with this id: a meta item (`result_id`, `date_start`, `date_finish`,
            `date_update`, `result_status`, `user_ip`, `user_browser`, `user_device`, `user_referrer`,
            `login_username`, `login_email`, `payment_status`, `payment_amount`) or an item id. Default
            `result_id`. Not documented by the provider; this spec assumes an unknown id answers 422.
        sort_direction: Sort direction. Default `desc`.
        results_view: The id of a Results View to apply (from the form's Formsite API page); default all
            data. Not documented by the provider; this spec assumes a view limits each result's `items` to
            the view's items, and an unknown view id answers 422.
        search_equals: `search_equals[x]=value`: results where the item with id `x` equals the value.
            For multiple choice items use the choice's position number; for meta items (`result_id`,
            `result_status`, `user_ip`, `user_referrer`) the answer as it appears in the output.
        search_contains: `search_contains[x]=value`: results where the text item with id `x` contains
            the value. Text items only.
        search_begins: `search_begins[x]=value`: results where the text item with id `x` begins with the
            value. Text items only.
        search_ends: `search_ends[x]=value`: results where the text item with id `x` ends with the
            value. Text items only.
        search_method: How to combine multiple search criteria. Default `and`.

    Returns:
        Response[ResultList]: the status, headers and body; `parsed` is the ResultList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
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
    limit: int | None = 100,
    page: int | None = 1,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = "result_id",
    sort_direction: Literal["asc", "desc"] | None = "desc",
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
) -> ResultList:
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

    An optional argument left at None is not sent.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        limit: Max number of results to get (per page); default 100. A maximum of 100 results is
            returned for a single request: the docs do not say a larger `limit` is an error, so this spec
            assumes it is capped at 100 (`Pagination-Limit` then says 100).
        page: Page number (from 1), if the results exceed `limit`. Not documented by the provider; this
            spec assumes a page beyond the last answers 200 with an empty `results`.
        after_date: Get results after this date (exclusive). ISO 8601 UTC date (`2019-06-01T17:13:50Z`)
            or `YYYY-MM-DD HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is
            sent in UTC; a naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        before_date: Get results before this date (exclusive). ISO 8601 UTC date or `YYYY-MM-DD
            HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is sent in UTC; a
            naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        after_id: Get results after this result id (exclusive). Default no constraint.
        before_id: Get results before this result id (exclusive). Default no constraint.
        sort_id: Sort by the item with this id: a meta item (`result_id`, `date_start`, `date_finish`,
            `date_update`, `result_status`, `user_ip`, `user_browser`, `user_device`, `user_referrer`,
            `login_username`, `login_email`, `payment_status`, `payment_amount`) or an item id. Default
            `result_id`. Not documented by the provider; this spec assumes an unknown id answers 422.
        sort_direction: Sort direction. Default `desc`.
        results_view: The id of a Results View to apply (from the form's Formsite API page); default all
            data. Not documented by the provider; this spec assumes a view limits each result's `items` to
            the view's items, and an unknown view id answers 422.
        search_equals: `search_equals[x]=value`: results where the item with id `x` equals the value.
            For multiple choice items use the choice's position number; for meta items (`result_id`,
            `result_status`, `user_ip`, `user_referrer`) the answer as it appears in the output.
        search_contains: `search_contains[x]=value`: results where the text item with id `x` contains
            the value. Text items only.
        search_begins: `search_begins[x]=value`: results where the text item with id `x` begins with the
            value. Text items only.
        search_ends: `search_ends[x]=value`: results where the text item with id `x` ends with the
            value. Text items only.
        search_method: How to combine multiple search criteria. Default `and`.

    Returns:
        ResultList: One page of results.

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
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
    return _success(client, client.request("get_form_results", **kwargs))


async def asyncio_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = 100,
    page: int | None = 1,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = "result_id",
    sort_direction: Literal["asc", "desc"] | None = "desc",
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
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

    An optional argument left at None is not sent.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        limit: Max number of results to get (per page); default 100. A maximum of 100 results is
            returned for a single request: the docs do not say a larger `limit` is an error, so this spec
            assumes it is capped at 100 (`Pagination-Limit` then says 100).
        page: Page number (from 1), if the results exceed `limit`. Not documented by the provider; this
            spec assumes a page beyond the last answers 200 with an empty `results`.
        after_date: Get results after this date (exclusive). ISO 8601 UTC date (`2019-06-01T17:13:50Z`)
            or `YYYY-MM-DD HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is
            sent in UTC; a naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        before_date: Get results before this date (exclusive). ISO 8601 UTC date or `YYYY-MM-DD
            HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is sent in UTC; a
            naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        after_id: Get results after this result id (exclusive). Default no constraint.
        before_id: Get results before this result id (exclusive). Default no constraint.
        sort_id: Sort by the item with this id: a meta item (`result_id`, `date_start`, `date_finish`,
            `date_update`, `result_status`, `user_ip`, `user_browser`, `user_device`, `user_referrer`,
            `login_username`, `login_email`, `payment_status`, `payment_amount`) or an item id. Default
            `result_id`. Not documented by the provider; this spec assumes an unknown id answers 422.
        sort_direction: Sort direction. Default `desc`.
        results_view: The id of a Results View to apply (from the form's Formsite API page); default all
            data. Not documented by the provider; this spec assumes a view limits each result's `items` to
            the view's items, and an unknown view id answers 422.
        search_equals: `search_equals[x]=value`: results where the item with id `x` equals the value.
            For multiple choice items use the choice's position number; for meta items (`result_id`,
            `result_status`, `user_ip`, `user_referrer`) the answer as it appears in the output.
        search_contains: `search_contains[x]=value`: results where the text item with id `x` contains
            the value. Text items only.
        search_begins: `search_begins[x]=value`: results where the text item with id `x` begins with the
            value. Text items only.
        search_ends: `search_ends[x]=value`: results where the text item with id `x` ends with the
            value. Text items only.
        search_method: How to combine multiple search criteria. Default `and`.

    Returns:
        Response[ResultList]: the status, headers and body; `parsed` is the ResultList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
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
    limit: int | None = 100,
    page: int | None = 1,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = "result_id",
    sort_direction: Literal["asc", "desc"] | None = "desc",
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
) -> ResultList:
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

    An optional argument left at None is not sent.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        limit: Max number of results to get (per page); default 100. A maximum of 100 results is
            returned for a single request: the docs do not say a larger `limit` is an error, so this spec
            assumes it is capped at 100 (`Pagination-Limit` then says 100).
        page: Page number (from 1), if the results exceed `limit`. Not documented by the provider; this
            spec assumes a page beyond the last answers 200 with an empty `results`.
        after_date: Get results after this date (exclusive). ISO 8601 UTC date (`2019-06-01T17:13:50Z`)
            or `YYYY-MM-DD HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is
            sent in UTC; a naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        before_date: Get results before this date (exclusive). ISO 8601 UTC date or `YYYY-MM-DD
            HH:MM:SS` local date. Default no constraint. Takes a datetime: an aware one is sent in UTC; a
            naive one as the API's local time (`%Y-%m-%d %H:%M:%S`).
        after_id: Get results after this result id (exclusive). Default no constraint.
        before_id: Get results before this result id (exclusive). Default no constraint.
        sort_id: Sort by the item with this id: a meta item (`result_id`, `date_start`, `date_finish`,
            `date_update`, `result_status`, `user_ip`, `user_browser`, `user_device`, `user_referrer`,
            `login_username`, `login_email`, `payment_status`, `payment_amount`) or an item id. Default
            `result_id`. Not documented by the provider; this spec assumes an unknown id answers 422.
        sort_direction: Sort direction. Default `desc`.
        results_view: The id of a Results View to apply (from the form's Formsite API page); default all
            data. Not documented by the provider; this spec assumes a view limits each result's `items` to
            the view's items, and an unknown view id answers 422.
        search_equals: `search_equals[x]=value`: results where the item with id `x` equals the value.
            For multiple choice items use the choice's position number; for meta items (`result_id`,
            `result_status`, `user_ip`, `user_referrer`) the answer as it appears in the output.
        search_contains: `search_contains[x]=value`: results where the text item with id `x` contains
            the value. Text items only.
        search_begins: `search_begins[x]=value`: results where the text item with id `x` begins with the
            value. Text items only.
        search_ends: `search_ends[x]=value`: results where the text item with id `x` ends with the
            value. Text items only.
        search_method: How to combine multiple search criteria. Default `and`.

    Returns:
        ResultList: One page of results.

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
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
    return _success(client, await client.arequest("get_form_results", **kwargs))


PAGINATION = _pagination.Pagination(
    style="page",
    page_argument="page",
    size_argument="limit",
    size=100,
    sends_size=True,
    last_page_header="Pagination-Page-Last",
    operation="formsite.get_form_results",
    item_id=("id",),
    strategies=(
        _pagination.Strategy(
            name="keyset",
            guarantee="exact",
            sets=(("sort_id", "result_id"), ("sort_direction", "asc")),
            key=("id",),
            key_type="integer",
            bound_argument="after_id",
        ),
        _pagination.Strategy(
            name="keyset",
            guarantee="exact",
            sets=(("sort_id", "result_id"), ("sort_direction", "desc")),
            key=("id",),
            key_type="integer",
            bound_argument="before_id",
            descending=True,
        ),
        _pagination.Strategy(
            name="overlap",
            guarantee="exact",
        ),
    ),
)


def _items(parsed: ResultList) -> list[Result]:
    return list(parsed.results)


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, ResultList]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResultList]:
        response = client.request("get_form_results", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, ResultList]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResultList]:
        response = await client.arequest("get_form_results", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if value is not None}


def iter_pages(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = None,
    sort_direction: Literal["asc", "desc"] | None = None,
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResultList, Result]], object] | None = None,
) -> _pagination.PageIterator[ResultList, Result]:
    """Every page, lazily, walked as the spec's x-iteration says (keyset: exact by default).

    Takes the arguments of `sync`, less those the walk sends itself. `checkpoint` resumes right
    after the page that gave it (`page.checkpoint`, with the same arguments); `on_page(page)` is
    called after each request. The iterator counts `pages_fetched` and `items_yielded`, and
    reports the API's `total`, its `strategy` and its `guarantee`.
    """
    return _pagination.iter_pages(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(
            form_dir=form_dir,
            limit=limit,
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
        checkpoint=checkpoint,
        on_page=on_page,
    )


def iter_items(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = None,
    sort_direction: Literal["asc", "desc"] | None = None,
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResultList, Result]], object] | None = None,
) -> _pagination.ItemIterator[Result]:
    """Every item of every page (see `iter_pages`); `checkpoint` moves once a page is handed out in full."""
    return _pagination.iter_items(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(
            form_dir=form_dir,
            limit=limit,
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
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_pages(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = None,
    sort_direction: Literal["asc", "desc"] | None = None,
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResultList, Result]], object] | None = None,
) -> _pagination.AsyncPageIterator[ResultList, Result]:
    """The async twin of `iter_pages`."""
    return _pagination.aiter_pages(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form_dir=form_dir,
            limit=limit,
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
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_items(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after_date: datetime.datetime | None = None,
    before_date: datetime.datetime | None = None,
    after_id: int | None = None,
    before_id: int | None = None,
    sort_id: str | None = None,
    sort_direction: Literal["asc", "desc"] | None = None,
    results_view: str | None = None,
    search_equals: Mapping[str, str] | None = None,
    search_contains: Mapping[str, str] | None = None,
    search_begins: Mapping[str, str] | None = None,
    search_ends: Mapping[str, str] | None = None,
    search_method: Literal["and", "or"] | None = "and",
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResultList, Result]], object] | None = None,
) -> _pagination.AsyncItemIterator[Result]:
    """The async twin of `iter_items`."""
    return _pagination.aiter_items(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form_dir=form_dir,
            limit=limit,
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
        checkpoint=checkpoint,
        on_page=on_page,
    )
