"""`forms`: the forms operations of the Formester API, as `client.forms.<method>(...)`."""

from collections.abc import Callable
from functools import cached_property

from formclients.runtime import pagination as _pagination

from ..api.forms import list_forms
from ..client import AuthenticatedClient
from ..models.form import Form
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
        *,
        page: int | None = 1,
    ) -> FormList:
        """List forms

        Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
        object. Required scope: `form.view`. Not documented by the provider; this spec assumes
        a token restricted to specific forms lists only those, and that forms come in
        ascending `id` order.

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
                assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
                non-integer is 400.

        Returns:
            FormList: One page of forms.

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.RateLimitError: 429: Too Many Requests: more than 10 requests in 60 seconds with this
                token. Not documented by the provider; this spec assumes a `Retry-After` header with the seconds
                to wait.
            errors.InternalServerError: 500: Internal Server Error. The message text is not documented; the
                body shape is the documented error format.
            errors.FormesterError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return list_forms.sync(
            client=client,
            page=page,
        )

    def iter_pages(
        self,
        *,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
    ) -> _pagination.PageIterator[FormList, Form]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (reverse: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_forms.iter_pages(
            client=client,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
    ) -> _pagination.ItemIterator[Form]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_forms.iter_items(
            client=client,
            checkpoint=checkpoint,
            on_page=on_page,
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
        *,
        page: int | None = 1,
    ) -> FormList:
        """List forms

        Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
        object. Required scope: `form.view`. Not documented by the provider; this spec assumes
        a token restricted to specific forms lists only those, and that forms come in
        ascending `id` order.

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
                assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
                non-integer is 400.

        Returns:
            FormList: One page of forms.

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.RateLimitError: 429: Too Many Requests: more than 10 requests in 60 seconds with this
                token. Not documented by the provider; this spec assumes a `Retry-After` header with the seconds
                to wait.
            errors.InternalServerError: 500: Internal Server Error. The message text is not documented; the
                body shape is the documented error format.
            errors.FormesterError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await list_forms.asyncio(
            client=client,
            page=page,
        )

    def iter_pages(
        self,
        *,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
    ) -> _pagination.AsyncPageIterator[FormList, Form]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (reverse: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_forms.aiter_pages(
            client=client,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
    ) -> _pagination.AsyncItemIterator[Form]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_forms.aiter_items(
            client=client,
            checkpoint=checkpoint,
            on_page=on_page,
        )


class FormsWithRawResponse:
    """The forms operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | None = 1,
    ) -> Response[FormList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_forms.sync_detailed(
            client=client,
            page=page,
        )


class AsyncFormsWithRawResponse:
    """The async forms operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | None = 1,
    ) -> Response[FormList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_forms.asyncio_detailed(
            client=client,
            page=page,
        )
