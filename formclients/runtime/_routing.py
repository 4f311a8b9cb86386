"""Where new clients send their requests when a test has switched a provider to a mock.

`formclients.testing.mock("formsite")` pushes a route for "formsite" while it is active; every
client of that provider created meanwhile with no `transport` / `async_transport` argument
takes its transports (and, unless given them, its throttle and limiter) from the route: the
in-process mock. A client that has no URL and cannot build one (Formsite without `user_dir`) gets the
mock's. Process-wide on purpose, like moto: clients created on other threads are routed too.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import httpx

if TYPE_CHECKING:
    from ._profile import RateLimit
    from ._transports import Throttle
    from .limiter import Limiter


class Route(Protocol):
    @property
    def base_url(self) -> str:
        """The URL for a routed client that was given none (and cannot build one from its settings)."""
        ...

    @property
    def limiter(self) -> Limiter:
        """Where a routed client given no `limiter` counts its windows and quota (in memory, on the mock's clock)."""
        ...

    @property
    def rate_limits(self) -> bool:
        """Whether the mock enforces the documented limits (if not, routed clients count no quota)."""
        ...

    def transport(self) -> httpx.BaseTransport: ...

    def async_transport(self) -> httpx.AsyncBaseTransport: ...

    def throttle(self, fingerprint: str | None, limits: Sequence[RateLimit]) -> Throttle | None:
        """The throttle for a routed client: one per credential (`fingerprint` is the Secret's,
        never the credential), on the mock's clock; None for none."""
        ...


_routes: dict[str, list[Route]] = {}
_lock = threading.Lock()


def push_route(provider: str, route: Route) -> None:
    with _lock:
        _routes.setdefault(provider, []).append(route)


def pop_route(provider: str, route: Route) -> None:
    with _lock:
        stack = _routes.get(provider, [])
        if route in stack:
            stack.remove(route)
        if not stack:
            _routes.pop(provider, None)


def active_route(provider: str) -> Route | None:
    """The innermost active route for `provider`, or None (the network)."""
    with _lock:
        stack = _routes.get(provider)
        return stack[-1] if stack else None
