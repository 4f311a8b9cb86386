"""`forms`: the forms operations of the Cognito Forms API, as `client.forms.<method>(...)`."""

import builtins
from functools import cached_property

from ..api.forms import get_form_fields, get_form_schema, get_forms, set_form_availability
from ..client import AuthenticatedClient
from ..models.form_availability import FormAvailability
from ..models.form_availability_request import FormAvailabilityRequest
from ..models.form_field import FormField
from ..models.form_ref import FormRef
from ..models.form_schema import FormSchema
from ..types import Response


class Forms:
    """The forms operations (sync). Reach them as `client.forms`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "FormsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return FormsWithRawResponse(self._client)

    def list(
        self,
    ) -> builtins.list[FormRef]:
        """Get forms

        Gets the list of forms available to the API key. The whole list comes in one response:
        the provider documents no pagination for this operation (so it has no `x-pagination`).
        Not documented by the provider; this spec assumes that a key restricted to some forms
        and folders sees only those forms here.

        Returns:
            list[FormRef]: The forms, as FormRef objects.

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
        return get_forms.sync(
            client=client,
        )

    def get_fields(
        self,
        form: str,
    ) -> builtins.list[FormField]:
        """Get form fields

        Gets the fields of a form. The guide lists "Get Form Fields" among the operations, but
        the provider's connector definition has no such endpoint. Not documented by the
        provider; this spec assumes `GET /api/forms/{form}/fields` returning an array of field
        objects (`Name`, `InternalName`, `FieldType`, `Required` ...), whole, without
        pagination.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.

        Returns:
            list[FormField]: The form's fields, in form order.

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
        return get_form_fields.sync(
            form=form,
            client=client,
        )

    def get_schema(
        self,
        form: str,
        *,
        input_: bool | None = False,
        include_links: bool | None = True,
    ) -> FormSchema:
        """Get form schema

        Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
        fields of the form's entries. With `input=true` it describes what create_entry and
        update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
        adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
        its document links (`Document1` ...), and the `File` link of file values. Each field's
        schema gives its label as `description`, and `readOnly: true` on computed parts (as in
        the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

        An optional argument left at None is not sent.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            input_: true: the schema of an entry as sent to create_entry / update_entry (input shape); false
                or absent: the schema of an entry as returned (output shape). Not documented by the provider
                beyond its name; this reading follows the connector, which asks for `input=true` for request
                bodies and `input=false` for responses.
            include_links: Include the link properties (entry links, document links, file links) in the
                schema. True by default (the connector's definition); false leaves them out.

        Returns:
            FormSchema: The form's schema.

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
        return get_form_schema.sync(
            form=form,
            client=client,
            input_=input_,
            include_links=include_links,
        )

    def set_availability(
        self,
        form: str,
        *,
        body: FormAvailabilityRequest | None = None,
    ) -> FormAvailability:
        """Set form availability

        Sets when the form's public link accepts entries and the message shown outside that
        window. Needs a Form Scope of read-write. The body is optional in the connector
        definition; not documented by the provider: this spec assumes an omitted `start` or
        `end` leaves that side unbounded (an empty or absent body makes the form available
        without limits), and that an `end` before `start` is stored as given (the form is
        then never available) rather than refused.

        An optional argument left at None is not sent.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            body: The public-link availability to set

        Returns:
            FormAvailability: The form's availability after the change.

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
        return set_form_availability.sync(
            form=form,
            client=client,
            body=body,
        )


class AsyncForms:
    """The forms operations (async). Reach them as `client.forms` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncFormsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncFormsWithRawResponse(self._client)

    async def list(
        self,
    ) -> builtins.list[FormRef]:
        """Get forms

        Gets the list of forms available to the API key. The whole list comes in one response:
        the provider documents no pagination for this operation (so it has no `x-pagination`).
        Not documented by the provider; this spec assumes that a key restricted to some forms
        and folders sees only those forms here.

        Returns:
            list[FormRef]: The forms, as FormRef objects.

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
        return await get_forms.asyncio(
            client=client,
        )

    async def get_fields(
        self,
        form: str,
    ) -> builtins.list[FormField]:
        """Get form fields

        Gets the fields of a form. The guide lists "Get Form Fields" among the operations, but
        the provider's connector definition has no such endpoint. Not documented by the
        provider; this spec assumes `GET /api/forms/{form}/fields` returning an array of field
        objects (`Name`, `InternalName`, `FieldType`, `Required` ...), whole, without
        pagination.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.

        Returns:
            list[FormField]: The form's fields, in form order.

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
        return await get_form_fields.asyncio(
            form=form,
            client=client,
        )

    async def get_schema(
        self,
        form: str,
        *,
        input_: bool | None = False,
        include_links: bool | None = True,
    ) -> FormSchema:
        """Get form schema

        Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
        fields of the form's entries. With `input=true` it describes what create_entry and
        update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
        adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
        its document links (`Document1` ...), and the `File` link of file values. Each field's
        schema gives its label as `description`, and `readOnly: true` on computed parts (as in
        the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

        An optional argument left at None is not sent.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            input_: true: the schema of an entry as sent to create_entry / update_entry (input shape); false
                or absent: the schema of an entry as returned (output shape). Not documented by the provider
                beyond its name; this reading follows the connector, which asks for `input=true` for request
                bodies and `input=false` for responses.
            include_links: Include the link properties (entry links, document links, file links) in the
                schema. True by default (the connector's definition); false leaves them out.

        Returns:
            FormSchema: The form's schema.

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
        return await get_form_schema.asyncio(
            form=form,
            client=client,
            input_=input_,
            include_links=include_links,
        )

    async def set_availability(
        self,
        form: str,
        *,
        body: FormAvailabilityRequest | None = None,
    ) -> FormAvailability:
        """Set form availability

        Sets when the form's public link accepts entries and the message shown outside that
        window. Needs a Form Scope of read-write. The body is optional in the connector
        definition; not documented by the provider: this spec assumes an omitted `start` or
        `end` leaves that side unbounded (an empty or absent body makes the form available
        without limits), and that an `end` before `start` is stored as given (the form is
        then never available) rather than refused.

        An optional argument left at None is not sent.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            body: The public-link availability to set

        Returns:
            FormAvailability: The form's availability after the change.

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
        return await set_form_availability.asyncio(
            form=form,
            client=client,
            body=body,
        )


class FormsWithRawResponse:
    """The forms operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
    ) -> Response[builtins.list[FormRef]]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_forms.sync_detailed(
            client=client,
        )

    def get_fields(
        self,
        form: str,
    ) -> Response[builtins.list[FormField]]:
        """`get_fields`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_form_fields.sync_detailed(
            form=form,
            client=client,
        )

    def get_schema(
        self,
        form: str,
        *,
        input_: bool | None = False,
        include_links: bool | None = True,
    ) -> Response[FormSchema]:
        """`get_schema`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_form_schema.sync_detailed(
            form=form,
            client=client,
            input_=input_,
            include_links=include_links,
        )

    def set_availability(
        self,
        form: str,
        *,
        body: FormAvailabilityRequest | None = None,
    ) -> Response[FormAvailability]:
        """`set_availability`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return set_form_availability.sync_detailed(
            form=form,
            client=client,
            body=body,
        )


class AsyncFormsWithRawResponse:
    """The async forms operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> Response[builtins.list[FormRef]]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_forms.asyncio_detailed(
            client=client,
        )

    async def get_fields(
        self,
        form: str,
    ) -> Response[builtins.list[FormField]]:
        """`get_fields`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_form_fields.asyncio_detailed(
            form=form,
            client=client,
        )

    async def get_schema(
        self,
        form: str,
        *,
        input_: bool | None = False,
        include_links: bool | None = True,
    ) -> Response[FormSchema]:
        """`get_schema`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_form_schema.asyncio_detailed(
            form=form,
            client=client,
            input_=input_,
            include_links=include_links,
        )

    async def set_availability(
        self,
        form: str,
        *,
        body: FormAvailabilityRequest | None = None,
    ) -> Response[FormAvailability]:
        """`set_availability`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await set_form_availability.asyncio_detailed(
            form=form,
            client=client,
            body=body,
        )
