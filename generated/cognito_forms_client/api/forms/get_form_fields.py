from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_field import FormField
from ...types import Response


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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/forms/{form}/fields".format(
            form=quote(str(form), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[FormField] | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FormField.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[FormField]]:
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
) -> Response[list[FormField]]:
    """Get form fields

     Gets the fields of a form. The guide lists "Get Form Fields" among the operations, but
    the provider's connector definition has no such endpoint. Not documented by the
    provider; this spec assumes `GET /api/forms/{form}/fields` returning an array of field
    objects (`Name`, `InternalName`, `FieldType`, `Required` ...), whole, without
    pagination.

    Args:
        form (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FormField]]
    """

    kwargs = _get_kwargs(
        form=form,
    )
    response = client.request("get_form_fields", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    *,
    client: AuthenticatedClient,
) -> list[FormField] | None:
    """Get form fields

     Gets the fields of a form. The guide lists "Get Form Fields" among the operations, but
    the provider's connector definition has no such endpoint. Not documented by the
    provider; this spec assumes `GET /api/forms/{form}/fields` returning an array of field
    objects (`Name`, `InternalName`, `FieldType`, `Required` ...), whole, without
    pagination.

    Args:
        form (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FormField]
    """

    return sync_detailed(
        form=form,
        client=client,
    ).parsed


async def asyncio_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[FormField]]:
    """Get form fields

     Gets the fields of a form. The guide lists "Get Form Fields" among the operations, but
    the provider's connector definition has no such endpoint. Not documented by the
    provider; this spec assumes `GET /api/forms/{form}/fields` returning an array of field
    objects (`Name`, `InternalName`, `FieldType`, `Required` ...), whole, without
    pagination.

    Args:
        form (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FormField]]
    """

    kwargs = _get_kwargs(
        form=form,
    )
    response = await client.arequest("get_form_fields", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    *,
    client: AuthenticatedClient,
) -> list[FormField] | None:
    """Get form fields

     Gets the fields of a form. The guide lists "Get Form Fields" among the operations, but
    the provider's connector definition has no such endpoint. Not documented by the
    provider; this spec assumes `GET /api/forms/{form}/fields` returning an array of field
    objects (`Name`, `InternalName`, `FieldType`, `Required` ...), whole, without
    pagination.

    Args:
        form (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FormField]
    """

    return (
        await asyncio_detailed(
            form=form,
            client=client,
        )
    ).parsed
