"""The Cogram API client object: `Cogram(...)` and `AsyncCogram(...)`."""

from functools import cached_property
from typing import Unpack

from formclients.runtime import ClientOptions, Secret

from .client import AuthenticatedClient
from .resources import (
    AsyncMembers,
    AsyncMembersWithRawResponse,
    AsyncProjects,
    AsyncProjectsWithRawResponse,
    AsyncUsers,
    AsyncUsersWithRawResponse,
    Members,
    MembersWithRawResponse,
    Projects,
    ProjectsWithRawResponse,
    Users,
    UsersWithRawResponse,
)


class Cogram(AuthenticatedClient):
    """The Cogram API: one attribute per group of operations.

    - `members`: `Members`
    - `projects`: `Projects`
    - `users`: `Users`

    Every method returns the operation's success type and raises the typed exceptions of
    `cogram_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as a context manager to close its connections.

    Args:
        token: The credential (`COGRAM_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`COGRAM_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    members: Members
    projects: Projects
    users: Users

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.members = Members(self)
        self.projects = Projects(self)
        self.users = Users(self)

    @cached_property
    def with_raw_response(self) -> "CogramWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return CogramWithRawResponse(self)


class AsyncCogram(AuthenticatedClient):
    """The Cogram API, async: one attribute per group of operations.

    - `members`: `AsyncMembers`
    - `projects`: `AsyncProjects`
    - `users`: `AsyncUsers`

    Every method is a coroutine that returns the operation's success type and raises the typed exceptions of
    `cogram_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as an async context manager to close its connections.

    Args:
        token: The credential (`COGRAM_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`COGRAM_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    members: AsyncMembers
    projects: AsyncProjects
    users: AsyncUsers

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.members = AsyncMembers(self)
        self.projects = AsyncProjects(self)
        self.users = AsyncUsers(self)

    @cached_property
    def with_raw_response(self) -> "AsyncCogramWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return AsyncCogramWithRawResponse(self)


class CogramWithRawResponse:
    """`Cogram.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.members = MembersWithRawResponse(client)
        self.projects = ProjectsWithRawResponse(client)
        self.users = UsersWithRawResponse(client)


class AsyncCogramWithRawResponse:
    """`AsyncCogram.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.members = AsyncMembersWithRawResponse(client)
        self.projects = AsyncProjectsWithRawResponse(client)
        self.users = AsyncUsersWithRawResponse(client)
