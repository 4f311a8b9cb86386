from http import HTTPStatus
from typing import Any, Literal

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription_request import SubscriptionRequest
from ...models.webhook_subscription import WebhookSubscription
from ...types import Response


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    location: str | None = None
    """`Location`: The subscription's URL; DELETE it to unsubscribe."""
    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying. Assumed; clients should also accept an HTTP-date."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            location=_headers.string(response.headers, "Location"),
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    *,
    body: SubscriptionRequest,
    module: Literal["forms"] | None = None,
    publisher: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["module"] = module

    params["publisher"] = publisher

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/oauth/subscribeupdateentry",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebhookSubscription | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = WebhookSubscription.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = WebhookSubscription.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WebhookSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> WebhookSubscription:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Literal["forms"] | None = None,
    publisher: str,
) -> Response[WebhookSubscription]:
    """Subscribe to updated entries

    Registers `notificationUrl` to be called (a POST of the updated entry, see the
    `entry.updated` webhook) whenever an entry of the form given by `publisher` is updated.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The webhook subscription to create
        module: The module the subscription belongs to. The connector definition marks it required with
            the default "forms" and hides it from users; this spec makes it optional with that default. Not
            documented by the provider; this spec assumes "forms" is the only module.
        publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
            the connector definition; the service itself refuses an empty one with 400 (assumed).

    Returns:
        Response[WebhookSubscription]: the status, headers and body; `parsed` is the WebhookSubscription
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
        body=body,
        module=module,
        publisher=publisher,
    )
    response = client.request("subscribe_update_entry", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Literal["forms"] | None = None,
    publisher: str,
) -> WebhookSubscription:
    """Subscribe to updated entries

    Registers `notificationUrl` to be called (a POST of the updated entry, see the
    `entry.updated` webhook) whenever an entry of the form given by `publisher` is updated.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The webhook subscription to create
        module: The module the subscription belongs to. The connector definition marks it required with
            the default "forms" and hides it from users; this spec makes it optional with that default. Not
            documented by the provider; this spec assumes "forms" is the only module.
        publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
            the connector definition; the service itself refuses an empty one with 400 (assumed).

    Returns:
        WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
            unsubscribe operation for this subscription
            (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
            DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
            `{Id}` body too, so that a client that cannot read response headers (the generated client
            returns the body) still learns the id to pass to unsubscribe.

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
        body=body,
        module=module,
        publisher=publisher,
    )
    return _success(client, client.request("subscribe_update_entry", **kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Literal["forms"] | None = None,
    publisher: str,
) -> Response[WebhookSubscription]:
    """Subscribe to updated entries

    Registers `notificationUrl` to be called (a POST of the updated entry, see the
    `entry.updated` webhook) whenever an entry of the form given by `publisher` is updated.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The webhook subscription to create
        module: The module the subscription belongs to. The connector definition marks it required with
            the default "forms" and hides it from users; this spec makes it optional with that default. Not
            documented by the provider; this spec assumes "forms" is the only module.
        publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
            the connector definition; the service itself refuses an empty one with 400 (assumed).

    Returns:
        Response[WebhookSubscription]: the status, headers and body; `parsed` is the WebhookSubscription
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
        body=body,
        module=module,
        publisher=publisher,
    )
    response = await client.arequest("subscribe_update_entry", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Literal["forms"] | None = None,
    publisher: str,
) -> WebhookSubscription:
    """Subscribe to updated entries

    Registers `notificationUrl` to be called (a POST of the updated entry, see the
    `entry.updated` webhook) whenever an entry of the form given by `publisher` is updated.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The webhook subscription to create
        module: The module the subscription belongs to. The connector definition marks it required with
            the default "forms" and hides it from users; this spec makes it optional with that default. Not
            documented by the provider; this spec assumes "forms" is the only module.
        publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
            the connector definition; the service itself refuses an empty one with 400 (assumed).

    Returns:
        WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
            unsubscribe operation for this subscription
            (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
            DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
            `{Id}` body too, so that a client that cannot read response headers (the generated client
            returns the body) still learns the id to pass to unsubscribe.

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
        body=body,
        module=module,
        publisher=publisher,
    )
    return _success(client, await client.arequest("subscribe_update_entry", **kwargs))
