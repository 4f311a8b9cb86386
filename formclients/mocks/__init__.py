"""Stateful local mocks of the five APIs, built on one spec-driven core.

from formclients.mocks import create_mock
mock = create_mock("formsite")              # demo dataset, rate limits on
client = formsite_client.AuthenticatedClient(
    mock.credentials[0].value, base_url=mock.base_url, transport=mock.transport()
)
"""

from __future__ import annotations

import importlib

from ._core import ApiError, Call, DemoCredential, FakeClock, MockSettings, Principal, ProviderMock, Reply, SystemClock
from ._webhooks import Attempt, Delivery, WebhookDispatcher

# The registry: one line per provider, "module:class".
PROVIDERS: dict[str, str] = {
    "cognito_forms": "formclients.mocks.cognito_forms:CognitoFormsMock",
    "formsite": "formclients.mocks.formsite:FormsiteMock",
    "formester": "formclients.mocks.formester:FormesterMock",
    "cogram": "formclients.mocks.cogram:CogramMock",
    "formr": "formclients.mocks.formr:FormrMock",
}


def mock_class(provider: str) -> type[ProviderMock]:
    if provider not in PROVIDERS:
        raise KeyError(f"no mock for {provider!r}; available: {', '.join(sorted(PROVIDERS))}")
    module_name, class_name = PROVIDERS[provider].split(":")
    cls: type[ProviderMock] = getattr(importlib.import_module(module_name), class_name)
    return cls


def create_mock(
    provider: str,
    *,
    rate_limits: bool = True,
    clock: FakeClock | SystemClock | None = None,
    deliver_webhooks: bool = True,
) -> ProviderMock:
    return mock_class(provider)(MockSettings(rate_limits=rate_limits, clock=clock, deliver_webhooks=deliver_webhooks))


__all__ = [
    "PROVIDERS",
    "ApiError",
    "Attempt",
    "Call",
    "Delivery",
    "DemoCredential",
    "FakeClock",
    "MockSettings",
    "Principal",
    "ProviderMock",
    "Reply",
    "SystemClock",
    "WebhookDispatcher",
    "create_mock",
    "mock_class",
]
