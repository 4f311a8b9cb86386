"""`forms`: the forms operations of the Formsite API, as `client.forms.<method>(...)`."""

from functools import cached_property

from ..api.forms import get_form, get_forms
from ..client import AuthenticatedClient
from ..models.form_list import FormList
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
    ) -> FormList:
        """Get forms

        Gets all the account's forms. The provider documents no paging for this action: every
        form comes in one response.

        Returns:
            FormList: The forms.

        Raises:
            errors.AuthenticationError: 401: Authentication info is missing or invalid.
            errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
                token used with another account's `user_dir`, or the token of an account below the Pro 1 level
                (API access requires Pro 1 or higher).
            errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
            errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
                type or out of range, an unknown item, view or labels id, a malformed date).
            errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
                server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
                (seconds) saying when to try again.
            errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
            errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return get_forms.sync(
            client=client,
        )

    def get(
        self,
        form_dir: str,
    ) -> FormList:
        """Get form

        Gets the specified form. The response is the same as get_forms, except the `forms`
        array contains only the specified form. An unknown form directory answers 404.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).

        Returns:
            FormList: The form, as the only element of `forms`.

        Raises:
            errors.AuthenticationError: 401: Authentication info is missing or invalid.
            errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
                token used with another account's `user_dir`, or the token of an account below the Pro 1 level
                (API access requires Pro 1 or higher).
            errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
            errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
                type or out of range, an unknown item, view or labels id, a malformed date).
            errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
                server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
                (seconds) saying when to try again.
            errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
            errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return get_form.sync(
            form_dir=form_dir,
            client=client,
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
    ) -> FormList:
        """Get forms

        Gets all the account's forms. The provider documents no paging for this action: every
        form comes in one response.

        Returns:
            FormList: The forms.

        Raises:
            errors.AuthenticationError: 401: Authentication info is missing or invalid.
            errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
                token used with another account's `user_dir`, or the token of an account below the Pro 1 level
                (API access requires Pro 1 or higher).
            errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
            errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
                type or out of range, an unknown item, view or labels id, a malformed date).
            errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
                server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
                (seconds) saying when to try again.
            errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
            errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await get_forms.asyncio(
            client=client,
        )

    async def get(
        self,
        form_dir: str,
    ) -> FormList:
        """Get form

        Gets the specified form. The response is the same as get_forms, except the `forms`
        array contains only the specified form. An unknown form directory answers 404.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).

        Returns:
            FormList: The form, as the only element of `forms`.

        Raises:
            errors.AuthenticationError: 401: Authentication info is missing or invalid.
            errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
                token used with another account's `user_dir`, or the token of an account below the Pro 1 level
                (API access requires Pro 1 or higher).
            errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
            errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
                type or out of range, an unknown item, view or labels id, a malformed date).
            errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
                server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
                (seconds) saying when to try again.
            errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
            errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await get_form.asyncio(
            form_dir=form_dir,
            client=client,
        )


class FormsWithRawResponse:
    """The forms operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
    ) -> Response[FormList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_forms.sync_detailed(
            client=client,
        )

    def get(
        self,
        form_dir: str,
    ) -> Response[FormList]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_form.sync_detailed(
            form_dir=form_dir,
            client=client,
        )


class AsyncFormsWithRawResponse:
    """The async forms operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> Response[FormList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_forms.asyncio_detailed(
            client=client,
        )

    async def get(
        self,
        form_dir: str,
    ) -> Response[FormList]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_form.asyncio_detailed(
            form_dir=form_dir,
            client=client,
        )
