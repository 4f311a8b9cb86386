from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_submissions_order import ListSubmissionsOrder
from ...models.submission import Submission
from ...models.submission_list import SubmissionList
from ...types import UNSET, Response, Unset


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
    page: int | Unset = 1,
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = "asc",
    filters: Mapping[str, str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["form_id"] = form_id

    json_form_uuid: str | Unset = UNSET
    if not isinstance(form_uuid, Unset):
        json_form_uuid = str(form_uuid)
    params["form_uuid"] = json_form_uuid

    params["sort"] = sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    if not isinstance(filters, Unset):
        params.update(filters)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = "asc",
    filters: Mapping[str, str] | Unset = UNSET,
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

    Args:
        page (int | Unset):  Default: 1.
        form_id (int | Unset):
        form_uuid (UUID | Unset):
        sort (str | Unset):
        order (ListSubmissionsOrder | Unset):  Default: 'asc'.
        filters (ListSubmissionsFilters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmissionList]
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
    page: int | Unset = 1,
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = "asc",
    filters: Mapping[str, str] | Unset = UNSET,
) -> SubmissionList | None:
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

    Args:
        page (int | Unset):  Default: 1.
        form_id (int | Unset):
        form_uuid (UUID | Unset):
        sort (str | Unset):
        order (ListSubmissionsOrder | Unset):  Default: 'asc'.
        filters (ListSubmissionsFilters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmissionList
    """

    return sync_detailed(
        client=client,
        page=page,
        form_id=form_id,
        form_uuid=form_uuid,
        sort=sort,
        order=order,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = "asc",
    filters: Mapping[str, str] | Unset = UNSET,
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

    Args:
        page (int | Unset):  Default: 1.
        form_id (int | Unset):
        form_uuid (UUID | Unset):
        sort (str | Unset):
        order (ListSubmissionsOrder | Unset):  Default: 'asc'.
        filters (ListSubmissionsFilters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmissionList]
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
    page: int | Unset = 1,
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = "asc",
    filters: Mapping[str, str] | Unset = UNSET,
) -> SubmissionList | None:
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

    Args:
        page (int | Unset):  Default: 1.
        form_id (int | Unset):
        form_uuid (UUID | Unset):
        sort (str | Unset):
        order (ListSubmissionsOrder | Unset):  Default: 'asc'.
        filters (ListSubmissionsFilters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmissionList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        )
    ).parsed


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
            name="pages",
            guarantee="at-most-once",
        ),
    ),
)


def _items(parsed: SubmissionList) -> list[Submission]:
    return list(parsed.submissions)


def _parsed_page(client: AuthenticatedClient | Client, response: httpx.Response) -> SubmissionList:
    parsed = _parse_response(client=client, response=response)
    if not isinstance(parsed, SubmissionList):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, SubmissionList]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, SubmissionList]:
        response = client.request("list_submissions", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, SubmissionList]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, SubmissionList]:
        response = await client.arequest("list_submissions", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def iter_pages(
    *,
    client: AuthenticatedClient,
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = UNSET,
    filters: Mapping[str, str] | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
) -> _pagination.PageIterator[SubmissionList, Submission]:
    """Every page, lazily, walked as the spec's x-iteration says (strategy: reverse, exact).

    Takes the same arguments as `sync`, without the ones the walk sends itself. `checkpoint`
    resumes after the page that gave it (`page.checkpoint`, with the same arguments);
    `on_page(page)` is called after each request. The iterator counts `pages_fetched`,
    `items_yielded` and the API's `total`.
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
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = UNSET,
    filters: Mapping[str, str] | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
) -> _pagination.ItemIterator[Submission]:
    """Every item of every page (see `iter_pages`); `checkpoint` resumes after the last page handed out in full."""
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
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = UNSET,
    filters: Mapping[str, str] | Unset = UNSET,
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
    form_id: int | Unset = UNSET,
    form_uuid: UUID | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListSubmissionsOrder | Unset = UNSET,
    filters: Mapping[str, str] | Unset = UNSET,
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
