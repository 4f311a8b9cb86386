"""The Cognito Forms API client object: `CognitoForms(...)` and `AsyncCognitoForms(...)`."""

from functools import cached_property
from typing import Unpack

from formclients.runtime import ClientOptions, Secret

from .client import AuthenticatedClient
from .resources import (
    AsyncDocuments,
    AsyncDocumentsWithRawResponse,
    AsyncEntries,
    AsyncEntriesWithRawResponse,
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncForms,
    AsyncFormsWithRawResponse,
    AsyncWebhooks,
    AsyncWebhooksWithRawResponse,
    Documents,
    DocumentsWithRawResponse,
    Entries,
    EntriesWithRawResponse,
    Files,
    FilesWithRawResponse,
    Forms,
    FormsWithRawResponse,
    Webhooks,
    WebhooksWithRawResponse,
)


class CognitoForms(AuthenticatedClient):
    """The Cognito Forms API: one attribute per group of operations.

    - `documents`: `Documents`
    - `entries`: `Entries`
    - `files`: `Files`
    - `forms`: `Forms`
    - `webhooks`: `Webhooks`

    Every method returns the operation's success type and raises the typed exceptions of
    `cognito_forms_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as a context manager to close its connections.

    Args:
        token: The credential (`COGNITO_FORMS_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`COGNITO_FORMS_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    documents: Documents
    entries: Entries
    files: Files
    forms: Forms
    webhooks: Webhooks

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.documents = Documents(self)
        self.entries = Entries(self)
        self.files = Files(self)
        self.forms = Forms(self)
        self.webhooks = Webhooks(self)

    @cached_property
    def with_raw_response(self) -> "CognitoFormsWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return CognitoFormsWithRawResponse(self)


class AsyncCognitoForms(AuthenticatedClient):
    """The Cognito Forms API, async: one attribute per group of operations.

    - `documents`: `AsyncDocuments`
    - `entries`: `AsyncEntries`
    - `files`: `AsyncFiles`
    - `forms`: `AsyncForms`
    - `webhooks`: `AsyncWebhooks`

    Every method is a coroutine that returns the operation's success type and raises the typed exceptions of
    `cognito_forms_client.errors`; `.with_raw_response` gives the same methods returning the `Response` (status,
    headers, parsed body). Use it as an async context manager to close its connections.

    Args:
        token: The credential (`COGNITO_FORMS_TOKEN` when not given). Never shown in a repr, an exception or a log line.
        **options: The settings every client takes (`formclients.runtime.ClientOptions`): `base_url`
            (`COGNITO_FORMS_BASE_URL`; the server variables above, when given, win over it), `auth_scheme`, `headers`,
            `timeout`, `retry`, `throttle`, `raise_on_error`, `transport`, `async_transport`, ...

    Raises:
        ConfigurationError: a required setting is missing (the message names the argument and the variable).
    """

    documents: AsyncDocuments
    entries: AsyncEntries
    files: AsyncFiles
    forms: AsyncForms
    webhooks: AsyncWebhooks

    def __init__(
        self,
        token: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self.documents = AsyncDocuments(self)
        self.entries = AsyncEntries(self)
        self.files = AsyncFiles(self)
        self.forms = AsyncForms(self)
        self.webhooks = AsyncWebhooks(self)

    @cached_property
    def with_raw_response(self) -> "AsyncCognitoFormsWithRawResponse":
        """Every method of this client, returning the `Response` (status code, headers, parsed body)."""
        return AsyncCognitoFormsWithRawResponse(self)


class CognitoFormsWithRawResponse:
    """`CognitoForms.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.documents = DocumentsWithRawResponse(client)
        self.entries = EntriesWithRawResponse(client)
        self.files = FilesWithRawResponse(client)
        self.forms = FormsWithRawResponse(client)
        self.webhooks = WebhooksWithRawResponse(client)


class AsyncCognitoFormsWithRawResponse:
    """`AsyncCognitoForms.with_raw_response`: the same resources, whose methods return the `Response`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.documents = AsyncDocumentsWithRawResponse(client)
        self.entries = AsyncEntriesWithRawResponse(client)
        self.files = AsyncFilesWithRawResponse(client)
        self.forms = AsyncFormsWithRawResponse(client)
        self.webhooks = AsyncWebhooksWithRawResponse(client)
