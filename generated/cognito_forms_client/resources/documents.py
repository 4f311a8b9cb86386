"""`documents`: the documents operations of the Cognito Forms API, as `client.documents.<method>(...)`."""

from functools import cached_property

from ..api.documents import get_document
from ..client import AuthenticatedClient
from ..models.file_data_ref import FileDataRef
from ..types import Response


class Documents:
    """The documents operations (sync). Reach them as `client.documents`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "DocumentsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return DocumentsWithRawResponse(self._client)

    def get(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> FileDataRef:
        """Get document

        Gets the document generated for an entry from one of the form's document templates
        (numbered from 1). The template decides whether the document is a PDF or a Word
        (.docx) file. The connector definition declares both binary types and the FileDataRef
        JSON object. Not documented by the provider; this spec assumes the server answers with
        the type the `Accept` header asks for: `application/json` (the default) gives a
        FileDataRef whose `ContentType` names the document's type and whose `Content` holds
        it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
        number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
        guide lists Get Document under entries).

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (e.g. `1-3`).
            template_number: The number of the form's document template, from 1.

        Returns:
            FileDataRef: The document.

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
        return get_document.sync(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )

    def download(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> bytes:
        """Get document, as application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document

        Gets the document generated for an entry from one of the form's document templates
        (numbered from 1). The template decides whether the document is a PDF or a Word
        (.docx) file. The connector definition declares both binary types and the FileDataRef
        JSON object. Not documented by the provider; this spec assumes the server answers with
        the type the `Accept` header asks for: `application/json` (the default) gives a
        FileDataRef whose `ContentType` names the document's type and whose `Content` holds
        it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
        number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
        guide lists Get Document under entries).

        Sends `Accept: application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document`.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (e.g. `1-3`).
            template_number: The number of the form's document template, from 1.

        Returns:
            bytes: application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document

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
        return get_document.download_sync(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )


class AsyncDocuments:
    """The documents operations (async). Reach them as `client.documents` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncDocumentsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncDocumentsWithRawResponse(self._client)

    async def get(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> FileDataRef:
        """Get document

        Gets the document generated for an entry from one of the form's document templates
        (numbered from 1). The template decides whether the document is a PDF or a Word
        (.docx) file. The connector definition declares both binary types and the FileDataRef
        JSON object. Not documented by the provider; this spec assumes the server answers with
        the type the `Accept` header asks for: `application/json` (the default) gives a
        FileDataRef whose `ContentType` names the document's type and whose `Content` holds
        it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
        number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
        guide lists Get Document under entries).

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (e.g. `1-3`).
            template_number: The number of the form's document template, from 1.

        Returns:
            FileDataRef: The document.

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
        return await get_document.asyncio(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )

    async def download(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> bytes:
        """Get document, as application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document

        Gets the document generated for an entry from one of the form's document templates
        (numbered from 1). The template decides whether the document is a PDF or a Word
        (.docx) file. The connector definition declares both binary types and the FileDataRef
        JSON object. Not documented by the provider; this spec assumes the server answers with
        the type the `Accept` header asks for: `application/json` (the default) gives a
        FileDataRef whose `ContentType` names the document's type and whose `Content` holds
        it base64-encoded; `application/pdf` or the Word type give the raw bytes; a template
        number the form does not have answers 404. Needs an Entry Scope of read (assumed: the
        guide lists Get Document under entries).

        Sends `Accept: application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document`.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (e.g. `1-3`).
            template_number: The number of the form's document template, from 1.

        Returns:
            bytes: application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document

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
        return await get_document.download_asyncio(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )


class DocumentsWithRawResponse:
    """The documents operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> Response[FileDataRef]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_document.sync_detailed(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )

    def download(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> Response[bytes]:
        """`download`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_document.download_sync_detailed(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )


class AsyncDocumentsWithRawResponse:
    """The async documents operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> Response[FileDataRef]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_document.asyncio_detailed(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )

    async def download(
        self,
        form: str,
        entry: str,
        template_number: int,
    ) -> Response[bytes]:
        """`download`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_document.download_asyncio_detailed(
            form=form,
            entry=entry,
            template_number=template_number,
            client=client,
        )
