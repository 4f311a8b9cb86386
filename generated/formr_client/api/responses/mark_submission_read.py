from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    submission_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/{submission_id}/read".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Success | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Success]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> Success:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Success]:
    """Mark submission as read

    Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
    submission again also answers 200. The docs give no request body. Not documented by the
    provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[Success]: the status, headers and body; `parsed` is the Success
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )
    response = client.request("mark_submission_read", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Success:
    """Mark submission as read

    Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
    submission again also answers 200. The docs give no request body. Not documented by the
    provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

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

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )
    return _success(client, client.request("mark_submission_read", **kwargs))


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Success]:
    """Mark submission as read

    Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
    submission again also answers 200. The docs give no request body. Not documented by the
    provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

    Returns:
        Response[Success]: the status, headers and body; `parsed` is the Success
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

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
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )
    response = await client.arequest("mark_submission_read", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Success:
    """Mark submission as read

    Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
    submission again also answers 200. The docs give no request body. Not documented by the
    provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).

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

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )
    return _success(client, await client.arequest("mark_submission_read", **kwargs))
