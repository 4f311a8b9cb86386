from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project import Project
from ...models.project_page import ProjectPage
from ...types import Response


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: When you can retry (documented). Not documented by the provider: its format; this spec assumes whole seconds (clients should also accept an HTTP-date)."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    *,
    page: int | None = 1,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if x_forwarded_user is not None:
        headers["X-Forwarded-User"] = x_forwarded_user

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["external_id"] = external_id

    params["include_archived"] = include_archived

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProjectPage | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = ProjectPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProjectPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> ProjectPage:
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
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
) -> Response[ProjectPage]:
    """List all projects

    Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed). A page past the last one is empty (assumed).
        page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
            `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
            schema `default`: the generated functions then send no page_size unless asked, and the generated
            iterators (iter_pages / iter_items) ask for the maximum, 100.
        external_id: Only the project linked to this identifier of your system (exact match). Not
            documented by the provider; assumed.
        include_archived: Also list archived projects (flagged `status: archived`). Not documented by
            the provider; this spec assumes archived projects are left out by default.
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        Response[ProjectPage]: the status, headers and body; `parsed` is the ProjectPage
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        external_id=external_id,
        include_archived=include_archived,
        x_forwarded_user=x_forwarded_user,
    )
    response = client.request("list_projects", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
) -> ProjectPage:
    """List all projects

    Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed). A page past the last one is empty (assumed).
        page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
            `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
            schema `default`: the generated functions then send no page_size unless asked, and the generated
            iterators (iter_pages / iter_items) ask for the maximum, 100.
        external_id: Only the project linked to this identifier of your system (exact match). Not
            documented by the provider; assumed.
        include_archived: Also list archived projects (flagged `status: archived`). Not documented by
            the provider; this spec assumes archived projects are left out by default.
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        ProjectPage: One page of projects.

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        external_id=external_id,
        include_archived=include_archived,
        x_forwarded_user=x_forwarded_user,
    )
    return _success(client, client.request("list_projects", **kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
) -> Response[ProjectPage]:
    """List all projects

    Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed). A page past the last one is empty (assumed).
        page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
            `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
            schema `default`: the generated functions then send no page_size unless asked, and the generated
            iterators (iter_pages / iter_items) ask for the maximum, 100.
        external_id: Only the project linked to this identifier of your system (exact match). Not
            documented by the provider; assumed.
        include_archived: Also list archived projects (flagged `status: archived`). Not documented by
            the provider; this spec assumes archived projects are left out by default.
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        Response[ProjectPage]: the status, headers and body; `parsed` is the ProjectPage
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        external_id=external_id,
        include_archived=include_archived,
        x_forwarded_user=x_forwarded_user,
    )
    response = await client.arequest("list_projects", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
) -> ProjectPage:
    """List all projects

    Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed). A page past the last one is empty (assumed).
        page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
            `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
            schema `default`: the generated functions then send no page_size unless asked, and the generated
            iterators (iter_pages / iter_items) ask for the maximum, 100.
        external_id: Only the project linked to this identifier of your system (exact match). Not
            documented by the provider; assumed.
        include_archived: Also list archived projects (flagged `status: archived`). Not documented by
            the provider; this spec assumes archived projects are left out by default.
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        ProjectPage: One page of projects.

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        external_id=external_id,
        include_archived=include_archived,
        x_forwarded_user=x_forwarded_user,
    )
    return _success(client, await client.arequest("list_projects", **kwargs))


PAGINATION = _pagination.Pagination(
    style="page",
    page_argument="page",
    size_argument="page_size",
    size=100,
    sends_size=True,
    total_items="/total",
    total_pages="/pages",
    operation="cogram.list_projects",
    item_id=("id",),
    strategies=(
        _pagination.Strategy(
            name="overlap",
            guarantee="exact",
        ),
    ),
)


def _items(parsed: ProjectPage) -> list[Project]:
    return list(parsed.items)


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, ProjectPage]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ProjectPage]:
        response = client.request("list_projects", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, ProjectPage]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ProjectPage]:
        response = await client.arequest("list_projects", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if value is not None}


def iter_pages(
    *,
    client: AuthenticatedClient,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
) -> _pagination.PageIterator[ProjectPage, Project]:
    """Every page, lazily, walked as the spec's x-iteration says (overlap: exact by default).

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
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def iter_items(
    *,
    client: AuthenticatedClient,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
) -> _pagination.ItemIterator[Project]:
    """Every item of every page (see `iter_pages`); `checkpoint` moves once a page is handed out in full."""
    return _pagination.iter_items(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_pages(
    *,
    client: AuthenticatedClient,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
) -> _pagination.AsyncPageIterator[ProjectPage, Project]:
    """The async twin of `iter_pages`."""
    return _pagination.aiter_pages(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_items(
    *,
    client: AuthenticatedClient,
    page_size: int | None = None,
    external_id: str | None = None,
    include_archived: bool | None = False,
    x_forwarded_user: str | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
) -> _pagination.AsyncItemIterator[Project]:
    """The async twin of `iter_items`."""
    return _pagination.aiter_items(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )
