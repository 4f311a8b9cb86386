"""The formclients pytest plugin (entry point `pytest11`): one fixture per provider.

    def test_new_results_are_listed(formsite_mock: FormsiteMocked) -> None:
        formsite_mock.mock.complete_result("contact", {"100": "Ada"})
        page = formsite_mock.client.results.list("contact")

Each fixture (`cognito_forms_mock`, `formsite_mock`, `formester_mock`, `cogram_mock`,
`formr_mock`) yields a `MockedAPI`: a fresh in-process mock for the test, and a client already
pointed at it (`client`, `async_client`: the provider's client objects); clients the code under
test creates meanwhile are routed to the same mock.
Options, per test or module, with the `formclients_mock` marker:

    @pytest.mark.formclients_mock(rate_limits=False, empty=True, seed="tests/seed.json", data_scale=4)

By default the mock runs on a FakeClock at 2026-01-15 12:00 UTC (advance it with
`formsite_mock.advance(60)`); `clock=SystemClock()` puts it on the wall clock.

Loading this module imports nothing beyond pytest: the mocks are imported by the first fixture used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

MARKER = "formclients_mock"
PROVIDERS = ("cognito_forms", "formsite", "formester", "cogram", "formr")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): how the formclients mock fixtures start: rate_limits=, clock=, empty=, seed=,"
        " data_scale=, deliver_webhooks=, webhook_delays=, webhook_allow= (see formclients.testing)",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):  # the closest marker wins
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only, not {marker.args!r}")
        options.update(marker.kwargs)
    return options


def _fixture(provider: str) -> Callable[..., Any]:
    def fixture(request: pytest.FixtureRequest) -> Iterator[Any]:
        from ._fixture import MockedAPI, make_client
        from ._switch import mock

        with mock(provider, **_options(request)) as started:
            credential = started.default_credential.value
            mocked: MockedAPI[Any, Any, Any] = MockedAPI(
                started, make_client(started, credential), make_client(started, credential, asynchronous=True)
            )
            try:
                yield mocked
            finally:
                mocked.close()

    fixture.__name__ = fixture.__qualname__ = f"{provider}_mock"
    fixture.__doc__ = f"A fresh in-process {provider} mock and a client pointed at it (formclients.testing.MockedAPI)."
    return pytest.fixture(name=f"{provider}_mock")(fixture)


cognito_forms_mock = _fixture("cognito_forms")
formsite_mock = _fixture("formsite")
formester_mock = _fixture("formester")
cogram_mock = _fixture("cogram")
formr_mock = _fixture("formr")
