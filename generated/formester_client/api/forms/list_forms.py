from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form import Form
from ...models.form_list import FormList
from ...types import Response


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds until the token may send again. Assumed (not documented by the provider)."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    *,
    page: int | None = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FormList | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = FormList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FormList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> FormList:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
) -> Response[FormList]:
    """List forms

    Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
            assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
            non-integer is 400.

    Returns:
        Response[FormList]: the status, headers and body; `parsed` is the FormList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        page=page,
    )
    response = client.request("list_forms", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
) -> FormList:
    """List forms

    Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
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

    kwargs = _get_kwargs(
        page=page,
    )
    return _success(client, client.request("list_forms", **kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
) -> Response[FormList]:
    """List forms

    Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
            assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
            non-integer is 400.

    Returns:
        Response[FormList]: the status, headers and body; `parsed` is the FormList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        page=page,
    )
    response = await client.arequest("list_forms", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | None = 1,
) -> FormList:
    """List forms

    Retrieve a list of all forms accessible with your token, 20 per page, with a `meta`
    object. Required scope: `form.view`. Not documented by the provider; this spec assumes
    a token restricted to specific forms lists only those, and that forms come in
    ascending `id` order.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
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

    kwargs = _get_kwargs(
        page=page,
    )
    return _success(client, await client.arequest("list_forms", **kwargs))


PAGINATION = _pagination.Pagination(
    style="page",
    page_argument="page",
    size=20,
    sends_size=False,
    total_items="/meta/totalCount",
    operation="formester.list_forms",
    item_id=("id",),
    strategies=(
        _pagination.Strategy(
            name="reverse",
            guarantee="exact",
        ),
    ),
)


def _items(parsed: FormList) -> list[Form]:
    return list(parsed.forms)


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, FormList]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, FormList]:
        response = client.request("list_forms", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, FormList]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, FormList]:
        response = await client.arequest("list_forms", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if value is not None}


def iter_pages(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.PageIterator[FormList, Form]:
    """Every page, lazily, walked as the spec's x-iteration says (reverse: exact by default).

    Takes the arguments of `sync`, less those the walk sends itself. `checkpoint` resumes right
    after the page that gave it (`page.checkpoint`, with the same arguments); `on_page(page)` is
    called after each request. The iterator counts `pages_fetched` and `items_yielded`, and
    reports the API's `total`, its `strategy` and its `guarantee`.
    """
    return _pagination.iter_pages(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def iter_items(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.ItemIterator[Form]:
    """Every item of every page (see `iter_pages`); `checkpoint` moves once a page is handed out in full."""
    return _pagination.iter_items(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_pages(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.AsyncPageIterator[FormList, Form]:
    """The async twin of `iter_pages`."""
    return _pagination.aiter_pages(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_items(
    *,
    client: AuthenticatedClient,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[FormList, Form]], object] | None = None,
) -> _pagination.AsyncItemIterator[Form]:
    """The async twin of `iter_items`."""
    return _pagination.aiter_items(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(),
        checkpoint=checkpoint,
        on_page=on_page,
    )
