from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from formclients.mocks import FakeClock, ProviderMock, create_mock


class Recorder:
    """An httpx.MockTransport that records each request and answers with a canned response."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answer: Callable[[httpx.Request], httpx.Response] = lambda request: httpx.Response(200, json={})

    def respond(self, status: int = 200, json: Any = None, **kwargs: Any) -> None:
        self.answer = lambda request: httpx.Response(status, json=json, **kwargs)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def query(self) -> list[tuple[str, str]]:
        return list(self.last.url.params.multi_items())


class Watch(httpx.BaseTransport):
    """Wraps the mock's transport, under retries and throttling: records what really went over the wire."""

    def __init__(self, inner: httpx.BaseTransport, clock: FakeClock | None = None) -> None:
        self.inner = inner
        self.clock = clock
        self.requests: list[httpx.Request] = []
        self.statuses: list[int] = []
        self.sent_at: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.clock is not None:
            self.sent_at.append(self.clock.now())
        response = self.inner.handle_request(request)
        self.statuses.append(response.status_code)
        return response

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def connect(provider: str, mock: ProviderMock | None = None, credential: int = 0, **kwargs: Any) -> Any:
    """A generated client of `provider` wired to its mock in-process (no socket, no throttle, no retries)."""
    mock = mock or create_mock(provider, rate_limits=False)
    chosen = mock.credentials[credential]
    module = importlib.import_module(f"{provider}_client")
    options: dict[str, Any] = {
        "base_url": mock.base_url,
        "auth_scheme": chosen.scheme,
        "transport": mock.transport(),
        "async_transport": mock.async_transport(),
        "throttle": False,
        "retry": False,
        **kwargs,
    }
    return module.AuthenticatedClient(chosen.value, **options)
