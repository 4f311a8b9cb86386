"""The client every generated ``Client`` / ``AuthenticatedClient`` subclasses.

Generated endpoint functions build the request (method, url, params, headers, body)
and hand it to :meth:`BaseClient.request` / :meth:`BaseClient.arequest`; everything
that is the same for every operation of every provider happens here: credentials,
retries, throttling to the documented limits, usage metering and typed errors.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

import httpx
from httpx_retries import Retry

from .. import __version__
from ..drift._hook import drift_checker
from ._auth import AsyncCredentialTransport, Credential, CredentialTransport, Secret, as_secret
from ._exceptions import (
    GENERIC_BY_STATUS,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    error_for_response,
)
from ._http_log import AsyncLoggingTransport, LoggingTransport
from ._profile import ProviderProfile
from ._redact import redact_url, register_credential_parameter
from ._retries import ALREADY_DELETED, RetryTransport, describe, retry_policy
from ._routing import active_route
from ._transports import (
    OPERATION,
    AsyncPolicyTransport,
    PolicyTransport,
    Throttle,
    UsageMeter,
    shared_throttle,
)
from .limiter import Limiter, shared_limiter
from .quota import QuotaAccount

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
NETWORK_ARGUMENTS = frozenset({"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy"})
USER_AGENT = f"formclients/{__version__} (python-httpx/{httpx.__version__})"


class ConfigurationError(ValueError):
    """A client was built with missing or contradictory settings."""


class ClientOptions(TypedDict, total=False):
    """The settings every client takes besides the credential and the server URL's variables.

    The generated client objects (`formsite_client.Formsite(...)`) take these as keyword arguments and pass
    them on to `BaseClient`, whose docstring describes them; keep the two lists the same (a test checks).
    """

    base_url: str | None
    auth_scheme: str | None
    headers: Mapping[str, str] | None
    timeout: httpx.Timeout | float | None
    retry: Retry | bool
    throttle: Throttle | bool
    limiter: Limiter | str | None
    quota: str | int | bool
    raise_on_error: bool
    validate_responses: bool | Literal["raise", "warn"] | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    raise_on_unexpected_status: bool
    httpx_args: Mapping[str, Any] | None


class BaseClient:
    """Holds the connection settings and the credential; owns the httpx clients.

    Arguments win over environment variables (``<PROVIDER>_TOKEN``, ``<PROVIDER>_BASE_URL``
    and ``<PROVIDER>_<SERVER VARIABLE>``), which win over the spec's defaults. A server variable
    passed as an argument also wins over ``<PROVIDER>_BASE_URL``; passing both ``base_url`` and
    server variables is an error. A server variable the spec gives no default (an empty one,
    like Formsite's ``user_dir``) must be set.

    - ``retry``: an ``httpx_retries.Retry`` (default: `retry_policy()`), or ``False`` for none.
      Each retry is logged at INFO on ``formclients.retry``. A DELETE whose retry answers 404 after
      an earlier attempt may have reached the server returns normally (the response keeps its 404
      and carries the `ALREADY_DELETED` extension); see `formclients.runtime._retries`.
    - ``throttle``: ``True`` (default) waits so that the provider's documented rate limits are
      never exceeded, shared by every client of the same credential that uses the same limiter
      store; ``False`` turns it off; or pass your own `Throttle`.
    - ``limiter``: where limits and quotas are counted: a `Limiter`, or ``"memory"`` (this
      process), ``"sqlite:///PATH"`` (every process on this host) or ``"redis://HOST:PORT/DB"``
      (several hosts). Default: ``FORMCLIENTS_LIMITER``, else a SQLite file in the user's cache
      directory. ``FORMCLIENTS_LIMITER_FALLBACK=memory`` limits within the process, with a WARNING,
      while the store is down; otherwise a store that cannot be used raises `LimiterUnavailableError`.
    - ``quota``: the provider's quota (Formsite's calls a day, Cognito's monthly requests, Formr's
      monthly submissions) is counted in the limiter's store and a call past it raises
      `QuotaExhaustedError` before it is sent. ``True`` (default): the plan in ``<PROVIDER>_QUOTA``,
      else the spec's default plan; a plan name (``"team"``) or a number sets the allowance;
      ``False`` (or ``<PROVIDER>_QUOTA=off``) neither counts nor enforces. Read it with
      ``client.quota.remaining()``.
    - ``raise_on_error``: ``True`` (default) raises the provider's typed exception for any 4xx/5xx;
      ``False`` makes the ``*_detailed`` functions and ``with_raw_response`` return the response
      instead, so ``Response.status_code`` and ``.content`` tell what happened. The plain forms
      (``sync``, ``asyncio``, a client object's methods) raise either way: they return the
      operation's success type and have nothing else to return.
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
        token: str | Secret | None = None,
        *,
        base_url: str | None = None,
        server_variables: Mapping[str, str] | None = None,
        auth_scheme: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: Retry | bool = True,
        throttle: Throttle | bool = True,
        limiter: Limiter | str | None = None,
        quota: str | int | bool = True,
        raise_on_error: bool = True,
        validate_responses: bool | Literal["raise", "warn"] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        raise_on_unexpected_status: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        prefix = self.profile.env_prefix
        # From here on the credential exists only inside a Secret: no local of this frame (which a
        # traceback with captured locals shows if construction fails below) holds it, nor os.environ.
        self._secret = as_secret(token if token is not None else os.environ.get(f"{prefix}_TOKEN"))
        del token
        if self.requires_credential and not self._secret:
            raise ConfigurationError(
                f"{type(self).__module__}.{type(self).__name__} needs a token: pass token=... or set {prefix}_TOKEN"
            )
        self._auth_scheme = self._choose_scheme(auth_scheme) if self._secret else None
        for scheme in self.profile.security_schemes.values():
            if scheme.location == "query":
                register_credential_parameter(scheme.parameter)
        route = active_route(self.profile.name) if transport is None and async_transport is None else None
        self.base_url = self._base_url(base_url, server_variables or {}, route.base_url if route else None)
        self.raise_on_error = raise_on_error
        self._drift = drift_checker(self.profile.name, validate_responses, self._secret)  # None when off: free
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.retry: Retry | None = (retry_policy() if retry is True else retry) or None
        if route is not None and limiter is None:
            limiter = route.limiter  # a mock's windows and quotas count in memory, never in the user's store
        self.limiter = limiter if isinstance(limiter, Limiter) else shared_limiter(limiter)
        limits = tuple(limit for limit in self.profile.rate_limits if limit.applies_to(self._auth_scheme))
        fingerprint = self._secret.fingerprint() if self._secret else None  # shared state is keyed by it
        self.throttle: Throttle | None = (
            shared_throttle(self.profile.name, fingerprint, limits, limiter=self.limiter, title=self.profile.title)
            if throttle is True
            else throttle or None
        )
        if route is not None:  # inside formclients.testing.mock(...): the in-process mock, on its clock
            transport, async_transport = route.transport(), route.async_transport()
            if throttle is True:
                self.throttle = route.throttle(fingerprint, limits)
            if quota is True and not route.rate_limits:
                quota = False  # the mock enforces no limits: nothing to count
        self.quota = QuotaAccount.for_client(self.profile, fingerprint, limits, self.limiter, quota)
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

    def _base_url(self, given_url: str | None, given_variables: Mapping[str, str], routed: str | None = None) -> str:
        """Arguments first (base_url, or server variables), then <PREFIX>_BASE_URL, then the variables' env/defaults;
        a client routed to a mock (`routed`, its URL) that has none of these uses the mock's."""
        given_variables = {name: value for name, value in given_variables.items() if value}
        if given_url and given_variables:
            raise ConfigurationError(
                f"pass either base_url or the server variables {sorted(given_variables)}, not both"
            )
        if given_url:
            return given_url
        from_env = os.environ.get(f"{self.profile.env_prefix}_BASE_URL")
        if from_env and not given_variables:
            return from_env
        try:
            return self._server_url(given_variables)
        except ConfigurationError:
            if routed is None:
                raise
            return routed

    def _server_url(self, given: Mapping[str, str]) -> str:
        values: dict[str, str] = {}
        for name, default in self.profile.server_variables.items():
            value = given.get(name) or os.environ.get(f"{self.profile.env_prefix}_{name.upper()}") or default
            if not value:
                raise ConfigurationError(
                    f"the {self.profile.title} URL needs {name!r}: pass {name}=... to the client object "
                    f"(server_variables={{{name!r}: ...}} to AuthenticatedClient), "
                    f"or set {self.profile.env_prefix}_{name.upper()}, or pass base_url"
                )
            values[name] = value
        unknown = set(given) - set(values)
        if unknown:
            raise ConfigurationError(f"unknown server variables {sorted(unknown)}; the URL takes {sorted(values)}")
        return self.profile.server_url.format(**values)

    @property
    def credential(self) -> Credential | None:
        """The credential and how it travels; attached by the innermost transport, never shown."""
        if self._secret is None or self._auth_scheme is None:
            return None
        return Credential(self._secret, self.profile.security_schemes[self._auth_scheme])

    def __repr__(self) -> str:
        # getattr: a traceback of a failed __init__ shows `self` half built, and a repr that raised
        # there would break the traceback itself (Python 3.11's capture_locals does not catch it).
        base_url = getattr(self, "base_url", None)
        shown = repr(redact_url(base_url)) if base_url else "unset"
        credential = f"auth_scheme={getattr(self, '_auth_scheme', None)!r}" if getattr(self, "_secret", None) else ""
        return f"{type(self).__name__}(base_url={shown}, {credential or 'no credential'})"

    # -- httpx clients --------------------------------------------------------------
    #
    # The stack under each httpx client, outermost first (each layer sees what the one above
    # hands it): retries -> throttle and meter -> DEBUG log lines -> credential -> network.
    # The credential is put on a copy of the request by the last layer, so no logger and no
    # object handed back (response.request, exceptions) ever holds it.

    def _client_args(self) -> dict[str, Any]:
        others = {k: v for k, v in self._httpx_args.items() if k not in NETWORK_ARGUMENTS or k == "trust_env"}
        return {"base_url": self.base_url, "headers": self._headers, "timeout": self._timeout, **others}

    def _network_args(self) -> dict[str, Any]:
        """The `httpx_args` that configure the connection (httpx applies them only to a transport
        it builds itself, and the client builds its own stack)."""
        return {k: v for k, v in self._httpx_args.items() if k in NETWORK_ARGUMENTS}

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            network = self._transport or httpx.HTTPTransport(**self._network_args())
            stack: httpx.BaseTransport = PolicyTransport(
                LoggingTransport(CredentialTransport(network, self.credential, self.base_url)),
                self.throttle,
                self.usage,
                self.quota,
            )
            if self.retry is not None:
                stack = RetryTransport(stack, self.retry, provider=self.profile.title, throttle=self.throttle)
            self._client = httpx.Client(transport=stack, **self._client_args())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            network = self._async_transport or httpx.AsyncHTTPTransport(**self._network_args())
            stack: httpx.AsyncBaseTransport = AsyncPolicyTransport(
                AsyncLoggingTransport(AsyncCredentialTransport(network, self.credential, self.base_url)),
                self.throttle,
                self.usage,
                self.quota,
            )
            if self.retry is not None:
                stack = RetryTransport(stack, self.retry, provider=self.profile.title, throttle=self.throttle)
            self._async_client = httpx.AsyncClient(transport=stack, **self._client_args())
        return self._async_client

    # -- sending ------------------------------------------------------------------------

    def request(self, operation_id: str = "*", **kwargs: Any) -> httpx.Response:
        """Send one request built by a generated endpoint function."""
        client = self.get_httpx_client()
        request = client.build_request(**kwargs, extensions={OPERATION: operation_id})
        try:
            response = client.send(request)
        except httpx.TimeoutException as error:
            raise self._connection_error(APITimeoutError, request, error) from error
        except httpx.TransportError as error:
            raise self._connection_error(APIConnectionError, request, error) from error
        if self._drift is not None:
            self._drift(operation_id, response)
        return self._check(response)

    async def arequest(self, operation_id: str = "*", **kwargs: Any) -> httpx.Response:
        """Send one request built by a generated endpoint function, asynchronously."""
        client = self.get_async_httpx_client()
        request = client.build_request(**kwargs, extensions={OPERATION: operation_id})
        try:
            response = await client.send(request)
        except httpx.TimeoutException as error:
            raise self._connection_error(APITimeoutError, request, error) from error
        except httpx.TransportError as error:
            raise self._connection_error(APIConnectionError, request, error) from error
        if self._drift is not None:
            self._drift(operation_id, response)
        return self._check(response)

    def _check(self, response: httpx.Response) -> httpx.Response:
        if self.raise_on_error:
            self.raise_for_status(response)
        return response

    def raise_for_status(self, response: httpx.Response) -> None:
        """Raise the provider's typed exception for a 4xx/5xx response, whatever ``raise_on_error`` says.

        A retried DELETE that found its target gone (`ALREADY_DELETED`: an earlier attempt deleted it) is
        not an error.
        """
        if response.is_error and not response.extensions.get(ALREADY_DELETED):
            response.read()
            raise error_for_response(
                response, self.profile.error, self.error_classes, self.error_base, self.server_error
            )

    def _connection_error(
        self, cls: type[APIConnectionError], request: httpx.Request, error: Exception
    ) -> APIConnectionError:
        """The error for a request that got no answer, naming the whole URL (credentials redacted)."""
        method, url = request.method, redact_url(request.url)
        reason = describe(error)
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
