"""The Formr Submissions API client object: `Formr(...)` and `AsyncFormr(...)`."""

from functools import cached_property
from typing import Unpack

from formclients.runtime import ClientOptions, Secret

from .client import AuthenticatedClient
from .resources import (
    AsyncResponses,
    AsyncResponsesWithRawResponse,
    AsyncSubmit,
    AsyncSubmitWithRawResponse,
    Responses,
    ResponsesWithRawResponse,
    Submit,
    SubmitWithRawResponse,
)


class Formr(AuthenticatedClient):
    """The Formr Submissions API: one attribute per group of operations.

    - `responses`: `Responses`
    - `submit`: `Submit`

    Every method returns the operation's success type and raises the typed exceptions of
    `formr_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as a context manager to close its connections.

    Args:
        token: The credential (`FORMR_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`FORMR_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    responses: Responses
    submit: Submit

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.responses = Responses(self)
        self.submit = Submit(self)

    @cached_property
    def with_raw_response(self) -> "FormrWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return FormrWithRawResponse(self)


class AsyncFormr(AuthenticatedClient):
    """The Formr Submissions API, async: one attribute per group of operations.

    - `responses`: `AsyncResponses`
    - `submit`: `AsyncSubmit`

    Every method is a coroutine that returns the operation's success type and raises the typed exceptions of
    `formr_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as an async context manager to close its connections.

    Args:
        token: The credential (`FORMR_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`FORMR_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    responses: AsyncResponses
    submit: AsyncSubmit

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.responses = AsyncResponses(self)
        self.submit = AsyncSubmit(self)

    @cached_property
    def with_raw_response(self) -> "AsyncFormrWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return AsyncFormrWithRawResponse(self)


class FormrWithRawResponse:
    """`Formr.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.responses = ResponsesWithRawResponse(client)
        self.submit = SubmitWithRawResponse(client)


class AsyncFormrWithRawResponse:
    """`AsyncFormr.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.responses = AsyncResponsesWithRawResponse(client)
        self.submit = AsyncSubmitWithRawResponse(client)
