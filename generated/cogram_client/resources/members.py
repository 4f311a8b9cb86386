"""`members`: the members operations of the Cogram API, as `client.members.<method>(...)`."""

from collections.abc import Callable
from functools import cached_property
from uuid import UUID

from formclients.runtime import pagination as _pagination

from ..api.members import add_or_update_project_member, list_project_members, remove_project_member
from ..client import AuthenticatedClient
from ..models.project_member import ProjectMember
from ..models.project_member_page import ProjectMemberPage
from ..models.project_member_upsert import ProjectMemberUpsert
from ..types import Response


class Members:
    """The members operations (sync). Reach them as `client.members`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "MembersWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return MembersWithRawResponse(self._client)

    def list(
        self,
        id: UUID,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
    ) -> ProjectMemberPage:
        """List project members

        Lists a project's members with their project roles, a page at a time. Not documented by
        the provider; this spec assumes members come in the order they were added, and that the
        members of an archived project can still be listed.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            page: Page number (1-indexed). A page past the last one is empty (assumed).
            page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
                `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
                schema `default`: the generated functions then send no page_size unless asked, and the generated
                iterators (iter_pages / iter_items) ask for the maximum, 100.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            ProjectMemberPage: One page of the project's members.

        Raises:
            errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
                incorrect (`api_key_invalid`), or expired (`api_key_expired`).
            errors.NotFoundError: 404: The resource does not exist (`not_found`).
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
        return list_project_members.sync(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
        )

    def iter_pages(
        self,
        id: UUID,
        *,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectMemberPage, ProjectMember]], object] | None = None,
    ) -> _pagination.PageIterator[ProjectMemberPage, ProjectMember]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (overlap: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_project_members.iter_pages(
            id=id,
            client=client,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        id: UUID,
        *,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectMemberPage, ProjectMember]], object] | None = None,
    ) -> _pagination.ItemIterator[ProjectMember]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_project_members.iter_items(
            id=id,
            client=client,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def add_or_update(
        self,
        id: UUID,
        user_id: UUID,
        *,
        body: ProjectMemberUpsert,
        x_forwarded_user: str | None = None,
    ) -> ProjectMember:
        """Add or update a member

        Makes an organization member a member of the project with the given role, or changes the
        role of an existing member. Not documented by the provider; this spec assumes 201 when
        the user is added and 200 when their role is changed (or left as it was), 404 when the
        project or the user does not exist, and 409 `conflict` when the project is archived.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            user_id: The user's `id` (an organization member). Not documented by the provider; this spec
                assumes UUIDs.
            body: The role to give the user in the project
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            ProjectMember: The member's role was updated.

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
        return add_or_update_project_member.sync(
            id=id,
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    def remove(
        self,
        id: UUID,
        user_id: UUID,
        *,
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

        client = self._client
        return remove_project_member.sync(
            id=id,
            user_id=user_id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )


class AsyncMembers:
    """The members operations (async). Reach them as `client.members` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncMembersWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncMembersWithRawResponse(self._client)

    async def list(
        self,
        id: UUID,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
    ) -> ProjectMemberPage:
        """List project members

        Lists a project's members with their project roles, a page at a time. Not documented by
        the provider; this spec assumes members come in the order they were added, and that the
        members of an archived project can still be listed.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            page: Page number (1-indexed). A page past the last one is empty (assumed).
            page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
                `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
                schema `default`: the generated functions then send no page_size unless asked, and the generated
                iterators (iter_pages / iter_items) ask for the maximum, 100.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            ProjectMemberPage: One page of the project's members.

        Raises:
            errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
                incorrect (`api_key_invalid`), or expired (`api_key_expired`).
            errors.NotFoundError: 404: The resource does not exist (`not_found`).
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
        return await list_project_members.asyncio(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
        )

    def iter_pages(
        self,
        id: UUID,
        *,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectMemberPage, ProjectMember]], object] | None = None,
    ) -> _pagination.AsyncPageIterator[ProjectMemberPage, ProjectMember]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (overlap: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_project_members.aiter_pages(
            id=id,
            client=client,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        id: UUID,
        *,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectMemberPage, ProjectMember]], object] | None = None,
    ) -> _pagination.AsyncItemIterator[ProjectMember]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_project_members.aiter_items(
            id=id,
            client=client,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    async def add_or_update(
        self,
        id: UUID,
        user_id: UUID,
        *,
        body: ProjectMemberUpsert,
        x_forwarded_user: str | None = None,
    ) -> ProjectMember:
        """Add or update a member

        Makes an organization member a member of the project with the given role, or changes the
        role of an existing member. Not documented by the provider; this spec assumes 201 when
        the user is added and 200 when their role is changed (or left as it was), 404 when the
        project or the user does not exist, and 409 `conflict` when the project is archived.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            user_id: The user's `id` (an organization member). Not documented by the provider; this spec
                assumes UUIDs.
            body: The role to give the user in the project
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            ProjectMember: The member's role was updated.

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
        return await add_or_update_project_member.asyncio(
            id=id,
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    async def remove(
        self,
        id: UUID,
        user_id: UUID,
        *,
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

        client = self._client
        return await remove_project_member.asyncio(
            id=id,
            user_id=user_id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )


class MembersWithRawResponse:
    """The members operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        id: UUID,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
    ) -> Response[ProjectMemberPage]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_project_members.sync_detailed(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
        )

    def add_or_update(
        self,
        id: UUID,
        user_id: UUID,
        *,
        body: ProjectMemberUpsert,
        x_forwarded_user: str | None = None,
    ) -> Response[ProjectMember]:
        """`add_or_update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return add_or_update_project_member.sync_detailed(
            id=id,
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    def remove(
        self,
        id: UUID,
        user_id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Response[None]:
        """`remove`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return remove_project_member.sync_detailed(
            id=id,
            user_id=user_id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )


class AsyncMembersWithRawResponse:
    """The async members operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        id: UUID,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        x_forwarded_user: str | None = None,
    ) -> Response[ProjectMemberPage]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_project_members.asyncio_detailed(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            x_forwarded_user=x_forwarded_user,
        )

    async def add_or_update(
        self,
        id: UUID,
        user_id: UUID,
        *,
        body: ProjectMemberUpsert,
        x_forwarded_user: str | None = None,
    ) -> Response[ProjectMember]:
        """`add_or_update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await add_or_update_project_member.asyncio_detailed(
            id=id,
            user_id=user_id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    async def remove(
        self,
        id: UUID,
        user_id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Response[None]:
        """`remove`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await remove_project_member.asyncio_detailed(
            id=id,
            user_id=user_id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )
