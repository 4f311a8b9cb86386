from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: When you can retry (documented). Not documented by the provider: its format; this spec assumes whole seconds (clients should also accept an HTTP-date)."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    id: UUID,
    user_id: UUID,
    *,
    x_forwarded_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_user, Unset):
        headers["X-Forwarded-User"] = x_forwarded_user

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{id}/members/{user_id}".format(
            id=quote(str(id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 204:
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
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[Any]:
    """Remove a member

     Removes a user from the project (the user stays a member of the organization). Not
    documented by the provider; this spec assumes 204 with no body, 404 when the project
    does not exist or the user is not one of its members, and 409 `conflict` when the
    project is archived.

    Args:
        id (UUID):
        user_id (UUID):
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        x_forwarded_user=x_forwarded_user,
    )
    response = client.request("remove_project_member", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[Any]:
    """Remove a member

     Removes a user from the project (the user stays a member of the organization). Not
    documented by the provider; this spec assumes 204 with no body, 404 when the project
    does not exist or the user is not one of its members, and 409 `conflict` when the
    project is archived.

    Args:
        id (UUID):
        user_id (UUID):
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        x_forwarded_user=x_forwarded_user,
    )
    response = await client.arequest("remove_project_member", **kwargs)
    return _build_response(client=client, response=response)
