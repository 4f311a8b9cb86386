from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_schema import FormSchema
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
    *,
    input_: bool | None = False,
    include_links: bool | None = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["input"] = input_

    params["includeLinks"] = include_links

    params = {k: v for k, v in params.items() if v is not None}

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


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> FormSchema:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
    input_: bool | None = False,
    include_links: bool | None = True,
) -> Response[FormSchema]:
    """Get form schema

    Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    An optional argument left at None is not sent.

    Args:
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        input_: true: the schema of an entry as sent to create_entry / update_entry (input shape); false
            or absent: the schema of an entry as returned (output shape). Not documented by the provider
            beyond its name; this reading follows the connector, which asks for `input=true` for request
            bodies and `input=false` for responses.
        include_links: Include the link properties (entry links, document links, file links) in the
            schema. True by default (the connector's definition); false leaves them out.

    Returns:
        Response[FormSchema]: the status, headers and body; `parsed` is the FormSchema
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
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
    input_: bool | None = False,
    include_links: bool | None = True,
) -> FormSchema:
    """Get form schema

    Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    An optional argument left at None is not sent.

    Args:
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        input_: true: the schema of an entry as sent to create_entry / update_entry (input shape); false
            or absent: the schema of an entry as returned (output shape). Not documented by the provider
            beyond its name; this reading follows the connector, which asks for `input=true` for request
            bodies and `input=false` for responses.
        include_links: Include the link properties (entry links, document links, file links) in the
            schema. True by default (the connector's definition); false leaves them out.

    Returns:
        FormSchema: The form's schema.

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form=form,
        input_=input_,
        include_links=include_links,
    )
    return _success(client, client.request("get_form_schema", **kwargs))


async def asyncio_detailed(
    form: str,
    *,
    client: AuthenticatedClient,
    input_: bool | None = False,
    include_links: bool | None = True,
) -> Response[FormSchema]:
    """Get form schema

    Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    An optional argument left at None is not sent.

    Args:
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        input_: true: the schema of an entry as sent to create_entry / update_entry (input shape); false
            or absent: the schema of an entry as returned (output shape). Not documented by the provider
            beyond its name; this reading follows the connector, which asks for `input=true` for request
            bodies and `input=false` for responses.
        include_links: Include the link properties (entry links, document links, file links) in the
            schema. True by default (the connector's definition); false leaves them out.

    Returns:
        Response[FormSchema]: the status, headers and body; `parsed` is the FormSchema
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
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
    input_: bool | None = False,
    include_links: bool | None = True,
) -> FormSchema:
    """Get form schema

    Gets the schema of a form: a JSON-Schema-like object whose `properties` describe the
    fields of the form's entries. With `input=true` it describes what create_entry and
    update_entry accept; otherwise what get_entry returns. `includeLinks` (default true)
    adds the link properties: the entry's links (`AdminLink`, `CustomerLink`, one per role),
    its document links (`Document1` ...), and the `File` link of file values. Each field's
    schema gives its label as `description`, and `readOnly: true` on computed parts (as in
    the real schema: `Entry.Number`, `Entry.Status`, a name's `FirstAndLast` ...).

    An optional argument left at None is not sent.

    Args:
        form: The form: its internal name (`InternalName`, e.g. `ContactUs`; what the connector's readme
            says to send) or its `Id` (e.g. `1`), both as get_forms returns them.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        input_: true: the schema of an entry as sent to create_entry / update_entry (input shape); false
            or absent: the schema of an entry as returned (output shape). Not documented by the provider
            beyond its name; this reading follows the connector, which asks for `input=true` for request
            bodies and `input=false` for responses.
        include_links: Include the link properties (entry links, document links, file links) in the
            schema. True by default (the connector's definition); false leaves them out.

    Returns:
        FormSchema: The form's schema.

    Raises:
        errors.BadRequestError: 400: Bad Request. The request is malformed or its values are invalid
            (for example an entry failing the form's validation). Not documented by the provider; this spec
            assumes 400 with the Error object (the problems in `Data.Errors`) also for malformed JSON,
            values of the wrong type, a body that is not UTF-8 or escapes a lone surrogate, JSON nested too
            deeply, a body over 1 MiB (1,048,576 bytes), and a content type other than `application/json` or
            `text/json`; and the service's own checks: an entry failing the form's fields, a subscription
            with an empty `publisher` or a `notificationUrl` that is not an absolute http(s) URL, an
            unsubscribe without `id`, an OData query it cannot parse.
        errors.AuthenticationError: 401: Unauthorized. The API key is missing or invalid (assumed; the
            connector lists 401 without saying when).
        errors.PermissionDeniedError: 403: Forbidden. The API key's Form Scope or Entry Scope does not
            allow the operation (assumed).
        errors.NotFoundError: 404: Not Found. The form, entry, document template, file or subscription
            does not exist, or the API key is restricted to other forms and folders (assumed).
        errors.RateLimitError: 429: Too Many Requests. Not documented by the provider (the guide bills
            requests beyond the monthly allowance instead of refusing them); this spec assumes a 429 with
            the Error object when the organization is over its quota and cannot be billed or the service is
            too busy, and that `Retry-After` tells when to try again.
        errors.InternalServerError: 500: Internal Server Error. Unknown error occurred.
        errors.CognitoFormsError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form=form,
        input_=input_,
        include_links=include_links,
    )
    return _success(client, await client.arequest("get_form_schema", **kwargs))
