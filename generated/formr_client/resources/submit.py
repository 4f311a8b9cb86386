"""`submit`: the submit operations of the Formr Submissions API, as `client.submit.<method>(...)`."""

from functools import cached_property

from ..api.submit import submit_form
from ..client import AuthenticatedClient
from ..models.submit_request import SubmitRequest
from ..models.submit_response import SubmitResponse
from ..types import Response


class Submit:
    """The submit operations (sync). Reach them as `client.submit`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "SubmitWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return SubmitWithRawResponse(self._client)

    def send(
        self,
        id: str,
        *,
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

        client = self._client
        return submit_form.sync(
            id=id,
            client=client,
            body=body,
        )


class AsyncSubmit:
    """The submit operations (async). Reach them as `client.submit` of the async client."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> "AsyncSubmitWithRawResponse":
        """The same methods, returning the `Response` (status code, headers, parsed body)."""
        return AsyncSubmitWithRawResponse(self._client)

    async def send(
        self,
        id: str,
        *,
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

        client = self._client
        return await submit_form.asyncio(
            id=id,
            client=client,
            body=body,
        )


class SubmitWithRawResponse:
    """The submit operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def send(
        self,
        id: str,
        *,
        body: SubmitRequest,
    ) -> Response[SubmitResponse]:
        """`send`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return submit_form.sync_detailed(
            id=id,
            client=client,
            body=body,
        )


class AsyncSubmitWithRawResponse:
    """The async submit operations, each returning the `Response`: status code, headers and parsed body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def send(
        self,
        id: str,
        *,
        body: SubmitRequest,
    ) -> Response[SubmitResponse]:
        """`send`, returning the `Response` (status code, headers, body and the parsed value) instead."""

        client = self._client
        return await submit_form.asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
