"""The client every generated ``Client`` / ``AuthenticatedClient`` subclasses.

Generated endpoint functions build the request (method, url, params, headers, body)
and hand it to :meth:`BaseClient.request` / :meth:`BaseClient.arequest`; everything
that is the same for every operation of every provider happens here: credentials,
retries, throttling to the documented limits, usage metering and typed errors.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

import httpx
from httpx_retries import Retry, RetryTransport

from .. import __version__
from ..drift._hook import drift_checker
from ._auth import CredentialAuth, Secret
from ._exceptions import (
    GENERIC_BY_STATUS,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    error_for_response,
)
from ._profile import ProviderProfile
from ._redact import redact_url, register_secret
from ._transports import (
    OPERATION,
    AsyncPolicyTransport,
    PolicyTransport,
    Throttle,
    UsageMeter,
    retry_policy,
    shared_throttle,
)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = f"formclients/{__version__} (python-httpx/{httpx.__version__})"


class ConfigurationError(ValueError):
    """A client was built with missing or contradictory settings."""


class BaseClient:
    """Holds the connection settings and the credential; owns the httpx clients.

    Arguments win over environment variables (``<PROVIDER>_TOKEN``, ``<PROVIDER>_BASE_URL``
    and ``<PROVIDER>_<SERVER VARIABLE>``), which win over the spec's defaults.

    - ``retry``: an ``httpx_retries.Retry`` (default: `retry_policy()`), or ``False`` for none.
    - ``throttle``: ``True`` (default) waits so that the provider's documented rate limits are
      never exceeded, shared by every client of the same credential in this process; ``False``
      turns it off; or pass your own `Throttle`.
    - ``raise_on_error``: ``True`` (default) raises the provider's typed exception for any 4xx/5xx;
      ``False`` returns the response, so ``Response.status_code`` and ``.content`` tell what happened.
    - ``validate_responses``: ``True`` checks every response against the spec and raises
      `formclients.drift.SchemaDriftError` on a mismatch, ``"warn"`` warns instead; default: the
      ``FORMCLIENTS_VALIDATE`` environment variable (``1`` or ``warn``), else off.
    """

    profile: ClassVar[ProviderProfile]
    requires_credential: ClassVar[bool] = False
    error_classes: ClassVar[Mapping[int, type[APIStatusError]]] = GENERIC_BY_STATUS
    error_base: ClassVar[type[APIStatusError]] = APIStatusError
    server_error: ClassVar[type[APIStatusError]] = InternalServerError

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        server_variables: Mapping[str, str] | None = None,
        auth_scheme: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: Retry | bool = True,
        throttle: Throttle | bool = True,
        raise_on_error: bool = True,
        validate_responses: bool | Literal["raise", "warn"] | None = None,
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
        if self._secret and self._auth_scheme:
            scheme = self.profile.security_schemes[self._auth_scheme]
            register_secret(self._secret.reveal(), scheme.parameter if scheme.location == "query" else None)
        self.base_url = base_url or env.get(f"{prefix}_BASE_URL") or self._server_url(server_variables or {})
        self.raise_on_error = raise_on_error
        self._drift = drift_checker(self.profile.name, validate_responses)  # None when off: costs nothing
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.retry: Retry | None = (retry_policy() if retry is True else retry) or None
        self.throttle: Throttle | None = (
            shared_throttle(
                self.profile.name,
                token,
                tuple(limit for limit in self.profile.rate_limits if limit.applies_to(self._auth_scheme)),
            )
            if throttle is True
            else throttle or None
        )
        self.usage = UsageMeter(self.profile.quota)
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
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, {credential})"

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
            inner: httpx.BaseTransport = PolicyTransport(
                self._transport or httpx.HTTPTransport(), self.throttle, self.usage
            )
            if self.retry is not None:
                inner = RetryTransport(inner, retry=self.retry)
            self._client = httpx.Client(transport=inner, **self._client_args())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            inner: httpx.AsyncBaseTransport = AsyncPolicyTransport(
                self._async_transport or httpx.AsyncHTTPTransport(), self.throttle, self.usage
            )
            if self.retry is not None:
                inner = RetryTransport(inner, retry=self.retry)
            self._async_client = httpx.AsyncClient(transport=inner, **self._client_args())
        return self._async_client

    # -- sending ------------------------------------------------------------------------

    def request(self, operation_id: str = "*", **kwargs: Any) -> httpx.Response:
        """Send one request built by a generated endpoint function."""
        try:
            response = self.get_httpx_client().request(**kwargs, extensions={OPERATION: operation_id})
        except httpx.TimeoutException as error:
            raise self._connection_error(APITimeoutError, kwargs, error) from error
        except httpx.TransportError as error:
            raise self._connection_error(APIConnectionError, kwargs, error) from error
        if self._drift is not None:
            self._drift(operation_id, response)
        return self._check(response)

    async def arequest(self, operation_id: str = "*", **kwargs: Any) -> httpx.Response:
        """Send one request built by a generated endpoint function, asynchronously."""
        try:
            response = await self.get_async_httpx_client().request(**kwargs, extensions={OPERATION: operation_id})
        except httpx.TimeoutException as error:
            raise self._connection_error(APITimeoutError, kwargs, error) from error
        except httpx.TransportError as error:
            raise self._connection_error(APIConnectionError, kwargs, error) from error
        if self._drift is not None:
            self._drift(operation_id, response)
        return self._check(response)

    def _check(self, response: httpx.Response) -> httpx.Response:
        if self.raise_on_error and response.is_error:
            response.read()
            raise error_for_response(
                response, self.profile.error, self.error_classes, self.error_base, self.server_error
            )
        return response

    def _connection_error(
        self, cls: type[APIConnectionError], kwargs: Mapping[str, Any], error: Exception
    ) -> APIConnectionError:
        method = str(kwargs.get("method", "")).upper()
        url = redact_url(httpx.URL(self.base_url).join(str(kwargs.get("url", ""))))
        reason = type(error).__name__
        return cls(f"{reason} while calling {self.profile.title}: {method} {url}", method=method, url=url)

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
