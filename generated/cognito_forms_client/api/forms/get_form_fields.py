from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ...client import AuthenticatedClient, Client
from ...models.error import Error
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[FormField]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FormField.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[FormField]]:
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
) -> Response[Error | list[FormField]]:
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
        Response[Error | list[FormField]]
    """

    kwargs = _get_kwargs(
        form=form,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    *,
    client: AuthenticatedClient,
) -> Error | list[FormField] | None:
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
        Error | list[FormField]
    """

    return sync_detailed(
        form=form,
        client=client,
    ).parsed


async def asyncio_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[FormField]]:
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
        Response[Error | list[FormField]]
    """

    kwargs = _get_kwargs(
        form=form,
    )
    response = await client.arequest(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    *,
    client: AuthenticatedClient,
) -> Error | list[FormField] | None:
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
        Error | list[FormField]
    """

    return (
        await asyncio_detailed(
            form=form,
            client=client,
        )
    ).parsed
