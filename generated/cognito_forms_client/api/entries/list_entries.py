from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers
from formclients.runtime import pagination as _pagination

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry_collection import EntryCollection
from ...models.entry_row import EntryRow
from ...types import Response


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
    filter_: str | None = None,
    select: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    skip: int | None = None,
    count: bool | None = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$filter"] = filter_

    params["$select"] = select

    params["$orderby"] = orderby

    params["$top"] = top

    params["$skip"] = skip

    params["$count"] = count

    params = {k: v for k, v in params.items() if v is not None}

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


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> EntryCollection:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | None = None,
    select: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    skip: int | None = None,
    count: bool | None = False,
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

    An optional argument left at None is not sent.

    Args:
        form: The form, by its `Id` (e.g. `1`) or internal name (`ContactUs`, optionally quoted OData-
            style as `'ContactUs'`).
        view: The view's number; 1 is every form's default view of all entries (assumed).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        filter_: An OData filter over the supported properties (see the operation), e.g. `Entry/Number
            gt 30 and Entry/Status eq 'Submitted'`.
        select: Comma-separated top-level properties to return, e.g. `Id,Entry,Email`.
        orderby: Comma-separated properties to order by, each optionally `asc` or `desc`, e.g.
            `Entry/DateUpdated desc`.
        top: The largest number of entries to return (at most 1000, assumed).
        skip: How many matching entries to skip before the first one returned.
        count: true adds `@odata.count`, the number of entries matching `$filter`.

    Returns:
        Response[EntryCollection]: the status, headers and body; `parsed` is the EntryCollection
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
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
    filter_: str | None = None,
    select: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    skip: int | None = None,
    count: bool | None = False,
) -> EntryCollection:
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

    An optional argument left at None is not sent.

    Args:
        form: The form, by its `Id` (e.g. `1`) or internal name (`ContactUs`, optionally quoted OData-
            style as `'ContactUs'`).
        view: The view's number; 1 is every form's default view of all entries (assumed).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        filter_: An OData filter over the supported properties (see the operation), e.g. `Entry/Number
            gt 30 and Entry/Status eq 'Submitted'`.
        select: Comma-separated top-level properties to return, e.g. `Id,Entry,Email`.
        orderby: Comma-separated properties to order by, each optionally `asc` or `desc`, e.g.
            `Entry/DateUpdated desc`.
        top: The largest number of entries to return (at most 1000, assumed).
        skip: How many matching entries to skip before the first one returned.
        count: true adds `@odata.count`, the number of entries matching `$filter`.

    Returns:
        EntryCollection: The matching entries, in OData's envelope.

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
    return _success(client, client.request("list_entries", **kwargs))


async def asyncio_detailed(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | None = None,
    select: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    skip: int | None = None,
    count: bool | None = False,
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

    An optional argument left at None is not sent.

    Args:
        form: The form, by its `Id` (e.g. `1`) or internal name (`ContactUs`, optionally quoted OData-
            style as `'ContactUs'`).
        view: The view's number; 1 is every form's default view of all entries (assumed).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        filter_: An OData filter over the supported properties (see the operation), e.g. `Entry/Number
            gt 30 and Entry/Status eq 'Submitted'`.
        select: Comma-separated top-level properties to return, e.g. `Id,Entry,Email`.
        orderby: Comma-separated properties to order by, each optionally `asc` or `desc`, e.g.
            `Entry/DateUpdated desc`.
        top: The largest number of entries to return (at most 1000, assumed).
        skip: How many matching entries to skip before the first one returned.
        count: true adds `@odata.count`, the number of entries matching `$filter`.

    Returns:
        Response[EntryCollection]: the status, headers and body; `parsed` is the EntryCollection
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
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
    filter_: str | None = None,
    select: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    skip: int | None = None,
    count: bool | None = False,
) -> EntryCollection:
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

    An optional argument left at None is not sent.

    Args:
        form: The form, by its `Id` (e.g. `1`) or internal name (`ContactUs`, optionally quoted OData-
            style as `'ContactUs'`).
        view: The view's number; 1 is every form's default view of all entries (assumed).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        filter_: An OData filter over the supported properties (see the operation), e.g. `Entry/Number
            gt 30 and Entry/Status eq 'Submitted'`.
        select: Comma-separated top-level properties to return, e.g. `Id,Entry,Email`.
        orderby: Comma-separated properties to order by, each optionally `asc` or `desc`, e.g.
            `Entry/DateUpdated desc`.
        top: The largest number of entries to return (at most 1000, assumed).
        skip: How many matching entries to skip before the first one returned.
        count: true adds `@odata.count`, the number of entries matching `$filter`.

    Returns:
        EntryCollection: The matching entries, in OData's envelope.

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
    return _success(client, await client.arequest("list_entries", **kwargs))


PAGINATION = _pagination.Pagination(
    style="offset",
    offset_argument="skip",
    size_argument="top",
    size=1000,
    sends_size=True,
    total_items="/@odata.count",
    operation="cognito_forms.list_entries",
    item_id=("id",),
    strategies=(
        _pagination.Strategy(
            name="keyset",
            guarantee="exact",
            sets=(("orderby", "Entry/Number"), ("count", True)),
            key=("entry", "number"),
            key_type="integer",
            bound_argument="filter_",
            bound_format="Entry/Number gt {key}",
            bound_join=" and ",
            unless=(("filter_", " or "),),
        ),
        _pagination.Strategy(
            name="overlap",
            guarantee="exact",
        ),
    ),
)


def _items(parsed: EntryCollection) -> list[EntryRow]:
    return list(parsed.value)


def _fetch(client: AuthenticatedClient | Client) -> Callable[[dict[str, Any]], tuple[httpx.Response, EntryCollection]]:
    def fetch(request: dict[str, Any]) -> tuple[httpx.Response, EntryCollection]:
        response = client.request("list_entries", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _afetch(
    client: AuthenticatedClient | Client,
) -> Callable[[dict[str, Any]], Awaitable[tuple[httpx.Response, EntryCollection]]]:
    async def fetch(request: dict[str, Any]) -> tuple[httpx.Response, EntryCollection]:
        response = await client.arequest("list_entries", **_get_kwargs(**request))
        return response, _success(client, response)

    return fetch


def _arguments(**arguments: Any) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if value is not None}


def iter_pages(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    count: bool | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
) -> _pagination.PageIterator[EntryCollection, EntryRow]:
    """Every page, lazily, walked as the spec's x-iteration says (keyset: exact by default).

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
            form=form,
            view=view,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def iter_items(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    count: bool | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
) -> _pagination.ItemIterator[EntryRow]:
    """Every item of every page (see `iter_pages`); `checkpoint` moves once a page is handed out in full."""
    return _pagination.iter_items(
        PAGINATION,
        _fetch(client),
        _items,
        _arguments(
            form=form,
            view=view,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_pages(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    count: bool | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
) -> _pagination.AsyncPageIterator[EntryCollection, EntryRow]:
    """The async twin of `iter_pages`."""
    return _pagination.aiter_pages(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form=form,
            view=view,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )


def aiter_items(
    form: str,
    view: int,
    *,
    client: AuthenticatedClient,
    filter_: str | None = None,
    orderby: str | None = None,
    top: int | None = None,
    count: bool | None = None,
    checkpoint: str | None = None,
    on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
) -> _pagination.AsyncItemIterator[EntryRow]:
    """The async twin of `iter_items`."""
    return _pagination.aiter_items(
        PAGINATION,
        _afetch(client),
        _items,
        _arguments(
            form=form,
            view=view,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
        ),
        checkpoint=checkpoint,
        on_page=on_page,
    )
