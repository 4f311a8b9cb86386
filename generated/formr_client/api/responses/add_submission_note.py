from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.note import Note
from ...models.note_request import NoteRequest
from ...types import Response


def _get_kwargs(
    submission_id: str,
    *,
    body: NoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/{submission_id}/notes".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Note | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = Note.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Note]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteRequest,
) -> Response[Note]:
    """Add note

     Adds an admin note to a submission; it is appended to `meta.notes`. The docs answer
    200 (not 201). Not a safe retry: repeating the request adds a second note. Not
    documented by the provider; this spec assumes 400, 401, 403 (not the form's owner) and
    404 as for get_submission.

    Args:
        submission_id (str):
        body (NoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Note]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )
    response = client.request("add_submission_note", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteRequest,
) -> Note | None:
    """Add note

     Adds an admin note to a submission; it is appended to `meta.notes`. The docs answer
    200 (not 201). Not a safe retry: repeating the request adds a second note. Not
    documented by the provider; this spec assumes 400, 401, 403 (not the form's owner) and
    404 as for get_submission.

    Args:
        submission_id (str):
        body (NoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Note
    """

    return sync_detailed(
        submission_id=submission_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteRequest,
) -> Response[Note]:
    """Add note

     Adds an admin note to a submission; it is appended to `meta.notes`. The docs answer
    200 (not 201). Not a safe retry: repeating the request adds a second note. Not
    documented by the provider; this spec assumes 400, 401, 403 (not the form's owner) and
    404 as for get_submission.

    Args:
        submission_id (str):
        body (NoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Note]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )
    response = await client.arequest("add_submission_note", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteRequest,
) -> Note | None:
    """Add note

     Adds an admin note to a submission; it is appended to `meta.notes`. The docs answer
    200 (not 201). Not a safe retry: repeating the request adds a second note. Not
    documented by the provider; this spec assumes 400, 401, 403 (not the form's owner) and
    404 as for get_submission.

    Args:
        submission_id (str):
        body (NoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Note
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )
    ).parsed
