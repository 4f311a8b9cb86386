from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.star_request import StarRequest
from ...models.star_response import StarResponse
from ...types import Response


def _get_kwargs(
    submission_id: str,
    *,
    body: StarRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/{submission_id}/star".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StarResponse | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = StarResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StarResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> StarResponse:
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
    body: StarRequest,
) -> Response[StarResponse]:
    """Star or unstar submission

    Stars (`starred: true`) or unstars (`starred: false`) a submission; `meta.starred`
    takes the given value. Not documented by the provider; this spec assumes 400, 401,
    403 (not the form's owner) and 404 as for get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: Star or unstar a submission

    Returns:
        Response[StarResponse]: the status, headers and body; `parsed` is the StarResponse
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
        body=body,
    )
    response = client.request("star_submission", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: StarRequest,
) -> StarResponse:
    """Star or unstar submission

    Stars (`starred: true`) or unstars (`starred: false`) a submission; `meta.starred`
    takes the given value. Not documented by the provider; this spec assumes 400, 401,
    403 (not the form's owner) and 404 as for get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
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

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )
    return _success(client, client.request("star_submission", **kwargs))


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: StarRequest,
) -> Response[StarResponse]:
    """Star or unstar submission

    Stars (`starred: true`) or unstars (`starred: false`) a submission; `meta.starred`
    takes the given value. Not documented by the provider; this spec assumes 400, 401,
    403 (not the form's owner) and 404 as for get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: Star or unstar a submission

    Returns:
        Response[StarResponse]: the status, headers and body; `parsed` is the StarResponse
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
        body=body,
    )
    response = await client.arequest("star_submission", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: StarRequest,
) -> StarResponse:
    """Star or unstar submission

    Stars (`starred: true`) or unstars (`starred: false`) a submission; `meta.starred`
    takes the given value. Not documented by the provider; this spec assumes 400, 401,
    403 (not the form's owner) and 404 as for get_submission.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
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

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )
    return _success(client, await client.arequest("star_submission", **kwargs))
