import datetime
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any, Literal

import httpx

from formclients.runtime import pagination as _pagination
from formclients.runtime import query as _query

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_item import ResponseItem
from ...models.response_list import ResponseList
from ...types import Response


def _get_kwargs(
    *,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
    format_: Literal["csv", "json"] | None = None,
    accept: str = "application/json",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["form_id"] = form_id

    params["environment"] = environment

    params["limit"] = limit

    params["cursor"] = cursor

    if from_ is not None:
        params["from"] = _query.date_time(from_, parameter="from_")

    if to is not None:
        params["to"] = _query.date_time(to, parameter="to")

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses",
        "params": params,
    }

    _kwargs.setdefault("headers", {})["Accept"] = accept  # this operation can answer in several content types
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseList | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = ResponseList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_export_csv(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    """The body as str, for a success status that can answer text/csv."""
    if 200 <= response.status_code <= 200:
        return response.text
    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResponseList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseList:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> Response[ResponseList]:
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

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        Response[ResponseList]: the status, headers and body; `parsed` is the ResponseList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
    )
    response = client.request("list_responses", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> ResponseList:
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

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        ResponseList: A page of responses (JSON), or every matching response as CSV when `format=csv`.
            The CSV is RFC 4180 (records end in CRLF; a field holding a comma, a double quote, CR or LF is
            quoted) and safe to open in a spreadsheet: following OWASP's CSV injection rule, a cell starting
            with `=`, `+`, `-`, `@`, TAB or CR is written with a leading `'` (so `=HYPERLINK(...)` arrives
            as `'=HYPERLINK(...)`, and `-5` as `'-5`). Not documented by the provider (the docs' example has
            no such values); this spec assumes the export neutralises cells this way.

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
    )
    return _success(client, client.request("list_responses", **kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> Response[ResponseList]:
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

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        Response[ResponseList]: the status, headers and body; `parsed` is the ResponseList
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
    )
    response = await client.arequest("list_responses", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> ResponseList:
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

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        ResponseList: A page of responses (JSON), or every matching response as CSV when `format=csv`.
            The CSV is RFC 4180 (records end in CRLF; a field holding a comma, a double quote, CR or LF is
            quoted) and safe to open in a spreadsheet: following OWASP's CSV injection rule, a cell starting
            with `=`, `+`, `-`, `@`, TAB or CR is written with a leading `'` (so `=HYPERLINK(...)` arrives
            as `'=HYPERLINK(...)`, and `-5` as `'-5`). Not documented by the provider (the docs' example has
            no such values); this spec assumes the export neutralises cells this way.

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
    )
    return _success(client, await client.arequest("list_responses", **kwargs))


def _export_csv_build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_export_csv(client=client, response=response),
    )


def _export_csv_success(client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_export_csv(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def export_csv_sync_detailed(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> Response[str]:
    """List or export responses, as text/csv

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

    Sends `format_='csv'` and `Accept: text/csv`.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        Response[str]: the status, headers and body; `parsed` is the str
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        format_="csv",
        accept="text/csv",
    )
    response = client.request("list_responses", **kwargs)
    return _export_csv_build_response(client=client, response=response)


def export_csv_sync(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> str:
    """List or export responses, as text/csv

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

    Sends `format_='csv'` and `Accept: text/csv`.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        str: text/csv

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        format_="csv",
        accept="text/csv",
    )
    return _export_csv_success(client, client.request("list_responses", **kwargs))


async def export_csv_asyncio_detailed(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> Response[str]:
    """List or export responses, as text/csv

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

    Sends `format_='csv'` and `Accept: text/csv`.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        Response[str]: the status, headers and body; `parsed` is the str
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        format_="csv",
        accept="text/csv",
    )
    response = await client.arequest("list_responses", **kwargs)
    return _export_csv_build_response(client=client, response=response)


async def export_csv_asyncio(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    cursor: str | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
) -> str:
    """List or export responses, as text/csv

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

    Sends `format_='csv'` and `Accept: text/csv`.

    An optional argument left at None is not sent.

    Args:
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.
        limit: Items per page (default 50, max 100). The default is deliberately not written as a schema
            `default`, so that a plain call sends no `limit` (the server applies 50) and auto-pagination
            asks for the largest page, 100.
        cursor: Pagination cursor: the `pagination.nextCursor` of the previous page. Opaque; a cursor
            this API did not issue answers 400 (assumed).
        from_: Start date (ISO 8601), inclusive (assumed). Takes a datetime: an aware one is sent in UTC
            (a naive one is refused).
        to: End date (ISO 8601), exclusive (assumed). Takes a datetime: an aware one is sent in UTC (a
            naive one is refused).

    Returns:
        str: text/csv

    Raises:
        errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
            body.
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
            responses endpoint (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        environment=environment,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        format_="csv",
        accept="text/csv",
    )
    return _export_csv_success(client, await client.arequest("list_responses", **kwargs))


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


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, ResponseList]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResponseList]:
        response = client.request("list_responses", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, ResponseList]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, ResponseList]:
        response = await client.arequest("list_responses", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if value is not None}


def iter_pages(
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
    limit: int | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
) -> _pagination.PageIterator[ResponseList, ResponseItem]:
    """Every page, lazily, walked as the spec's x-iteration says (cursor: exact by default).

    Takes the arguments of `sync`, less those the walk sends itself. `checkpoint` resumes right
    after the page that gave it (`page.checkpoint`, with the same arguments); `on_page(page)` is
    called after each request. The iterator counts `pages_fetched` and `items_yielded`, and
    reports the API's `total`, its `strategy` and its `guarantee`.
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
    limit: int | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
) -> _pagination.ItemIterator[ResponseItem]:
    """Every item of every page (see `iter_pages`); `checkpoint` moves once a page is handed out in full."""
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
    limit: int | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
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
    limit: int | None = None,
    from_: datetime.datetime | None = None,
    to: datetime.datetime | None = None,
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
