"""`responses`: the responses operations of the Formr Submissions API, as `client.responses.<method>(...)`."""

import datetime
from collections.abc import Callable
from functools import cached_property

from formclients.runtime import pagination as _pagination

from ..api.responses import (
    add_submission_note,
    get_submission,
    list_responses,
    mark_submission_read,
    reply_to_submission,
    star_submission,
)
from ..client import AuthenticatedClient
from ..models.note import Note
from ..models.note_request import NoteRequest
from ..models.reply_request import ReplyRequest
from ..models.reply_response import ReplyResponse
from ..models.response_item import ResponseItem
from ..models.response_list import ResponseList
from ..models.star_request import StarRequest
from ..models.star_response import StarResponse
from ..models.success import Success
from ..types import Response


class Responses:
    """The responses operations (sync). Reach them as `client.responses`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "ResponsesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return ResponsesWithRawResponse(self._client)

    def list(
        self,
        *,
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

        client = self._client
        return list_responses.sync(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    def export_csv(
        self,
        *,
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

        client = self._client
        return list_responses.export_csv_sync(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    def iter_pages(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
    ) -> _pagination.PageIterator[ResponseList, ResponseItem]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (cursor: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_responses.iter_pages(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
    ) -> _pagination.ItemIterator[ResponseItem]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_responses.iter_items(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def get(
        self,
        submission_id: str,
        *,
        form_id: str,
        environment: str,
    ) -> ResponseItem:
        """Get submission

        Retrieves one submission with its management metadata. Only the form's owner may read
        it. Not documented by the provider; this spec assumes a submission that does not belong
        to `form_id` answers 404, as does an unknown one, and 403 when the caller does not own
        the form.

        Args:
            submission_id: Submission ID.
            form_id: Form ID.
            environment: Workspace environment (the docs' examples use `development`). Not documented by the
                provider: the possible values; this spec assumes a free string naming one of the workspace's
                environments, and that a form asked for in an environment it does not belong to answers 404.

        Returns:
            ResponseItem: The submission and its metadata.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return get_submission.sync(
            submission_id=submission_id,
            client=client,
            form_id=form_id,
            environment=environment,
        )

    def mark_read(
        self,
        submission_id: str,
    ) -> Success:
        """Mark submission as read

        Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
        submission again also answers 200. The docs give no request body. Not documented by the
        provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
        get_submission.

        Args:
            submission_id: Submission ID.

        Returns:
            Success: OK.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return mark_submission_read.sync(
            submission_id=submission_id,
            client=client,
        )

    def star(
        self,
        submission_id: str,
        *,
        body: StarRequest,
    ) -> StarResponse:
        """Star or unstar submission

        Stars (`starred: true`) or unstars (`starred: false`) a submission; `meta.starred`
        takes the given value. Not documented by the provider; this spec assumes 400, 401,
        403 (not the form's owner) and 404 as for get_submission.

        Args:
            submission_id: Submission ID.
            body: Star or unstar a submission

        Returns:
            StarResponse: OK, with the submission's new starred state.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return star_submission.sync(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    def add_note(
        self,
        submission_id: str,
        *,
        body: NoteRequest,
    ) -> Note:
        """Add note

        Adds an admin note to a submission; it is appended to `meta.notes`. The docs answer
        200 (not 201). Not a safe retry: repeating the request adds a second note. Not
        documented by the provider; this spec assumes 400, 401, 403 (not the form's owner) and
        404 as for get_submission.

        Args:
            submission_id: Submission ID.
            body: A note to add to a submission

        Returns:
            Note: The note that was added.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return add_submission_note.sync(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    def reply(
        self,
        submission_id: str,
        *,
        body: ReplyRequest,
    ) -> ReplyResponse:
        """Reply to submission

        Sends a reply email to the person who made the submission. Not a safe retry: repeating
        the request sends a second email. Not documented by the provider; this spec assumes:
        the email goes to the submission's first email-type answer; a submission without a
        usable email address (none given, or stored hashed or dropped) answers 400; an omitted
        `subject` becomes `Re: <form name>`; 401, 403 (not the form's owner) and 404 as for
        get_submission.

        Args:
            submission_id: Submission ID.
            body: An email reply to the person who made a submission

        Returns:
            ReplyResponse: The reply was sent.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return reply_to_submission.sync(
            submission_id=submission_id,
            client=client,
            body=body,
        )


class AsyncResponses:
    """The responses operations (async). Reach them as `client.responses` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncResponsesWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncResponsesWithRawResponse(self._client)

    async def list(
        self,
        *,
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

        client = self._client
        return await list_responses.asyncio(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    async def export_csv(
        self,
        *,
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

        client = self._client
        return await list_responses.export_csv_asyncio(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    def iter_pages(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
    ) -> _pagination.AsyncPageIterator[ResponseList, ResponseItem]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (cursor: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_responses.aiter_pages(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[ResponseList, ResponseItem]], object] | None = None,
    ) -> _pagination.AsyncItemIterator[ResponseItem]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_responses.aiter_items(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            from_=from_,
            to=to,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    async def get(
        self,
        submission_id: str,
        *,
        form_id: str,
        environment: str,
    ) -> ResponseItem:
        """Get submission

        Retrieves one submission with its management metadata. Only the form's owner may read
        it. Not documented by the provider; this spec assumes a submission that does not belong
        to `form_id` answers 404, as does an unknown one, and 403 when the caller does not own
        the form.

        Args:
            submission_id: Submission ID.
            form_id: Form ID.
            environment: Workspace environment (the docs' examples use `development`). Not documented by the
                provider: the possible values; this spec assumes a free string naming one of the workspace's
                environments, and that a form asked for in an environment it does not belong to answers 404.

        Returns:
            ResponseItem: The submission and its metadata.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await get_submission.asyncio(
            submission_id=submission_id,
            client=client,
            form_id=form_id,
            environment=environment,
        )

    async def mark_read(
        self,
        submission_id: str,
    ) -> Success:
        """Mark submission as read

        Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
        submission again also answers 200. The docs give no request body. Not documented by the
        provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
        get_submission.

        Args:
            submission_id: Submission ID.

        Returns:
            Success: OK.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await mark_submission_read.asyncio(
            submission_id=submission_id,
            client=client,
        )

    async def star(
        self,
        submission_id: str,
        *,
        body: StarRequest,
    ) -> StarResponse:
        """Star or unstar submission

        Stars (`starred: true`) or unstars (`starred: false`) a submission; `meta.starred`
        takes the given value. Not documented by the provider; this spec assumes 400, 401,
        403 (not the form's owner) and 404 as for get_submission.

        Args:
            submission_id: Submission ID.
            body: Star or unstar a submission

        Returns:
            StarResponse: OK, with the submission's new starred state.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await star_submission.asyncio(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    async def add_note(
        self,
        submission_id: str,
        *,
        body: NoteRequest,
    ) -> Note:
        """Add note

        Adds an admin note to a submission; it is appended to `meta.notes`. The docs answer
        200 (not 201). Not a safe retry: repeating the request adds a second note. Not
        documented by the provider; this spec assumes 400, 401, 403 (not the form's owner) and
        404 as for get_submission.

        Args:
            submission_id: Submission ID.
            body: A note to add to a submission

        Returns:
            Note: The note that was added.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await add_submission_note.asyncio(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    async def reply(
        self,
        submission_id: str,
        *,
        body: ReplyRequest,
    ) -> ReplyResponse:
        """Reply to submission

        Sends a reply email to the person who made the submission. Not a safe retry: repeating
        the request sends a second email. Not documented by the provider; this spec assumes:
        the email goes to the submission's first email-type answer; a submission without a
        usable email address (none given, or stored hashed or dropped) answers 400; an omitted
        `subject` becomes `Re: <form name>`; 401, 403 (not the form's owner) and 404 as for
        get_submission.

        Args:
            submission_id: Submission ID.
            body: An email reply to the person who made a submission

        Returns:
            ReplyResponse: The reply was sent.

        Raises:
            errors.BadRequestError: 400: Invalid request, such as missing required parameters or an invalid
                body.
            errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
                submit (where none is needed) only a given but invalid credential gets it (assumed).
            errors.PermissionDeniedError: 403: Forbidden (not form owner), or a publishable key on a
                responses endpoint (assumed).
            errors.NotFoundError: 404: Submission not found. Not documented by the provider; this spec
                assumes 404 for an unknown submission (or one not of `form_id`) and for an unknown form.
            errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
                body).
            errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            errors.APITimeoutError: no answer within the client's timeout.
            errors.APIConnectionError: the API could not be reached.
            errors.UnexpectedStatus: a success status the spec does not document.
        """

        client = self._client
        return await reply_to_submission.asyncio(
            submission_id=submission_id,
            client=client,
            body=body,
        )


class ResponsesWithRawResponse:
    """The responses operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        cursor: str | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
    ) -> Response[ResponseList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_responses.sync_detailed(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    def export_csv(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        cursor: str | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
    ) -> Response[str]:
        """`export_csv`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_responses.export_csv_sync_detailed(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    def get(
        self,
        submission_id: str,
        *,
        form_id: str,
        environment: str,
    ) -> Response[ResponseItem]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_submission.sync_detailed(
            submission_id=submission_id,
            client=client,
            form_id=form_id,
            environment=environment,
        )

    def mark_read(
        self,
        submission_id: str,
    ) -> Response[Success]:
        """`mark_read`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return mark_submission_read.sync_detailed(
            submission_id=submission_id,
            client=client,
        )

    def star(
        self,
        submission_id: str,
        *,
        body: StarRequest,
    ) -> Response[StarResponse]:
        """`star`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return star_submission.sync_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    def add_note(
        self,
        submission_id: str,
        *,
        body: NoteRequest,
    ) -> Response[Note]:
        """`add_note`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return add_submission_note.sync_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    def reply(
        self,
        submission_id: str,
        *,
        body: ReplyRequest,
    ) -> Response[ReplyResponse]:
        """`reply`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return reply_to_submission.sync_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )


class AsyncResponsesWithRawResponse:
    """The async responses operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        cursor: str | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
    ) -> Response[ResponseList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_responses.asyncio_detailed(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    async def export_csv(
        self,
        *,
        form_id: str,
        environment: str,
        limit: int | None = None,
        cursor: str | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
    ) -> Response[str]:
        """`export_csv`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_responses.export_csv_asyncio_detailed(
            client=client,
            form_id=form_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
            from_=from_,
            to=to,
        )

    async def get(
        self,
        submission_id: str,
        *,
        form_id: str,
        environment: str,
    ) -> Response[ResponseItem]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_submission.asyncio_detailed(
            submission_id=submission_id,
            client=client,
            form_id=form_id,
            environment=environment,
        )

    async def mark_read(
        self,
        submission_id: str,
    ) -> Response[Success]:
        """`mark_read`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await mark_submission_read.asyncio_detailed(
            submission_id=submission_id,
            client=client,
        )

    async def star(
        self,
        submission_id: str,
        *,
        body: StarRequest,
    ) -> Response[StarResponse]:
        """`star`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await star_submission.asyncio_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    async def add_note(
        self,
        submission_id: str,
        *,
        body: NoteRequest,
    ) -> Response[Note]:
        """`add_note`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await add_submission_note.asyncio_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )

    async def reply(
        self,
        submission_id: str,
        *,
        body: ReplyRequest,
    ) -> Response[ReplyResponse]:
        """`reply`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await reply_to_submission.asyncio_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )
