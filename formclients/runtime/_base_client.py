"""The client every generated ``Client`` / ``AuthenticatedClient`` subclasses.

Generated endpoint functions build the request (method, url, params, headers, body)
and hand it to :meth:`BaseClient.request` / :meth:`BaseClient.arequest`; everything
that is the same for every operation of every provider happens here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import httpx

from .. import __version__
from ._auth import CredentialAuth, Secret
from ._profile import ProviderProfile

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = f"formclients/{__version__} (python-httpx/{httpx.__version__})"


class ConfigurationError(ValueError):
    """A client was built with missing or contradictory settings."""


class BaseClient:
    """Holds the connection settings and the credential; owns the httpx clients.

    Arguments win over environment variables (``<PROVIDER>_TOKEN``, ``<PROVIDER>_BASE_URL``
    and ``<PROVIDER>_<SERVER VARIABLE>``), which win over the spec's defaults.
    """

    profile: ClassVar[ProviderProfile]
    requires_credential: ClassVar[bool] = False

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        server_variables: Mapping[str, str] | None = None,
        auth_scheme: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        raise_on_unexpected_status: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        env = os.environ
        prefix = self.profile.env_prefix
        token = token if token is not None else env.get(f"{prefix}_TOKEN")
        if self.requires_credential and not token:
            raise ConfigurationError(
                f"{type(self).__module__}.{type(self).__name__} needs a token: pass token=... or set {prefix}_TOKEN"
            )
        self._secret = Secret(token) if token else None
        self._auth_scheme = self._choose_scheme(auth_scheme) if self._secret else None
        self.base_url = base_url or env.get(f"{prefix}_BASE_URL") or self._server_url(server_variables or {})
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._headers = {"User-Agent": USER_AGENT, **(headers or {})}
        self._timeout = timeout
        self._transport = transport
        self._async_transport = async_transport
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    # -- configuration -------------------------------------------------------------

    def _choose_scheme(self, requested: str | None) -> str:
        schemes = self.profile.security_schemes
        if requested is None:
            return next(iter(schemes))
        if requested not in schemes:
            raise ConfigurationError(f"unknown auth_scheme {requested!r}; this API has {sorted(schemes)}")
        return requested

    def _server_url(self, given: Mapping[str, str]) -> str:
        values: dict[str, str] = {}
        for name, default in self.profile.server_variables.items():
            value = given.get(name) or os.environ.get(f"{self.profile.env_prefix}_{name.upper()}") or default
            if value is None:
                raise ConfigurationError(
                    f"the {self.profile.title} URL needs {name!r}: pass server_variables={{{name!r}: ...}}, "
                    f"or set {self.profile.env_prefix}_{name.upper()}, or pass base_url"
                )
            values[name] = value
        unknown = set(given) - set(values)
        if unknown:
            raise ConfigurationError(f"unknown server variables {sorted(unknown)}; the URL takes {sorted(values)}")
        return self.profile.server_url.format(**values)

    @property
    def auth(self) -> httpx.Auth | None:
        if self._secret is None or self._auth_scheme is None:
            return None
        return CredentialAuth(self._secret, self.profile.security_schemes[self._auth_scheme])

    def __repr__(self) -> str:
        credential = f"auth_scheme={self._auth_scheme!r}" if self._secret else "no credential"
        return f"{type(self).__name__}(base_url={self.base_url!r}, {credential})"

    # -- httpx clients --------------------------------------------------------------

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": self._headers,
            "timeout": self._timeout,
            "auth": self.auth,
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(transport=self._transport, **self._client_args())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(transport=self._async_transport, **self._client_args())
        return self._async_client

    def request(self, **kwargs: Any) -> httpx.Response:
        """Send one request built by a generated endpoint function."""
        return self.get_httpx_client().request(**kwargs)

    async def arequest(self, **kwargs: Any) -> httpx.Response:
        """Send one request built by a generated endpoint function, asynchronously."""
        return await self.get_async_httpx_client().request(**kwargs)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
