from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any, Literal
from uuid import UUID

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submission import Submission
from ...models.submission_list import SubmissionList
from ...types import Response, Unset


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds until the token may send again. Assumed (not documented by the provider)."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    *,
    page: int | None = 1,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = "asc",
    filters: Mapping[str, str] | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["form_id"] = form_id

    if form_uuid is not None:
        if not isinstance(form_uuid, Unset):
            json_form_uuid = str(form_uuid)
        params["form_uuid"] = json_form_uuid

    params["sort"] = sort

    params["order"] = order

    if filters is not None:
        params.update(filters)

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/submissions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubmissionList | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = SubmissionList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubmissionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> SubmissionList:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = "asc",
    filters: Mapping[str, str] | None = None,
) -> Response[SubmissionList]:
    """List submissions

    Retrieve the submissions of one form, 20 per page with a `meta` object, with optional
    field filters and sorting. Required scope: `submission.view`. Either `form_id` or
    `form_uuid` is required (field-based filtering needs one of them too).

    Filters are the form's own field names as query keys (`filters` here):
    `{field}=value` (exact match or substring), `{field}__gte`, `__gt`, `__lte`, `__lt`
    (comparisons); several filters must all match. `sort` names the field to sort by and
    `order` its direction (asc, the default, or desc).

    Not documented by the provider; this spec assumes: without form_id and form_uuid the
    answer is 400 "form_id or form_uuid is required"; when both are given they must name
    the same form, else 404 "Form not found or not authorized" (also for unknown forms and
    forms outside a restricted token); the equals filter is a case-insensitive substring
    match (numeric equality when the field and the value are both numbers); comparisons are numeric when
    the value and the field are both numbers and
    string comparisons otherwise (ISO 8601 dates therefore compare chronologically); a
    submission without the filtered field does not match; `created_at` and `updated_at`
    may be used like fields in `sort` and filters; sorting puts submissions without the
    sort field last and breaks ties by `createdAt` then `id`; without `sort` submissions
    come newest first (by `createdAt`), as in the docs' example; a page past the end is
    empty.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
            assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
            non-integer is 400.
        form_id: The form's numeric ID. Either form_id or form_uuid is required.
        form_uuid: The form's UUID (recommended). Either form_id or form_uuid is required.
        sort: Field name to sort by: one of the form's field names (keys of a submission's `data`), or
            `created_at` / `updated_at` (the docs' example sorts by created_at).
        order: Sort order.
        filters: Field filters. The keys are the form's field names (keys of a submission's `data`, e.g.
            `Rating`, `email`), each optionally suffixed with an operator, and each key is sent as its own
            query parameter (`Rating__gte=3&Rating__lte=5`): `{field}=value` exact match or substring;
            `{field}__gte=value` >=; `{field}__gt=value` >; `{field}__lte=value` <=; `{field}__lt=value` <.
            All filters must match. Requires form_id or form_uuid. Not documented by the provider; this spec
            assumes the equals filter is a case-insensitive substring match (numeric equality when both
            sides are numbers), comparisons are numeric when both sides are numbers and string (ISO 8601
            date) comparisons otherwise, and `created_at` / `updated_at` may be filtered like fields. The
            names of the other parameters (page, form_id, form_uuid, sort, order) cannot be field filters.

    Returns:
        Response[SubmissionList]: the status, headers and body; `parsed` is the SubmissionList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
            Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
            provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
            list_submissions without form_id and form_uuid answer 400 with the same body too.
        errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
        errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
        errors.NotFoundError: 404: Not Found: the form does not exist or the token is not authorized for
            it.
        errors.RateLimitError: 429: Too Many Requests: more than 10 requests in 60 seconds with this
            token. Not documented by the provider; this spec assumes a `Retry-After` header with the seconds
            to wait.
        errors.InternalServerError: 500: Internal Server Error. The message text is not documented; the
            body shape is the documented error format.
        errors.FormesterError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        page=page,
        form_id=form_id,
        form_uuid=form_uuid,
        sort=sort,
        order=order,
        filters=filters,
    )
    response = client.request("list_submissions", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = "asc",
    filters: Mapping[str, str] | None = None,
) -> SubmissionList:
    """List submissions

    Retrieve the submissions of one form, 20 per page with a `meta` object, with optional
    field filters and sorting. Required scope: `submission.view`. Either `form_id` or
    `form_uuid` is required (field-based filtering needs one of them too).

    Filters are the form's own field names as query keys (`filters` here):
    `{field}=value` (exact match or substring), `{field}__gte`, `__gt`, `__lte`, `__lt`
    (comparisons); several filters must all match. `sort` names the field to sort by and
    `order` its direction (asc, the default, or desc).

    Not documented by the provider; this spec assumes: without form_id and form_uuid the
    answer is 400 "form_id or form_uuid is required"; when both are given they must name
    the same form, else 404 "Form not found or not authorized" (also for unknown forms and
    forms outside a restricted token); the equals filter is a case-insensitive substring
    match (numeric equality when the field and the value are both numbers); comparisons are numeric when
    the value and the field are both numbers and
    string comparisons otherwise (ISO 8601 dates therefore compare chronologically); a
    submission without the filtered field does not match; `created_at` and `updated_at`
    may be used like fields in `sort` and filters; sorting puts submissions without the
    sort field last and breaks ties by `createdAt` then `id`; without `sort` submissions
    come newest first (by `createdAt`), as in the docs' example; a page past the end is
    empty.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
            assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
            non-integer is 400.
        form_id: The form's numeric ID. Either form_id or form_uuid is required.
        form_uuid: The form's UUID (recommended). Either form_id or form_uuid is required.
        sort: Field name to sort by: one of the form's field names (keys of a submission's `data`), or
            `created_at` / `updated_at` (the docs' example sorts by created_at).
        order: Sort order.
        filters: Field filters. The keys are the form's field names (keys of a submission's `data`, e.g.
            `Rating`, `email`), each optionally suffixed with an operator, and each key is sent as its own
            query parameter (`Rating__gte=3&Rating__lte=5`): `{field}=value` exact match or substring;
            `{field}__gte=value` >=; `{field}__gt=value` >; `{field}__lte=value` <=; `{field}__lt=value` <.
            All filters must match. Requires form_id or form_uuid. Not documented by the provider; this spec
            assumes the equals filter is a case-insensitive substring match (numeric equality when both
            sides are numbers), comparisons are numeric when both sides are numbers and string (ISO 8601
            date) comparisons otherwise, and `created_at` / `updated_at` may be filtered like fields. The
            names of the other parameters (page, form_id, form_uuid, sort, order) cannot be field filters.

    Returns:
        SubmissionList: One page of the form's submissions that match the filters.

    Raises:
        errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
            Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
            provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
            list_submissions without form_id and form_uuid answer 400 with the same body too.
        errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
        errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
        errors.NotFoundError: 404: Not Found: the form does not exist or the token is not authorized for
            it.
        errors.RateLimitError: 429: Too Many Requests: more than 10 requests in 60 seconds with this
            token. Not documented by the provider; this spec assumes a `Retry-After` header with the seconds
            to wait.
        errors.InternalServerError: 500: Internal Server Error. The message text is not documented; the
            body shape is the documented error format.
        errors.FormesterError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        page=page,
        form_id=form_id,
        form_uuid=form_uuid,
        sort=sort,
        order=order,
        filters=filters,
    )
    return _success(client, client.request("list_submissions", **kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = "asc",
    filters: Mapping[str, str] | None = None,
) -> Response[SubmissionList]:
    """List submissions

    Retrieve the submissions of one form, 20 per page with a `meta` object, with optional
    field filters and sorting. Required scope: `submission.view`. Either `form_id` or
    `form_uuid` is required (field-based filtering needs one of them too).

    Filters are the form's own field names as query keys (`filters` here):
    `{field}=value` (exact match or substring), `{field}__gte`, `__gt`, `__lte`, `__lt`
    (comparisons); several filters must all match. `sort` names the field to sort by and
    `order` its direction (asc, the default, or desc).

    Not documented by the provider; this spec assumes: without form_id and form_uuid the
    answer is 400 "form_id or form_uuid is required"; when both are given they must name
    the same form, else 404 "Form not found or not authorized" (also for unknown forms and
    forms outside a restricted token); the equals filter is a case-insensitive substring
    match (numeric equality when the field and the value are both numbers); comparisons are numeric when
    the value and the field are both numbers and
    string comparisons otherwise (ISO 8601 dates therefore compare chronologically); a
    submission without the filtered field does not match; `created_at` and `updated_at`
    may be used like fields in `sort` and filters; sorting puts submissions without the
    sort field last and breaks ties by `createdAt` then `id`; without `sort` submissions
    come newest first (by `createdAt`), as in the docs' example; a page past the end is
    empty.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
            assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
            non-integer is 400.
        form_id: The form's numeric ID. Either form_id or form_uuid is required.
        form_uuid: The form's UUID (recommended). Either form_id or form_uuid is required.
        sort: Field name to sort by: one of the form's field names (keys of a submission's `data`), or
            `created_at` / `updated_at` (the docs' example sorts by created_at).
        order: Sort order.
        filters: Field filters. The keys are the form's field names (keys of a submission's `data`, e.g.
            `Rating`, `email`), each optionally suffixed with an operator, and each key is sent as its own
            query parameter (`Rating__gte=3&Rating__lte=5`): `{field}=value` exact match or substring;
            `{field}__gte=value` >=; `{field}__gt=value` >; `{field}__lte=value` <=; `{field}__lt=value` <.
            All filters must match. Requires form_id or form_uuid. Not documented by the provider; this spec
            assumes the equals filter is a case-insensitive substring match (numeric equality when both
            sides are numbers), comparisons are numeric when both sides are numbers and string (ISO 8601
            date) comparisons otherwise, and `created_at` / `updated_at` may be filtered like fields. The
            names of the other parameters (page, form_id, form_uuid, sort, order) cannot be field filters.

    Returns:
        Response[SubmissionList]: the status, headers and body; `parsed` is the SubmissionList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
            Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
            provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
            list_submissions without form_id and form_uuid answer 400 with the same body too.
        errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
        errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
        errors.NotFoundError: 404: Not Found: the form does not exist or the token is not authorized for
            it.
        errors.RateLimitError: 429: Too Many Requests: more than 10 requests in 60 seconds with this
            token. Not documented by the provider; this spec assumes a `Retry-After` header with the seconds
            to wait.
        errors.InternalServerError: 500: Internal Server Error. The message text is not documented; the
            body shape is the documented error format.
        errors.FormesterError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        page=page,
        form_id=form_id,
        form_uuid=form_uuid,
        sort=sort,
        order=order,
        filters=filters,
    )
    response = await client.arequest("list_submissions", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = "asc",
    filters: Mapping[str, str] | None = None,
) -> SubmissionList:
    """List submissions

    Retrieve the submissions of one form, 20 per page with a `meta` object, with optional
    field filters and sorting. Required scope: `submission.view`. Either `form_id` or
    `form_uuid` is required (field-based filtering needs one of them too).

    Filters are the form's own field names as query keys (`filters` here):
    `{field}=value` (exact match or substring), `{field}__gte`, `__gt`, `__lte`, `__lt`
    (comparisons); several filters must all match. `sort` names the field to sort by and
    `order` its direction (asc, the default, or desc).

    Not documented by the provider; this spec assumes: without form_id and form_uuid the
    answer is 400 "form_id or form_uuid is required"; when both are given they must name
    the same form, else 404 "Form not found or not authorized" (also for unknown forms and
    forms outside a restricted token); the equals filter is a case-insensitive substring
    match (numeric equality when the field and the value are both numbers); comparisons are numeric when
    the value and the field are both numbers and
    string comparisons otherwise (ISO 8601 dates therefore compare chronologically); a
    submission without the filtered field does not match; `created_at` and `updated_at`
    may be used like fields in `sort` and filters; sorting puts submissions without the
    sort field last and breaks ties by `createdAt` then `id`; without `sort` submissions
    come newest first (by `createdAt`), as in the docs' example; a page past the end is
    empty.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
            assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
            non-integer is 400.
        form_id: The form's numeric ID. Either form_id or form_uuid is required.
        form_uuid: The form's UUID (recommended). Either form_id or form_uuid is required.
        sort: Field name to sort by: one of the form's field names (keys of a submission's `data`), or
            `created_at` / `updated_at` (the docs' example sorts by created_at).
        order: Sort order.
        filters: Field filters. The keys are the form's field names (keys of a submission's `data`, e.g.
            `Rating`, `email`), each optionally suffixed with an operator, and each key is sent as its own
            query parameter (`Rating__gte=3&Rating__lte=5`): `{field}=value` exact match or substring;
            `{field}__gte=value` >=; `{field}__gt=value` >; `{field}__lte=value` <=; `{field}__lt=value` <.
            All filters must match. Requires form_id or form_uuid. Not documented by the provider; this spec
            assumes the equals filter is a case-insensitive substring match (numeric equality when both
            sides are numbers), comparisons are numeric when both sides are numbers and string (ISO 8601
            date) comparisons otherwise, and `created_at` / `updated_at` may be filtered like fields. The
            names of the other parameters (page, form_id, form_uuid, sort, order) cannot be field filters.

    Returns:
        SubmissionList: One page of the form's submissions that match the filters.

    Raises:
        errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
            Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
            provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
            list_submissions without form_id and form_uuid answer 400 with the same body too.
        errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
        errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
        errors.NotFoundError: 404: Not Found: the form does not exist or the token is not authorized for
            it.
        errors.RateLimitError: 429: Too Many Requests: more than 10 requests in 60 seconds with this
            token. Not documented by the provider; this spec assumes a `Retry-After` header with the seconds
            to wait.
        errors.InternalServerError: 500: Internal Server Error. The message text is not documented; the
            body shape is the documented error format.
        errors.FormesterError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        page=page,
        form_id=form_id,
        form_uuid=form_uuid,
        sort=sort,
        order=order,
        filters=filters,
    )
    return _success(client, await client.arequest("list_submissions", **kwargs))


PAGINATION = _pagination.Pagination(
    style="page",
    page_argument="page",
    size=20,
    sends_size=False,
    total_items="/meta/totalCount",
    operation="formester.list_submissions",
    item_id=("id",),
    strategies=(
        _pagination.Strategy(
            name="reverse",
            guarantee="exact",
            sets=(("sort", "created_at"), ("order", "asc")),
        ),
        _pagination.Strategy(
            name="reverse",
            guarantee="at-most-once",
            sets=(("sort", "updated_at"), ("order", "asc")),
        ),
        _pagination.Strategy(
            name="pages",
            guarantee="at-most-once",
        ),
    ),
)


def _items(parsed: SubmissionList) -> list[Submission]:
    return list(parsed.submissions)


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, SubmissionList]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, SubmissionList]:
        response = client.request("list_submissions", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, SubmissionList]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, SubmissionList]:
        response = await client.arequest("list_submissions", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if value is not None}


def iter_pages(
    *,
    client: AuthenticatedClient,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = None,
    filters: Mapping[str, str] | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
) -> _pagination.PageIterator[SubmissionList, Submission]:
    """Every page, lazily, walked as the spec's x-iteration says (reverse: exact by default).

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
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def iter_items(
    *,
    client: AuthenticatedClient,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = None,
    filters: Mapping[str, str] | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
) -> _pagination.ItemIterator[Submission]:
    """Every item of every page (see `iter_pages`); `checkpoint` moves once a page is handed out in full."""
    return _pagination.iter_items(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_pages(
    *,
    client: AuthenticatedClient,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = None,
    filters: Mapping[str, str] | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
) -> _pagination.AsyncPageIterator[SubmissionList, Submission]:
    """The async twin of `iter_pages`."""
    return _pagination.aiter_pages(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_items(
    *,
    client: AuthenticatedClient,
    form_id: int | None = None,
    form_uuid: UUID | None = None,
    sort: str | None = None,
    order: Literal["asc", "desc"] | None = None,
    filters: Mapping[str, str] | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
) -> _pagination.AsyncItemIterator[Submission]:
    """The async twin of `iter_items`."""
    return _pagination.aiter_items(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )
