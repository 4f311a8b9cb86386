"""The response check a client runs when asked to (``validate_responses=`` or ``FORMCLIENTS_VALIDATE``)."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

import httpx

from ..runtime._redact import redact_url

if TYPE_CHECKING:
    from ..runtime._auth import Secret

ENVIRONMENT = "FORMCLIENTS_VALIDATE"
Mode = Literal["raise", "warn"]
_MODES: dict[str, Mode | None] = {
    **dict.fromkeys(("1", "true", "yes", "on", "raise"), "raise"),
    "warn": "warn",
    **dict.fromkeys(("", "0", "false", "no", "off"), None),
}


def drift_mode(argument: bool | str | None) -> Mode | None:
    """What the client was asked for: the argument if given, else the environment; None means off."""
    if argument is True:
        return "raise"
    if argument is False:
        return None
    source = argument if argument is not None else os.environ.get(ENVIRONMENT, "")
    mode = _MODES.get(source.strip().lower(), "?")
    if mode == "?":
        where = "validate_responses" if argument is not None else ENVIRONMENT
        from ..runtime import ConfigurationError

        raise ConfigurationError(f"{where}={source!r}: use True or 'raise', 'warn', or False")
    return mode  # type: ignore[return-value]


def drift_checker(
    provider: str, argument: bool | str | None, secret: Secret | None = None
) -> Callable[[str, httpx.Response], None] | None:
    """A function that checks each response against the provider's spec, or None when validation is off.

    `secret` (the client's credential) is hidden wherever a seen value shows it, raw or percent-encoded.
    """
    mode = drift_mode(argument)
    if mode is None:
        return None
    from ._errors import SchemaDriftError  # here: runtime imports this module while it is itself imported

    try:
        from ._validator import validator_for
    except ImportError as error:
        from ..runtime import ConfigurationError

        raise ConfigurationError(
            f"validating responses needs the 'validate' extra ({error.name} is missing): "
            "pip install 'formclients[validate]'"
        ) from None
    validator = validator_for(provider)

    def check(operation_id: str, response: httpx.Response) -> None:
        # No local holds the request: its repr shows the URL, with a query-string credential, to anything
        # that records a traceback's locals.
        method, path = response.request.method, response.request.url.path
        operation = validator.operations.get(operation_id) or validator.match(method, path)
        if operation is None:
            return  # a request the spec does not describe (a custom URL): nothing to compare with
        mismatches = validator.check(operation, response.status_code, response.headers, response.content, secret)
        if not mismatches:
            return
        url = redact_url(response.request.url)
        error = SchemaDriftError(provider, operation.operation_id, method, url, response.status_code, mismatches)
        if mode == "raise":
            raise error
        warnings.warn(error, stacklevel=3)

    return check
