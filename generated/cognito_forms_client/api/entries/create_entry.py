from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ...client import AuthenticatedClient, Client
from ...models.entry import Entry
from ...models.entry_input import EntryInput
from ...models.error import Error
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Entry | Error:
    if response.status_code == 200:
        response_200 = Entry.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Entry | Error]:
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
) -> Response[Entry | Error]:
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
        Response[Entry | Error]
    """

    kwargs = _get_kwargs(
        form=form,
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    *,
    client: AuthenticatedClient,
    body: EntryInput,
) -> Entry | Error | None:
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
        Entry | Error
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
) -> Response[Entry | Error]:
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
        Response[Entry | Error]
    """

    kwargs = _get_kwargs(
        form=form,
        body=body,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    *,
    client: AuthenticatedClient,
    body: EntryInput,
) -> Entry | Error | None:
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
        Entry | Error
    """

    return (
        await asyncio_detailed(
            form=form,
            client=client,
            body=body,
        )
    ).parsed
