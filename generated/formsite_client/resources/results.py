"""`results`: the results operations of the Formsite API, as `client.results.<method>(...)`."""

import datetime
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Literal

from formclients.runtime import pagination as _pagination

from ..api.results import get_form_results
from ..client import AuthenticatedClient
from ..models.result import Result
from ..models.result_list import ResultList
from ..types import Response


class Results:
    """The results operations (sync). Reach them as `client.results`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "ResultsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return ResultsWithRawResponse(self._client)

    def list(
        self,
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

        client = self._client
        return get_form_results.sync(
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

    def iter_pages(
        self,
        form_dir: str,
        *,
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
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (keyset: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return get_form_results.iter_pages(
            form_dir=form_dir,
            client=client,
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
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        form_dir: str,
        *,
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
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return get_form_results.iter_items(
            form_dir=form_dir,
            client=client,
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
            checkpoint=checkpoint,
            on_page=on_page,
        )


class AsyncResults:
    """The results operations (async). Reach them as `client.results` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncResultsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncResultsWithRawResponse(self._client)

    async def list(
        self,
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

        client = self._client
        return await get_form_results.asyncio(
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

    def iter_pages(
        self,
        form_dir: str,
        *,
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
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (keyset: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return get_form_results.aiter_pages(
            form_dir=form_dir,
            client=client,
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
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        form_dir: str,
        *,
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
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return get_form_results.aiter_items(
            form_dir=form_dir,
            client=client,
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
            checkpoint=checkpoint,
            on_page=on_page,
        )


class ResultsWithRawResponse:
    """The results operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
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
    ) -> Response[ResultList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_form_results.sync_detailed(
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


class AsyncResultsWithRawResponse:
    """The async results operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
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
    ) -> Response[ResultList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_form_results.asyncio_detailed(
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
