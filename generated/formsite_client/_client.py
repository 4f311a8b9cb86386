"""The Formsite API client object: `Formsite(...)` and `AsyncFormsite(...)`."""

from functools import cached_property
from typing import Unpack

from formclients.runtime import ClientOptions, Secret

from .client import AuthenticatedClient
from .resources import (
    AsyncForms,
    AsyncFormsWithRawResponse,
    AsyncItems,
    AsyncItemsWithRawResponse,
    AsyncResults,
    AsyncResultsWithRawResponse,
    AsyncWebhooks,
    AsyncWebhooksWithRawResponse,
    Forms,
    FormsWithRawResponse,
    Items,
    ItemsWithRawResponse,
    Results,
    ResultsWithRawResponse,
    Webhooks,
    WebhooksWithRawResponse,
)


class Formsite(AuthenticatedClient):
    """The Formsite API: one attribute per group of operations.

    - `forms`: `Forms`
    - `items`: `Items`
    - `results`: `Results`
    - `webhooks`: `Webhooks`

    Every method returns the operation's success type and raises the typed exceptions of
    `formsite_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as a context manager to close its connections.

    Args:
        token: The credential (`FORMSITE_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        server: The server prefix the account is located on, as in its form links (e.g. fs1, fs22).
            `FORMSITE_SERVER` when not given, else `fs1`.
        user_dir: The account's user directory, as in its form links. `FORMSITE_USER_DIR` when not
            given; required.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`FORMSITE_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    forms: Forms
    items: Items
    results: Results
    webhooks: Webhooks

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        server: str | None = None,
        user_dir: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        given = {
            "server": server,
            "user_dir": user_dir,
        }
        server_variables = {name: value for name, value in given.items() if value is not None}
        super().__init__(token, server_variables=server_variables, **options)
        self.forms = Forms(self)
        self.items = Items(self)
        self.results = Results(self)
        self.webhooks = Webhooks(self)

    @cached_property
    def with_raw_response(self) -> "FormsiteWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return FormsiteWithRawResponse(self)


class AsyncFormsite(AuthenticatedClient):
    """The Formsite API, async: one attribute per group of operations.

    - `forms`: `AsyncForms`
    - `items`: `AsyncItems`
    - `results`: `AsyncResults`
    - `webhooks`: `AsyncWebhooks`

    Every method is a coroutine that returns the operation's success type and raises the typed exceptions of
    `formsite_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as an async context manager to close its connections.

    Args:
        token: The credential (`FORMSITE_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        server: The server prefix the account is located on, as in its form links (e.g. fs1, fs22).
            `FORMSITE_SERVER` when not given, else `fs1`.
        user_dir: The account's user directory, as in its form links. `FORMSITE_USER_DIR` when not
            given; required.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`FORMSITE_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    forms: AsyncForms
    items: AsyncItems
    results: AsyncResults
    webhooks: AsyncWebhooks

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        server: str | None = None,
        user_dir: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        given = {
            "server": server,
            "user_dir": user_dir,
        }
        server_variables = {name: value for name, value in given.items() if value is not None}
        super().__init__(token, server_variables=server_variables, **options)
        self.forms = AsyncForms(self)
        self.items = AsyncItems(self)
        self.results = AsyncResults(self)
        self.webhooks = AsyncWebhooks(self)

    @cached_property
    def with_raw_response(self) -> "AsyncFormsiteWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return AsyncFormsiteWithRawResponse(self)


class FormsiteWithRawResponse:
    """`Formsite.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.forms = FormsWithRawResponse(client)
        self.items = ItemsWithRawResponse(client)
        self.results = ResultsWithRawResponse(client)
        self.webhooks = WebhooksWithRawResponse(client)


class AsyncFormsiteWithRawResponse:
    """`AsyncFormsite.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.forms = AsyncFormsWithRawResponse(client)
        self.items = AsyncItemsWithRawResponse(client)
        self.results = AsyncResultsWithRawResponse(client)
        self.webhooks = AsyncWebhooksWithRawResponse(client)
