from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user import User
from ...models.user_update import UserUpdate
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
    user_id: UUID,
    *,
    body: UserUpdate,
    x_forwarded_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_user, Unset):
        headers["X-Forwarded-User"] = x_forwarded_user

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> User | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[User]:
    """Update a user's role

     Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    Args:
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (UserUpdate): The user's new organization role, and optionally their external ID. Not
            documented by the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    response = client.request("update_user_role", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    x_forwarded_user: str | Unset = UNSET,
) -> User | None:
    """Update a user's role

     Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    Args:
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (UserUpdate): The user's new organization role, and optionally their external ID. Not
            documented by the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        x_forwarded_user=x_forwarded_user,
    ).parsed


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[User]:
    """Update a user's role

     Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    Args:
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (UserUpdate): The user's new organization role, and optionally their external ID. Not
            documented by the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    response = await client.arequest("update_user_role", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    x_forwarded_user: str | Unset = UNSET,
) -> User | None:
    """Update a user's role

     Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    Args:
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (UserUpdate): The user's new organization role, and optionally their external ID. Not
            documented by the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )
    ).parsed
