"""Stateful local mocks of the five APIs, built on one spec-driven core.

from formclients.mocks import create_mock
mock = create_mock("formsite")              # demo dataset, rate limits on; typed FormsiteMock
client = formsite_client.AuthenticatedClient(
    mock.credentials[0].value, base_url=mock.base_url, transport=mock.transport()
)
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack, overload

if TYPE_CHECKING:
    from ._clock import Clock, FakeClock, SystemClock
    from ._core import ApiError, Call, DemoCredential, MockSettings, Principal, ProviderMock, Reply
    from ._faults import Fault
    from ._requestlog import LoggedRequest
    from ._store import Collection, StoreError
    from ._webhooks import Attempt, Delivery, WebhookDispatcher
    from .cognito_forms import CognitoFormsMock
    from .cogram import CogramMock
    from .formester import FormesterMock
    from .formr import FormrMock
    from .formsite import FormsiteMock

# Imported on first use: `formclients.mocks._targets` or `_clock` (the CLI checks its arguments with
# them) then cost nothing, and the heavy parts (starlette, jsonschema) load only with a mock.
_WHERE = {
    "Clock": "_clock",
    "FakeClock": "_clock",
    "SystemClock": "_clock",
    "ApiError": "_core",
    "Call": "_core",
    "DemoCredential": "_core",
    "MockSettings": "_core",
    "Principal": "_core",
    "ProviderMock": "_core",
    "Reply": "_core",
    "Fault": "_faults",
    "LoggedRequest": "_requestlog",
    "Collection": "_store",
    "StoreError": "_store",
    "Attempt": "_webhooks",
    "Delivery": "_webhooks",
    "WebhookDispatcher": "_webhooks",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


# The registry: one line per provider, "module:class".
PROVIDERS: dict[str, str] = {
    "cognito_forms": "formclients.mocks.cognito_forms:CognitoFormsMock",
    "formsite": "formclients.mocks.formsite:FormsiteMock",
    "formester": "formclients.mocks.formester:FormesterMock",
    "cogram": "formclients.mocks.cogram:CogramMock",
    "formr": "formclients.mocks.formr:FormrMock",
}
Provider = Literal["cognito_forms", "formsite", "formester", "cogram", "formr"]


class MockOptions(TypedDict, total=False):
    """The keyword arguments of `create_mock` (the fields of `MockSettings`)."""

    rate_limits: bool
    clock: Clock | None
    webhook_delays: Iterable[float]
    deliver_webhooks: bool
    webhook_timeout: float
    webhook_allow: Iterable[str]
    refuse_unlisted_webhooks: bool
    data_scale: int


def mock_class(provider: str) -> type[ProviderMock]:
    if provider not in PROVIDERS:
        raise KeyError(f"no mock for {provider!r}; available: {', '.join(sorted(PROVIDERS))}")
    module_name, class_name = PROVIDERS[provider].split(":")
    cls: type[ProviderMock] = getattr(importlib.import_module(module_name), class_name)
    return cls


@overload
def create_mock(provider: Literal["cognito_forms"], **settings: Unpack[MockOptions]) -> CognitoFormsMock: ...
@overload
def create_mock(provider: Literal["formsite"], **settings: Unpack[MockOptions]) -> FormsiteMock: ...
@overload
def create_mock(provider: Literal["formester"], **settings: Unpack[MockOptions]) -> FormesterMock: ...
@overload
def create_mock(provider: Literal["cogram"], **settings: Unpack[MockOptions]) -> CogramMock: ...
@overload
def create_mock(provider: Literal["formr"], **settings: Unpack[MockOptions]) -> FormrMock: ...
@overload
def create_mock(provider: str, **settings: Unpack[MockOptions]) -> ProviderMock: ...
def create_mock(provider: str, **settings: Unpack[MockOptions]) -> ProviderMock:
    """A fresh mock of `provider` with its demo dataset; keyword arguments are `MockSettings` fields
    (``rate_limits=False``, ``clock=FakeClock()``, ``deliver_webhooks=False``, ``data_scale=400``,
    ``webhook_allow=["10.0.0.0/8"]`` ...)."""
    return mock_class(provider)(settings_from(**settings))


def settings_from(**settings: Unpack[MockOptions]) -> MockSettings:
    """MockSettings from keyword arguments, with a clear error for a misspelt one; lists become tuples."""
    from ._core import MockSettings

    known = set(MockSettings.__dataclass_fields__)
    unknown = sorted(set(settings) - known)
    if unknown:
        raise TypeError(f"unknown mock settings {unknown}; the settings are {sorted(known)}")
    values = {
        name: tuple(value) if isinstance(value, Iterable) and not isinstance(value, str | bytes) else value
        for name, value in settings.items()
    }
    return MockSettings(**values)  # type: ignore[arg-type]


__all__ = [
    "PROVIDERS",
    "ApiError",
    "Attempt",
    "Call",
    "Clock",
    "Collection",
    "Delivery",
    "DemoCredential",
    "FakeClock",
    "Fault",
    "LoggedRequest",
    "MockOptions",
    "MockSettings",
    "Principal",
    "Provider",
    "ProviderMock",
    "Reply",
    "StoreError",
    "SystemClock",
    "WebhookDispatcher",
    "create_mock",
    "mock_class",
    "settings_from",
]
