"""`users`: the users operations of the Cogram API, as `client.users.<method>(...)`."""

from collections.abc import Callable
from functools import cached_property
from uuid import UUID

from formclients.runtime import pagination as _pagination

from ..api.users import list_users, update_user_role
from ..client import AuthenticatedClient
from ..models.user import User
from ..models.user_page import UserPage
from ..models.user_update import UserUpdate
from ..types import Response


class Users:
    """The users operations (sync). Reach them as `client.users`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "UsersWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return UsersWithRawResponse(self._client)

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
    ) -> UserPage:
        """List organization members

        Lists the organization's members with their organization roles, a page at a time. Not
        documented by the provider; this spec assumes users come oldest first and that
        `external_id` filters by exact match.

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed). A page past the last one is empty (assumed).
            page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
                `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
                schema `default`: the generated functions then send no page_size unless asked, and the generated
                iterators (iter_pages / iter_items) ask for the maximum, 100.
            external_id: Only the user linked to this identifier of your system (exact match). Not
                documented by the provider; assumed.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            UserPage: One page of the organization's members.

        Raises:
            errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
                incorrect (`api_key_invalid`), or expired (`api_key_expired`).
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

        client = self._client
        return list_users.sync(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
        )

    def iter_pages(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[UserPage, User]], object] | None = None,
    ) -> _pagination.PageIterator[UserPage, User]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (overlap: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_users.iter_pages(
            client=client,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[UserPage, User]], object] | None = None,
    ) -> _pagination.ItemIterator[User]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_users.iter_items(
            client=client,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def update_role(
        self,
        user_id: UUID,
        *,
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

        client = self._client
        return update_user_role.sync(
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )


class AsyncUsers:
    """The users operations (async). Reach them as `client.users` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncUsersWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncUsersWithRawResponse(self._client)

    async def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
    ) -> UserPage:
        """List organization members

        Lists the organization's members with their organization roles, a page at a time. Not
        documented by the provider; this spec assumes users come oldest first and that
        `external_id` filters by exact match.

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed). A page past the last one is empty (assumed).
            page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
                `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
                schema `default`: the generated functions then send no page_size unless asked, and the generated
                iterators (iter_pages / iter_items) ask for the maximum, 100.
            external_id: Only the user linked to this identifier of your system (exact match). Not
                documented by the provider; assumed.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            UserPage: One page of the organization's members.

        Raises:
            errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
                incorrect (`api_key_invalid`), or expired (`api_key_expired`).
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

        client = self._client
        return await list_users.asyncio(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
        )

    def iter_pages(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[UserPage, User]], object] | None = None,
    ) -> _pagination.AsyncPageIterator[UserPage, User]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (overlap: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_users.aiter_pages(
            client=client,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[UserPage, User]], object] | None = None,
    ) -> _pagination.AsyncItemIterator[User]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_users.aiter_items(
            client=client,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    async def update_role(
        self,
        user_id: UUID,
        *,
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

        client = self._client
        return await update_user_role.asyncio(
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )


class UsersWithRawResponse:
    """The users operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
    ) -> Response[UserPage]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_users.sync_detailed(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
        )

    def update_role(
        self,
        user_id: UUID,
        *,
        body: UserUpdate,
        x_forwarded_user: str | None = None,
    ) -> Response[User]:
        """`update_role`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return update_user_role.sync_detailed(
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )


class AsyncUsersWithRawResponse:
    """The async users operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        x_forwarded_user: str | None = None,
    ) -> Response[UserPage]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_users.asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            x_forwarded_user=x_forwarded_user,
        )

    async def update_role(
        self,
        user_id: UUID,
        *,
        body: UserUpdate,
        x_forwarded_user: str | None = None,
    ) -> Response[User]:
        """`update_role`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await update_user_role.asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )
