from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submission_envelope import SubmissionEnvelope
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
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/submissions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubmissionEnvelope | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = SubmissionEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubmissionEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> SubmissionEnvelope:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[SubmissionEnvelope]:
    """Get submission

    Retrieve a specific submission by its UUID. Required scope: `submission.view`.
    Not documented by the provider; this spec assumes a submission of a form outside a
    restricted token answers 404 "Submission not found", as does an id that is not a UUID.

    Args:
        id: Submission UUID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[SubmissionEnvelope]: the status, headers and body; `parsed` is the SubmissionEnvelope
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = client.request("get_submission", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> SubmissionEnvelope:
    """Get submission

    Retrieve a specific submission by its UUID. Required scope: `submission.view`.
    Not documented by the provider; this spec assumes a submission of a form outside a
    restricted token answers 404 "Submission not found", as does an id that is not a UUID.

    Args:
        id: Submission UUID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

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

    kwargs = _get_kwargs(
        id=id,
    )
    return _success(client, client.request("get_submission", **kwargs))


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[SubmissionEnvelope]:
    """Get submission

    Retrieve a specific submission by its UUID. Required scope: `submission.view`.
    Not documented by the provider; this spec assumes a submission of a form outside a
    restricted token answers 404 "Submission not found", as does an id that is not a UUID.

    Args:
        id: Submission UUID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[SubmissionEnvelope]: the status, headers and body; `parsed` is the SubmissionEnvelope
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.arequest("get_submission", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> SubmissionEnvelope:
    """Get submission

    Retrieve a specific submission by its UUID. Required scope: `submission.view`.
    Not documented by the provider; this spec assumes a submission of a form outside a
    restricted token answers 404 "Submission not found", as does an id that is not a UUID.

    Args:
        id: Submission UUID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

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

    kwargs = _get_kwargs(
        id=id,
    )
    return _success(client, await client.arequest("get_submission", **kwargs))
