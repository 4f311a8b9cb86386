from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry import Entry
from ...types import Response


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying. Assumed; clients should also accept an HTTP-date."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    form: str,
    entry_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/forms/{form}/entries/{entry_id}".format(
            form=quote(str(form), safe=""),
            entry_id=quote(str(entry_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Entry | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = Entry.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Entry]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form: str,
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Entry]:
    """Get entry

     Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
    of read (or higher).

    Args:
        form (str):
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Entry]
    """

    kwargs = _get_kwargs(
        form=form,
        entry_id=entry_id,
    )
    response = client.request("get_entry", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Entry | None:
    """Get entry

     Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
    of read (or higher).

    Args:
        form (str):
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Entry
    """

    return sync_detailed(
        form=form,
        entry_id=entry_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    form: str,
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Entry]:
    """Get entry

     Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
    of read (or higher).

    Args:
        form (str):
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Entry]
    """

    kwargs = _get_kwargs(
        form=form,
        entry_id=entry_id,
    )
    response = await client.arequest("get_entry", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Entry | None:
    """Get entry

     Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
    of read (or higher).

    Args:
        form (str):
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Entry
    """

    return (
        await asyncio_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )
    ).parsed
