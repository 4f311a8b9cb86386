from http import HTTPStatus
from typing import Any

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.module import Module
from ...models.subscription_request import SubscriptionRequest
from ...models.webhook_subscription import WebhookSubscription
from ...types import UNSET, Response, Unset


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
    module: Module | Unset = UNSET,
    publisher: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_module: str | Unset = UNSET
    if not isinstance(module, Unset):
        json_module = module

    params["module"] = json_module

    params["publisher"] = publisher

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/oauth/subscribenewentry",
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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Module | Unset = UNSET,
    publisher: str,
) -> Response[WebhookSubscription]:
    """Subscribe to new entries

     Registers `notificationUrl` to be called (a POST of the new entry itself, see the
    `entry.created` webhook) whenever an entry of the form given by `publisher` is created.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    Args:
        module (Module | Unset): The integration module; "forms" (assumed to be the only one).
        publisher (str):
        body (SubscriptionRequest): The webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        module=module,
        publisher=publisher,
    )
    response = client.request("subscribe_new_entry", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Module | Unset = UNSET,
    publisher: str,
) -> WebhookSubscription | None:
    """Subscribe to new entries

     Registers `notificationUrl` to be called (a POST of the new entry itself, see the
    `entry.created` webhook) whenever an entry of the form given by `publisher` is created.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    Args:
        module (Module | Unset): The integration module; "forms" (assumed to be the only one).
        publisher (str):
        body (SubscriptionRequest): The webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
        module=module,
        publisher=publisher,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Module | Unset = UNSET,
    publisher: str,
) -> Response[WebhookSubscription]:
    """Subscribe to new entries

     Registers `notificationUrl` to be called (a POST of the new entry itself, see the
    `entry.created` webhook) whenever an entry of the form given by `publisher` is created.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    Args:
        module (Module | Unset): The integration module; "forms" (assumed to be the only one).
        publisher (str):
        body (SubscriptionRequest): The webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        module=module,
        publisher=publisher,
    )
    response = await client.arequest("subscribe_new_entry", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
    module: Module | Unset = UNSET,
    publisher: str,
) -> WebhookSubscription | None:
    """Subscribe to new entries

     Registers `notificationUrl` to be called (a POST of the new entry itself, see the
    `entry.created` webhook) whenever an entry of the form given by `publisher` is created.
    Scope not documented by the provider; this spec assumes an Entry Scope of read.

    Args:
        module (Module | Unset): The integration module; "forms" (assumed to be the only one).
        publisher (str):
        body (SubscriptionRequest): The webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )
    ).parsed
