from http import HTTPStatus
from typing import Any

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project import Project
from ...models.project_create import ProjectCreate
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
    *,
    body: ProjectCreate,
    x_forwarded_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_user, Unset):
        headers["X-Forwarded-User"] = x_forwarded_user

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Project | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 201:
        response_201 = Project.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[Project]:
    """Create a new project

     Creates an active project. `external_id` links it to your own system's identifier. Not
    documented by the provider; this spec assumes an `external_id` already used by another
    project of the organization (archived ones included) answers 409 `conflict`, and that
    project names need not be unique.

    Args:
        x_forwarded_user (str | Unset):
        body (ProjectCreate): A new project. Not documented by the provider; assumed fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Project]
    """

    kwargs = _get_kwargs(
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    response = client.request("create_project", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    x_forwarded_user: str | Unset = UNSET,
) -> Project | None:
    """Create a new project

     Creates an active project. `external_id` links it to your own system's identifier. Not
    documented by the provider; this spec assumes an `external_id` already used by another
    project of the organization (archived ones included) answers 409 `conflict`, and that
    project names need not be unique.

    Args:
        x_forwarded_user (str | Unset):
        body (ProjectCreate): A new project. Not documented by the provider; assumed fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Project
    """

    return sync_detailed(
        client=client,
        body=body,
        x_forwarded_user=x_forwarded_user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    x_forwarded_user: str | Unset = UNSET,
) -> Response[Project]:
    """Create a new project

     Creates an active project. `external_id` links it to your own system's identifier. Not
    documented by the provider; this spec assumes an `external_id` already used by another
    project of the organization (archived ones included) answers 409 `conflict`, and that
    project names need not be unique.

    Args:
        x_forwarded_user (str | Unset):
        body (ProjectCreate): A new project. Not documented by the provider; assumed fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Project]
    """

    kwargs = _get_kwargs(
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    response = await client.arequest("create_project", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    x_forwarded_user: str | Unset = UNSET,
) -> Project | None:
    """Create a new project

     Creates an active project. `external_id` links it to your own system's identifier. Not
    documented by the provider; this spec assumes an `external_id` already used by another
    project of the organization (archived ones included) answers 409 `conflict`, and that
    project names need not be unique.

    Args:
        x_forwarded_user (str | Unset):
        body (ProjectCreate): A new project. Not documented by the provider; assumed fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Project
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )
    ).parsed
