"""Credentials that never show themselves, and the httpx.Auth that places them on the wire."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._profile import SecurityScheme


class Secret:
    """A credential whose repr and str never reveal it (so it cannot leak into logs or tracebacks)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ValueError("a credential must not be empty")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class CredentialAuth(httpx.Auth):
    """Sends a credential the way its security scheme says: a header, or a query parameter."""

    def __init__(self, secret: Secret, scheme: SecurityScheme) -> None:
        self.secret = secret
        self.scheme = scheme

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        value = self.secret.reveal()
        if self.scheme.location == "header":
            request.headers[self.scheme.parameter] = f"{self.scheme.prefix}{value}"
        else:
            request.url = request.url.copy_merge_params({self.scheme.parameter: value})
        yield request

    def __repr__(self) -> str:
        return f"CredentialAuth(scheme={self.scheme.name!r})"
