from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from formclients.mocks import FakeClock
from formclients.runtime._transports import forget_shared_throttles
from formclients.runtime.limiter import FALLBACK_ENV, LIMITER_ENV, forget_shared_limiters

pytest_plugins = ["pytester"]  # tests/testing/test_plugin.py runs user-style test files

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PROVIDERS = sorted(path.stem for path in SPECS.glob("*.yaml"))


def load_spec(provider: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
    return spec


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def spec(provider: str) -> dict[str, Any]:
    return load_spec(provider)


@pytest.fixture
def clock() -> FakeClock:
    """A simulated clock at 2026-01-15 12:00 UTC; a module may override it."""
    return FakeClock()


@pytest.fixture(autouse=True)
def limits_counted_afresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test counts rate limits and quotas from zero, in this process: the clients' default store
    (a SQLite file in the user's cache) would carry windows and quota counts from test to test and
    from run to run. Tests of the stores choose theirs explicitly."""
    monkeypatch.setenv(LIMITER_ENV, "memory")
    monkeypatch.delenv(FALLBACK_ENV, raising=False)
    yield
    forget_shared_throttles()
    forget_shared_limiters()
