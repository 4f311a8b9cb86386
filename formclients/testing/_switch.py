"""`formclients.testing.mock("formsite")`: route every client created inside it to an in-process mock.

Like moto's `mock_aws`: a context manager (sync or async) and a decorator (of sync or async
functions). Each entry starts a fresh mock; clients of that provider created meanwhile with
no transport argument talk to it in-process, and their throttle runs on the mock's clock, so a
FakeClock turns rate-limit waits into clock advances instead of real sleeps.
"""

from __future__ import annotations

import functools
import inspect
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Unpack, cast, overload

import httpx

from formclients.mocks import MockOptions
from formclients.runtime import InProcessLimiter, RateLimit, Throttle
from formclients.runtime._routing import pop_route, push_route
from formclients.runtime.limiter import credential_key

if TYPE_CHECKING:
    from formclients.mocks import ProviderMock
    from formclients.mocks.cognito_forms import CognitoFormsMock
    from formclients.mocks.cogram import CogramMock
    from formclients.mocks.formester import FormesterMock
    from formclients.mocks.formr import FormrMock
    from formclients.mocks.formsite import FormsiteMock

M = TypeVar("M", bound="ProviderMock")
F = TypeVar("F", bound=Callable[..., Any])


class SwitchOptions(MockOptions, total=False):
    """How the mock starts: `create_mock`'s settings (`clock` defaults to a FakeClock at 2026-01-15
    12:00 UTC that moves only when advanced; routed clients pace themselves on it), plus where its
    data comes from."""

    empty: bool  # start from an empty store instead of the demo dataset
    seed: str | Path | Mapping[str, Any]  # then load this seed (a JSON file or a mapping), checked against the spec


def require_mock_extra() -> None:
    """Import the mocks, or fail with the one command that fixes a missing extra."""
    try:
        import formclients.mocks._core  # noqa: F401  (the package itself imports lazily)
    except ModuleNotFoundError as missing:
        package = (missing.name or "?").partition(".")[0]
        raise ModuleNotFoundError(
            f"formclients.testing needs the mock extra (no module {package!r}): pip install 'formclients[mock]'",
            name=missing.name,
        ) from None


def start_mock(provider: str, options: SwitchOptions) -> ProviderMock:
    """A fresh mock of `provider` as the options say (demo data, empty, or seeded)."""
    require_mock_extra()
    from formclients.mocks import FakeClock, create_mock
    from formclients.mocks._store import read_seed

    settings: dict[str, Any] = {k: v for k, v in options.items() if k not in ("empty", "seed")}
    settings.setdefault("clock", FakeClock())
    mock = create_mock(provider, **settings)
    if options.get("empty"):
        mock.reset(empty=True)
    seed = options.get("seed")
    if seed is not None:
        mock.load_store(read_seed(seed))
    return mock


class MockRoute:
    """What a routed client gets from an active switch: the mock's transports and a throttle on its clock."""

    def __init__(self, mock: ProviderMock) -> None:
        self.mock = mock
        self.base_url = mock.base_url
        self.rate_limits = mock.settings.rate_limits
        self.limiter = InProcessLimiter(mock.clock.now)  # this mock's clients' windows and quotas, nowhere else
        self._throttles: dict[str, Throttle] = {}
        self._transports: list[httpx.BaseTransport] = []
        self._lock = threading.Lock()

    def transport(self) -> httpx.BaseTransport:
        transport = self.mock.transport()
        with self._lock:
            self._transports.append(transport)
        return transport

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return self.mock.async_transport()

    def throttle(self, fingerprint: str | None, limits: Sequence[RateLimit]) -> Throttle | None:
        if not self.mock.settings.rate_limits or not limits:
            return None
        key = credential_key(self.mock.provider, fingerprint)
        with self._lock:
            if key not in self._throttles:
                self._throttles[key] = self._new_throttle(limits, key)
            return self._throttles[key]

    def _new_throttle(self, limits: Sequence[RateLimit], key: str) -> Throttle:
        clock = self.mock.clock
        options: dict[str, Any] = {"limiter": self.limiter, "key": key, "provider": self.mock.profile.title}
        if clock.flows:
            return Throttle(limits, **options)

        async def advance(seconds: float) -> None:
            clock.advance(seconds)

        return Throttle(limits, sleep=clock.advance, async_sleep=advance, **options)

    def close(self) -> None:
        with self._lock:
            transports, self._transports = self._transports, []
        for transport in transports:
            transport.close()


class MockSwitch(Generic[M]):
    """Returned by `mock(provider)`; see the module docstring."""

    def __init__(self, provider: str, options: SwitchOptions) -> None:
        self.provider = provider
        self.options = options
        self._active: list[tuple[ProviderMock, MockRoute]] = []
        self._lock = threading.Lock()

    @property
    def mock(self) -> M:
        """The mock of the innermost active entry."""
        with self._lock:
            if not self._active:
                raise RuntimeError(f"formclients.testing.mock({self.provider!r}) is not active")
            return cast("M", self._active[-1][0])

    def start(self) -> M:
        mock = start_mock(self.provider, self.options)
        route = MockRoute(mock)
        push_route(self.provider, route)
        with self._lock:
            self._active.append((mock, route))
        return cast("M", mock)

    def stop(self) -> None:
        with self._lock:
            mock, route = self._active.pop()
        pop_route(self.provider, route)
        route.close()
        mock.close()

    def __enter__(self) -> M:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def __aenter__(self) -> M:
        return self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        self.stop()

    def __call__(self, func: F) -> F:
        """As a decorator: a fresh mock for each call of `func` (sync or async)."""
        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                async with self:
                    return await func(*args, **kwargs)

            return cast("F", run_async)

        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)

        return cast("F", run)


@overload
def mock(provider: Literal["cognito_forms"], **options: Unpack[SwitchOptions]) -> MockSwitch[CognitoFormsMock]: ...
@overload
def mock(provider: Literal["formsite"], **options: Unpack[SwitchOptions]) -> MockSwitch[FormsiteMock]: ...
@overload
def mock(provider: Literal["formester"], **options: Unpack[SwitchOptions]) -> MockSwitch[FormesterMock]: ...
@overload
def mock(provider: Literal["cogram"], **options: Unpack[SwitchOptions]) -> MockSwitch[CogramMock]: ...
@overload
def mock(provider: Literal["formr"], **options: Unpack[SwitchOptions]) -> MockSwitch[FormrMock]: ...
@overload
def mock(provider: str, **options: Unpack[SwitchOptions]) -> MockSwitch[ProviderMock]: ...
def mock(provider: str, **options: Unpack[SwitchOptions]) -> MockSwitch[Any]:
    """Route clients of `provider` created inside to a fresh in-process mock:

    with formclients.testing.mock("formsite") as m:      # also `async with`, or @mock("formsite")
        client = formsite_client.AuthenticatedClient("fs_demo_token")
        ...                                                # talks to m, in-process
    """
    require_mock_extra()
    from formclients.mocks import PROVIDERS

    if provider not in PROVIDERS:
        raise ValueError(f"no mock for {provider!r}; choose one of {', '.join(PROVIDERS)}")
    return MockSwitch(provider, options)
