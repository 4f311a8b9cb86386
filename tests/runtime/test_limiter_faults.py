"""Choosing a limiter store, and what happens when it cannot be used: a clear error naming the
store, or, when the user chose the fallback, in-process limiting with a WARNING. Never a silent
loss of limiting."""

from __future__ import annotations

import logging
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from formclients.runtime import (
    BaseClient,
    ConfigurationError,
    InProcessLimiter,
    LimiterUnavailableError,
    ProviderProfile,
    RateLimit,
    RedisLimiter,
    SQLiteLimiter,
)
from formclients.runtime.limiter import FallbackLimiter, default_path, open_limiter

from .conftest import free_port, start_redis

LIMIT = RateLimit("per-minute", requests=2, period=60)
TOKEN = "tok-4f1c-secret-credential"
PROFILE = ProviderProfile.from_spec(
    "example",
    {
        "info": {"title": "Example API", "version": "v1"},
        "servers": [{"url": "https://api.example.com"}],
        "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
        "x-rate-limits": [{"name": "per-minute", "requests": 2, "period": 60}],
    },
)


class ExampleClient(BaseClient):
    profile: ClassVar[ProviderProfile] = PROFILE
    requires_credential: ClassVar[bool] = True


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def client(sent: list[httpx.Request], **options: Any) -> ExampleClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    return ExampleClient(TOKEN, transport=httpx.MockTransport(answer), retry=False, **options)


def dead_redis_url() -> str:
    return f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there


# -- choosing the store ------------------------------------------------------------------------------


def test_the_default_store_is_one_sqlite_file_in_the_user_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("FORMCLIENTS_LIMITER")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_path() == tmp_path / "formclients" / "limiter.sqlite3"
    made = ExampleClient(TOKEN)
    assert isinstance(made.limiter, SQLiteLimiter) and made.limiter.path == default_path()
    assert made.throttle is not None and made.throttle.limiter is made.limiter
    assert ExampleClient("another-token").limiter is made.limiter, "one store (one connection) per process"


@pytest.mark.parametrize(
    ("setting", "kind"),
    [("memory", InProcessLimiter), ("sqlite:///tmp/x.sqlite3", SQLiteLimiter), ("redis://127.0.0.1:1/0", RedisLimiter)],
)
def test_the_store_is_chosen_by_argument_or_environment(
    monkeypatch: pytest.MonkeyPatch, setting: str, kind: type
) -> None:
    assert isinstance(ExampleClient(TOKEN, limiter=setting).limiter, kind)
    monkeypatch.setenv("FORMCLIENTS_LIMITER", setting)
    assert isinstance(ExampleClient(TOKEN).limiter, kind)
    monkeypatch.setenv("FORMCLIENTS_LIMITER", "memory")
    assert isinstance(ExampleClient(TOKEN, limiter=setting).limiter, kind), "the argument wins"


@pytest.mark.parametrize(
    ("setting", "says"),
    [
        ("postgres://db/1", "FORMCLIENTS_LIMITER 'postgres://db/1' is not a limiter store; use memory"),
        ("sqlite://relative.db", "write sqlite:/// and an absolute path"),
        ("redis://127.0.0.1:notaport/0", "is not a Redis URL"),
        ("mysql://me:hunter2@db/1", "'mysql://me:***@db/1' is not a limiter store"),
    ],
)
def test_a_bad_store_setting_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch, setting: str, says: str) -> None:
    monkeypatch.setenv("FORMCLIENTS_LIMITER", setting)
    with pytest.raises(ConfigurationError) as raised:
        ExampleClient(TOKEN)
    assert says in str(raised.value)
    assert "hunter2" not in str(raised.value)


def test_a_bad_fallback_setting_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORMCLIENTS_LIMITER_FALLBACK", "yes please")
    with pytest.raises(ConfigurationError, match="FORMCLIENTS_LIMITER_FALLBACK 'yes please' is not a fallback"):
        open_limiter("memory")


# -- SQLite --------------------------------------------------------------------------------------------


def test_the_sqlite_file_holds_a_hash_of_the_credential_never_the_credential(tmp_path: Path) -> None:
    sent: list[httpx.Request] = []
    path = tmp_path / "limiter.sqlite3"
    made = client(sent, limiter=f"sqlite://{path}")
    made.request(method="get", url="/x")
    made.limiter.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert len(sent) == 1 and b"example:" in stored
    assert TOKEN.encode() not in stored


def test_a_sqlite_file_locked_beyond_the_timeout_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "limiter.sqlite3"
    store = SQLiteLimiter(path, timeout=0.2)
    sent: list[httpx.Request] = []
    made = client(sent, limiter=store)
    made.request(method="get", url="/x")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process in the middle of a long write
    try:
        with pytest.raises(LimiterUnavailableError) as raised:
            made.request(method="get", url="/x")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert f"sqlite://{path}" in str(raised.value) and "locked for more than 0.2 s" in str(raised.value)
    assert len(sent) == 1, "the request was not sent"
    made.request(method="get", url="/x")
    assert len(sent) == 2, "it works again once the lock is gone"


READ_ONLY_CHILD = """
import sys
from formclients.runtime import RateLimit, LimiterUnavailableError
from formclients.runtime.limiter import SQLiteLimiter
try:
    SQLiteLimiter(sys.argv[1]).admit([(RateLimit("m", 2, 60), "k")])
except LimiterUnavailableError as error:
    print(error)
"""


def test_a_read_only_sqlite_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "limiter.sqlite3"
    SQLiteLimiter(path).admit([(LIMIT, "k")])
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    command = [sys.executable, "-c", READ_ONLY_CHILD, str(path)]
    if os.geteuid() == 0:  # root ignores file modes: the child runs without the capabilities that let it
        if shutil.which("setpriv") is None:
            if os.environ.get("CI"):
                pytest.fail("setpriv (util-linux) is needed to test a read-only file as root")
            pytest.skip("READ-ONLY TEST SKIPPED: running as root without setpriv (util-linux)")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    try:
        run = subprocess.run(command, capture_output=True, text=True, check=True)
    finally:
        tmp_path.chmod(0o755)
    expected = f"the rate-limit store sqlite://{path} cannot be used: the file (or its directory) is read-only"
    assert expected in run.stdout, run.stdout + run.stderr


def test_a_corrupt_sqlite_file_is_an_error_naming_it_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "limiter.sqlite3"
    path.write_bytes(b"this is not a database " * 100)
    with pytest.raises(LimiterUnavailableError, match="not a SQLite database or is corrupt; remove it"):
        SQLiteLimiter(path).admit([(LIMIT, "k")])
    assert path.read_bytes() == b"this is not a database " * 100


def test_a_sqlite_file_that_cannot_be_created_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("a file where a directory should be")
    with pytest.raises(LimiterUnavailableError, match="cannot create its directory"):
        SQLiteLimiter(tmp_path / "file" / "limiter.sqlite3").admit([(LIMIT, "k")])


# -- Redis -----------------------------------------------------------------------------------------------


def test_unreachable_redis_is_an_error_naming_it_and_nothing_is_sent() -> None:
    sent: list[httpx.Request] = []
    url = dead_redis_url()
    with pytest.raises(LimiterUnavailableError) as raised:
        client(sent, limiter=RedisLimiter(url, timeout=0.5)).request(method="get", url="/x")
    assert f"the rate-limit store {url} cannot be used" in str(raised.value)
    assert "Connection refused" in str(raised.value)
    assert sent == []


def test_a_redis_password_never_shows(redis_url: str) -> None:
    url = dead_redis_url().replace("redis://", "redis://:hunter2@")
    with pytest.raises(LimiterUnavailableError) as raised:
        RedisLimiter(url, timeout=0.5).admit([(LIMIT, "k")])
    assert "hunter2" not in str(raised.value) and ":***@127.0.0.1" in str(raised.value)
    assert "hunter2" not in repr(ExampleClient(TOKEN, limiter=url).limiter)


# -- the fallback ----------------------------------------------------------------------------------------


def test_without_the_fallback_a_dead_store_raises_and_with_it_the_process_limits_itself(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    url = dead_redis_url()
    monkeypatch.setenv("FORMCLIENTS_LIMITER", url)
    sent: list[httpx.Request] = []
    with pytest.raises(LimiterUnavailableError):
        client(sent).request(method="get", url="/x")
    monkeypatch.setenv("FORMCLIENTS_LIMITER_FALLBACK", "memory")
    sleeps: list[float] = []
    fallback = client(sent, throttle=False).limiter
    assert isinstance(fallback, FallbackLimiter)
    with caplog.at_level(logging.INFO, logger="formclients"):
        made = client(sent)
        assert made.throttle is not None
        made.throttle.sleep = sleeps.append  # the wait is what matters, not the time it takes
        made.request(method="get", url="/x")
        made.request(method="get", url="/x")
        assert sleeps == []
        assert fallback.admit([(LIMIT, made.throttle.key)]).limit is LIMIT, "the process still limits itself"
    assert len(sent) == 2
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "formclients.limiter"]
    assert len(warnings) == 1, "one WARNING when the store fails, not one per request"
    assert url in warnings[0].getMessage() and "limiting within this process only" in warnings[0].getMessage()


def test_when_redis_dies_mid_run_the_fallback_remembers_what_this_process_sent(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = start_redis(tmp_path / "redis")
    clock = Clock()
    try:
        store = FallbackLimiter(RedisLimiter(server.url, timeout=0.5, clock=clock), clock=clock)
        assert store.admit([(LIMIT, "k")]).limit is None
        assert store.add("quota", 5, 10, 3600) == (True, 5)
    finally:
        server.stop()
    with caplog.at_level(logging.WARNING, logger="formclients.limiter"):
        assert store.admit([(LIMIT, "k")]).limit is None, "the second of 2 per minute"
        verdict = store.admit([(LIMIT, "k")])
    assert verdict.limit is LIMIT, "the first request, admitted by Redis, still counts"
    assert store.add("quota", 6, 10, 3600) == (False, 5), "so does the quota Redis had counted"
    assert "cannot be used" in caplog.text and server.url in caplog.text


def test_the_errors_cross_process_boundaries() -> None:
    """Workers (multiprocessing, Celery) send exceptions back pickled; these must survive it."""
    from datetime import UTC, datetime

    from formclients.runtime import QuotaExhaustedError

    now = datetime(2026, 1, 31, 23, 0, tzinfo=UTC)
    errors: list[Exception] = [
        LimiterUnavailableError("sqlite:///tmp/x", "the file is read-only"),
        QuotaExhaustedError("Formsite API", "per-day", allowance=3, used=3, resets_at=now, now=now),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and vars(copy) == vars(error)
