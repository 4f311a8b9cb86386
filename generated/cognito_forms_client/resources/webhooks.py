"""`webhooks`: the webhooks operations of the Cognito Forms API, as `client.webhooks.<method>(...)`."""

from functools import cached_property
from typing import Literal

from ..api.webhooks import subscribe_entry_deleted, subscribe_new_entry, subscribe_update_entry, unsubscribe
from ..client import AuthenticatedClient
from ..models.subscription_request import SubscriptionRequest
from ..models.webhook_subscription import WebhookSubscription
from ..types import Response


class Webhooks:
    """The webhooks operations (sync). Reach them as `client.webhooks`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "WebhooksWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return WebhooksWithRawResponse(self._client)

    def subscribe_new_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> WebhookSubscription:
        """Subscribe to new entries

        Registers `notificationUrl` to be called (with an `entry.created` event) whenever an
        entry of the form given by `publisher` is created. Scope not documented by the
        provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: (not documented)
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its `Id` (the connector definition calls it
                "the name of the form").

        Returns:
            WebhookSubscription: The subscription was created. The connector definition gives no body; not
                documented by the provider, this spec assumes `{Id}`, the id to pass to unsubscribe.

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
        return subscribe_new_entry.sync(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    def subscribe_update_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> WebhookSubscription:
        """Subscribe to updated entries

        Registers `notificationUrl` to be called (with an `entry.updated` event) whenever an
        entry of the form given by `publisher` is updated. Scope not documented by the
        provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: (not documented)
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its `Id` (the connector definition calls it
                "the name of the form").

        Returns:
            WebhookSubscription: The subscription was created. The connector definition gives no body; not
                documented by the provider, this spec assumes `{Id}`, the id to pass to unsubscribe.

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
        return subscribe_update_entry.sync(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    def subscribe_entry_deleted(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> WebhookSubscription:
        """Subscribe to deleted entries

        Registers `notificationUrl` to be called (with an `entry.deleted` event) whenever an
        entry of the form given by `publisher` is deleted. Scope not documented by the
        provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: (not documented)
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its `Id` (the connector definition calls it
                "the name of the form").

        Returns:
            WebhookSubscription: The subscription was created. The connector definition gives no body; not
                documented by the provider, this spec assumes `{Id}`, the id to pass to unsubscribe.

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
        return subscribe_entry_deleted.sync(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    def unsubscribe(
        self,
        *,
        id: str,
        module: Literal["forms"] | None = None,
    ) -> None:
        """Unsubscribe webhook

        Removes a webhook subscription. The connector definition does not mark `id` as
        required; this spec requires it (there is nothing to remove without it) and assumes an
        unknown id answers 404. The connector also lists 201 Created for this DELETE, which
        this spec leaves out as implausible. Scope not documented by the provider; this spec
        assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            id: The unique subscription id (the `Id` a subscribe operation returned).
            module: The module the subscription is associated with.

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
        return unsubscribe.sync(
            client=client,
            id=id,
            module=module,
        )


class AsyncWebhooks:
    """The webhooks operations (async). Reach them as `client.webhooks` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncWebhooksWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncWebhooksWithRawResponse(self._client)

    async def subscribe_new_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> WebhookSubscription:
        """Subscribe to new entries

        Registers `notificationUrl` to be called (with an `entry.created` event) whenever an
        entry of the form given by `publisher` is created. Scope not documented by the
        provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: (not documented)
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its `Id` (the connector definition calls it
                "the name of the form").

        Returns:
            WebhookSubscription: The subscription was created. The connector definition gives no body; not
                documented by the provider, this spec assumes `{Id}`, the id to pass to unsubscribe.

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
        return await subscribe_new_entry.asyncio(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    async def subscribe_update_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> WebhookSubscription:
        """Subscribe to updated entries

        Registers `notificationUrl` to be called (with an `entry.updated` event) whenever an
        entry of the form given by `publisher` is updated. Scope not documented by the
        provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: (not documented)
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its `Id` (the connector definition calls it
                "the name of the form").

        Returns:
            WebhookSubscription: The subscription was created. The connector definition gives no body; not
                documented by the provider, this spec assumes `{Id}`, the id to pass to unsubscribe.

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
        return await subscribe_update_entry.asyncio(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    async def subscribe_entry_deleted(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> WebhookSubscription:
        """Subscribe to deleted entries

        Registers `notificationUrl` to be called (with an `entry.deleted` event) whenever an
        entry of the form given by `publisher` is deleted. Scope not documented by the
        provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: (not documented)
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its `Id` (the connector definition calls it
                "the name of the form").

        Returns:
            WebhookSubscription: The subscription was created. The connector definition gives no body; not
                documented by the provider, this spec assumes `{Id}`, the id to pass to unsubscribe.

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
        return await subscribe_entry_deleted.asyncio(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    async def unsubscribe(
        self,
        *,
        id: str,
        module: Literal["forms"] | None = None,
    ) -> None:
        """Unsubscribe webhook

        Removes a webhook subscription. The connector definition does not mark `id` as
        required; this spec requires it (there is nothing to remove without it) and assumes an
        unknown id answers 404. The connector also lists 201 Created for this DELETE, which
        this spec leaves out as implausible. Scope not documented by the provider; this spec
        assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            id: The unique subscription id (the `Id` a subscribe operation returned).
            module: The module the subscription is associated with.

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
        return await unsubscribe.asyncio(
            client=client,
            id=id,
            module=module,
        )


class WebhooksWithRawResponse:
    """The webhooks operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def subscribe_new_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> Response[WebhookSubscription]:
        """`subscribe_new_entry`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return subscribe_new_entry.sync_detailed(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    def subscribe_update_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> Response[WebhookSubscription]:
        """`subscribe_update_entry`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return subscribe_update_entry.sync_detailed(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    def subscribe_entry_deleted(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> Response[WebhookSubscription]:
        """`subscribe_entry_deleted`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return subscribe_entry_deleted.sync_detailed(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    def unsubscribe(
        self,
        *,
        id: str,
        module: Literal["forms"] | None = None,
    ) -> Response[None]:
        """`unsubscribe`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return unsubscribe.sync_detailed(
            client=client,
            id=id,
            module=module,
        )


class AsyncWebhooksWithRawResponse:
    """The async webhooks operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def subscribe_new_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> Response[WebhookSubscription]:
        """`subscribe_new_entry`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await subscribe_new_entry.asyncio_detailed(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    async def subscribe_update_entry(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> Response[WebhookSubscription]:
        """`subscribe_update_entry`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await subscribe_update_entry.asyncio_detailed(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    async def subscribe_entry_deleted(
        self,
        *,
        body: SubscriptionRequest,
        module: Literal["forms"] | None = None,
        publisher: str,
    ) -> Response[WebhookSubscription]:
        """`subscribe_entry_deleted`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await subscribe_entry_deleted.asyncio_detailed(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    async def unsubscribe(
        self,
        *,
        id: str,
        module: Literal["forms"] | None = None,
    ) -> Response[None]:
        """`unsubscribe`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await unsubscribe.asyncio_detailed(
            client=client,
            id=id,
            module=module,
        )
