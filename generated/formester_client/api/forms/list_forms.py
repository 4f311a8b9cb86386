from collections.abc import AsyncIterator, Iterator
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
)


def _items(parsed: FormList) -> list[Form]:
    return list(parsed.forms)


def _parsed_page(client: AuthenticatedClient | Client, response: httpx.Response) -> FormList:
    parsed = _parse_response(client=client, response=response)
    if not isinstance(parsed, FormList):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def iter_pages(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Iterator[_pagination.Page[FormList, Form]]:
    """Every page, fetched lazily at the largest page size the API allows, until the data ends.

    Takes the same arguments as `sync`; a page argument starts from there.
    """

    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, FormList]:
        response = client.request("list_forms", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return _pagination.iter_pages(
        PAGINATION,
        fetch,
        _items,
        _arguments(
            page=page,
        ),
    )


def iter_items(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Iterator[Form]:
    """Every item of every page (see `iter_pages`)."""
    for fetched in iter_pages(
        client=client,
        page=page,
    ):
        yield from fetched.items


def aiter_pages(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> AsyncIterator[_pagination.Page[FormList, Form]]:
    """The async twin of `iter_pages`."""

    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, FormList]:
        response = await client.arequest("list_forms", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return _pagination.aiter_pages(
        PAGINATION,
        fetch,
        _items,
        _arguments(
            page=page,
        ),
    )


async def aiter_items(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> AsyncIterator[Form]:
    """The async twin of `iter_items`."""
    async for fetched in aiter_pages(
        client=client,
        page=page,
    ):
        for item in fetched.items:
            yield item
