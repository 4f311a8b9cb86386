"""Schemathesis against a provider's mock, in-process: the spec and the mock must agree.

Each `test_<provider>.py` calls :func:`property_tests` and binds what it returns to
module names, so pytest collects one parametrized test per operation plus a stateful test
that follows the spec's `links`. Rate limits are off here (their own tests cover them):
with them on, fuzzing would mostly measure the limiter. Webhook deliveries are held, never
sent: fuzzed subscriptions name arbitrary URLs.

`FORMCLIENTS_SCHEMATHESIS_EXAMPLES` raises the examples per operation for a deep local run
(default 20 keeps the whole suite within minutes on a 2-core machine). Runs are deterministic:
every test draws from `FORMCLIENTS_SCHEMATHESIS_SEED` (default 0), hypothesis keeps no example
database between runs, and the mock runs on a fake clock, so the same seed sends the same
requests. The deeper CLI run over HTTP is `nox -s fuzz` (scripts/fuzz.py).
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import hypothesis
import schemathesis
from schemathesis import Case, DeserializationContext, Response
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import Failure

from formclients.mocks import DemoCredential, FakeClock, ProviderMock, create_mock

from .tolerances import TOLERATED, tolerated

EXAMPLES = int(os.environ.get("FORMCLIENTS_SCHEMATHESIS_EXAMPLES", "20"))
STATEFUL_STEPS = int(os.environ.get("FORMCLIENTS_SCHEMATHESIS_STEPS", "10"))
SEED = int(os.environ.get("FORMCLIENTS_SCHEMATHESIS_SEED", "0"))


# Requests schemathesis sent per provider in this run, reported at the end (see conftest.py).
CASES_SENT: Counter[str] = Counter()


@schemathesis.deserializer("text/csv")
def deserialize_csv(ctx: DeserializationContext, response: Response) -> str:
    """Validate a CSV body (a header row, every row as wide as it) and hand the text to the schema check."""
    text = response.content.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValueError("empty CSV body: expected at least a header row")
    widths = {len(row) for row in rows}
    if len(widths) != 1:
        raise ValueError(f"ragged CSV: rows have {sorted(widths)} columns")
    return text


def auth_config(credentials: Iterable[DemoCredential], schemes: dict[str, Any]) -> dict[str, Any]:
    """The first demo credential of each security scheme, in schemathesis' config shape."""
    auth: dict[str, Any] = {}
    for credential in credentials:
        if credential.scheme in auth:
            continue
        kind = schemes[credential.scheme]
        is_bearer = kind.get("type") == "http"
        auth[credential.scheme] = {"bearer": credential.value} if is_bearer else {"api_key": credential.value}
    return auth


def load(mock: ProviderMock) -> Any:
    spec = mock.load_spec()
    config = SchemathesisConfig.from_dict(
        {
            "auth": {"openapi": auth_config(mock.credentials, spec["components"]["securitySchemes"])},
            "generation": {"max-examples": EXAMPLES, "mode": "all", "database": "none"},
            "checks": {"enabled": True},
        }
    )
    return schemathesis.openapi.from_asgi("/openapi.json", mock.app, config=config)


def property_tests(provider: str, seed: int = SEED) -> tuple[Callable[..., None], type]:
    """(test_api, TestStateful) for `provider`, every check on, drawing from `seed`.

    The failures the provider's documented behaviour explains are dropped only when a predicate
    in tolerances.py recognises that very case; anything else fails the test.
    """
    for item in TOLERATED.get(provider, ()):
        assert item.reason.strip(), f"{provider}: tolerating {item.failure.__name__} needs a reason"
    # Fuzzed subscriptions name arbitrary URLs: hold deliveries instead of posting to them.
    mock = create_mock(provider, rate_limits=False, deliver_webhooks=False, clock=FakeClock())
    schema = load(mock)

    @schema.hook
    def after_call(_: Any, case: Case, __: Response) -> None:
        CASES_SENT[provider] += 1

    @schema.hook
    def filter_failure(_: Any, failure: Failure, case: Case, response: Response) -> bool:
        return not tolerated(provider, failure, case, response)

    @schema.parametrize()
    @hypothesis.seed(seed)
    @hypothesis.settings(database=None, deadline=None, suppress_health_check=list(hypothesis.HealthCheck))
    def test_api(case: Case) -> None:
        case.call_and_validate()

    class StateMachine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Each scenario starts from the demo dataset, so a replayed scenario sees what the
            # original saw (hypothesis reports a flaky strategy otherwise).
            mock.reset()

    hypothesis.seed(seed)(StateMachine)  # run_state_machine_as_test reads the seed from the machine class
    StateMachine.TestCase.settings = hypothesis.settings(
        max_examples=EXAMPLES,
        stateful_step_count=STATEFUL_STEPS,
        database=None,
        deadline=None,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    return test_api, StateMachine.TestCase
