from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook_envelope import WebhookEnvelope
from ...models.webhook_request import WebhookRequest
from ...types import Response


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying. Not documented by the provider (assumed); clients should also accept an HTTP-date."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    form_dir: str,
    *,
    body: WebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/forms/{form_dir}/webhooks".format(
            form_dir=quote(str(form_dir), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebhookEnvelope | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = WebhookEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WebhookEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    body: WebhookRequest,
) -> Response[WebhookEnvelope]:
    """Create or update webhook

     Creates a webhook for the specified form, or, if the form already has a webhook with
    the specified `url`, updates it (its `event` and `handshake_key`). The response is the
    created or updated webhook. The webhook then posts each completed result of the form
    to its URL (see the `result_completed` webhook); a webhook that receives a 410 answer
    deletes itself. The docs list `event`, `handshake_key` and `url` as parameters without
    saying how they travel; production integrations send them form-encoded
    (`event=result_completed&url=...`), and this spec accepts that and a JSON body alike.
    Not documented by the provider; this spec assumes that an update without
    `handshake_key` removes the key, and that the answer is 200 both when created and when
    updated.

    Args:
        form_dir (str):
        body (WebhookRequest): The webhook to create, or to update when the form already has one
            with this `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEnvelope]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        body=body,
    )
    response = client.request("create_or_update_webhook", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    body: WebhookRequest,
) -> WebhookEnvelope | None:
    """Create or update webhook

     Creates a webhook for the specified form, or, if the form already has a webhook with
    the specified `url`, updates it (its `event` and `handshake_key`). The response is the
    created or updated webhook. The webhook then posts each completed result of the form
    to its URL (see the `result_completed` webhook); a webhook that receives a 410 answer
    deletes itself. The docs list `event`, `handshake_key` and `url` as parameters without
    saying how they travel; production integrations send them form-encoded
    (`event=result_completed&url=...`), and this spec accepts that and a JSON body alike.
    Not documented by the provider; this spec assumes that an update without
    `handshake_key` removes the key, and that the answer is 200 both when created and when
    updated.

    Args:
        form_dir (str):
        body (WebhookRequest): The webhook to create, or to update when the form already has one
            with this `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookEnvelope
    """

    return sync_detailed(
        form_dir=form_dir,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    body: WebhookRequest,
) -> Response[WebhookEnvelope]:
    """Create or update webhook

     Creates a webhook for the specified form, or, if the form already has a webhook with
    the specified `url`, updates it (its `event` and `handshake_key`). The response is the
    created or updated webhook. The webhook then posts each completed result of the form
    to its URL (see the `result_completed` webhook); a webhook that receives a 410 answer
    deletes itself. The docs list `event`, `handshake_key` and `url` as parameters without
    saying how they travel; production integrations send them form-encoded
    (`event=result_completed&url=...`), and this spec accepts that and a JSON body alike.
    Not documented by the provider; this spec assumes that an update without
    `handshake_key` removes the key, and that the answer is 200 both when created and when
    updated.

    Args:
        form_dir (str):
        body (WebhookRequest): The webhook to create, or to update when the form already has one
            with this `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEnvelope]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        body=body,
    )
    response = await client.arequest("create_or_update_webhook", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    body: WebhookRequest,
) -> WebhookEnvelope | None:
    """Create or update webhook

     Creates a webhook for the specified form, or, if the form already has a webhook with
    the specified `url`, updates it (its `event` and `handshake_key`). The response is the
    created or updated webhook. The webhook then posts each completed result of the form
    to its URL (see the `result_completed` webhook); a webhook that receives a 410 answer
    deletes itself. The docs list `event`, `handshake_key` and `url` as parameters without
    saying how they travel; production integrations send them form-encoded
    (`event=result_completed&url=...`), and this spec accepts that and a JSON body alike.
    Not documented by the provider; this spec assumes that an update without
    `handshake_key` removes the key, and that the answer is 200 both when created and when
    updated.

    Args:
        form_dir (str):
        body (WebhookRequest): The webhook to create, or to update when the form already has one
            with this `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookEnvelope
    """

    return (
        await asyncio_detailed(
            form_dir=form_dir,
            client=client,
            body=body,
        )
    ).parsed
