"""Exceptions raised by the Formester API client. Generated: do not edit.

Every class is also the matching `formclients.runtime` exception, so `except NotFoundError`
works per provider (`formester_client.errors.NotFoundError`) or for every provider
(`formclients.runtime.NotFoundError`). The connection errors and `ConfigurationError` are the
runtime's own, here too so that one import serves.
"""

from typing import ClassVar

from formclients import runtime as _runtime
from formclients.runtime import APIConnectionError, APITimeoutError, ConfigurationError


class FormesterError(_runtime.APIStatusError):
    """Any 4xx or 5xx answer from the Formester API."""

    provider: ClassVar[str] = "formester"


class BadRequestError(FormesterError, _runtime.BadRequestError):
    """400 from the Formester API."""


class AuthenticationError(FormesterError, _runtime.AuthenticationError):
    """401 from the Formester API."""


class PermissionDeniedError(FormesterError, _runtime.PermissionDeniedError):
    """403 from the Formester API."""


class NotFoundError(FormesterError, _runtime.NotFoundError):
    """404 from the Formester API."""


class ConflictError(FormesterError, _runtime.ConflictError):
    """409 from the Formester API."""


class UnprocessableEntityError(FormesterError, _runtime.UnprocessableEntityError):
    """422 from the Formester API."""


class RateLimitError(FormesterError, _runtime.RateLimitError):
    """429 from the Formester API."""


class InternalServerError(FormesterError, _runtime.InternalServerError):
    """Any 5xx from the Formester API."""


ERROR_CLASSES: dict[int, type[_runtime.APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class UnexpectedStatus(_runtime.FormclientsError):
    """A success status the spec does not document.

    The plain forms (`sync`, `asyncio`, a client object's methods) raise it, having no success value to
    return; the `*_detailed` forms only when the client has `raise_on_unexpected_status=True`.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FormesterError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
