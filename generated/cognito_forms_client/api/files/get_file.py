from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_data_ref import FileDataRef
from ...types import UNSET, Response, Unset


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
    id: str,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/files/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(accept, Unset):  # choose among the content types this operation can answer with
        _kwargs.setdefault("headers", {})["Accept"] = accept
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileDataRef | bytes | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if response.status_code == 200:
        if content_type == "application/octet-stream":
            return response.content
        response_200 = FileDataRef.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FileDataRef | bytes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[FileDataRef | bytes]:
    """Get file

     Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileDataRef | bytes]
    """

    kwargs = _get_kwargs(
        id=id,
        accept=accept,
    )
    response = client.request("get_file", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> FileDataRef | bytes | None:
    """Get file

     Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileDataRef | bytes
    """

    return sync_detailed(
        id=id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[FileDataRef | bytes]:
    """Get file

     Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileDataRef | bytes]
    """

    kwargs = _get_kwargs(
        id=id,
        accept=accept,
    )
    response = await client.arequest("get_file", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> FileDataRef | bytes | None:
    """Get file

     Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileDataRef | bytes
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            accept=accept,
        )
    ).parsed
