"""Quotas: counted in the limiter's store, raised before a call would go past them, readable
from the client."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx
import pytest

from formclients.runtime import (
    BaseClient,
    ConfigurationError,
    FormclientsError,
    InProcessLimiter,
    ProviderProfile,
    QuotaExhaustedError,
    SQLiteLimiter,
    Throttle,
)

START = datetime(2026, 1, 31, 23, 0, tzinfo=UTC).timestamp()


def profile(**extensions: Any) -> ProviderProfile:
    return ProviderProfile.from_spec(
        "example",
        {
            "info": {"title": "Example API", "version": "v1"},
            "servers": [{"url": "https://api.example.com"}],
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
            **extensions,
        },
    )


DAILY = profile(
    **{
        "x-rate-limits": [
            {"name": "per-minute", "requests": 50, "period": 60},
            {"name": "per-day", "requests": 3, "period": 86400, "quota": True},
        ]
    }
)
MONTHLY = profile(
    **{
        "x-quota": {
            "period": "month",
            "plans": {"pro": 4, "team": 10},
            "default_plan": "pro",
            "request_unit_bytes": 100,
            "operations": ["create"],
        }
    }
)
SUBMISSIONS = profile(
    **{"x-quota": {"period": "month", "plans": {"free": 2}, "default_plan": "free", "counts": "success"}}
)


class Clock:
    def __init__(self) -> None:
        self.t = START

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds


class Server:
    """Answers each request with `status`, and keeps what reached it."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []
        self.status = 200

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(self.status, json={})


def client_for(
    provider: ProviderProfile, server: Server, clock: Clock, token: str | None = "tok", **options: Any
) -> BaseClient:
    class Client(BaseClient):
        profile: ClassVar[ProviderProfile] = provider

    options.setdefault("limiter", InProcessLimiter(clock))
    options.setdefault("throttle", False)
    mock = httpx.MockTransport(server)
    return Client(token, transport=mock, async_transport=mock, retry=False, **options)


def call(client: BaseClient, operation: str = "get", body: bytes = b"") -> int:
    return client.request(operation, method="post", url="/x", content=body).status_code


# -- a rolling quota: Formsite's calls a day ---------------------------------------------------------


def test_a_call_past_a_rolling_quota_raises_before_it_is_sent() -> None:
    clock, server = Clock(), Server()
    client = client_for(DAILY, server, clock)
    assert client.quota.remaining() == 3
    for _ in range(3):
        call(client)
        clock.sleep(3600)
    assert client.quota.remaining() == 0
    with pytest.raises(QuotaExhaustedError) as raised:
        call(client)
    assert len(server.seen) == 3, "the fourth call was not sent"
    error = raised.value
    assert isinstance(error, FormclientsError)
    assert error.resets_at == datetime.fromtimestamp(START + 86400, UTC), "when the first call leaves the day"
    assert (error.quota, error.allowance) == ("per-day", 3)
    assert "Example API's per-day quota is used up" in str(error) and "The call was not sent" in str(error)
    assert "(in 21 h)" in str(error) or "(in 21.0 h)" in str(error)
    clock.sleep(86400 - 3 * 3600)
    call(client)
    assert len(server.seen) == 4 and client.quota.remaining() == 0


def test_a_rolling_quota_is_never_waited_for() -> None:
    clock, server = Clock(), Server()
    throttle = Throttle(DAILY.rate_limits, clock=clock, sleep=clock.sleep, margin=0)
    assert [limit.name for limit in throttle.limits] == ["per-minute"]
    client = client_for(DAILY, server, clock, throttle=throttle)
    for _ in range(3):
        call(client)
    with pytest.raises(QuotaExhaustedError):
        call(client)
    assert throttle.waited == 0


def test_a_number_replaces_the_rolling_allowance() -> None:
    clock, server = Clock(), Server()
    client = client_for(DAILY, server, clock, quota=5)
    for _ in range(5):
        call(client)
    with pytest.raises(QuotaExhaustedError):
        call(client)


# -- a calendar quota: Cognito's monthly requests, by size -------------------------------------------


def test_a_calendar_quota_counts_by_request_size_and_resets_with_the_month() -> None:
    clock, server = Clock(), Server()
    client = client_for(MONTHLY, server, clock)
    call(client, "create", b"x" * 150)  # two units of 100 bytes
    assert client.quota.remaining() == 2
    call(client, "list")  # not an operation the quota covers
    call(client, "create")  # an empty body counts once
    assert client.quota.remaining() == 1
    status = client.quota.status()
    assert [(s.name, s.allowance, s.used) for s in status] == [("monthly", 4, 3)]
    with pytest.raises(QuotaExhaustedError) as raised:
        call(client, "create", b"x" * 101)
    assert raised.value.resets_at == datetime(2026, 2, 1, tzinfo=UTC)
    assert (raised.value.allowance, raised.value.used) == (4, 3)
    assert len(server.seen) == 3
    clock.sleep(3600)  # February
    call(client, "create", b"x" * 101)
    assert client.quota.remaining() == 2


def test_only_successes_count_where_the_provider_says_so() -> None:
    clock, server = Clock(), Server()
    client = client_for(SUBMISSIONS, server, clock, raise_on_error=False)
    server.status = 400
    assert call(client) == 400
    assert client.quota.remaining() == 2, "a rejected submission is refunded"
    server.status = 201
    call(client)
    call(client)
    with pytest.raises(QuotaExhaustedError):
        call(client)


async def test_async_calls_are_charged_alike() -> None:
    clock, server = Clock(), Server()
    client = client_for(SUBMISSIONS, server, clock, raise_on_error=False)
    server.status = 400
    await client.arequest("submit", method="post", url="/x")
    server.status = 201
    await client.arequest("submit", method="post", url="/x")
    await client.arequest("submit", method="post", url="/x")
    with pytest.raises(QuotaExhaustedError):
        await client.arequest("submit", method="post", url="/x")
    assert len(server.seen) == 3


def test_clients_of_one_credential_share_one_count() -> None:
    clock, server = Clock(), Server()
    store = InProcessLimiter(clock)
    first = client_for(MONTHLY, server, clock, limiter=store)
    second = client_for(MONTHLY, server, clock, limiter=store)
    other = client_for(MONTHLY, server, clock, token="another", limiter=store)
    call(first, "create")
    call(second, "create")
    assert first.quota.remaining() == second.quota.remaining() == 2
    assert other.quota.remaining() == 4


# -- choosing the allowance ------------------------------------------------------------------------------


@pytest.mark.parametrize(("choice", "allowance"), [(True, 4), ("team", 10), (7, 7), ("7", 7)])
def test_the_plan_sets_the_allowance(choice: str | int | bool, allowance: int) -> None:
    assert client_for(MONTHLY, Server(), Clock(), quota=choice).quota.remaining() == allowance


def test_the_plan_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_QUOTA", "team")
    assert client_for(MONTHLY, Server(), Clock()).quota.remaining() == 10
    assert client_for(MONTHLY, Server(), Clock(), quota="pro").quota.remaining() == 4, "the argument wins"
    monkeypatch.setenv("EXAMPLE_QUOTA", "off")
    server, clock = Server(), Clock()
    client = client_for(MONTHLY, server, clock)
    for _ in range(6):
        call(client, "create")
    assert client.quota.remaining() is None and len(server.seen) == 6


def test_an_unknown_plan_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    plans = r"quota=: unknown plan 'gold'; this API's plans are \['pro', 'team'\]"
    with pytest.raises(ConfigurationError, match=plans):
        client_for(MONTHLY, Server(), Clock(), quota="gold")
    monkeypatch.setenv("EXAMPLE_QUOTA", "gold")
    with pytest.raises(ConfigurationError, match="EXAMPLE_QUOTA: unknown plan 'gold'"):
        client_for(MONTHLY, Server(), Clock())


def test_nothing_is_counted_without_a_credential_or_with_quota_off() -> None:
    server, clock = Server(), Clock()
    for client in (client_for(DAILY, server, clock, token=None), client_for(DAILY, server, clock, quota=False)):
        for _ in range(4):
            call(client)
        assert client.quota.remaining() is None
    assert len(server.seen) == 8


async def test_async_clients_use_a_shared_store_off_the_event_loop(tmp_path: Any) -> None:
    server = Server()
    store = SQLiteLimiter(tmp_path / "limiter.sqlite3")
    limits = profile(**{"x-rate-limits": [{"name": "per-token", "requests": 2, "period": 60}]}).rate_limits
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    throttle = Throttle(limits, limiter=store, key="k", async_sleep=record, margin=0)
    client = client_for(SUBMISSIONS, server, Clock(), limiter=store, throttle=throttle, raise_on_error=False)
    server.status = 201
    await client.arequest("submit", method="post", url="/x")
    await client.arequest("submit", method="post", url="/x")
    assert client.quota.remaining() == 0 and store.window(limits[0], "k").used == 2
    with pytest.raises(QuotaExhaustedError):
        await client.arequest("submit", method="post", url="/x")
    assert waits == [] and len(server.seen) == 2


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("period", "week", "x-quota.period is 'week'; it must be 'month' or 'day'"),
        ("counts", "some", "'all' or 'success'"),
    ],
)
def test_a_bad_x_quota_is_a_clear_error(field: str, value: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        profile(**{"x-quota": {"plans": {"pro": 1}, field: value}})
