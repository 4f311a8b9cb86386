"""`webhooks`: the webhooks operations of the Formsite API, as `client.webhooks.<method>(...)`."""

from functools import cached_property

from ..api.webhooks import create_or_update_webhook, delete_webhook, get_webhooks
from ..client import AuthenticatedClient
from ..models.empty import Empty
from ..models.webhook_envelope import WebhookEnvelope
from ..models.webhook_list import WebhookList
from ..models.webhook_request import WebhookRequest
from ..types import Response


class Webhooks:
    """The webhooks operations (sync). Reach them as `client.webhooks`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "WebhooksWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return WebhooksWithRawResponse(self._client)

    def list(
        self,
        form_dir: str,
    ) -> WebhookList:
        """Get webhooks

        Gets all webhooks of the specified form, in one response (no paging is documented).

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).

        Returns:
            WebhookList: The form's webhooks.

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
        return get_webhooks.sync(
            form_dir=form_dir,
            client=client,
        )

    def create_or_update(
        self,
        form_dir: str,
        *,
        body: WebhookRequest,
    ) -> WebhookEnvelope:
        """Create or update webhook

        Creates a webhook for the specified form, or, if the form already has a webhook with
        the specified `url`, updates it (its `event` and `handshake_key`). The response is the
        created or updated webhook. The webhook then posts each completed result of the form
        to its URL (see the `result_completed` webhook); a webhook that receives a 410 answer
        deletes itself. The docs list `event`, `handshake_key` and `url` as parameters without
        saying how they travel; production integrations send them form-encoded
        (`event=result_completed&url=...`), and this spec accepts that and a JSON body alike.
        Not documented by the provider; this spec assumes that an update without
        `handshake_key` removes the key, and that the answer is 200 both when created and when
        updated.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
            body: The webhook to create, or to update when the form already has one with this `url`

        Returns:
            WebhookEnvelope: The created or updated webhook.

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
        return create_or_update_webhook.sync(
            form_dir=form_dir,
            client=client,
            body=body,
        )

    def delete(
        self,
        form_dir: str,
        *,
        url_query: str,
    ) -> Empty | None:
        """Delete webhook

        Deletes the webhook of the specified form whose post URL is `url`. The response is an
        empty object. Not documented by the provider; this spec assumes `url` is a query
        parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
        webhook answers 404.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
            url_query: Delete the webhook with this post URL.

        Returns:
            Empty | None: The webhook was deleted; the body is an empty object.; None when a retried DELETE
                found it already gone (an earlier attempt deleted it).

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
        return delete_webhook.sync(
            form_dir=form_dir,
            client=client,
            url_query=url_query,
        )


class AsyncWebhooks:
    """The webhooks operations (async). Reach them as `client.webhooks` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncWebhooksWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncWebhooksWithRawResponse(self._client)

    async def list(
        self,
        form_dir: str,
    ) -> WebhookList:
        """Get webhooks

        Gets all webhooks of the specified form, in one response (no paging is documented).

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).

        Returns:
            WebhookList: The form's webhooks.

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
        return await get_webhooks.asyncio(
            form_dir=form_dir,
            client=client,
        )

    async def create_or_update(
        self,
        form_dir: str,
        *,
        body: WebhookRequest,
    ) -> WebhookEnvelope:
        """Create or update webhook

        Creates a webhook for the specified form, or, if the form already has a webhook with
        the specified `url`, updates it (its `event` and `handshake_key`). The response is the
        created or updated webhook. The webhook then posts each completed result of the form
        to its URL (see the `result_completed` webhook); a webhook that receives a 410 answer
        deletes itself. The docs list `event`, `handshake_key` and `url` as parameters without
        saying how they travel; production integrations send them form-encoded
        (`event=result_completed&url=...`), and this spec accepts that and a JSON body alike.
        Not documented by the provider; this spec assumes that an update without
        `handshake_key` removes the key, and that the answer is 200 both when created and when
        updated.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
            body: The webhook to create, or to update when the form already has one with this `url`

        Returns:
            WebhookEnvelope: The created or updated webhook.

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
        return await create_or_update_webhook.asyncio(
            form_dir=form_dir,
            client=client,
            body=body,
        )

    async def delete(
        self,
        form_dir: str,
        *,
        url_query: str,
    ) -> Empty | None:
        """Delete webhook

        Deletes the webhook of the specified form whose post URL is `url`. The response is an
        empty object. Not documented by the provider; this spec assumes `url` is a query
        parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
        webhook answers 404.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
            url_query: Delete the webhook with this post URL.

        Returns:
            Empty | None: The webhook was deleted; the body is an empty object.; None when a retried DELETE
                found it already gone (an earlier attempt deleted it).

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
        return await delete_webhook.asyncio(
            form_dir=form_dir,
            client=client,
            url_query=url_query,
        )


class WebhooksWithRawResponse:
    """The webhooks operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        form_dir: str,
    ) -> Response[WebhookList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_webhooks.sync_detailed(
            form_dir=form_dir,
            client=client,
        )

    def create_or_update(
        self,
        form_dir: str,
        *,
        body: WebhookRequest,
    ) -> Response[WebhookEnvelope]:
        """`create_or_update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return create_or_update_webhook.sync_detailed(
            form_dir=form_dir,
            client=client,
            body=body,
        )

    def delete(
        self,
        form_dir: str,
        *,
        url_query: str,
    ) -> Response[Empty | None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return delete_webhook.sync_detailed(
            form_dir=form_dir,
            client=client,
            url_query=url_query,
        )


class AsyncWebhooksWithRawResponse:
    """The async webhooks operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        form_dir: str,
    ) -> Response[WebhookList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_webhooks.asyncio_detailed(
            form_dir=form_dir,
            client=client,
        )

    async def create_or_update(
        self,
        form_dir: str,
        *,
        body: WebhookRequest,
    ) -> Response[WebhookEnvelope]:
        """`create_or_update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await create_or_update_webhook.asyncio_detailed(
            form_dir=form_dir,
            client=client,
            body=body,
        )

    async def delete(
        self,
        form_dir: str,
        *,
        url_query: str,
    ) -> Response[Empty | None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await delete_webhook.asyncio_detailed(
            form_dir=form_dir,
            client=client,
            url_query=url_query,
        )
