from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_item import ResponseItem
from ...types import UNSET, Response


def _get_kwargs(
    submission_id: str,
    *,
    form_id: str,
    environment: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["form_id"] = form_id

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
        submission_id (str):
        form_id (str):
        environment (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseItem]
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
) -> ResponseItem | None:
    """Get submission

     Retrieves one submission with its management metadata. Only the form's owner may read
    it. Not documented by the provider; this spec assumes a submission that does not belong
    to `form_id` answers 404, as does an unknown one, and 403 when the caller does not own
    the form.

    Args:
        submission_id (str):
        form_id (str):
        environment (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseItem
    """

    return sync_detailed(
        submission_id=submission_id,
        client=client,
        form_id=form_id,
        environment=environment,
    ).parsed


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
        submission_id (str):
        form_id (str):
        environment (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseItem]
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
) -> ResponseItem | None:
    """Get submission

     Retrieves one submission with its management metadata. Only the form's owner may read
    it. Not documented by the provider; this spec assumes a submission that does not belong
    to `form_id` answers 404, as does an unknown one, and 403 when the caller does not own
    the form.

    Args:
        submission_id (str):
        form_id (str):
        environment (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseItem
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
            form_id=form_id,
            environment=environment,
        )
    ).parsed
