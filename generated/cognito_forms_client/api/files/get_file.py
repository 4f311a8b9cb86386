from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_data_ref import FileDataRef
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
    id: str,
    *,
    accept: str = "application/json",
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/files/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs.setdefault("headers", {})["Accept"] = accept  # this operation can answer in several content types
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileDataRef | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = FileDataRef.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_download(*, client: AuthenticatedClient | Client, response: httpx.Response) -> bytes | None:
    """The body as bytes, for a success status that can answer application/octet-stream."""
    if 200 <= response.status_code <= 200:
        return response.content
    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FileDataRef]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> FileDataRef:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FileDataRef]:
    """Get file

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[FileDataRef]: the status, headers and body; `parsed` is the FileDataRef
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = client.request("get_file", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> FileDataRef:
    """Get file

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        FileDataRef: The file.

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    return _success(client, client.request("get_file", **kwargs))


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FileDataRef]:
    """Get file

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[FileDataRef]: the status, headers and body; `parsed` is the FileDataRef
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.arequest("get_file", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> FileDataRef:
    """Get file

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        FileDataRef: The file.

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    return _success(client, await client.arequest("get_file", **kwargs))


def _download_build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[bytes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_download(client=client, response=response),
    )


def _download_success(client: AuthenticatedClient | Client, response: httpx.Response) -> bytes:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_download(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def download_sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[bytes]:
    """Get file, as application/octet-stream

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Sends `Accept: application/octet-stream`.

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[bytes]: the status, headers and body; `parsed` is the bytes
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
        accept="application/octet-stream",
    )
    response = client.request("get_file", **kwargs)
    return _download_build_response(client=client, response=response)


def download_sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> bytes:
    """Get file, as application/octet-stream

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Sends `Accept: application/octet-stream`.

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        bytes: application/octet-stream

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
        accept="application/octet-stream",
    )
    return _download_success(client, client.request("get_file", **kwargs))


async def download_asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[bytes]:
    """Get file, as application/octet-stream

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Sends `Accept: application/octet-stream`.

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[bytes]: the status, headers and body; `parsed` is the bytes
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
        accept="application/octet-stream",
    )
    response = await client.arequest("get_file", **kwargs)
    return _download_build_response(client=client, response=response)


async def download_asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> bytes:
    """Get file, as application/octet-stream

    Gets a file (for example one uploaded to an entry's file field) by its id, as a
    FileDataRef with its metadata, a download URL and the base64 content, or as the raw
    bytes. The connector definition says this operation produces
    `application/octet-stream` while describing the body with the FileDataRef object; not
    documented further, this spec assumes the server answers with what `Accept` prefers:
    `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
    file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

    Sends `Accept: application/octet-stream`.

    Args:
        id: The unique identifier of the file.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        bytes: application/octet-stream

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
        accept="application/octet-stream",
    )
    return _download_success(client, await client.arequest("get_file", **kwargs))
