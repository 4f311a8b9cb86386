from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_availability import FormAvailability
from ...models.form_availability_request import FormAvailabilityRequest
from ...types import UNSET, Response, Unset


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying. Assumed; clients should also accept an HTTP-date."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    form: str,
    *,
    body: FormAvailabilityRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/forms/{form}/public-link-availability".format(
            form=quote(str(form), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FormAvailability | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = FormAvailability.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FormAvailability]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
    body: FormAvailabilityRequest | Unset = UNSET,
) -> Response[FormAvailability]:
    """Set form availability

     Sets when the form's public link accepts entries and the message shown outside that
    window. Needs a Form Scope of read-write. The body is optional in the connector
    definition; not documented by the provider: this spec assumes an omitted `start` or
    `end` leaves that side unbounded (an empty or absent body makes the form available
    without limits), and that an `end` before `start` is stored as given (the form is
    then never available) rather than refused.

    Args:
        form (str):
        body (FormAvailabilityRequest | Unset): The public-link availability to set. Every field
            is optional (as in the connector definition).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormAvailability]
    """

    kwargs = _get_kwargs(
        form=form,
        body=body,
    )
    response = client.request("set_form_availability", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    *,
    client: AuthenticatedClient,
    body: FormAvailabilityRequest | Unset = UNSET,
) -> FormAvailability | None:
    """Set form availability

     Sets when the form's public link accepts entries and the message shown outside that
    window. Needs a Form Scope of read-write. The body is optional in the connector
    definition; not documented by the provider: this spec assumes an omitted `start` or
    `end` leaves that side unbounded (an empty or absent body makes the form available
    without limits), and that an `end` before `start` is stored as given (the form is
    then never available) rather than refused.

    Args:
        form (str):
        body (FormAvailabilityRequest | Unset): The public-link availability to set. Every field
            is optional (as in the connector definition).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormAvailability
    """

    return sync_detailed(
        form=form,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
    body: FormAvailabilityRequest | Unset = UNSET,
) -> Response[FormAvailability]:
    """Set form availability

     Sets when the form's public link accepts entries and the message shown outside that
    window. Needs a Form Scope of read-write. The body is optional in the connector
    definition; not documented by the provider: this spec assumes an omitted `start` or
    `end` leaves that side unbounded (an empty or absent body makes the form available
    without limits), and that an `end` before `start` is stored as given (the form is
    then never available) rather than refused.

    Args:
        form (str):
        body (FormAvailabilityRequest | Unset): The public-link availability to set. Every field
            is optional (as in the connector definition).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormAvailability]
    """

    kwargs = _get_kwargs(
        form=form,
        body=body,
    )
    response = await client.arequest("set_form_availability", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    *,
    client: AuthenticatedClient,
    body: FormAvailabilityRequest | Unset = UNSET,
) -> FormAvailability | None:
    """Set form availability

     Sets when the form's public link accepts entries and the message shown outside that
    window. Needs a Form Scope of read-write. The body is optional in the connector
    definition; not documented by the provider: this spec assumes an omitted `start` or
    `end` leaves that side unbounded (an empty or absent body makes the form available
    without limits), and that an `end` before `start` is stored as given (the form is
    then never available) rather than refused.

    Args:
        form (str):
        body (FormAvailabilityRequest | Unset): The public-link availability to set. Every field
            is optional (as in the connector definition).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormAvailability
    """

    return (
        await asyncio_detailed(
            form=form,
            client=client,
            body=body,
        )
    ).parsed
