from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


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
    x_forwarded_user: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if x_forwarded_user is not None:
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 204:
        return

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)  # raises for an undocumented status, if the client asks to
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    _parse_response(client=client, response=response)


def sync_detailed(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | None = None,
) -> Response[None]:
    """Remove a member

    Removes a user from the project (the user stays a member of the organization). Not
    documented by the provider; this spec assumes 204 with no body, 404 when the project
    does not exist or the user is not one of its members, and 409 `conflict` when the
    project is archived.

    An optional argument left at None is not sent.

    Args:
        id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        Response[None]: the status, headers and body; `parsed` is the None
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.NotFoundError: 404: The resource does not exist (`not_found`).
        errors.ConflictError: 409: The resource already exists (`conflict`). Not documented by the
            provider beyond that; this spec assumes it also answers changes to an archived project.
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        x_forwarded_user=x_forwarded_user,
    )
    response = client.request("remove_project_member", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | None = None,
) -> None:
    """Remove a member

    Removes a user from the project (the user stays a member of the organization). Not
    documented by the provider; this spec assumes 204 with no body, 404 when the project
    does not exist or the user is not one of its members, and 409 `conflict` when the
    project is archived.

    An optional argument left at None is not sent.

    Args:
        id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        None: the operation answers with no body.

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.NotFoundError: 404: The resource does not exist (`not_found`).
        errors.ConflictError: 409: The resource already exists (`conflict`). Not documented by the
            provider beyond that; this spec assumes it also answers changes to an archived project.
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        x_forwarded_user=x_forwarded_user,
    )
    _success(client, client.request("remove_project_member", **kwargs))


async def asyncio_detailed(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | None = None,
) -> Response[None]:
    """Remove a member

    Removes a user from the project (the user stays a member of the organization). Not
    documented by the provider; this spec assumes 204 with no body, 404 when the project
    does not exist or the user is not one of its members, and 409 `conflict` when the
    project is archived.

    An optional argument left at None is not sent.

    Args:
        id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        Response[None]: the status, headers and body; `parsed` is the None
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.NotFoundError: 404: The resource does not exist (`not_found`).
        errors.ConflictError: 409: The resource already exists (`conflict`). Not documented by the
            provider beyond that; this spec assumes it also answers changes to an archived project.
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        x_forwarded_user=x_forwarded_user,
    )
    response = await client.arequest("remove_project_member", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    x_forwarded_user: str | None = None,
) -> None:
    """Remove a member

    Removes a user from the project (the user stays a member of the organization). Not
    documented by the provider; this spec assumes 204 with no body, 404 when the project
    does not exist or the user is not one of its members, and 409 `conflict` when the
    project is archived.

    An optional argument left at None is not sent.

    Args:
        id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        None: the operation answers with no body.

    Raises:
        errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
            incorrect (`api_key_invalid`), or expired (`api_key_expired`).
        errors.NotFoundError: 404: The resource does not exist (`not_found`).
        errors.ConflictError: 409: The resource already exists (`conflict`). Not documented by the
            provider beyond that; this spec assumes it also answers changes to an archived project.
        errors.UnprocessableEntityError: 422: The request body is invalid (`validation_error`). Not
            documented by the provider; this spec assumes invalid query, path and header parameters and
            malformed JSON answer the same.
        errors.RateLimitError: 429: Too many requests (`rate_limit_exceeded`) for this API key; retry
            after `Retry-After`.
        errors.InternalServerError: 500: An unexpected error. Not documented by the provider ("This is
            not an exhaustive list"); this spec assumes the same error body with the code `internal_error`.
        errors.CogramError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        x_forwarded_user=x_forwarded_user,
    )
    _success(client, await client.arequest("remove_project_member", **kwargs))
