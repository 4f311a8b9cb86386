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
from ...types import UNSET, Response, Unset


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
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_user, Unset):
        headers["X-Forwarded-User"] = x_forwarded_user

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["external_id"] = external_id

    params["include_archived"] = include_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[ProjectPage]:
    """List all projects

     Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        external_id (str | Unset):
        include_archived (bool | Unset):  Default: False.
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectPage]
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
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
) -> ProjectPage | None:
    """List all projects

     Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        external_id (str | Unset):
        include_archived (bool | Unset):  Default: False.
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectPage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        external_id=external_id,
        include_archived=include_archived,
        x_forwarded_user=x_forwarded_user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[ProjectPage]:
    """List all projects

     Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        external_id (str | Unset):
        include_archived (bool | Unset):  Default: False.
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectPage]
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
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
) -> ProjectPage | None:
    """List all projects

     Lists the organization's projects, a page at a time. Not documented by the provider;
    this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
    projects are left out unless `include_archived=true`, and that `external_id` filters by
    exact match (the way to look a project up by your own system's identifier).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        external_id (str | Unset):
        include_archived (bool | Unset):  Default: False.
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        )
    ).parsed


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


def _parsed_page(client: AuthenticatedClient | Client, response: httpx.Response) -> ProjectPage:
    parsed = _parse_response(client=client, response=response)
    if not isinstance(parsed, ProjectPage):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, ProjectPage]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ProjectPage]:
        response = client.request("list_projects", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, ProjectPage]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ProjectPage]:
        response = await client.arequest("list_projects", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def iter_pages(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
) -> _pagination.PageIterator[ProjectPage, Project]:
    """Every page, lazily, walked as the spec's x-iteration says (strategy: overlap, exact).

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
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
) -> _pagination.ItemIterator[Project]:
    """Every item of every page (see `iter_pages`); `checkpoint` resumes after the last page handed out in full."""
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
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
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
    page_size: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    x_forwarded_user: str | Unset = UNSET,
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
