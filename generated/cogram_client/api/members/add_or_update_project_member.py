from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_member import ProjectMember
from ...models.project_member_upsert import ProjectMemberUpsert
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
    body: ProjectMemberUpsert,
    x_forwarded_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_user, Unset):
        headers["X-Forwarded-User"] = x_forwarded_user

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projects/{id}/members/{user_id}".format(
            id=quote(str(id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProjectMember | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = ProjectMember.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ProjectMember.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProjectMember]:
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
    body: ProjectMemberUpsert,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[ProjectMember]:
    """Add or update a member

     Makes an organization member a member of the project with the given role, or changes the
    role of an existing member. Not documented by the provider; this spec assumes 201 when
    the user is added and 200 when their role is changed (or left as it was), 404 when the
    project or the user does not exist, and 409 `conflict` when the project is archived.

    Args:
        id (UUID):
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (ProjectMemberUpsert): The role to give the user in the project. Not documented by
            the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectMember]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    response = client.request("add_or_update_project_member", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProjectMemberUpsert,
    x_forwarded_user: str | Unset = UNSET,
) -> ProjectMember | None:
    """Add or update a member

     Makes an organization member a member of the project with the given role, or changes the
    role of an existing member. Not documented by the provider; this spec assumes 201 when
    the user is added and 200 when their role is changed (or left as it was), 404 when the
    project or the user does not exist, and 409 `conflict` when the project is archived.

    Args:
        id (UUID):
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (ProjectMemberUpsert): The role to give the user in the project. Not documented by
            the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectMember
    """

    return sync_detailed(
        id=id,
        user_id=user_id,
        client=client,
        body=body,
        x_forwarded_user=x_forwarded_user,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProjectMemberUpsert,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[ProjectMember]:
    """Add or update a member

     Makes an organization member a member of the project with the given role, or changes the
    role of an existing member. Not documented by the provider; this spec assumes 201 when
    the user is added and 200 when their role is changed (or left as it was), 404 when the
    project or the user does not exist, and 409 `conflict` when the project is archived.

    Args:
        id (UUID):
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (ProjectMemberUpsert): The role to give the user in the project. Not documented by
            the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectMember]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    response = await client.arequest("add_or_update_project_member", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProjectMemberUpsert,
    x_forwarded_user: str | Unset = UNSET,
) -> ProjectMember | None:
    """Add or update a member

     Makes an organization member a member of the project with the given role, or changes the
    role of an existing member. Not documented by the provider; this spec assumes 201 when
    the user is added and 200 when their role is changed (or left as it was), 404 when the
    project or the user does not exist, and 409 `conflict` when the project is archived.

    Args:
        id (UUID):
        user_id (UUID):
        x_forwarded_user (str | Unset):
        body (ProjectMemberUpsert): The role to give the user in the project. Not documented by
            the provider; assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectMember
    """

    return (
        await asyncio_detailed(
            id=id,
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )
    ).parsed
