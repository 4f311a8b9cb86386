from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import ALREADY_DELETED
from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...types import Response


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
    url_query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/forms/{form_dir}/webhooks".format(
            form_dir=quote(str(form_dir), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | None:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    if response.extensions.get(ALREADY_DELETED):
        return None  # a retried DELETE found it gone: an earlier attempt deleted it
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    url_query: str,
) -> Response[Empty | None]:
    """Delete webhook

    Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        url_query: Delete the webhook with this post URL.

    Returns:
        Response[Empty | None]: the status, headers and body; `parsed` is the Empty | None
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        url_query=url_query,
    )
    response = client.request("delete_webhook", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    url_query: str,
) -> Empty | None:
    """Delete webhook

    Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        url_query: Delete the webhook with this post URL.

    Returns:
        Empty | None: The webhook was deleted; the body is an empty object.; None when a retried DELETE
            found it already gone (an earlier attempt deleted it).

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        url_query=url_query,
    )
    return _success(client, client.request("delete_webhook", **kwargs))


async def asyncio_detailed(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    url_query: str,
) -> Response[Empty | None]:
    """Delete webhook

    Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        url_query: Delete the webhook with this post URL.

    Returns:
        Response[Empty | None]: the status, headers and body; `parsed` is the Empty | None
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        url_query=url_query,
    )
    response = await client.arequest("delete_webhook", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    form_dir: str,
    *,
    client: AuthenticatedClient,
    url_query: str,
) -> Empty | None:
    """Delete webhook

    Deletes the webhook of the specified form whose post URL is `url`. The response is an
    empty object. Not documented by the provider; this spec assumes `url` is a query
    parameter (URL encoded, as the docs require of URL parameters) and that a URL with no
    webhook answers 404.

    Args:
        form_dir: The form's directory, as in the form's links (the `directory` get_forms returns).
        client: The client that sends the request (its credential, base URL, retries and throttle).
        url_query: Delete the webhook with this post URL.

    Returns:
        Empty | None: The webhook was deleted; the body is an empty object.; None when a retried DELETE
            found it already gone (an earlier attempt deleted it).

    Raises:
        errors.AuthenticationError: 401: Authentication info is missing or invalid.
        errors.PermissionDeniedError: 403: Forbidden. Not documented when; this spec assumes a valid
            token used with another account's `user_dir`, or the token of an account below the Pro 1 level
            (API access requires Pro 1 or higher).
        errors.NotFoundError: 404: Path or object not found (an unknown path, form or webhook URL).
        errors.UnprocessableEntityError: 422: Invalid parameter (a parameter or body value of the wrong
            type or out of range, an unknown item, view or labels id, a malformed date).
        errors.RateLimitError: 429: Too many requests (over 50 calls a minute or 10,000 a day) or the
            server is too busy. Not documented by the provider; this spec assumes a `Retry-After` header
            (seconds) saying when to try again.
        errors.InternalServerError: 5XX: Unexpected internal error (any 5xx status).
        errors.FormsiteError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        form_dir=form_dir,
        url_query=url_query,
    )
    return _success(client, await client.arequest("delete_webhook", **kwargs))
