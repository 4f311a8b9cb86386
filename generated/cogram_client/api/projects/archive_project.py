from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project import Project
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
    *,
    x_forwarded_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_user, Unset):
        headers["X-Forwarded-User"] = x_forwarded_user

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Project | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Project]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[Project]:
    """Archive a project

     Archives a project: DELETE does not erase it. Not documented by the provider beyond
    "Archive a project"; this spec assumes the answer is 200 with the archived project
    (`status: archived`, `archived_at` set), that archiving an archived project changes
    nothing and answers the same, and that the project stays readable with get_project
    while list_projects leaves it out unless `include_archived=true`.

    Args:
        id (UUID):
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Project]
    """

    kwargs = _get_kwargs(
        id=id,
        x_forwarded_user=x_forwarded_user,
    )
    response = client.request("archive_project", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | Unset = UNSET,
) -> Project | None:
    """Archive a project

     Archives a project: DELETE does not erase it. Not documented by the provider beyond
    "Archive a project"; this spec assumes the answer is 200 with the archived project
    (`status: archived`, `archived_at` set), that archiving an archived project changes
    nothing and answers the same, and that the project stays readable with get_project
    while list_projects leaves it out unless `include_archived=true`.

    Args:
        id (UUID):
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Project
    """

    return sync_detailed(
        id=id,
        client=client,
        x_forwarded_user=x_forwarded_user,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[Project]:
    """Archive a project

     Archives a project: DELETE does not erase it. Not documented by the provider beyond
    "Archive a project"; this spec assumes the answer is 200 with the archived project
    (`status: archived`, `archived_at` set), that archiving an archived project changes
    nothing and answers the same, and that the project stays readable with get_project
    while list_projects leaves it out unless `include_archived=true`.

    Args:
        id (UUID):
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Project]
    """

    kwargs = _get_kwargs(
        id=id,
        x_forwarded_user=x_forwarded_user,
    )
    response = await client.arequest("archive_project", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | Unset = UNSET,
) -> Project | None:
    """Archive a project

     Archives a project: DELETE does not erase it. Not documented by the provider beyond
    "Archive a project"; this spec assumes the answer is 200 with the archived project
    (`status: archived`, `archived_at` set), that archiving an archived project changes
    nothing and answers the same, and that the project stays readable with get_project
    while list_projects leaves it out unless `include_archived=true`.

    Args:
        id (UUID):
        x_forwarded_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Project
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )
    ).parsed
