"""`items`: the items operations of the Formsite API, as `client.items.<method>(...)`."""

from functools import cached_property

from ..api.items import get_form_items
from ..client import AuthenticatedClient
from ..models.item_list import ItemList
from ..types import Response


class Items:
    """The items operations (sync). Reach them as `client.items`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "ItemsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return ItemsWithRawResponse(self._client)

    def list(
        self,
        form_dir: str,
        *,
        results_labels: str | None = None,
    ) -> ItemList:
        """Get form items

        Gets all items of the specified form that store results; items that don't (such as
        Headings and Images) are not included. Item ids match the item ids in get_form_results,
        so items can label results data. `results_labels` applies one of the form's Results
        Labels sets to the `label`s (default: the question labels). Not documented by the
        provider; this spec assumes an unknown Results Labels id answers 422 and that the
        whole list comes in one response (no paging is documented).

        An optional argument left at None is not sent.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
            results_labels: The id of the Results Labels to apply (from the form's Formsite API page).
                Default (absent) the question labels.

        Returns:
            ItemList: The form's items.

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
        return get_form_items.sync(
            form_dir=form_dir,
            client=client,
            results_labels=results_labels,
        )


class AsyncItems:
    """The items operations (async). Reach them as `client.items` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncItemsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncItemsWithRawResponse(self._client)

    async def list(
        self,
        form_dir: str,
        *,
        results_labels: str | None = None,
    ) -> ItemList:
        """Get form items

        Gets all items of the specified form that store results; items that don't (such as
        Headings and Images) are not included. Item ids match the item ids in get_form_results,
        so items can label results data. `results_labels` applies one of the form's Results
        Labels sets to the `label`s (default: the question labels). Not documented by the
        provider; this spec assumes an unknown Results Labels id answers 422 and that the
        whole list comes in one response (no paging is documented).

        An optional argument left at None is not sent.

        Args:
            form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
            results_labels: The id of the Results Labels to apply (from the form's Formsite API page).
                Default (absent) the question labels.

        Returns:
            ItemList: The form's items.

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
        return await get_form_items.asyncio(
            form_dir=form_dir,
            client=client,
            results_labels=results_labels,
        )


class ItemsWithRawResponse:
    """The items operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        form_dir: str,
        *,
        results_labels: str | None = None,
    ) -> Response[ItemList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_form_items.sync_detailed(
            form_dir=form_dir,
            client=client,
            results_labels=results_labels,
        )


class AsyncItemsWithRawResponse:
    """The async items operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        form_dir: str,
        *,
        results_labels: str | None = None,
    ) -> Response[ItemList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_form_items.asyncio_detailed(
            form_dir=form_dir,
            client=client,
            results_labels=results_labels,
        )
