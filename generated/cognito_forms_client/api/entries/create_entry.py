from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry import Entry
from ...models.entry_input import EntryInput
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
    *,
    body: EntryInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/forms/{form}/entries".format(
            form=quote(str(form), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: EntryInput,
) -> Response[Entry]:
    """Create entry

     Creates (submits) a new entry of the form. The body is the entry's field values, shaped
    by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
    read-write. The created entry comes back with status 200, as in the provider's
    connector definition; 201 is not used. Not a safe retry: repeating the request creates
    a second entry. Not documented by the provider; this spec assumes that values failing
    the form's validation answer 400.

    Args:
        form (str):
        body (EntryInput): The field values of an entry to create or update. Its properties are
            the form's own
            fields (see get_form_schema with `input=true`), so it is free-form here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Entry]
    """

    kwargs = _get_kwargs(
        form=form,
        body=body,
    )
    response = client.request("create_entry", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    *,
    client: AuthenticatedClient,
    body: EntryInput,
) -> Entry | None:
    """Create entry

     Creates (submits) a new entry of the form. The body is the entry's field values, shaped
    by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
    read-write. The created entry comes back with status 200, as in the provider's
    connector definition; 201 is not used. Not a safe retry: repeating the request creates
    a second entry. Not documented by the provider; this spec assumes that values failing
    the form's validation answer 400.

    Args:
        form (str):
        body (EntryInput): The field values of an entry to create or update. Its properties are
            the form's own
            fields (see get_form_schema with `input=true`), so it is free-form here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Entry
    """

    return sync_detailed(
        form=form,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
    body: EntryInput,
) -> Response[Entry]:
    """Create entry

     Creates (submits) a new entry of the form. The body is the entry's field values, shaped
    by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
    read-write. The created entry comes back with status 200, as in the provider's
    connector definition; 201 is not used. Not a safe retry: repeating the request creates
    a second entry. Not documented by the provider; this spec assumes that values failing
    the form's validation answer 400.

    Args:
        form (str):
        body (EntryInput): The field values of an entry to create or update. Its properties are
            the form's own
            fields (see get_form_schema with `input=true`), so it is free-form here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Entry]
    """

    kwargs = _get_kwargs(
        form=form,
        body=body,
    )
    response = await client.arequest("create_entry", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    *,
    client: AuthenticatedClient,
    body: EntryInput,
) -> Entry | None:
    """Create entry

     Creates (submits) a new entry of the form. The body is the entry's field values, shaped
    by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
    read-write. The created entry comes back with status 200, as in the provider's
    connector definition; 201 is not used. Not a safe retry: repeating the request creates
    a second entry. Not documented by the provider; this spec assumes that values failing
    the form's validation answer 400.

    Args:
        form (str):
        body (EntryInput): The field values of an entry to create or update. Its properties are
            the form's own
            fields (see get_form_schema with `input=true`), so it is free-form here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Entry
    """

    return (
        await asyncio_detailed(
            form=form,
            client=client,
            body=body,
        )
    ).parsed
