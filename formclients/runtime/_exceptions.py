"""The exceptions every client raises. Each generated client subclasses these per provider
(`formsite_client.errors.NotFoundError` is also a `formclients.runtime.NotFoundError`), so
callers can catch one provider's errors or every provider's alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import httpx

from ._profile import ErrorShape
from ._redact import redact_url
from .headers import retry_after as parse_retry_after


class FormclientsError(Exception):
    """Base of every exception raised by a formclients client."""


class APIError(FormclientsError):
    """A request failed: the API answered with an error, or could not be reached."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url  # credentials in the query string are already redacted


class APIConnectionError(APIError):
    """The API could not be reached (DNS, refused connection, TLS, broken connection)."""


class APITimeoutError(APIConnectionError):
    """The API did not answer within the client's timeout."""


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status.

    `message` and `code` are read from the provider's error body (where its spec's `x-error`
    says they are); `body` is the decoded body (JSON, or text when it is not JSON).
    """

    status_code: ClassVar[int | None] = None  # set on the status-specific subclasses
    provider: ClassVar[str] = ""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status: int,
        body: Any,
        headers: Mapping[str, str],
        code: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status = status
        self.body = body
        self.headers = httpx.Headers(headers)
        self.code = code
        self.retry_after: float | None = parse_retry_after(self.headers)

    def __str__(self) -> str:
        code = f" [{self.code}]" if self.code else ""
        return f"{self.status}{code} {self.message} ({self.method} {self.url})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, code={self.code!r}, message={self.message!r})"


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    """429: slow down. `retry_after` is in seconds when the API said; `quota_exceeded`,
    `remaining` and `reset_at` are filled where the provider reports a monthly quota (Formr)."""

    status_code = 429

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        body = self.body if isinstance(self.body, dict) else {}
        self.quota_exceeded: bool = body.get("quotaExceeded") is True
        remaining = body.get("remaining")
        self.remaining: int | None = remaining if isinstance(remaining, int) else None
        self.reset_at: datetime | None = _parse_datetime(body.get("resetAt"))


class InternalServerError(APIStatusError):
    """Any 5xx."""


GENERIC_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_response(
    response: httpx.Response,
    shape: ErrorShape | None,
    classes: Mapping[int, type[APIStatusError]],
    fallback: type[APIStatusError],
    server_error: type[APIStatusError],
) -> APIStatusError:
    """Build the most specific exception for an error response, from the provider's body shape."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    message = _pointer(body, shape.message) if shape else None
    code = _pointer(body, shape.code) if shape and shape.code else None
    status = response.status_code
    cls = classes.get(status) or (server_error if status >= 500 else fallback)
    return cls(
        str(message) if message is not None else (response.reason_phrase or f"HTTP {status}"),
        method=response.request.method,
        url=redact_url(response.request.url),
        status=status,
        body=body,
        headers=response.headers,
        code=str(code) if code is not None else None,
    )


def _pointer(body: Any, pointer: str) -> Any:
    node = body
    for part in pointer.strip("/").split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str | int) else None


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
