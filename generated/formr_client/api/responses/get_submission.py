from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_item import ResponseItem
from ...types import Response


def _get_kwargs(
    submission_id: str,
    *,
    form_id: str,
    environment: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["form_id"] = form_id

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses/{submission_id}".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseItem | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = ResponseItem.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResponseItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseItem:
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
    form_id: str,
    environment: str,
) -> Response[ResponseItem]:
    """Get submission

    Retrieves one submission with its management metadata. Only the form's owner may read
    it. Not documented by the provider; this spec assumes a submission that does not belong
    to `form_id` answers 404, as does an unknown one, and 403 when the caller does not own
    the form.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.

    Returns:
        Response[ResponseItem]: the status, headers and body; `parsed` is the ResponseItem
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
        form_id=form_id,
        environment=environment,
    )
    response = client.request("get_submission", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
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
        client: The client that sends the request (its credential, base URL, retries and throttle).
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

    kwargs = _get_kwargs(
        submission_id=submission_id,
        form_id=form_id,
        environment=environment,
    )
    return _success(client, client.request("get_submission", **kwargs))


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    form_id: str,
    environment: str,
) -> Response[ResponseItem]:
    """Get submission

    Retrieves one submission with its management metadata. Only the form's owner may read
    it. Not documented by the provider; this spec assumes a submission that does not belong
    to `form_id` answers 404, as does an unknown one, and 403 when the caller does not own
    the form.

    Args:
        submission_id: Submission ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        form_id: Form ID.
        environment: Workspace environment (the docs' examples use `development`). Not documented by the
            provider: the possible values; this spec assumes a free string naming one of the workspace's
            environments, and that a form asked for in an environment it does not belong to answers 404.

    Returns:
        Response[ResponseItem]: the status, headers and body; `parsed` is the ResponseItem
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
        form_id=form_id,
        environment=environment,
    )
    response = await client.arequest("get_submission", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
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
        client: The client that sends the request (its credential, base URL, retries and throttle).
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

    kwargs = _get_kwargs(
        submission_id=submission_id,
        form_id=form_id,
        environment=environment,
    )
    return _success(client, await client.arequest("get_submission", **kwargs))
