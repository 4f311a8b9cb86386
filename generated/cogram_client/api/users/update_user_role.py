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
    user_id: UUID,
    *,
    body: UserUpdate,
    x_forwarded_user: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if x_forwarded_user is not None:
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


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> User:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    x_forwarded_user: str | None = None,
) -> Response[User]:
    """Update a user's role

    Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    An optional argument left at None is not sent.

    Args:
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The user's new organization role, and optionally their external ID
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        Response[User]: the status, headers and body; `parsed` is the User
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
    x_forwarded_user: str | None = None,
) -> User:
    """Update a user's role

    Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    An optional argument left at None is not sent.

    Args:
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The user's new organization role, and optionally their external ID
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        User: The user after the change.

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
        user_id=user_id,
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    return _success(client, client.request("update_user_role", **kwargs))


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    x_forwarded_user: str | None = None,
) -> Response[User]:
    """Update a user's role

    Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    An optional argument left at None is not sent.

    Args:
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The user's new organization role, and optionally their external ID
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        Response[User]: the status, headers and body; `parsed` is the User
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
    x_forwarded_user: str | None = None,
) -> User:
    """Update a user's role

    Changes a user's organization role. Not documented by the provider; this spec assumes
    the body `{role}`, optionally with `external_id` to link the user to your own system's
    identifier (`null` unlinks it; one already used by another user answers 409
    `conflict`).

    An optional argument left at None is not sent.

    Args:
        user_id: The user's `id` (an organization member). Not documented by the provider; this spec
            assumes UUIDs.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: The user's new organization role, and optionally their external ID
        x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
            this action. When provided, Cogram's audit logs will attribute the action to this user rather
            than just the API key. Omit for automated system tasks with no associated user. Not documented
            by the provider: its length; this spec assumes 1 to 255 characters.

    Returns:
        User: The user after the change.

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
        user_id=user_id,
        body=body,
        x_forwarded_user=x_forwarded_user,
    )
    return _success(client, await client.arequest("update_user_role", **kwargs))
