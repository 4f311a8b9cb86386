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
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Success]
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
) -> Success | None:
    """Mark submission as read

     Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
    submission again also answers 200. The docs give no request body. Not documented by the
    provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Success
    """

    return sync_detailed(
        submission_id=submission_id,
        client=client,
    ).parsed


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
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Success]
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
) -> Success | None:
    """Mark submission as read

     Marks a submission as read (`meta.read` becomes true). Idempotent: marking a read
    submission again also answers 200. The docs give no request body. Not documented by the
    provider; this spec assumes 401, 403 (not the form's owner) and 404 as for
    get_submission.

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Success
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
        )
    ).parsed
