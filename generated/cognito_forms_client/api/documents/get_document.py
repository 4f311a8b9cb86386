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
    form: str,
    entry: str,
    template_number: int,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/forms/{form}/entries/{entry}/documents/{template_number}".format(
            form=quote(str(form), safe=""),
            entry=quote(str(entry), safe=""),
            template_number=quote(str(template_number), safe=""),
        ),
    }

    if not isinstance(accept, Unset):  # choose among the content types this operation can answer with
        _kwargs.setdefault("headers", {})["Accept"] = accept
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileDataRef | bytes | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if response.status_code == 200:
        if content_type == "application/pdf":
            return response.content
        if content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
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
    form: str,
    entry: str,
    template_number: int,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[FileDataRef | bytes]:
    """Get document

     Gets the document generated for an entry from one of the form's document templates
    (numbered from 1). The template decides whether the document is a PDF or a Word
    (.docx) file. The connector definition declares both binary types and the FileDataRef
    JSON object. Not documented by the provider; this spec assumes the server answers with
    the type the `Accept` header asks for: `application/json` (the default) gives a
    FileDataRef whose `ContentType` names the document's type and whose `Content` holds
    it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
    number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
    guide lists Get Document under entries).

    Args:
        form (str):
        entry (str):
        template_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileDataRef | bytes]
    """

    kwargs = _get_kwargs(
        form=form,
        entry=entry,
        template_number=template_number,
        accept=accept,
    )
    response = client.request("get_document", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    entry: str,
    template_number: int,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> FileDataRef | bytes | None:
    """Get document

     Gets the document generated for an entry from one of the form's document templates
    (numbered from 1). The template decides whether the document is a PDF or a Word
    (.docx) file. The connector definition declares both binary types and the FileDataRef
    JSON object. Not documented by the provider; this spec assumes the server answers with
    the type the `Accept` header asks for: `application/json` (the default) gives a
    FileDataRef whose `ContentType` names the document's type and whose `Content` holds
    it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
    number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
    guide lists Get Document under entries).

    Args:
        form (str):
        entry (str):
        template_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileDataRef | bytes
    """

    return sync_detailed(
        form=form,
        entry=entry,
        template_number=template_number,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    form: str,
    entry: str,
    template_number: int,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[FileDataRef | bytes]:
    """Get document

     Gets the document generated for an entry from one of the form's document templates
    (numbered from 1). The template decides whether the document is a PDF or a Word
    (.docx) file. The connector definition declares both binary types and the FileDataRef
    JSON object. Not documented by the provider; this spec assumes the server answers with
    the type the `Accept` header asks for: `application/json` (the default) gives a
    FileDataRef whose `ContentType` names the document's type and whose `Content` holds
    it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
    number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
    guide lists Get Document under entries).

    Args:
        form (str):
        entry (str):
        template_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileDataRef | bytes]
    """

    kwargs = _get_kwargs(
        form=form,
        entry=entry,
        template_number=template_number,
        accept=accept,
    )
    response = await client.arequest("get_document", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    entry: str,
    template_number: int,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> FileDataRef | bytes | None:
    """Get document

     Gets the document generated for an entry from one of the form's document templates
    (numbered from 1). The template decides whether the document is a PDF or a Word
    (.docx) file. The connector definition declares both binary types and the FileDataRef
    JSON object. Not documented by the provider; this spec assumes the server answers with
    the type the `Accept` header asks for: `application/json` (the default) gives a
    FileDataRef whose `ContentType` names the document's type and whose `Content` holds
    it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
    number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
    guide lists Get Document under entries).

    Args:
        form (str):
        entry (str):
        template_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileDataRef | bytes
    """

    return (
        await asyncio_detailed(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
            accept=accept,
        )
    ).parsed
