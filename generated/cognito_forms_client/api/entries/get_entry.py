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


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> Entry:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


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
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
            e.g. `1-3`).
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[Entry]: the status, headers and body; `parsed` is the Entry
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
) -> Entry:
    """Get entry

    Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
    of read (or higher).

    Args:
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
            e.g. `1-3`).
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Entry: The entry.

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
        form=form,
        entry_id=entry_id,
    )
    return _success(client, client.request("get_entry", **kwargs))


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
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
            e.g. `1-3`).
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[Entry]: the status, headers and body; `parsed` is the Entry
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
) -> Entry:
    """Get entry

    Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
    of read (or higher).

    Args:
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
            e.g. `1-3`).
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Entry: The entry.

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
        form=form,
        entry_id=entry_id,
    )
    return _success(client, await client.arequest("get_entry", **kwargs))
