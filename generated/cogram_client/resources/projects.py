"""`projects`: the projects operations of the Cogram API, as `client.projects.<method>(...)`."""

from collections.abc import Callable
from functools import cached_property
from uuid import UUID

from formclients.runtime import pagination as _pagination

from ..api.projects import archive_project, create_project, get_project, list_projects, update_project
from ..client import AuthenticatedClient
from ..models.project import Project
from ..models.project_create import ProjectCreate
from ..models.project_page import ProjectPage
from ..models.project_update import ProjectUpdate
from ..types import Response


class Projects:
    """The projects operations (sync). Reach them as `client.projects`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "ProjectsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return ProjectsWithRawResponse(self._client)

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
    ) -> ProjectPage:
        """List all projects

        Lists the organization's projects, a page at a time. Not documented by the provider;
        this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
        projects are left out unless `include_archived=true`, and that `external_id` filters by
        exact match (the way to look a project up by your own system's identifier).

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed). A page past the last one is empty (assumed).
            page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
                `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
                schema `default`: the generated functions then send no page_size unless asked, and the generated
                iterators (iter_pages / iter_items) ask for the maximum, 100.
            external_id: Only the project linked to this identifier of your system (exact match). Not
                documented by the provider; assumed.
            include_archived: Also list archived projects (flagged `status: archived`). Not documented by
                the provider; this spec assumes archived projects are left out by default.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            ProjectPage: One page of projects.

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
        return list_projects.sync(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        )

    def iter_pages(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
    ) -> _pagination.PageIterator[ProjectPage, Project]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (overlap: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_projects.iter_pages(
            client=client,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
    ) -> _pagination.ItemIterator[Project]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_projects.iter_items(
            client=client,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def create(
        self,
        *,
        body: ProjectCreate,
        x_forwarded_user: str | None = None,
    ) -> Project:
        """Create a new project

        Creates an active project. `external_id` links it to your own system's identifier. Not
        documented by the provider; this spec assumes an `external_id` already used by another
        project of the organization (archived ones included) answers 409 `conflict`, and that
        project names need not be unique.

        An optional argument left at None is not sent.

        Args:
            body: A new project
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project: The project was created.

        Raises:
            errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
                incorrect (`api_key_invalid`), or expired (`api_key_expired`).
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
        return create_project.sync(
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    def get(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Project:
        """Get a specific project

        Gets one project, archived or not. Not documented by the provider; this spec assumes an
        archived project is still returned, flagged `status: archived` with its `archived_at`.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project: The project.

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
        return get_project.sync(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    def archive(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Project | None:
        """Archive a project

        Archives a project: DELETE does not erase it. Not documented by the provider beyond
        "Archive a project"; this spec assumes the answer is 200 with the archived project
        (`status: archived`, `archived_at` set), that archiving an archived project changes
        nothing and answers the same, and that the project stays readable with get_project
        while list_projects leaves it out unless `include_archived=true`.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project | None: The project, archived.; None when a retried DELETE found it already gone (an
                earlier attempt deleted it).

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
        return archive_project.sync(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    def update(
        self,
        id: UUID,
        *,
        body: ProjectUpdate,
        x_forwarded_user: str | None = None,
    ) -> Project:
        """Update a project

        Changes the given fields of a project and leaves the others as they are; `null` clears
        `description` or unlinks `external_id`. Not documented by the provider; this spec
        assumes an `external_id` used by another project answers 409 `conflict`, and that an
        archived project cannot be changed (409 `conflict`).

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            body: The fields to change; absent fields stay as they are
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project: The project after the change.

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
        return update_project.sync(
            id=id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )


class AsyncProjects:
    """The projects operations (async). Reach them as `client.projects` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncProjectsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncProjectsWithRawResponse(self._client)

    async def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
    ) -> ProjectPage:
        """List all projects

        Lists the organization's projects, a page at a time. Not documented by the provider;
        this spec assumes projects come oldest first (by `created_at`, then `id`), that archived
        projects are left out unless `include_archived=true`, and that `external_id` filters by
        exact match (the way to look a project up by your own system's identifier).

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed). A page past the last one is empty (assumed).
            page_size: Number of items per page (default 50, maximum 100). Out of range answers 422
                `validation_error` (assumed). The server's default of 50 is deliberately not declared as a
                schema `default`: the generated functions then send no page_size unless asked, and the generated
                iterators (iter_pages / iter_items) ask for the maximum, 100.
            external_id: Only the project linked to this identifier of your system (exact match). Not
                documented by the provider; assumed.
            include_archived: Also list archived projects (flagged `status: archived`). Not documented by
                the provider; this spec assumes archived projects are left out by default.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            ProjectPage: One page of projects.

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
        return await list_projects.asyncio(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        )

    def iter_pages(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
    ) -> _pagination.AsyncPageIterator[ProjectPage, Project]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (overlap: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_projects.aiter_pages(
            client=client,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ProjectPage, Project]], object] | None = None,
    ) -> _pagination.AsyncItemIterator[Project]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_projects.aiter_items(
            client=client,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    async def create(
        self,
        *,
        body: ProjectCreate,
        x_forwarded_user: str | None = None,
    ) -> Project:
        """Create a new project

        Creates an active project. `external_id` links it to your own system's identifier. Not
        documented by the provider; this spec assumes an `external_id` already used by another
        project of the organization (archived ones included) answers 409 `conflict`, and that
        project names need not be unique.

        An optional argument left at None is not sent.

        Args:
            body: A new project
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project: The project was created.

        Raises:
            errors.AuthenticationError: 401: The API key is missing (`api_key_missing`), not found or
                incorrect (`api_key_invalid`), or expired (`api_key_expired`).
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
        return await create_project.asyncio(
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    async def get(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Project:
        """Get a specific project

        Gets one project, archived or not. Not documented by the provider; this spec assumes an
        archived project is still returned, flagged `status: archived` with its `archived_at`.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project: The project.

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
        return await get_project.asyncio(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    async def archive(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Project | None:
        """Archive a project

        Archives a project: DELETE does not erase it. Not documented by the provider beyond
        "Archive a project"; this spec assumes the answer is 200 with the archived project
        (`status: archived`, `archived_at` set), that archiving an archived project changes
        nothing and answers the same, and that the project stays readable with get_project
        while list_projects leaves it out unless `include_archived=true`.

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project | None: The project, archived.; None when a retried DELETE found it already gone (an
                earlier attempt deleted it).

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
        return await archive_project.asyncio(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: ProjectUpdate,
        x_forwarded_user: str | None = None,
    ) -> Project:
        """Update a project

        Changes the given fields of a project and leaves the others as they are; `null` clears
        `description` or unlinks `external_id`. Not documented by the provider; this spec
        assumes an `external_id` used by another project answers 409 `conflict`, and that an
        archived project cannot be changed (409 `conflict`).

        An optional argument left at None is not sent.

        Args:
            id: The project's `id`. Not documented by the provider; this spec assumes UUIDs.
            body: The fields to change; absent fields stay as they are
            x_forwarded_user: Identifier of the user in your system (e.g., user ID or email) who triggered
                this action. When provided, Cogram's audit logs will attribute the action to this user rather
                than just the API key. Omit for automated system tasks with no associated user. Not documented
                by the provider: its length; this spec assumes 1 to 255 characters.

        Returns:
            Project: The project after the change.

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
        return await update_project.asyncio(
            id=id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )


class ProjectsWithRawResponse:
    """The projects operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
    ) -> Response[ProjectPage]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_projects.sync_detailed(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        )

    def create(
        self,
        *,
        body: ProjectCreate,
        x_forwarded_user: str | None = None,
    ) -> Response[Project]:
        """`create`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return create_project.sync_detailed(
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    def get(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Response[Project]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_project.sync_detailed(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    def archive(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Response[Project | None]:
        """`archive`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return archive_project.sync_detailed(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    def update(
        self,
        id: UUID,
        *,
        body: ProjectUpdate,
        x_forwarded_user: str | None = None,
    ) -> Response[Project]:
        """`update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return update_project.sync_detailed(
            id=id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )


class AsyncProjectsWithRawResponse:
    """The async projects operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        external_id: str | None = None,
        include_archived: bool | None = False,
        x_forwarded_user: str | None = None,
    ) -> Response[ProjectPage]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_projects.asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            external_id=external_id,
            include_archived=include_archived,
            x_forwarded_user=x_forwarded_user,
        )

    async def create(
        self,
        *,
        body: ProjectCreate,
        x_forwarded_user: str | None = None,
    ) -> Response[Project]:
        """`create`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await create_project.asyncio_detailed(
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )

    async def get(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Response[Project]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_project.asyncio_detailed(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    async def archive(
        self,
        id: UUID,
        *,
        x_forwarded_user: str | None = None,
    ) -> Response[Project | None]:
        """`archive`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await archive_project.asyncio_detailed(
            id=id,
            client=client,
            x_forwarded_user=x_forwarded_user,
        )

    async def update(
        self,
        id: UUID,
        *,
        body: ProjectUpdate,
        x_forwarded_user: str | None = None,
    ) -> Response[Project]:
        """`update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await update_project.asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_forwarded_user=x_forwarded_user,
        )
