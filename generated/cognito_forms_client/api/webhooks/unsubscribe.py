from http import HTTPStatus
from typing import Any, Literal

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
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
    *,
    id: str | None = None,
    module: Literal["forms"] | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/integration/oauth/unsubscribe",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        return

    if response.status_code == 201:
        return

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)  # raises for an undocumented status, if the client asks to
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    _parse_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | None = None,
    module: Literal["forms"] | None = None,
) -> Response[None]:
    """Unsubscribe webhook

    Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
    DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
    the connector definition, `id` and `module` are optional; not documented by the
    provider, this spec assumes a request without `id` names nothing to remove and answers
    400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
    success; the mock answers 200. Scope not documented by the provider; this spec assumes
    an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        id: The unique subscription id (the `Id` a subscribe operation returned, also in its
            `Location`).
        module: The module the subscription is associated with.

    Returns:
        Response[None]: the status, headers and body; `parsed` is the None
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
        module=module,
    )
    response = client.request("unsubscribe", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | None = None,
    module: Literal["forms"] | None = None,
) -> None:
    """Unsubscribe webhook

    Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
    DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
    the connector definition, `id` and `module` are optional; not documented by the
    provider, this spec assumes a request without `id` names nothing to remove and answers
    400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
    success; the mock answers 200. Scope not documented by the provider; this spec assumes
    an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        id: The unique subscription id (the `Id` a subscribe operation returned, also in its
            `Location`).
        module: The module the subscription is associated with.

    Returns:
        None: the operation answers with no body.

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
        module=module,
    )
    _success(client, client.request("unsubscribe", **kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | None = None,
    module: Literal["forms"] | None = None,
) -> Response[None]:
    """Unsubscribe webhook

    Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
    DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
    the connector definition, `id` and `module` are optional; not documented by the
    provider, this spec assumes a request without `id` names nothing to remove and answers
    400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
    success; the mock answers 200. Scope not documented by the provider; this spec assumes
    an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        id: The unique subscription id (the `Id` a subscribe operation returned, also in its
            `Location`).
        module: The module the subscription is associated with.

    Returns:
        Response[None]: the status, headers and body; `parsed` is the None
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
        module=module,
    )
    response = await client.arequest("unsubscribe", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | None = None,
    module: Literal["forms"] | None = None,
) -> None:
    """Unsubscribe webhook

    Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
    DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
    the connector definition, `id` and `module` are optional; not documented by the
    provider, this spec assumes a request without `id` names nothing to remove and answers
    400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
    success; the mock answers 200. Scope not documented by the provider; this spec assumes
    an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        id: The unique subscription id (the `Id` a subscribe operation returned, also in its
            `Location`).
        module: The module the subscription is associated with.

    Returns:
        None: the operation answers with no body.

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
        module=module,
    )
    _success(client, await client.arequest("unsubscribe", **kwargs))
