"""`files`: the files operations of the Cognito Forms API, as `client.files.<method>(...)`."""

from functools import cached_property

from ..api.files import get_file
from ..client import AuthenticatedClient
from ..models.file_data_ref import FileDataRef
from ..types import Response


class Files:
    """The files operations (sync). Reach them as `client.files`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "FilesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return FilesWithRawResponse(self._client)

    def get(
        self,
        id: str,
    ) -> FileDataRef:
        """Get file

        Gets a file (for example one uploaded to an entry's file field) by its id, as a
        FileDataRef with its metadata, a download URL and the base64 content, or as the raw
        bytes. The connector definition says this operation produces
        `application/octet-stream` while describing the body with the FileDataRef object; not
        documented further, this spec assumes the server answers with what `Accept` prefers:
        `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
        file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

        Args:
            id: The unique identifier of the file.

        Returns:
            FileDataRef: The file.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
                `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
                with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
                unsubscribe without `id`, an OData query it cannot parse.
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
        return get_file.sync(
            id=id,
            client=client,
        )

    def download(
        self,
        id: str,
    ) -> bytes:
        """Get file, as application/octet-stream

        Gets a file (for example one uploaded to an entry's file field) by its id, as a
        FileDataRef with its metadata, a download URL and the base64 content, or as the raw
        bytes. The connector definition says this operation produces
        `application/octet-stream` while describing the body with the FileDataRef object; not
        documented further, this spec assumes the server answers with what `Accept` prefers:
        `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
        file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

        Sends `Accept: application/octet-stream`.

        Args:
            id: The unique identifier of the file.

        Returns:
            bytes: application/octet-stream

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
                `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
                with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
                unsubscribe without `id`, an OData query it cannot parse.
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
        return get_file.download_sync(
            id=id,
            client=client,
        )


class AsyncFiles:
    """The files operations (async). Reach them as `client.files` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncFilesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncFilesWithRawResponse(self._client)

    async def get(
        self,
        id: str,
    ) -> FileDataRef:
        """Get file

        Gets a file (for example one uploaded to an entry's file field) by its id, as a
        FileDataRef with its metadata, a download URL and the base64 content, or as the raw
        bytes. The connector definition says this operation produces
        `application/octet-stream` while describing the body with the FileDataRef object; not
        documented further, this spec assumes the server answers with what `Accept` prefers:
        `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
        file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

        Args:
            id: The unique identifier of the file.

        Returns:
            FileDataRef: The file.

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
                `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
                with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
                unsubscribe without `id`, an OData query it cannot parse.
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
        return await get_file.asyncio(
            id=id,
            client=client,
        )

    async def download(
        self,
        id: str,
    ) -> bytes:
        """Get file, as application/octet-stream

        Gets a file (for example one uploaded to an entry's file field) by its id, as a
        FileDataRef with its metadata, a download URL and the base64 content, or as the raw
        bytes. The connector definition says this operation produces
        `application/octet-stream` while describing the body with the FileDataRef object; not
        documented further, this spec assumes the server answers with what `Accept` prefers:
        `application/json` (the default) gives the FileDataRef, `application/octet-stream` the
        file's bytes. Needs an Entry Scope of read (assumed: files belong to entries).

        Sends `Accept: application/octet-stream`.

        Args:
            id: The unique identifier of the file.

        Returns:
            bytes: application/octet-stream

        Raises:
            errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
                (for example an entry failing the form's validation). Not documented by the provider; this spec
                assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
                values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
                deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
                `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
                with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
                unsubscribe without `id`, an OData query it cannot parse.
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
        return await get_file.download_asyncio(
            id=id,
            client=client,
        )


class FilesWithRawResponse:
    """The files operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
    ) -> Response[FileDataRef]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_file.sync_detailed(
            id=id,
            client=client,
        )

    def download(
        self,
        id: str,
    ) -> Response[bytes]:
        """`download`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_file.download_sync_detailed(
            id=id,
            client=client,
        )


class AsyncFilesWithRawResponse:
    """The async files operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
    ) -> Response[FileDataRef]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_file.asyncio_detailed(
            id=id,
            client=client,
        )

    async def download(
        self,
        id: str,
    ) -> Response[bytes]:
        """`download`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_file.download_asyncio_detailed(
            id=id,
            client=client,
        )
