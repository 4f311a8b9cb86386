from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry_collection import EntryCollection
from ...types import UNSET, Response, Unset


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying. Assumed; clients should also accept an HTTP-date."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    form: str,
    view: int,
    *,
    filter_: str | Unset = UNSET,
    select: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    count: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$filter"] = filter_

    params["$select"] = select

    params["$orderby"] = orderby

    params["$top"] = top

    params["$skip"] = skip

    params["$count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/odata/Forms({form})/Views({view})/Entries".format(
            form=quote(str(form), safe=""),
            view=quote(str(view), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EntryCollection | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = EntryCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EntryCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    select: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    count: bool | Unset = False,
) -> Response[EntryCollection]:
    """List entries (OData)

     Lists the entries of one of the form's views through Cognito's OData endpoint.
    **Not in the prose docs nor in the connector definition**: the REST API has no list
    operation, and public scripts read entries this way (`GET
    /api/odata/Forms({form})/Views({view})/Entries` with `$filter`, `$select`, `$top`,
    `$skip`, `$count`). Everything beyond that path and those option names is this spec's
    assumption, following OData v4 and written down here:

    - The answer is `{"@odata.context", "@odata.count" (only with `$count=true`),
      "value": [...]}`; each element of `value` is the entry as get_entry returns it,
      limited to the view's fields and, with `$select`, to the selected properties.
    - `$filter` supports comparisons `PROPERTY OP LITERAL` with OP one of `eq ne gt ge lt
      le`, joined by `and` (and `or`, which binds looser; no parentheses, no `not`, no
      functions). PROPERTY is `Id`, `Entry/Number`, `Entry/Status`, `Entry/DateCreated`,
      `Entry/DateSubmitted`, `Entry/DateUpdated` or a top-level text, number or yes/no
      field of the form. LITERAL is an integer or decimal, a quoted string (`'it''s'`), an
      unquoted date-time (`2026-01-01T00:00:00Z`), `true`, `false` or `null`. Dates
      compare as instants, `Id` as text (OData string comparison), `Entry/Number` as a
      number. Anything else answers 400 with the Error object naming the problem.
    - `$orderby` is a comma-separated list of the same properties, each optionally followed
      by `asc` (default) or `desc`; the entry number breaks ties. Without `$orderby`,
      entries come in entry-number order.
    - `$top` is at most 1000; without it at most 1000 entries are returned (no
      `@odata.nextLink`: page with `$top`/`$skip`). `$skip` skips that many matching
      entries. `$count=true` adds `@odata.count`, the number of entries matching `$filter`
      (before `$skip`/`$top`).
    - `$select` is a comma-separated list of top-level properties (`Id`, `Form`, `Entry`
      or the view's fields).

    Entry numbers only grow and are never reused, so `$orderby=Entry/Number` with `$filter=Entry/Number
    gt N` (N the last number seen) pages without gaps or repeats while entries are added
    or deleted; `$skip` paging shifts when an earlier entry is deleted. Every form has view
    1 (all entries, every field); views may restrict the entries and fields (the demo
    JobApplication form's view 2 holds the open applications). Needs an Entry Scope of
    read (assumed); an unknown form or view answers 404.

    Args:
        form (str):
        view (int):
        filter_ (str | Unset):
        select (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryCollection]
    """

    kwargs = _get_kwargs(
        form=form,
        view=view,
        filter_=filter_,
        select=select,
        orderby=orderby,
        top=top,
        skip=skip,
        count=count,
    )
    response = client.request("list_entries", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    select: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    count: bool | Unset = False,
) -> EntryCollection | None:
    """List entries (OData)

     Lists the entries of one of the form's views through Cognito's OData endpoint.
    **Not in the prose docs nor in the connector definition**: the REST API has no list
    operation, and public scripts read entries this way (`GET
    /api/odata/Forms({form})/Views({view})/Entries` with `$filter`, `$select`, `$top`,
    `$skip`, `$count`). Everything beyond that path and those option names is this spec's
    assumption, following OData v4 and written down here:

    - The answer is `{"@odata.context", "@odata.count" (only with `$count=true`),
      "value": [...]}`; each element of `value` is the entry as get_entry returns it,
      limited to the view's fields and, with `$select`, to the selected properties.
    - `$filter` supports comparisons `PROPERTY OP LITERAL` with OP one of `eq ne gt ge lt
      le`, joined by `and` (and `or`, which binds looser; no parentheses, no `not`, no
      functions). PROPERTY is `Id`, `Entry/Number`, `Entry/Status`, `Entry/DateCreated`,
      `Entry/DateSubmitted`, `Entry/DateUpdated` or a top-level text, number or yes/no
      field of the form. LITERAL is an integer or decimal, a quoted string (`'it''s'`), an
      unquoted date-time (`2026-01-01T00:00:00Z`), `true`, `false` or `null`. Dates
      compare as instants, `Id` as text (OData string comparison), `Entry/Number` as a
      number. Anything else answers 400 with the Error object naming the problem.
    - `$orderby` is a comma-separated list of the same properties, each optionally followed
      by `asc` (default) or `desc`; the entry number breaks ties. Without `$orderby`,
      entries come in entry-number order.
    - `$top` is at most 1000; without it at most 1000 entries are returned (no
      `@odata.nextLink`: page with `$top`/`$skip`). `$skip` skips that many matching
      entries. `$count=true` adds `@odata.count`, the number of entries matching `$filter`
      (before `$skip`/`$top`).
    - `$select` is a comma-separated list of top-level properties (`Id`, `Form`, `Entry`
      or the view's fields).

    Entry numbers only grow and are never reused, so `$orderby=Entry/Number` with `$filter=Entry/Number
    gt N` (N the last number seen) pages without gaps or repeats while entries are added
    or deleted; `$skip` paging shifts when an earlier entry is deleted. Every form has view
    1 (all entries, every field); views may restrict the entries and fields (the demo
    JobApplication form's view 2 holds the open applications). Needs an Entry Scope of
    read (assumed); an unknown form or view answers 404.

    Args:
        form (str):
        view (int):
        filter_ (str | Unset):
        select (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryCollection
    """

    return sync_detailed(
        form=form,
        view=view,
        client=client,
        filter_=filter_,
        select=select,
        orderby=orderby,
        top=top,
        skip=skip,
        count=count,
    ).parsed


async def asyncio_detailed(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    select: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    count: bool | Unset = False,
) -> Response[EntryCollection]:
    """List entries (OData)

     Lists the entries of one of the form's views through Cognito's OData endpoint.
    **Not in the prose docs nor in the connector definition**: the REST API has no list
    operation, and public scripts read entries this way (`GET
    /api/odata/Forms({form})/Views({view})/Entries` with `$filter`, `$select`, `$top`,
    `$skip`, `$count`). Everything beyond that path and those option names is this spec's
    assumption, following OData v4 and written down here:

    - The answer is `{"@odata.context", "@odata.count" (only with `$count=true`),
      "value": [...]}`; each element of `value` is the entry as get_entry returns it,
      limited to the view's fields and, with `$select`, to the selected properties.
    - `$filter` supports comparisons `PROPERTY OP LITERAL` with OP one of `eq ne gt ge lt
      le`, joined by `and` (and `or`, which binds looser; no parentheses, no `not`, no
      functions). PROPERTY is `Id`, `Entry/Number`, `Entry/Status`, `Entry/DateCreated`,
      `Entry/DateSubmitted`, `Entry/DateUpdated` or a top-level text, number or yes/no
      field of the form. LITERAL is an integer or decimal, a quoted string (`'it''s'`), an
      unquoted date-time (`2026-01-01T00:00:00Z`), `true`, `false` or `null`. Dates
      compare as instants, `Id` as text (OData string comparison), `Entry/Number` as a
      number. Anything else answers 400 with the Error object naming the problem.
    - `$orderby` is a comma-separated list of the same properties, each optionally followed
      by `asc` (default) or `desc`; the entry number breaks ties. Without `$orderby`,
      entries come in entry-number order.
    - `$top` is at most 1000; without it at most 1000 entries are returned (no
      `@odata.nextLink`: page with `$top`/`$skip`). `$skip` skips that many matching
      entries. `$count=true` adds `@odata.count`, the number of entries matching `$filter`
      (before `$skip`/`$top`).
    - `$select` is a comma-separated list of top-level properties (`Id`, `Form`, `Entry`
      or the view's fields).

    Entry numbers only grow and are never reused, so `$orderby=Entry/Number` with `$filter=Entry/Number
    gt N` (N the last number seen) pages without gaps or repeats while entries are added
    or deleted; `$skip` paging shifts when an earlier entry is deleted. Every form has view
    1 (all entries, every field); views may restrict the entries and fields (the demo
    JobApplication form's view 2 holds the open applications). Needs an Entry Scope of
    read (assumed); an unknown form or view answers 404.

    Args:
        form (str):
        view (int):
        filter_ (str | Unset):
        select (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryCollection]
    """

    kwargs = _get_kwargs(
        form=form,
        view=view,
        filter_=filter_,
        select=select,
        orderby=orderby,
        top=top,
        skip=skip,
        count=count,
    )
    response = await client.arequest("list_entries", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    select: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    count: bool | Unset = False,
) -> EntryCollection | None:
    """List entries (OData)

     Lists the entries of one of the form's views through Cognito's OData endpoint.
    **Not in the prose docs nor in the connector definition**: the REST API has no list
    operation, and public scripts read entries this way (`GET
    /api/odata/Forms({form})/Views({view})/Entries` with `$filter`, `$select`, `$top`,
    `$skip`, `$count`). Everything beyond that path and those option names is this spec's
    assumption, following OData v4 and written down here:

    - The answer is `{"@odata.context", "@odata.count" (only with `$count=true`),
      "value": [...]}`; each element of `value` is the entry as get_entry returns it,
      limited to the view's fields and, with `$select`, to the selected properties.
    - `$filter` supports comparisons `PROPERTY OP LITERAL` with OP one of `eq ne gt ge lt
      le`, joined by `and` (and `or`, which binds looser; no parentheses, no `not`, no
      functions). PROPERTY is `Id`, `Entry/Number`, `Entry/Status`, `Entry/DateCreated`,
      `Entry/DateSubmitted`, `Entry/DateUpdated` or a top-level text, number or yes/no
      field of the form. LITERAL is an integer or decimal, a quoted string (`'it''s'`), an
      unquoted date-time (`2026-01-01T00:00:00Z`), `true`, `false` or `null`. Dates
      compare as instants, `Id` as text (OData string comparison), `Entry/Number` as a
      number. Anything else answers 400 with the Error object naming the problem.
    - `$orderby` is a comma-separated list of the same properties, each optionally followed
      by `asc` (default) or `desc`; the entry number breaks ties. Without `$orderby`,
      entries come in entry-number order.
    - `$top` is at most 1000; without it at most 1000 entries are returned (no
      `@odata.nextLink`: page with `$top`/`$skip`). `$skip` skips that many matching
      entries. `$count=true` adds `@odata.count`, the number of entries matching `$filter`
      (before `$skip`/`$top`).
    - `$select` is a comma-separated list of top-level properties (`Id`, `Form`, `Entry`
      or the view's fields).

    Entry numbers only grow and are never reused, so `$orderby=Entry/Number` with `$filter=Entry/Number
    gt N` (N the last number seen) pages without gaps or repeats while entries are added
    or deleted; `$skip` paging shifts when an earlier entry is deleted. Every form has view
    1 (all entries, every field); views may restrict the entries and fields (the demo
    JobApplication form's view 2 holds the open applications). Needs an Entry Scope of
    read (assumed); an unknown form or view answers 404.

    Args:
        form (str):
        view (int):
        filter_ (str | Unset):
        select (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        count (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryCollection
    """

    return (
        await asyncio_detailed(
            form=form,
            view=view,
            client=client,
            filter_=filter_,
            select=select,
            orderby=orderby,
            top=top,
            skip=skip,
            count=count,
        )
    ).parsed
