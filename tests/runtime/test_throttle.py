"""The throttle: waits exactly as long as the window needs, counts each request from when its
answer came, and logs every wait of a second or more."""

from __future__ import annotations

import logging
from typing import ClassVar

import httpx
import pytest

from formclients.runtime import BaseClient, InProcessLimiter, ProviderProfile, Throttle
from formclients.runtime._transports import before_wait

PROFILE = ProviderProfile.from_spec(
    "example",
    {
        "info": {"title": "Example API", "version": "v1"},
        "servers": [{"url": "https://api.example.com"}],
        "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
        "x-rate-limits": [{"name": "per-token", "requests": 2, "period": 60}],
    },
)


class ExampleClient(BaseClient):
    profile: ClassVar[ProviderProfile] = PROFILE


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds


class SlowProvider:
    """Counts arrivals in its own sliding window, as the provider does; each request takes
    `latency[i]` seconds to arrive, and its answer comes back at once."""

    def __init__(self, clock: Clock, latency: list[float]) -> None:
        self.clock, self.latency = clock, latency
        self.arrivals: list[float] = []
        self.statuses: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.clock.sleep(self.latency[len(self.arrivals)])
        now = self.clock()
        recent = [t for t in self.arrivals if t > now - 60]
        self.arrivals.append(now)
        self.statuses.append(429 if len(recent) >= 2 else 200)
        return httpx.Response(self.statuses[-1], json={})


def test_a_slow_request_counts_from_its_answer_so_the_next_never_arrives_early() -> None:
    """The first request takes 2 s to arrive; the third, sent the moment the window lets it, takes
    none. Counted from when it was sent, the first would let the third arrive 1.95 s too early."""
    clock = Clock()
    provider = SlowProvider(clock, latency=[2.0, 0.0, 0.0, 0.0])
    throttle = Throttle(PROFILE.rate_limits, limiter=InProcessLimiter(clock), sleep=clock.sleep)
    client = ExampleClient("tok", transport=httpx.MockTransport(provider), throttle=throttle, retry=False)
    for _ in range(4):
        client.request(method="get", url="/x")
    assert provider.statuses == [200, 200, 200, 200]
    first, _, third, _ = provider.arrivals
    assert third - first == pytest.approx(60.05), "60 s after the first arrived, and the margin: no later"


def test_every_wait_of_a_second_or_more_is_logged_at_info(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    throttle = Throttle(PROFILE.rate_limits, clock=clock, sleep=clock.sleep, provider="Formester API", margin=0.05)
    with caplog.at_level(logging.INFO, logger="formclients.throttle"):
        throttle.acquire("list")
        clock.sleep(59.5)
        throttle.acquire("list")
        throttle.acquire("list")  # waits 0.55 s for the first to leave: not logged
        throttle.acquire("list")  # waits 59.5 s for the second: logged
    lines = [(r.name, r.levelname, r.getMessage()) for r in caplog.records]
    line = "Formester API: waiting 59.5 s for the per-token rate limit (2 requests per 60 s)"
    assert lines == [("formclients.throttle", "INFO", line)]
    assert throttle.waited == pytest.approx(0.55 + 59.5)


class GiveUp(Exception):
    pass


def test_a_before_wait_hook_that_raises_gives_the_turn_up_before_anything_is_sent() -> None:
    """The hook sees the wait a request faces; raising from it leaves the window as it was (nothing
    admitted, nothing sent), and it applies only in the context that set it."""
    clock = Clock()
    sent: list[str] = []

    def provider(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(200, json={})

    throttle = Throttle(PROFILE.rate_limits, limiter=InProcessLimiter(clock), clock=clock, sleep=clock.sleep)
    client = ExampleClient("tok", transport=httpx.MockTransport(provider), throttle=throttle, retry=False)
    seen: list[float] = []

    def give_up(wait: float) -> None:
        seen.append(wait)
        raise GiveUp

    client.request(method="get", url="/a")
    client.request(method="get", url="/b")
    token = before_wait.set(give_up)
    try:
        with pytest.raises(GiveUp):
            client.request(method="get", url="/c")
    finally:
        before_wait.reset(token)
    assert sent == ["/a", "/b"] and seen == [pytest.approx(60.0)]
    assert clock.t == 1_800_000_000.0 and throttle.waited == 0.0  # it did not sleep
    client.request(method="get", url="/c")  # without the hook: it waits its turn and goes
    assert sent == ["/a", "/b", "/c"] and clock.t == pytest.approx(1_800_000_060.05)
