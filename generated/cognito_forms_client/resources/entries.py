"""`entries`: the entries operations of the Cognito Forms API, as `client.entries.<method>(...)`."""

from functools import cached_property

from ..api.entries import create_entry, delete_entry, get_entry, update_entry
from ..client import AuthenticatedClient
from ..models.entry import Entry
from ..models.entry_input import EntryInput
from ..types import Response


class Entries:
    """The entries operations (sync). Reach them as `client.entries`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "EntriesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return EntriesWithRawResponse(self._client)

    def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Create entry

        Creates (submits) a new entry of the form. The body is the entry's field values, shaped
        by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
        read-write. The created entry comes back with status 200, as in the provider's
        connector definition; 201 is not used. Not a safe retry: repeating the request creates
        a second entry. Not documented by the provider; this spec assumes that values failing
        the form's validation answer 400.

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            body: The entry to create for the form.

        Returns:
            Entry: The created entry.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return create_entry.sync(
            form=form,
            client=client,
            body=body,
        )

    def get(
        self,
        form: str,
        entry_id: str,
    ) -> Entry:
        """Get entry

        Gets one entry of the form. Needs an Entry Scope of read (or higher).

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            entry_id: The entry id (the entry's `Id`).

        Returns:
            Entry: The entry.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return get_entry.sync(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def delete(
        self,
        form: str,
        entry_id: str,
    ) -> None:
        """Delete entry

        Deletes an entry. Needs an Entry Scope of read-write-delete. Afterwards the entry answers 404.

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            entry_id: The entry id (the entry's `Id`).

        Returns:
            None: the operation answers with no body.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return delete_entry.sync(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Update entry

        Updates an entry: the fields present in the body replace the entry's values, the others
        are kept. Needs an Entry Scope of read-write. Not documented by the provider; this spec
        assumes the entry's `Entry.Version` increases by one and `Entry.DateUpdated` moves to
        the time of the update.

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            entry_id: The entry id (the entry's `Id`).
            body: The updated entry data.

        Returns:
            Entry: The updated entry.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return update_entry.sync(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )


class AsyncEntries:
    """The entries operations (async). Reach them as `client.entries` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncEntriesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncEntriesWithRawResponse(self._client)

    async def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Create entry

        Creates (submits) a new entry of the form. The body is the entry's field values, shaped
        by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
        read-write. The created entry comes back with status 200, as in the provider's
        connector definition; 201 is not used. Not a safe retry: repeating the request creates
        a second entry. Not documented by the provider; this spec assumes that values failing
        the form's validation answer 400.

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            body: The entry to create for the form.

        Returns:
            Entry: The created entry.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await create_entry.asyncio(
            form=form,
            client=client,
            body=body,
        )

    async def get(
        self,
        form: str,
        entry_id: str,
    ) -> Entry:
        """Get entry

        Gets one entry of the form. Needs an Entry Scope of read (or higher).

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            entry_id: The entry id (the entry's `Id`).

        Returns:
            Entry: The entry.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await get_entry.asyncio(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def delete(
        self,
        form: str,
        entry_id: str,
    ) -> None:
        """Delete entry

        Deletes an entry. Needs an Entry Scope of read-write-delete. Afterwards the entry answers 404.

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            entry_id: The entry id (the entry's `Id`).

        Returns:
            None: the operation answers with no body.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await delete_entry.asyncio(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Update entry

        Updates an entry: the fields present in the body replace the entry's values, the others
        are kept. Needs an Entry Scope of read-write. Not documented by the provider; this spec
        assumes the entry's `Entry.Version` increases by one and `Entry.DateUpdated` moves to
        the time of the update.

        Args:
            form: The form, by the `Id` get_forms returns (the connector definition calls it "the name of
                the form").
            entry_id: The entry id (the entry's `Id`).
            body: The updated entry data.

        Returns:
            Entry: The updated entry.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json`.
            errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
                connector lists 401 without saying when).
            errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
                allow the operation (assumed).
            errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
                does not exist, or the API key is restricted to other forms and folders (assumed).
            errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
                requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
                the Error object when the organization is over its quota and cannot be billed or the service is
                too busy, and that `Retry-After` tells when to try again.
            errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
            errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await update_entry.asyncio(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )


class EntriesWithRawResponse:
    """The entries operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`create`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return create_entry.sync_detailed(
            form=form,
            client=client,
            body=body,
        )

    def get(
        self,
        form: str,
        entry_id: str,
    ) -> Response[Entry]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_entry.sync_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def delete(
        self,
        form: str,
        entry_id: str,
    ) -> Response[None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return delete_entry.sync_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return update_entry.sync_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )


class AsyncEntriesWithRawResponse:
    """The async entries operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`create`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await create_entry.asyncio_detailed(
            form=form,
            client=client,
            body=body,
        )

    async def get(
        self,
        form: str,
        entry_id: str,
    ) -> Response[Entry]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_entry.asyncio_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def delete(
        self,
        form: str,
        entry_id: str,
    ) -> Response[None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await delete_entry.asyncio_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await update_entry.asyncio_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )
