import datetime
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import httpx

from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_responses_format import ListResponsesFormat
from ...models.response_item import ResponseItem
from ...models.response_list import ResponseList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    format_: ListResponsesFormat | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["form_id"] = form_id

    params["environment"] = environment

    params["limit"] = limit

    params["cursor"] = cursor

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses",
        "params": params,
    }

    if not isinstance(accept, Unset):  # choose among the content types this operation can answer with
        _kwargs.setdefault("headers", {})["Accept"] = accept
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseList | str | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if response.status_code == 200:
        if content_type == "text/csv":
            return response.text
        response_200 = ResponseList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResponseList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    format_: ListResponsesFormat | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ResponseList | str]:
    """List or export responses

     Lists a form's responses with cursor pagination (`limit` up to 100, default 50), or,
    with `format=csv`, exports them as CSV (`text/csv`; one column per stored form field in
    form order, then `submittedAt`). Only the form's owner may list its responses.

    Not documented by the provider; this spec assumes: responses ordered oldest first by
    `submittedAt`, ties in the order received (the CSV example is in that order); `from` inclusive and
    `to` exclusive, so consecutive windows neither overlap nor leave gaps; a `from` at or
    after `to` is an empty window (200 with no items); a cursor stays valid when new responses arrive
    and is only valid with
    the same form; `nextCursor` is null when `hasMore` is false; the CSV holds every
    response matching `from`/`to` in one body (no `limit`, no cursor); the CSV shows PII
    fields as the JSON does; `format=json` (the default) gives the JSON page.

    Args:
        form_id (str):
        environment (str):
        limit (int | Unset):
        cursor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        format_ (ListResponsesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseList | str]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        format_=format_,
        accept=accept,
    )
    response = client.request("list_responses", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    format_: ListResponsesFormat | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ResponseList | str | None:
    """List or export responses

     Lists a form's responses with cursor pagination (`limit` up to 100, default 50), or,
    with `format=csv`, exports them as CSV (`text/csv`; one column per stored form field in
    form order, then `submittedAt`). Only the form's owner may list its responses.

    Not documented by the provider; this spec assumes: responses ordered oldest first by
    `submittedAt`, ties in the order received (the CSV example is in that order); `from` inclusive and
    `to` exclusive, so consecutive windows neither overlap nor leave gaps; a `from` at or
    after `to` is an empty window (200 with no items); a cursor stays valid when new responses arrive
    and is only valid with
    the same form; `nextCursor` is null when `hasMore` is false; the CSV holds every
    response matching `from`/`to` in one body (no `limit`, no cursor); the CSV shows PII
    fields as the JSON does; `format=json` (the default) gives the JSON page.

    Args:
        form_id (str):
        environment (str):
        limit (int | Unset):
        cursor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        format_ (ListResponsesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseList | str
    """

    return sync_detailed(
        client=client,
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        format_=format_,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    format_: ListResponsesFormat | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ResponseList | str]:
    """List or export responses

     Lists a form's responses with cursor pagination (`limit` up to 100, default 50), or,
    with `format=csv`, exports them as CSV (`text/csv`; one column per stored form field in
    form order, then `submittedAt`). Only the form's owner may list its responses.

    Not documented by the provider; this spec assumes: responses ordered oldest first by
    `submittedAt`, ties in the order received (the CSV example is in that order); `from` inclusive and
    `to` exclusive, so consecutive windows neither overlap nor leave gaps; a `from` at or
    after `to` is an empty window (200 with no items); a cursor stays valid when new responses arrive
    and is only valid with
    the same form; `nextCursor` is null when `hasMore` is false; the CSV holds every
    response matching `from`/`to` in one body (no `limit`, no cursor); the CSV shows PII
    fields as the JSON does; `format=json` (the default) gives the JSON page.

    Args:
        form_id (str):
        environment (str):
        limit (int | Unset):
        cursor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        format_ (ListResponsesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseList | str]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        format_=format_,
        accept=accept,
    )
    response = await client.arequest("list_responses", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    format_: ListResponsesFormat | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ResponseList | str | None:
    """List or export responses

     Lists a form's responses with cursor pagination (`limit` up to 100, default 50), or,
    with `format=csv`, exports them as CSV (`text/csv`; one column per stored form field in
    form order, then `submittedAt`). Only the form's owner may list its responses.

    Not documented by the provider; this spec assumes: responses ordered oldest first by
    `submittedAt`, ties in the order received (the CSV example is in that order); `from` inclusive and
    `to` exclusive, so consecutive windows neither overlap nor leave gaps; a `from` at or
    after `to` is an empty window (200 with no items); a cursor stays valid when new responses arrive
    and is only valid with
    the same form; `nextCursor` is null when `hasMore` is false; the CSV holds every
    response matching `from`/`to` in one body (no `limit`, no cursor); the CSV shows PII
    fields as the JSON does; `format=json` (the default) gives the JSON page.

    Args:
        form_id (str):
        environment (str):
        limit (int | Unset):
        cursor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        format_ (ListResponsesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
            format_=format_,
            accept=accept,
        )
    ).parsed


PAGINATION = _pagination.Pagination(
    style="cursor",
    size_argument="limit",
    size=100,
    sends_size=True,
    cursor_argument="cursor",
    next_cursor="/pagination/nextCursor",
    has_more="/pagination/hasMore",
    operation="formr.list_responses",
    item_id=("submission", "id"),
    strategies=(
        _pagination.Strategy(
            name="cursor",
            guarantee="exact",
            key=("submission", "submitted_at"),
            key_type="date-time",
            bound_argument="from_",
            invalid_cursor_status=400,
        ),
    ),
)


def _items(parsed: ResponseList) -> list[ResponseItem]:
    return list(parsed.items)


def _parsed_page(client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseList:
    parsed = _parse_response(client=client, response=response)
    if not isinstance(parsed, ResponseList):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, ResponseList]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResponseList]:
        response = client.request("list_responses", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, ResponseList]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResponseList]:
        response = await client.arequest("list_responses", **_get_kwargs(**request))
        return response, _parsed_page(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def iter_pages(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
) -> _pagination.PageIterator[ResponseList, ResponseItem]:
    """Every page, lazily, walked as the spec's x-iteration says (strategy: cursor, exact).

    Takes the same arguments as `sync`, without the ones the walk sends itself. `checkpoint`
    resumes after the page that gave it (`page.checkpoint`, with the same arguments);
    `on_page(page)` is called after each request. The iterator counts `pages_fetched`,
    `items_yielded` and the API's `total`.
    """
    return _pagination.iter_pages(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def iter_items(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
) -> _pagination.ItemIterator[ResponseItem]:
    """Every item of every page (see `iter_pages`); `checkpoint` resumes after the last page handed out in full."""
    return _pagination.iter_items(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_pages(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
) -> _pagination.AsyncPageIterator[ResponseList, ResponseItem]:
    """The async twin of `iter_pages`."""
    return _pagination.aiter_pages(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_items(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
) -> _pagination.AsyncItemIterator[ResponseItem]:
    """The async twin of `iter_items`."""
    return _pagination.aiter_items(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )
