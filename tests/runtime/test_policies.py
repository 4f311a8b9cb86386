"""Retries, throttling, metering, typed errors and redaction in the runtime, on a fake clock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any, ClassVar

import httpx
import pytest

from formclients.runtime import (
    APIConnectionError,
    APIStatusError,
    BaseClient,
    InternalServerError,
    NotFoundError,
    ProviderProfile,
    RateLimitError,
    Throttle,
    retry_policy,
)

SPEC: dict[str, Any] = {
    "info": {"title": "Example API", "version": "v1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {
        "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer"},
            "accessToken": {"type": "apiKey", "in": "query", "name": "access_token"},
        }
    },
    "x-error": {"schema": "#/components/schemas/Error", "message": "/error/message", "code": "/error/code"},
    "x-rate-limits": [{"name": "minute", "requests": 3, "period": 60}],
    "x-quota": {"period": "month", "plans": {"pro": 2000}, "request_unit_bytes": 102400},
}
PROFILE = ProviderProfile.from_spec("example", SPEC)


class ExampleClient(BaseClient):
    profile: ClassVar[ProviderProfile] = PROFILE
    requires_credential: ClassVar[bool] = True


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def scripted(*responses: httpx.Response | Exception) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport answering with `responses` in order (the last one repeats)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = responses[min(len(seen), len(responses)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handler), seen


def make_client(transport: httpx.BaseTransport, time: FakeTime, **kwargs: Any) -> ExampleClient:
    options: dict[str, Any] = {
        "retry": retry_policy(attempts=3, backoff=0.5, sleep=time.sleep),
        "throttle": False,
        "transport": transport,
    }
    options.update(kwargs)
    return ExampleClient("s3cret-token", **options)


def error(status: int, message: str = "boom", code: str = "oops", **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": message, "code": code}}, headers=headers)


def test_get_is_retried_on_5xx_then_succeeds() -> None:
    time = FakeTime()
    transport, seen = scripted(error(503), error(502), httpx.Response(200, json={"ok": True}))
    response = make_client(transport, time).request(method="get", url="/things")
    assert response.json() == {"ok": True}
    assert len(seen) == 3
    assert len(time.sleeps) == 2
    assert all(0 <= s <= 0.5 * 2**3 for s in time.sleeps), "exponential backoff with jitter"


@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_retry_after_is_honoured(form: str) -> None:
    time = FakeTime()
    retry_after = "7" if form == "seconds" else format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    transport, seen = scripted(error(429, **{"Retry-After": retry_after}), httpx.Response(200, json={}))
    make_client(transport, time).request(method="get", url="/things")
    assert len(seen) == 2
    expected = 7 if form == "seconds" else 30
    assert expected - 2 <= time.sleeps[0] <= expected


@pytest.mark.parametrize("method", ["post", "patch"])
def test_post_and_patch_are_never_retried(method: str) -> None:
    time = FakeTime()
    transport, seen = scripted(error(503), httpx.Response(200, json={}))
    with pytest.raises(InternalServerError):
        make_client(transport, time).request(method=method, url="/things", json={"a": 1})
    assert len(seen) == 1
    transport, seen = scripted(httpx.ConnectError("refused"), httpx.Response(200, json={}))
    with pytest.raises(APIConnectionError):
        make_client(transport, time).request(method=method, url="/things", json={"a": 1})
    assert len(seen) == 1


def test_attempts_are_capped_and_the_last_error_raised() -> None:
    time = FakeTime()
    transport, seen = scripted(error(500))
    with pytest.raises(InternalServerError) as raised:
        make_client(transport, time).request(method="get", url="/things")
    assert len(seen) == 4, "the first attempt and 3 retries"
    assert raised.value.status == 500


def test_connection_errors_on_get_are_retried() -> None:
    time = FakeTime()
    transport, seen = scripted(httpx.ConnectError("refused"), httpx.Response(200, json={}))
    assert make_client(transport, time).request(method="get", url="/x").status_code == 200
    assert len(seen) == 2


def test_total_retry_time_is_capped() -> None:
    time = FakeTime()
    transport, _ = scripted(error(429, **{"Retry-After": "100"}))
    retry = retry_policy(attempts=10, max_wait=100, total_wait=150, sleep=time.sleep)
    with pytest.raises(RateLimitError):
        make_client(transport, time, retry=retry).request(method="get", url="/x")
    assert sum(time.sleeps) <= 150


@pytest.mark.parametrize(
    ("status", "cls"),
    [(404, NotFoundError), (429, RateLimitError), (500, InternalServerError), (418, APIStatusError)],
)
def test_error_statuses_raise_typed_exceptions(status: int, cls: type[APIStatusError]) -> None:
    time = FakeTime()
    transport, _ = scripted(error(status, "Form not found", "not_found", **{"Retry-After": "5"}))
    client = make_client(transport, time, retry=False)
    with pytest.raises(cls) as raised:
        client.request(method="get", url="/forms/x")
    assert raised.value.status == status
    assert raised.value.message == "Form not found"
    assert raised.value.code == "not_found"
    assert raised.value.retry_after == 5
    assert "Form not found" in str(raised.value) and "GET https://api.example.com/forms/x" in str(raised.value)


def test_raise_on_error_false_returns_the_response() -> None:
    transport, _ = scripted(error(404))
    response = make_client(transport, FakeTime(), retry=False, raise_on_error=False).request(method="get", url="/x")
    assert response.status_code == 404


def test_quota_fields_on_rate_limit_errors() -> None:
    body = {"error": "Quota exceeded.", "quotaExceeded": True, "remaining": 0, "resetAt": "2024-02-01T00:00:00Z"}
    transport, _ = scripted(httpx.Response(429, json=body, headers={"Retry-After": "60"}))
    with pytest.raises(RateLimitError) as raised:
        make_client(transport, FakeTime(), retry=False).request(method="post", url="/submit", json={})
    assert raised.value.quota_exceeded is True
    assert raised.value.remaining == 0
    assert raised.value.reset_at == datetime(2024, 2, 1, tzinfo=UTC)


def test_throttle_keeps_to_the_documented_limit_without_a_429() -> None:
    time = FakeTime()
    throttle = Throttle(PROFILE.rate_limits, clock=time.clock, sleep=time.sleep, margin=0.0)
    sent_at: list[float] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent_at.append(time.now)
        recent = [t for t in sent_at if t > time.now - 60]
        return httpx.Response(429 if len(recent) > 3 else 200, json={})

    client = make_client(httpx.MockTransport(server), time, throttle=throttle, retry=False)
    statuses = [client.request(method="get", url="/x").status_code for _ in range(7)]
    assert statuses == [200] * 7
    assert time.sleeps == [60.0, 60.0], "waits exactly as long as the window needs, no longer"


async def test_one_throttle_paces_sync_and_async_clients_together() -> None:
    time = FakeTime()

    async def async_sleep(seconds: float) -> None:
        time.sleep(seconds)

    throttle = Throttle(PROFILE.rate_limits, clock=time.clock, sleep=time.sleep, async_sleep=async_sleep, margin=0.0)
    sent_at: list[float] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent_at.append(time.now)
        return httpx.Response(429 if len([t for t in sent_at if t > time.now - 60]) > 3 else 200, json={})

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return server(request)

    client = make_client(
        httpx.MockTransport(server),
        time,
        async_transport=httpx.MockTransport(answer_async),
        throttle=throttle,
        retry=False,
    )
    statuses = []
    for _ in range(4):
        statuses.append(client.request(method="get", url="/x").status_code)
        statuses.append((await client.arequest(method="get", url="/x")).status_code)
    assert statuses == [200] * 8, "sync and async calls share one window"
    assert time.sleeps == [60.0, 60.0]


def test_throttle_is_shared_by_clients_of_one_credential() -> None:
    transport, _ = scripted(httpx.Response(200, json={}))
    first = ExampleClient("shared-key", transport=transport)
    second = ExampleClient("shared-key", transport=transport)
    other = ExampleClient("other-key", transport=transport)
    assert first.throttle is second.throttle
    assert first.throttle is not other.throttle


def test_usage_counts_billed_requests_by_size_including_retries() -> None:
    time = FakeTime()
    transport, _ = scripted(error(503), httpx.Response(200, json={}))
    client = make_client(transport, time)
    client.request(method="get", url="/x")  # two attempts, one unit each
    transport, _ = scripted(httpx.Response(200, json={}))
    client = make_client(transport, time)
    client.request(method="post", url="/x", content=b"x" * 150_000)  # 150 KB counts as two
    client.request(method="post", url="/x", content=b"x" * 400 * 1024)  # 400 KB counts as four
    assert (client.usage.requests, client.usage.billed) == (2, 6)


def secret_places(client: ExampleClient, caught: BaseException, caplog: pytest.LogCaptureFixture) -> list[str]:
    return [repr(client), str(caught), repr(caught), caplog.text, str(caught.__dict__)]


@pytest.mark.parametrize("scheme", ["bearerAuth", "accessToken"])
@pytest.mark.parametrize(
    "failure",
    [lambda: error(401, "Invalid token"), lambda: httpx.ConnectError("refused")],
    ids=["401", "connection"],
)
def test_credentials_never_leak_into_errors_reprs_or_logs(
    scheme: str, failure: Callable[[], Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    transport, seen = scripted(failure())
    client = ExampleClient("s3cret-token", auth_scheme=scheme, transport=transport, retry=False, throttle=False)
    with pytest.raises(Exception) as raised:
        client.request(method="get", url="/forms", params={"page": "1"})
    assert "s3cret-token" in str(seen[0].url) + seen[0].headers.get("authorization", ""), "the credential was sent"
    for place in secret_places(client, raised.value, caplog):
        assert "s3cret-token" not in place
    assert "GET https://api.example.com/forms?page=1" in str(raised.value), "the URL is shown, without the key"
