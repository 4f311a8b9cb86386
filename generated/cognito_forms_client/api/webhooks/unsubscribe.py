from http import HTTPStatus
from typing import Any

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.module import Module
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
    *,
    id: str | Unset = UNSET,
    module: Module | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_module: str | Unset = UNSET
    if not isinstance(module, Unset):
        json_module = module

    params["module"] = json_module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/integration/oauth/unsubscribe",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        return None

    if response.status_code == 201:
        return None

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    module: Module | Unset = UNSET,
) -> Response[Any]:
    """Unsubscribe webhook

     Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
    DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
    the connector definition, `id` and `module` are optional; not documented by the
    provider, this spec assumes a request without `id` names nothing to remove and answers
    400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
    success; the mock answers 200. Scope not documented by the provider; this spec assumes
    an Entry Scope of read.

    Args:
        id (str | Unset):
        module (Module | Unset): The integration module; "forms" (assumed to be the only one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        module=module,
    )
    response = client.request("unsubscribe", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    module: Module | Unset = UNSET,
) -> Response[Any]:
    """Unsubscribe webhook

     Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
    DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
    the connector definition, `id` and `module` are optional; not documented by the
    provider, this spec assumes a request without `id` names nothing to remove and answers
    400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
    success; the mock answers 200. Scope not documented by the provider; this spec assumes
    an Entry Scope of read.

    Args:
        id (str | Unset):
        module (Module | Unset): The integration module; "forms" (assumed to be the only one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        module=module,
    )
    response = await client.arequest("unsubscribe", **kwargs)
    return _build_response(client=client, response=response)
