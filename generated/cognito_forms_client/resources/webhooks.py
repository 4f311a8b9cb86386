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

        Registers `notificationUrl` to be called (a POST of the new entry itself, see the
        `entry.created` webhook) whenever an entry of the form given by `publisher` is created.
        Scope not documented by the provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: The webhook subscription to create
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
                the connector definition; the service itself refuses an empty one with 400 (assumed).

        Returns:
            WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
                unsubscribe operation for this subscription
                (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
                DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
                `{Id}` body too, so that a client that cannot read response headers (the generated client
                returns the body) still learns the id to pass to unsubscribe.

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

        Registers `notificationUrl` to be called (a POST of the updated entry, see the
        `entry.updated` webhook) whenever an entry of the form given by `publisher` is updated.
        Scope not documented by the provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: The webhook subscription to create
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
                the connector definition; the service itself refuses an empty one with 400 (assumed).

        Returns:
            WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
                unsubscribe operation for this subscription
                (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
                DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
                `{Id}` body too, so that a client that cannot read response headers (the generated client
                returns the body) still learns the id to pass to unsubscribe.

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

        Registers `notificationUrl` to be called (a POST of the entry as it was, see the
        `entry.deleted` webhook) whenever an entry of the form given by `publisher` is deleted.
        Scope not documented by the provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: The webhook subscription to create
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
                the connector definition; the service itself refuses an empty one with 400 (assumed).

        Returns:
            WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
                unsubscribe operation for this subscription
                (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
                DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
                `{Id}` body too, so that a client that cannot read response headers (the generated client
                returns the body) still learns the id to pass to unsubscribe.

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
        return subscribe_entry_deleted.sync(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    def unsubscribe(
        self,
        *,
        id: str | None = None,
        module: Literal["forms"] | None = None,
    ) -> None:
        """Unsubscribe webhook

        Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
        DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
        the connector definition, `id` and `module` are optional; not documented by the
        provider, this spec assumes a request without `id` names nothing to remove and answers
        400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
        success; the mock answers 200. Scope not documented by the provider; this spec assumes
        an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            id: The unique subscription id (the `Id` a subscribe operation returned, also in its
                `Location`).
            module: The module the subscription is associated with.

        Returns:
            None: the operation answers with no body.

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

        Registers `notificationUrl` to be called (a POST of the new entry itself, see the
        `entry.created` webhook) whenever an entry of the form given by `publisher` is created.
        Scope not documented by the provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: The webhook subscription to create
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
                the connector definition; the service itself refuses an empty one with 400 (assumed).

        Returns:
            WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
                unsubscribe operation for this subscription
                (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
                DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
                `{Id}` body too, so that a client that cannot read response headers (the generated client
                returns the body) still learns the id to pass to unsubscribe.

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

        Registers `notificationUrl` to be called (a POST of the updated entry, see the
        `entry.updated` webhook) whenever an entry of the form given by `publisher` is updated.
        Scope not documented by the provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: The webhook subscription to create
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
                the connector definition; the service itself refuses an empty one with 400 (assumed).

        Returns:
            WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
                unsubscribe operation for this subscription
                (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
                DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
                `{Id}` body too, so that a client that cannot read response headers (the generated client
                returns the body) still learns the id to pass to unsubscribe.

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

        Registers `notificationUrl` to be called (a POST of the entry as it was, see the
        `entry.deleted` webhook) whenever an entry of the form given by `publisher` is deleted.
        Scope not documented by the provider; this spec assumes an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            body: The webhook subscription to create
            module: The module the subscription belongs to. The connector definition marks it required with
                the default "forms" and hides it from users; this spec makes it optional with that default. Not
                documented by the provider; this spec assumes "forms" is the only module.
            publisher: The form whose entries are watched, by its internal name or `Id`. A plain string in
                the connector definition; the service itself refuses an empty one with 400 (assumed).

        Returns:
            WebhookSubscription: The subscription was created. `Location` identifies it: the URL of the
                unsubscribe operation for this subscription
                (`/integration/oauth/unsubscribe?id=...&module=forms`), which Power Automate-style REST hooks
                DELETE to unsubscribe. The connector definition gives no body; this spec keeps the assumed
                `{Id}` body too, so that a client that cannot read response headers (the generated client
                returns the body) still learns the id to pass to unsubscribe.

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
        return await subscribe_entry_deleted.asyncio(
            client=client,
            body=body,
            module=module,
            publisher=publisher,
        )

    async def unsubscribe(
        self,
        *,
        id: str | None = None,
        module: Literal["forms"] | None = None,
    ) -> None:
        """Unsubscribe webhook

        Removes a webhook subscription: the `id` a subscribe operation returned (or simply a
        DELETE of the subscription's `Location` URL, which carries `id` and `module`). As in
        the connector definition, `id` and `module` are optional; not documented by the
        provider, this spec assumes a request without `id` names nothing to remove and answers
        400 with the Error object, and an unknown id 404. The connector lists 200 and 201 as
        success; the mock answers 200. Scope not documented by the provider; this spec assumes
        an Entry Scope of read.

        An optional argument left at None is not sent.

        Args:
            id: The unique subscription id (the `Id` a subscribe operation returned, also in its
                `Location`).
            module: The module the subscription is associated with.

        Returns:
            None: the operation answers with no body.

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
        id: str | None = None,
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
        id: str | None = None,
        module: Literal["forms"] | None = None,
    ) -> Response[None]:
        """`unsubscribe`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await unsubscribe.asyncio_detailed(
            client=client,
            id=id,
            module=module,
        )
