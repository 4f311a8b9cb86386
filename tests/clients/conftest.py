from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import pytest

from formclients.mocks import FakeClock, ProviderMock, create_mock

E = TypeVar("E", bound=BaseException)


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


def connect(provider: str, mock: ProviderMock | None = None, credential: int | str = 0, **kwargs: Any) -> Any:
    """A generated client of `provider` wired to its mock in-process (no socket, no throttle, no retries).

    `credential` is the index of a demo credential or a key itself (sent with the client's default scheme
    unless it is a demo credential's value).
    """
    mock = mock or create_mock(provider, rate_limits=False)
    if isinstance(credential, str):
        token = credential
        scheme = next((c.scheme for c in mock.credentials if c.value == credential), None)
    else:
        token, scheme = mock.credentials[credential].value, mock.credentials[credential].scheme
    module = importlib.import_module(f"{provider}_client")
    options: dict[str, Any] = {
        "base_url": mock.base_url,
        "auth_scheme": scheme,
        "transport": mock.transport(),
        "async_transport": mock.async_transport(),
        "throttle": False,
        "retry": False,
        **kwargs,
    }
    return module.AuthenticatedClient(token, **options)


def every_operation(mock: ProviderMock) -> set[str]:
    """The operationIds of the mock's spec (webhooks excluded: nobody calls those)."""
    return {operation.operation_id for operation in mock.spec.operations}


def raised(error: type[E], call: Callable[[], object]) -> E:
    """The exception of type `error` that `call` raises."""
    with pytest.raises(error) as caught:
        call()
    return caught.value
