from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.item_list import ItemList
from ...types import UNSET, Response, Unset


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying. Not documented by the provider (assumed); clients should also accept an HTTP-date."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    form_dir: str,
    *,
    results_labels: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["results_labels"] = results_labels

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms/{form_dir}/items".format(
            form_dir=quote(str(form_dir), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ItemList | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = ItemList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    results_labels: str | Unset = UNSET,
) -> Response[ItemList]:
    """Get form items

     Gets all items of the specified form that store results; items that don't (such as
    Headings and Images) are not included. Item ids match the item ids in get_form_results,
    so items can label results data. `results_labels` applies one of the form's Results
    Labels sets to the `label`s (default: the question labels). Not documented by the
    provider; this spec assumes an unknown Results Labels id answers 422 and that the
    whole list comes in one response (no paging is documented).

    Args:
        form_dir (str):
        results_labels (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemList]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        results_labels=results_labels,
    )
    response = client.request("get_form_items", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    results_labels: str | Unset = UNSET,
) -> ItemList | None:
    """Get form items

     Gets all items of the specified form that store results; items that don't (such as
    Headings and Images) are not included. Item ids match the item ids in get_form_results,
    so items can label results data. `results_labels` applies one of the form's Results
    Labels sets to the `label`s (default: the question labels). Not documented by the
    provider; this spec assumes an unknown Results Labels id answers 422 and that the
    whole list comes in one response (no paging is documented).

    Args:
        form_dir (str):
        results_labels (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemList
    """

    return sync_detailed(
        form_dir=form_dir,
        client=client,
        results_labels=results_labels,
    ).parsed


async def asyncio_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    results_labels: str | Unset = UNSET,
) -> Response[ItemList]:
    """Get form items

     Gets all items of the specified form that store results; items that don't (such as
    Headings and Images) are not included. Item ids match the item ids in get_form_results,
    so items can label results data. `results_labels` applies one of the form's Results
    Labels sets to the `label`s (default: the question labels). Not documented by the
    provider; this spec assumes an unknown Results Labels id answers 422 and that the
    whole list comes in one response (no paging is documented).

    Args:
        form_dir (str):
        results_labels (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemList]
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        results_labels=results_labels,
    )
    response = await client.arequest("get_form_items", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    results_labels: str | Unset = UNSET,
) -> ItemList | None:
    """Get form items

     Gets all items of the specified form that store results; items that don't (such as
    Headings and Images) are not included. Item ids match the item ids in get_form_results,
    so items can label results data. `results_labels` applies one of the form's Results
    Labels sets to the `label`s (default: the question labels). Not documented by the
    provider; this spec assumes an unknown Results Labels id answers 422 and that the
    whole list comes in one response (no paging is documented).

    Args:
        form_dir (str):
        results_labels (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemList
    """

    return (
        await asyncio_detailed(
            form_dir=form_dir,
            client=client,
            results_labels=results_labels,
        )
    ).parsed
