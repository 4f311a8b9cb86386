from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_schema import FormSchema
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
    input_: bool | Unset = False,
    include_links: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["input"] = input_

    params["includeLinks"] = include_links

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/forms/{form}/schema".format(
            form=quote(str(form), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FormSchema | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = FormSchema.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FormSchema]:
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
    input_: bool | Unset = False,
    include_links: bool | Unset = True,
) -> Response[FormSchema]:
    """Get form schema

     Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    Args:
        form (str):
        input_ (bool | Unset):  Default: False.
        include_links (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormSchema]
    """

    kwargs = _get_kwargs(
        form=form,
        input_=input_,
        include_links=include_links,
    )
    response = client.request("get_form_schema", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form: str,
    *,
    client: AuthenticatedClient,
    input_: bool | Unset = False,
    include_links: bool | Unset = True,
) -> FormSchema | None:
    """Get form schema

     Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    Args:
        form (str):
        input_ (bool | Unset):  Default: False.
        include_links (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormSchema
    """

    return sync_detailed(
        form=form,
        client=client,
        input_=input_,
        include_links=include_links,
    ).parsed


async def asyncio_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
    input_: bool | Unset = False,
    include_links: bool | Unset = True,
) -> Response[FormSchema]:
    """Get form schema

     Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    Args:
        form (str):
        input_ (bool | Unset):  Default: False.
        include_links (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormSchema]
    """

    kwargs = _get_kwargs(
        form=form,
        input_=input_,
        include_links=include_links,
    )
    response = await client.arequest("get_form_schema", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form: str,
    *,
    client: AuthenticatedClient,
    input_: bool | Unset = False,
    include_links: bool | Unset = True,
) -> FormSchema | None:
    """Get form schema

     Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    Args:
        form (str):
        input_ (bool | Unset):  Default: False.
        include_links (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormSchema
    """

    return (
        await asyncio_detailed(
            form=form,
            client=client,
            input_=input_,
            include_links=include_links,
        )
    ).parsed
