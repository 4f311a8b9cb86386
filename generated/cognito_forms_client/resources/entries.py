"""`entries`: the entries operations of the Cognito Forms API, as `client.entries.<method>(...)`."""

from collections.abc import Callable
from functools import cached_property

from formclients.runtime import pagination as _pagination

from ..api.entries import create_entry, delete_entry, get_entry, list_entries, update_entry
from ..client import AuthenticatedClient
from ..models.entry import Entry
from ..models.entry_collection import EntryCollection
from ..models.entry_input import EntryInput
from ..models.entry_row import EntryRow
from ..types import Response


class Entries:
    """The entries operations (sync). Reach them as `client.entries`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "EntriesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return EntriesWithRawResponse(self._client)

    def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Create entry

        Creates (submits) a new entry of the form. The body is the entry's field values, shaped
        by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
        read-write. The created entry comes back with status 200, as in the provider's
        connector definition; 201 is not used. Not a safe retry: repeating the request creates
        a second entry. Not documented by the provider; this spec assumes that values failing
        the form's validation answer 400.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            body: The entry to create for the form.

        Returns:
            Entry: The created entry.

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
        return create_entry.sync(
            form=form,
            client=client,
            body=body,
        )

    def get(
        self,
        form: str,
        entry_id: str,
    ) -> Entry:
        """Get entry

        Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
        of read (or higher).

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
                e.g. `1-3`).

        Returns:
            Entry: The entry.

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
        return get_entry.sync(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def delete(
        self,
        form: str,
        entry_id: str,
    ) -> None:
        """Delete entry

        Deletes an entry. Needs an Entry Scope of read-write-delete. Afterwards the entry answers 404.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
                e.g. `1-3`).

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
        return delete_entry.sync(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Update entry

        Updates an entry: the fields present in the body replace the entry's values, the others
        are kept. Needs an Entry Scope of read-write. Not documented by the provider; this spec
        assumes the entry's `Entry.Version` increases by one and `Entry.DateUpdated` moves to
        the time of the update.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
                e.g. `1-3`).
            body: The updated entry data.

        Returns:
            Entry: The updated entry.

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
        return update_entry.sync(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )

    def list(
        self,
        form: str,
        view: int,
        *,
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

        client = self._client
        return list_entries.sync(
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

    def iter_pages(
        self,
        form: str,
        view: int,
        *,
        filter_: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        count: bool | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
    ) -> _pagination.PageIterator[EntryCollection, EntryRow]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (keyset: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_entries.iter_pages(
            form=form,
            view=view,
            client=client,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        form: str,
        view: int,
        *,
        filter_: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        count: bool | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
    ) -> _pagination.ItemIterator[EntryRow]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_entries.iter_items(
            form=form,
            view=view,
            client=client,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
            checkpoint=checkpoint,
            on_page=on_page,
        )


class AsyncEntries:
    """The entries operations (async). Reach them as `client.entries` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncEntriesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncEntriesWithRawResponse(self._client)

    async def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Create entry

        Creates (submits) a new entry of the form. The body is the entry's field values, shaped
        by the form's schema (get_form_schema with `input=true`). Needs an Entry Scope of
        read-write. The created entry comes back with status 200, as in the provider's
        connector definition; 201 is not used. Not a safe retry: repeating the request creates
        a second entry. Not documented by the provider; this spec assumes that values failing
        the form's validation answer 400.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            body: The entry to create for the form.

        Returns:
            Entry: The created entry.

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
        return await create_entry.asyncio(
            form=form,
            client=client,
            body=body,
        )

    async def get(
        self,
        form: str,
        entry_id: str,
    ) -> Entry:
        """Get entry

        Gets one entry of the form, by its number (`3`) or its Id (`1-3`). Needs an Entry Scope
        of read (or higher).

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
                e.g. `1-3`).

        Returns:
            Entry: The entry.

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
        return await get_entry.asyncio(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def delete(
        self,
        form: str,
        entry_id: str,
    ) -> None:
        """Delete entry

        Deletes an entry. Needs an Entry Scope of read-write-delete. Afterwards the entry answers 404.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
                e.g. `1-3`).

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
        return await delete_entry.asyncio(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Entry:
        """Update entry

        Updates an entry: the fields present in the body replace the entry's values, the others
        are kept. Needs an Entry Scope of read-write. Not documented by the provider; this spec
        assumes the entry's `Entry.Version` increases by one and `Entry.DateUpdated` moves to
        the time of the update.

        Args:
            form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
                says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
            entry_id: The entry, by its number (`Entry.Number`, e.g. `3`) or its `Id` (`{form Id}-{number}`,
                e.g. `1-3`).
            body: The updated entry data.

        Returns:
            Entry: The updated entry.

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
        return await update_entry.asyncio(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )

    async def list(
        self,
        form: str,
        view: int,
        *,
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

        client = self._client
        return await list_entries.asyncio(
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

    def iter_pages(
        self,
        form: str,
        view: int,
        *,
        filter_: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        count: bool | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
    ) -> _pagination.AsyncPageIterator[EntryCollection, EntryRow]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (keyset: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_entries.aiter_pages(
            form=form,
            view=view,
            client=client,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        form: str,
        view: int,
        *,
        filter_: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        count: bool | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[EntryCollection, EntryRow]], object] | None = None,
    ) -> _pagination.AsyncItemIterator[EntryRow]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_entries.aiter_items(
            form=form,
            view=view,
            client=client,
            filter_=filter_,
            orderby=orderby,
            top=top,
            count=count,
            checkpoint=checkpoint,
            on_page=on_page,
        )


class EntriesWithRawResponse:
    """The entries operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`create`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return create_entry.sync_detailed(
            form=form,
            client=client,
            body=body,
        )

    def get(
        self,
        form: str,
        entry_id: str,
    ) -> Response[Entry]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_entry.sync_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def delete(
        self,
        form: str,
        entry_id: str,
    ) -> Response[None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return delete_entry.sync_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return update_entry.sync_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )

    def list(
        self,
        form: str,
        view: int,
        *,
        filter_: str | None = None,
        select: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        count: bool | None = False,
    ) -> Response[EntryCollection]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_entries.sync_detailed(
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


class AsyncEntriesWithRawResponse:
    """The async entries operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        form: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`create`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await create_entry.asyncio_detailed(
            form=form,
            client=client,
            body=body,
        )

    async def get(
        self,
        form: str,
        entry_id: str,
    ) -> Response[Entry]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_entry.asyncio_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def delete(
        self,
        form: str,
        entry_id: str,
    ) -> Response[None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await delete_entry.asyncio_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
        )

    async def update(
        self,
        form: str,
        entry_id: str,
        *,
        body: EntryInput,
    ) -> Response[Entry]:
        """`update`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await update_entry.asyncio_detailed(
            form=form,
            entry_id=entry_id,
            client=client,
            body=body,
        )

    async def list(
        self,
        form: str,
        view: int,
        *,
        filter_: str | None = None,
        select: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        count: bool | None = False,
    ) -> Response[EntryCollection]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_entries.asyncio_detailed(
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
