"""The Formester API client object: `Formester(...)` and `AsyncFormester(...)`."""

from functools import cached_property
from typing import Unpack

from formclients.runtime import ClientOptions, Secret

from .client import AuthenticatedClient
from .resources import (
    AsyncForms,
    AsyncFormsWithRawResponse,
    AsyncSubmissions,
    AsyncSubmissionsWithRawResponse,
    Forms,
    FormsWithRawResponse,
    Submissions,
    SubmissionsWithRawResponse,
)


class Formester(AuthenticatedClient):
    """The Formester API: one attribute per group of operations.

    - `forms`: `Forms`
    - `submissions`: `Submissions`

    Every method returns the operation's success type and raises the typed exceptions of
    `formester_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as a context manager to close its connections.

    Args:
        token: The credential (`FORMESTER_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`FORMESTER_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    forms: Forms
    submissions: Submissions

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.forms = Forms(self)
        self.submissions = Submissions(self)

    @cached_property
    def with_raw_response(self) -> "FormesterWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return FormesterWithRawResponse(self)


class AsyncFormester(AuthenticatedClient):
    """The Formester API, async: one attribute per group of operations.

    - `forms`: `AsyncForms`
    - `submissions`: `AsyncSubmissions`

    Every method is a coroutine that returns the operation's success type and raises the typed exceptions of
    `formester_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as an async context manager to close its connections.

    Args:
        token: The credential (`FORMESTER_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`FORMESTER_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    forms: AsyncForms
    submissions: AsyncSubmissions

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.forms = AsyncForms(self)
        self.submissions = AsyncSubmissions(self)

    @cached_property
    def with_raw_response(self) -> "AsyncFormesterWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return AsyncFormesterWithRawResponse(self)


class FormesterWithRawResponse:
    """`Formester.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.forms = FormsWithRawResponse(client)
        self.submissions = SubmissionsWithRawResponse(client)


class AsyncFormesterWithRawResponse:
    """`AsyncFormester.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.forms = AsyncFormsWithRawResponse(client)
        self.submissions = AsyncSubmissionsWithRawResponse(client)
