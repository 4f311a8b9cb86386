from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reply_request import ReplyRequest
from ...models.reply_response import ReplyResponse
from ...types import Response


def _get_kwargs(
    submission_id: str,
    *,
    body: ReplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/{submission_id}/reply".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReplyResponse | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = ReplyResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ReplyResponse]:
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
    body: ReplyRequest,
) -> Response[ReplyResponse]:
    """Reply to submission

     Sends a reply email to the person who made the submission. Not a safe retry: repeating
    the request sends a second email. Not documented by the provider; this spec assumes:
    the email goes to the submission's first email-type answer; a submission without a
    usable email address (none given, or stored hashed or dropped) answers 400; an omitted
    `subject` becomes `Re: <form name>`; 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id (str):
        body (ReplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplyResponse]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )
    response = client.request("reply_to_submission", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplyRequest,
) -> ReplyResponse | None:
    """Reply to submission

     Sends a reply email to the person who made the submission. Not a safe retry: repeating
    the request sends a second email. Not documented by the provider; this spec assumes:
    the email goes to the submission's first email-type answer; a submission without a
    usable email address (none given, or stored hashed or dropped) answers 400; an omitted
    `subject` becomes `Re: <form name>`; 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id (str):
        body (ReplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplyResponse
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
    body: ReplyRequest,
) -> Response[ReplyResponse]:
    """Reply to submission

     Sends a reply email to the person who made the submission. Not a safe retry: repeating
    the request sends a second email. Not documented by the provider; this spec assumes:
    the email goes to the submission's first email-type answer; a submission without a
    usable email address (none given, or stored hashed or dropped) answers 400; an omitted
    `subject` becomes `Re: <form name>`; 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id (str):
        body (ReplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplyResponse]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )
    response = await client.arequest("reply_to_submission", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplyRequest,
) -> ReplyResponse | None:
    """Reply to submission

     Sends a reply email to the person who made the submission. Not a safe retry: repeating
    the request sends a second email. Not documented by the provider; this spec assumes:
    the email goes to the submission's first email-type answer; a submission without a
    usable email address (none given, or stored hashed or dropped) answers 400; an omitted
    `subject` becomes `Re: <form name>`; 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id (str):
        body (ReplyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplyResponse
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )
    ).parsed
