from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from attrs import define

from formclients.runtime import headers as _headers

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_request import SubmitRequest
from ...models.submit_response import SubmitResponse
from ...types import Response


@define(frozen=True)
class ResponseHeaders:
    """The response headers this operation documents, typed. Build with `ResponseHeaders.of(response)`."""

    retry_after: float | None = None
    """`Retry-After`: Seconds to wait before retrying (documented header; the unit is assumed)."""

    @classmethod
    def of(cls, response: "Response[Any] | httpx.Response") -> "ResponseHeaders":
        return cls(
            retry_after=_headers.retry_after(response.headers, "Retry-After"),
        )


def _get_kwargs(
    id: str,
    *,
    body: SubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/forms/{id}/submit".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubmitResponse | None:
    """Parse a success response. Error statuses raise in `client.request` (unless `raise_on_error=False`)."""
    if response.status_code == 201:
        response_201 = SubmitResponse.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not response.is_error:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubmitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> SubmitResponse:
    """The parsed success value; an error status raises its typed exception whatever `raise_on_error` says."""
    client.raise_for_status(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return parsed


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitRequest,
) -> Response[SubmitResponse]:
    """Submit form

    Submits a response to a form. Authentication is optional: public submissions (from a
    browser, without a credential or with the publishable key) are rate limited by IP,
    submissions authenticated with a secret API key by user. The answers are validated
    against the form (required fields, field types, min/max, patterns, ranges, conditional
    logic: answers to fields hidden by the form's logic are refused), checked for spam
    where the form configures it (honeypot, reCAPTCHA, custom rules, whose action is
    reject, flag or quarantine) and stored after PII handling (plain, masked, hashed,
    encrypted or dropped per field). Not a safe retry: repeating the request stores a
    second submission.

    Not documented by the provider; this spec assumes: answers to fields the form does not
    have answer 400; a submission rejected as spam answers 400; flagged and quarantined
    submissions answer 201 like any other (the submitter is not told); the `answers` of the
    201 body are as stored after PII handling (masked, hashed or encrypted values, dropped
    fields absent); `spamChecked` is true when the form has any spam protection
    configured; a given but invalid credential answers 401; `sessionId` is stored for the
    owner's analytics and does not de-duplicate.

    Args:
        id: Form ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: A response to a form: its answers, and optionally the respondent's session and reCAPTCHA
            token

    Returns:
        Response[SubmitResponse]: the status, headers and body; `parsed` is the SubmitResponse
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Invalid request: malformed body, missing required fields,
            validation errors (types, min/max, patterns, hidden or unknown fields), a missing reCAPTCHA
            token where the form requires one, or a submission rejected as spam (assumed).
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.RateLimitError: 429: Rate limit exceeded (public submissions by IP, authenticated ones by
            user) or monthly quota exceeded. The quota body is documented; the rate-limit body is not, and
            this spec assumes `{"error": ..., "quotaExceeded": false}`. `Retry-After` is documented; this
            spec assumes it counts seconds (until the window frees, or until `resetAt` for the quota).
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = client.request("submit_form", **kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitRequest,
) -> SubmitResponse:
    """Submit form

    Submits a response to a form. Authentication is optional: public submissions (from a
    browser, without a credential or with the publishable key) are rate limited by IP,
    submissions authenticated with a secret API key by user. The answers are validated
    against the form (required fields, field types, min/max, patterns, ranges, conditional
    logic: answers to fields hidden by the form's logic are refused), checked for spam
    where the form configures it (honeypot, reCAPTCHA, custom rules, whose action is
    reject, flag or quarantine) and stored after PII handling (plain, masked, hashed,
    encrypted or dropped per field). Not a safe retry: repeating the request stores a
    second submission.

    Not documented by the provider; this spec assumes: answers to fields the form does not
    have answer 400; a submission rejected as spam answers 400; flagged and quarantined
    submissions answer 201 like any other (the submitter is not told); the `answers` of the
    201 body are as stored after PII handling (masked, hashed or encrypted values, dropped
    fields absent); `spamChecked` is true when the form has any spam protection
    configured; a given but invalid credential answers 401; `sessionId` is stored for the
    owner's analytics and does not de-duplicate.

    Args:
        id: Form ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: A response to a form: its answers, and optionally the respondent's session and reCAPTCHA
            token

    Returns:
        SubmitResponse: Created. The submission was stored.

    Raises:
        errors.BadRequestError: 400: Invalid request: malformed body, missing required fields,
            validation errors (types, min/max, patterns, hidden or unknown fields), a missing reCAPTCHA
            token where the form requires one, or a submission rejected as spam (assumed).
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.RateLimitError: 429: Rate limit exceeded (public submissions by IP, authenticated ones by
            user) or monthly quota exceeded. The quota body is documented; the rate-limit body is not, and
            this spec assumes `{"error": ..., "quotaExceeded": false}`. `Retry-After` is documented; this
            spec assumes it counts seconds (until the window frees, or until `resetAt` for the quota).
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return _success(client, client.request("submit_form", **kwargs))


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitRequest,
) -> Response[SubmitResponse]:
    """Submit form

    Submits a response to a form. Authentication is optional: public submissions (from a
    browser, without a credential or with the publishable key) are rate limited by IP,
    submissions authenticated with a secret API key by user. The answers are validated
    against the form (required fields, field types, min/max, patterns, ranges, conditional
    logic: answers to fields hidden by the form's logic are refused), checked for spam
    where the form configures it (honeypot, reCAPTCHA, custom rules, whose action is
    reject, flag or quarantine) and stored after PII handling (plain, masked, hashed,
    encrypted or dropped per field). Not a safe retry: repeating the request stores a
    second submission.

    Not documented by the provider; this spec assumes: answers to fields the form does not
    have answer 400; a submission rejected as spam answers 400; flagged and quarantined
    submissions answer 201 like any other (the submitter is not told); the `answers` of the
    201 body are as stored after PII handling (masked, hashed or encrypted values, dropped
    fields absent); `spamChecked` is true when the form has any spam protection
    configured; a given but invalid credential answers 401; `sessionId` is stored for the
    owner's analytics and does not de-duplicate.

    Args:
        id: Form ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: A response to a form: its answers, and optionally the respondent's session and reCAPTCHA
            token

    Returns:
        Response[SubmitResponse]: the status, headers and body; `parsed` is the SubmitResponse
            (None for an error status, which only comes back when the client has `raise_on_error=False`).

    Raises:
        errors.BadRequestError: 400: Invalid request: malformed body, missing required fields,
            validation errors (types, min/max, patterns, hidden or unknown fields), a missing reCAPTCHA
            token where the form requires one, or a submission rejected as spam (assumed).
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.RateLimitError: 429: Rate limit exceeded (public submissions by IP, authenticated ones by
            user) or monthly quota exceeded. The quota body is documented; the rate-limit body is not, and
            this spec assumes `{"error": ..., "quotaExceeded": false}`. `Retry-After` is documented; this
            spec assumes it counts seconds (until the window frees, or until `resetAt` for the quota).
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
            Status errors are raised only while the client has `raise_on_error=True` (the default).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document, with `raise_on_unexpected_status=True`.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.arequest("submit_form", **kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitRequest,
) -> SubmitResponse:
    """Submit form

    Submits a response to a form. Authentication is optional: public submissions (from a
    browser, without a credential or with the publishable key) are rate limited by IP,
    submissions authenticated with a secret API key by user. The answers are validated
    against the form (required fields, field types, min/max, patterns, ranges, conditional
    logic: answers to fields hidden by the form's logic are refused), checked for spam
    where the form configures it (honeypot, reCAPTCHA, custom rules, whose action is
    reject, flag or quarantine) and stored after PII handling (plain, masked, hashed,
    encrypted or dropped per field). Not a safe retry: repeating the request stores a
    second submission.

    Not documented by the provider; this spec assumes: answers to fields the form does not
    have answer 400; a submission rejected as spam answers 400; flagged and quarantined
    submissions answer 201 like any other (the submitter is not told); the `answers` of the
    201 body are as stored after PII handling (masked, hashed or encrypted values, dropped
    fields absent); `spamChecked` is true when the form has any spam protection
    configured; a given but invalid credential answers 401; `sessionId` is stored for the
    owner's analytics and does not de-duplicate.

    Args:
        id: Form ID.
        client: The client that sends the request (its credential, base URL, retries and throttle).
        body: A response to a form: its answers, and optionally the respondent's session and reCAPTCHA
            token

    Returns:
        SubmitResponse: Created. The submission was stored.

    Raises:
        errors.BadRequestError: 400: Invalid request: malformed body, missing required fields,
            validation errors (types, min/max, patterns, hidden or unknown fields), a missing reCAPTCHA
            token where the form requires one, or a submission rejected as spam (assumed).
        errors.AuthenticationError: 401: Unauthorized: the credential is missing, invalid or expired. On
            submit (where none is needed) only a given but invalid credential gets it (assumed).
        errors.NotFoundError: 404: Form not found.
        errors.RateLimitError: 429: Rate limit exceeded (public submissions by IP, authenticated ones by
            user) or monthly quota exceeded. The quota body is documented; the rate-limit body is not, and
            this spec assumes `{"error": ..., "quotaExceeded": false}`. `Retry-After` is documented; this
            spec assumes it counts seconds (until the window frees, or until `resetAt` for the quota).
        errors.InternalServerError: 500: Internal server error (not documented by the provider; assumed
            body).
        errors.FormrError: any other 4xx or 5xx answer (every error above is also one).
        errors.APITimeoutError: no answer within the client's timeout.
        errors.APIConnectionError: the API could not be reached.
        errors.UnexpectedStatus: a success status the spec does not document.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return _success(client, await client.arequest("submit_form", **kwargs))
