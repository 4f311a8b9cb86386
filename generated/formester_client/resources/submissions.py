"""`submissions`: the submissions operations of the Formester API, as `client.submissions.<method>(...)`."""

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Literal
from uuid import UUID

from formclients.runtime import pagination as _pagination

from ..api.submissions import delete_submission, get_submission, list_submissions
from ..client import AuthenticatedClient
from ..models.message import Message
from ..models.submission import Submission
from ..models.submission_envelope import SubmissionEnvelope
from ..models.submission_list import SubmissionList
from ..types import Response


class Submissions:
    """The submissions operations (sync). Reach them as `client.submissions`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "SubmissionsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return SubmissionsWithRawResponse(self._client)

    def list(
        self,
        *,
        page: int | None = 1,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = "asc",
        filters: Mapping[str, str] | None = None,
    ) -> SubmissionList:
        """List submissions

        Retrieve the submissions of one form, 20 per page with a `meta` object, with optional
        field filters and sorting. Required scope: `submission.view`. Either `form_id` or
        `form_uuid` is required (field-based filtering needs one of them too).

        Filters are the form's own field names as query keys (`filters` here):
        `{field}=value` (exact match or substring), `{field}__gte`, `__gt`, `__lte`, `__lt`
        (comparisons); several filters must all match. `sort` names the field to sort by and
        `order` its direction (asc, the default, or desc).

        Not documented by the provider; this spec assumes: without form_id and form_uuid the
        answer is 400 "form_id or form_uuid is required"; when both are given they must name
        the same form, else 404 "Form not found or not authorized" (also for unknown forms and
        forms outside a restricted token); the equals filter is a case-insensitive substring
        match (numeric equality when the field and the value are both numbers); comparisons are numeric when
        the value and the field are both numbers and
        string comparisons otherwise (ISO 8601 dates therefore compare chronologically); a
        submission without the filtered field does not match; `created_at` and `updated_at`
        may be used like fields in `sort` and filters; sorting puts submissions without the
        sort field last and breaks ties by `createdAt` then `id`; without `sort` submissions
        come newest first (by `createdAt`), as in the docs' example; a page past the end is
        empty.

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
                assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
                non-integer is 400.
            form_id: The form's numeric ID. Either form_id or form_uuid is required.
            form_uuid: The form's UUID (recommended). Either form_id or form_uuid is required.
            sort: Field name to sort by: one of the form's field names (keys of a submission's `data`), or
                `created_at` / `updated_at` (the docs' example sorts by created_at).
            order: Sort order.
            filters: Field filters. The keys are the form's field names (keys of a submission's `data`, e.g.
                `Rating`, `email`), each optionally suffixed with an operator, and each key is sent as its own
                query parameter (`Rating__gte=3&Rating__lte=5`): `{field}=value` exact match or substring;
                `{field}__gte=value` >=; `{field}__gt=value` >; `{field}__lte=value` <=; `{field}__lt=value` <.
                All filters must match. Requires form_id or form_uuid. Not documented by the provider; this spec
                assumes the equals filter is a case-insensitive substring match (numeric equality when both
                sides are numbers), comparisons are numeric when both sides are numbers and string (ISO 8601
                date) comparisons otherwise, and `created_at` / `updated_at` may be filtered like fields. The
                names of the other parameters (page, form_id, form_uuid, sort, order) cannot be field filters.

        Returns:
            SubmissionList: One page of the form's submissions that match the filters.

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.NotFoundError: 404: Not Found: the form does not exist or the token is not authorized for
                it.
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
        return list_submissions.sync(
            client=client,
            page=page,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        )

    def iter_pages(
        self,
        *,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        filters: Mapping[str, str] | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
    ) -> _pagination.PageIterator[SubmissionList, Submission]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (reverse: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_submissions.iter_pages(
            client=client,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        filters: Mapping[str, str] | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
    ) -> _pagination.ItemIterator[Submission]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_submissions.iter_items(
            client=client,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def get(
        self,
        id: str,
    ) -> SubmissionEnvelope:
        """Get submission

        Retrieve a specific submission by its UUID. Required scope: `submission.view`.
        Not documented by the provider; this spec assumes a submission of a form outside a
        restricted token answers 404 "Submission not found", as does an id that is not a UUID.

        Args:
            id: Submission UUID.

        Returns:
            SubmissionEnvelope: The submission.

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.NotFoundError: 404: Not Found: the submission does not exist (or was deleted), or the
                token is not authorized for its form.
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
        return get_submission.sync(
            id=id,
            client=client,
        )

    def delete(
        self,
        id: str,
    ) -> Message | None:
        """Delete submission

        Delete a specific submission. Required scope: `submission.delete`. Afterwards
        get_submission and delete_submission answer 404 "Submission not found" for its id and
        the form's `submissionsCount` drops by one.

        Args:
            id: Submission UUID.

        Returns:
            Message | None: The submission was deleted.; None when a retried DELETE found it already gone
                (an earlier attempt deleted it).

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.NotFoundError: 404: Not Found: the submission does not exist (or was deleted), or the
                token is not authorized for its form.
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
        return delete_submission.sync(
            id=id,
            client=client,
        )


class AsyncSubmissions:
    """The submissions operations (async). Reach them as `client.submissions` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncSubmissionsWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncSubmissionsWithRawResponse(self._client)

    async def list(
        self,
        *,
        page: int | None = 1,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = "asc",
        filters: Mapping[str, str] | None = None,
    ) -> SubmissionList:
        """List submissions

        Retrieve the submissions of one form, 20 per page with a `meta` object, with optional
        field filters and sorting. Required scope: `submission.view`. Either `form_id` or
        `form_uuid` is required (field-based filtering needs one of them too).

        Filters are the form's own field names as query keys (`filters` here):
        `{field}=value` (exact match or substring), `{field}__gte`, `__gt`, `__lte`, `__lt`
        (comparisons); several filters must all match. `sort` names the field to sort by and
        `order` its direction (asc, the default, or desc).

        Not documented by the provider; this spec assumes: without form_id and form_uuid the
        answer is 400 "form_id or form_uuid is required"; when both are given they must name
        the same form, else 404 "Form not found or not authorized" (also for unknown forms and
        forms outside a restricted token); the equals filter is a case-insensitive substring
        match (numeric equality when the field and the value are both numbers); comparisons are numeric when
        the value and the field are both numbers and
        string comparisons otherwise (ISO 8601 dates therefore compare chronologically); a
        submission without the filtered field does not match; `created_at` and `updated_at`
        may be used like fields in `sort` and filters; sorting puts submissions without the
        sort field last and breaks ties by `createdAt` then `id`; without `sort` submissions
        come newest first (by `createdAt`), as in the docs' example; a page past the end is
        empty.

        An optional argument left at None is not sent.

        Args:
            page: Page number (1-indexed); 20 items per page. Not documented by the provider; this spec
                assumes a page past the end returns an empty array with the same meta, and that page < 1 or a
                non-integer is 400.
            form_id: The form's numeric ID. Either form_id or form_uuid is required.
            form_uuid: The form's UUID (recommended). Either form_id or form_uuid is required.
            sort: Field name to sort by: one of the form's field names (keys of a submission's `data`), or
                `created_at` / `updated_at` (the docs' example sorts by created_at).
            order: Sort order.
            filters: Field filters. The keys are the form's field names (keys of a submission's `data`, e.g.
                `Rating`, `email`), each optionally suffixed with an operator, and each key is sent as its own
                query parameter (`Rating__gte=3&Rating__lte=5`): `{field}=value` exact match or substring;
                `{field}__gte=value` >=; `{field}__gt=value` >; `{field}__lte=value` <=; `{field}__lt=value` <.
                All filters must match. Requires form_id or form_uuid. Not documented by the provider; this spec
                assumes the equals filter is a case-insensitive substring match (numeric equality when both
                sides are numbers), comparisons are numeric when both sides are numbers and string (ISO 8601
                date) comparisons otherwise, and `created_at` / `updated_at` may be filtered like fields. The
                names of the other parameters (page, form_id, form_uuid, sort, order) cannot be field filters.

        Returns:
            SubmissionList: One page of the form's submissions that match the filters.

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.NotFoundError: 404: Not Found: the form does not exist or the token is not authorized for
                it.
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
        return await list_submissions.asyncio(
            client=client,
            page=page,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        )

    def iter_pages(
        self,
        *,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        filters: Mapping[str, str] | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
    ) -> _pagination.AsyncPageIterator[SubmissionList, Submission]:
        """Every page of `list`, lazily, at the largest page size the API allows, exact on live data
        (reverse: exact by default; see the spec's x-iteration).

        Takes the arguments of `list`, less those the walk sends itself. Each page carries its new items,
        the parsed body, the response and a `checkpoint`: pass it back as `checkpoint=` (same arguments) to resume
        right after that page. `on_page(page)` is called after each request. Raises as `list` does.
        """
        client = self._client
        return list_submissions.aiter_pages(
            client=client,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    def iter_items(
        self,
        *,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        filters: Mapping[str, str] | None = None,
        checkpoint: str | None = None,
        on_page: Callable[[_pagination.Page[SubmissionList, Submission]], object] | None = None,
    ) -> _pagination.AsyncItemIterator[Submission]:
        """Every item of every page of `list` (see `iter_pages`)."""
        client = self._client
        return list_submissions.aiter_items(
            client=client,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
            checkpoint=checkpoint,
            on_page=on_page,
        )

    async def get(
        self,
        id: str,
    ) -> SubmissionEnvelope:
        """Get submission

        Retrieve a specific submission by its UUID. Required scope: `submission.view`.
        Not documented by the provider; this spec assumes a submission of a form outside a
        restricted token answers 404 "Submission not found", as does an id that is not a UUID.

        Args:
            id: Submission UUID.

        Returns:
            SubmissionEnvelope: The submission.

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.NotFoundError: 404: Not Found: the submission does not exist (or was deleted), or the
                token is not authorized for its form.
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
        return await get_submission.asyncio(
            id=id,
            client=client,
        )

    async def delete(
        self,
        id: str,
    ) -> Message | None:
        """Delete submission

        Delete a specific submission. Required scope: `submission.delete`. Afterwards
        get_submission and delete_submission answer 404 "Submission not found" for its id and
        the form's `submissionsCount` drops by one.

        Args:
            id: Submission UUID.

        Returns:
            Message | None: The submission was deleted.; None when a retried DELETE found it already gone
                (an earlier attempt deleted it).

        Raises:
            errors.BadRequestError: 400: Bad Request: the `X-FORMESTER-TOKEN` header is missing ("Access
                Token not found") or the token is malformed ("Invalid token provided"). Not documented by the
                provider; this spec assumes invalid query values (page, order, form_id, form_uuid) and a
                list_submissions without form_id and form_uuid answer 400 with the same body too.
            errors.AuthenticationError: 401: Unauthorized: the token is invalid or inactive (revoked).
            errors.PermissionDeniedError: 403: Forbidden: the token lacks the scope the operation requires.
            errors.NotFoundError: 404: Not Found: the submission does not exist (or was deleted), or the
                token is not authorized for its form.
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
        return await delete_submission.asyncio(
            id=id,
            client=client,
        )


class SubmissionsWithRawResponse:
    """The submissions operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | None = 1,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = "asc",
        filters: Mapping[str, str] | None = None,
    ) -> Response[SubmissionList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return list_submissions.sync_detailed(
            client=client,
            page=page,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        )

    def get(
        self,
        id: str,
    ) -> Response[SubmissionEnvelope]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return get_submission.sync_detailed(
            id=id,
            client=client,
        )

    def delete(
        self,
        id: str,
    ) -> Response[Message | None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return delete_submission.sync_detailed(
            id=id,
            client=client,
        )


class AsyncSubmissionsWithRawResponse:
    """The async submissions operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | None = 1,
        form_id: int | None = None,
        form_uuid: UUID | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = "asc",
        filters: Mapping[str, str] | None = None,
    ) -> Response[SubmissionList]:
        """`list`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await list_submissions.asyncio_detailed(
            client=client,
            page=page,
            form_id=form_id,
            form_uuid=form_uuid,
            sort=sort,
            order=order,
            filters=filters,
        )

    async def get(
        self,
        id: str,
    ) -> Response[SubmissionEnvelope]:
        """`get`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await get_submission.asyncio_detailed(
            id=id,
            client=client,
        )

    async def delete(
        self,
        id: str,
    ) -> Response[Message | None]:
        """`delete`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await delete_submission.asyncio_detailed(
            id=id,
            client=client,
        )
