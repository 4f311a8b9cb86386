from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form import Form
from ...models.form_list import FormList
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FormList | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = FormList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FormList]:
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
) -> Response[FormList]:
    """List forms

     Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormList]
    """

    kwargs = _get_kwargs(
        page=page,
    )
    response = client.request("list_forms", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> FormList | None:
    """List forms

     Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormList
    """

    return sync_detailed(
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Response[FormList]:
    """List forms

     Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormList]
    """

    kwargs = _get_kwargs(
        page=page,
    )
    response = await client.arequest("list_forms", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> FormList | None:
    """List forms

     Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
        )
    ).parsed


PAGINATION = _pagination.Pagination(
    style="page",
    page_argument="page",
    size=20,
    sends_size=False,
    total_items="/meta/totalCount",
    operation="formester.list_forms",
    item_id=("id",),
    strategies=(
        _pagination.Strategy(
            name="reverse",
            guarantee="exact",
        ),
    ),
)


def _items(parsed: FormList) -> list[Form]:
    return list(parsed.forms)


def _parsed_page(client: AuthenticatedClient | Client, response: httpx.Response) -> FormList:
    parsed = _parse_response(client=client, response=response)
    if not isinstance(parsed, FormList):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, FormList]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, FormList]:
        response = client.request("list_forms", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, FormList]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, FormList]:
        response = await client.arequest("list_forms", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def iter_pages(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.PageIterator[FormList, Form]:
    """Every page, lazily, walked as the spec's x-iteration says (strategy: reverse, exact).

    Takes the same arguments as `sync`, without the ones the walk sends itself. `checkpoint`
    resumes after the page that gave it (`page.checkpoint`, with the same arguments);
    `on_page(page)` is called after each request. The iterator counts `pages_fetched`,
    `items_yielded` and the API's `total`.
    """
    return _pagination.iter_pages(
        PAGINATION, _fetch(client), _items, _arguments(), checkpoint=checkpoint, on_page=on_page
    )


def iter_items(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.ItemIterator[Form]:
    """Every item of every page (see `iter_pages`); `checkpoint` resumes after the last page handed out in full."""
    return _pagination.iter_items(
        PAGINATION, _fetch(client), _items, _arguments(), checkpoint=checkpoint, on_page=on_page
    )


def aiter_pages(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.AsyncPageIterator[FormList, Form]:
    """The async twin of `iter_pages`."""
    return _pagination.aiter_pages(
        PAGINATION, _afetch(client), _items, _arguments(), checkpoint=checkpoint, on_page=on_page
    )


def aiter_items(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.AsyncItemIterator[Form]:
    """The async twin of `iter_items`."""
    return _pagination.aiter_items(
        PAGINATION, _afetch(client), _items, _arguments(), checkpoint=checkpoint, on_page=on_page
    )
