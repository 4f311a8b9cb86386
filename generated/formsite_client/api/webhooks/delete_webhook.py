from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...types import UNSET, Response


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
    url_query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/forms/{form_dir}/webhooks".format(
            form_dir=quote(str(form_dir), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty]:
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
    url_query: str,
) -> Response[Empty]:
    """Delete webhook

     Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir (str):
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        url_query=url_query,
    )
    response = client.request("delete_webhook", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    url_query: str,
) -> Empty | None:
    """Delete webhook

     Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir (str):
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        form_dir=form_dir,
        client=client,
        url_query=url_query,
    ).parsed


async def asyncio_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    url_query: str,
) -> Response[Empty]:
    """Delete webhook

     Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir (str):
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        url_query=url_query,
    )
    response = await client.arequest("delete_webhook", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    url_query: str,
) -> Empty | None:
    """Delete webhook

     Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir (str):
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            form_dir=form_dir,
            client=client,
            url_query=url_query,
        )
    ).parsed
