from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook_list import WebhookList
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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms/{form_dir}/webhooks".format(
            form_dir=quote(str(form_dir), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebhookList | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WebhookList]:
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
) -> Response[WebhookList]:
    """Get webhooks

     Gets all webhooks of the specified form, in one response (no paging is documented).

    Args:
        form_dir (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookList]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
    )
    response = client.request("get_webhooks", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form_dir: str,
    *,
    client: AuthenticatedClient,
) -> WebhookList | None:
    """Get webhooks

     Gets all webhooks of the specified form, in one response (no paging is documented).

    Args:
        form_dir (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookList
    """

    return sync_detailed(
        form_dir=form_dir,
        client=client,
    ).parsed


async def asyncio_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
) -> Response[WebhookList]:
    """Get webhooks

     Gets all webhooks of the specified form, in one response (no paging is documented).

    Args:
        form_dir (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookList]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
    )
    response = await client.arequest("get_webhooks", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form_dir: str,
    *,
    client: AuthenticatedClient,
) -> WebhookList | None:
    """Get webhooks

     Gets all webhooks of the specified form, in one response (no paging is documented).

    Args:
        form_dir (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookList
    """

    return (
        await asyncio_detailed(
            form_dir=form_dir,
            client=client,
        )
    ).parsed
