"""For every provider and every way it takes a credential: a failed request never shows the key.

The key must not appear in the exception's message, repr or attributes, the formatted
traceback (with captured locals), the client's repr, or any log line (httpx logs each request
URL, which held Cognito's `?access_token=` when the credential was attached above it).
The full matrix over real sockets is in `leak_matrix`; `python -m tests.clients.leak_matrix`
prints its counts.
"""

from __future__ import annotations

import importlib
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from formclients.mocks import create_mock
from formclients.runtime import APIConnectionError, APIStatusError

from ..conftest import PROVIDERS, load_spec
from .leak_matrix import CALLS, Case, Servers, all_cases, forms_of, hits, reachable_text, run, servers

SECRET = "sk_live_not-a-real-key-0123456789"


def first_get_path(spec: dict[str, Any]) -> str:
    path = next(path for path, item in spec["paths"].items() if "get" in item)
    return path.replace("{", "x").replace("}", "")  # any value will do: authentication fails first


def cases() -> list[tuple[str, str]]:
    return [(p, scheme) for p in PROVIDERS for scheme in load_spec(p)["components"]["securitySchemes"]]


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize(("provider", "scheme"), cases())
@pytest.mark.parametrize("failure", ["rejected by the mock", "unreachable"])
def test_key_never_shown(provider: str, scheme: str, failure: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    mock = create_mock(provider, rate_limits=False)
    transport = mock.transport() if failure == "rejected by the mock" else httpx.MockTransport(refuse)
    module = importlib.import_module(f"{provider}_client")
    client = module.AuthenticatedClient(
        SECRET, base_url=mock.base_url, auth_scheme=scheme, transport=transport, retry=False, throttle=False
    )
    expected = APIStatusError if failure == "rejected by the mock" else APIConnectionError
    with pytest.raises(expected) as raised:
        client.request(method="get", url=first_get_path(load_spec(provider)))
    error = raised.value
    places = {
        "message": str(error),
        "repr": repr(error),
        "attributes": str(vars(error)),
        "traceback": "".join(traceback.format_exception(error)),
        "client repr": repr(client),
        "logs": caplog.text,
    }
    if failure == "rejected by the mock":
        assert "HTTP Request" in caplog.text, "httpx logged the request (so the log check is not vacuous)"
    for place, text in places.items():
        assert SECRET not in text, f"{provider}/{scheme}: the key shows in the {place}"


@pytest.fixture(scope="module")
def sockets() -> Iterator[Servers]:
    with servers() as running:
        yield running


@pytest.mark.parametrize("case", all_cases(), ids=str)
def test_key_never_shown_over_real_sockets(case: Case, sockets: Servers) -> None:
    """Every auth scheme x {401, refused, timeout, 500 retried} x {sync, async} x {DEBUG, INFO} x 2 keys."""
    places, wire = run(case, sockets)
    found = {place: forms for place, forms in hits(case, places, wire).items() if forms}
    assert not found, f"{case}: the key shows in {found}"
    if case.failure != "refused":
        assert any(form in wire for form in forms_of(case.key, wire)), "the key went over the wire (search is real)"
    if case.level == "DEBUG":
        assert "/api/v1" in places["logs"], "requests were logged (the log search is not vacuous)"


def test_failed_construction_shows_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A client that cannot be built (here: an unknown auth scheme) from an argument or from the
    environment: its traceback with captured locals shows no key (nor os.environ)."""
    key = "k&Q=+7"
    module = importlib.import_module("cognito_forms_client")
    monkeypatch.setenv("COGNITO_FORMS_TOKEN", key)
    for given in (key, None):
        with pytest.raises(ValueError) as raised:
            module.AuthenticatedClient(given, auth_scheme="nope")
        assert raised.value.__traceback__ is not None
        below_this_test = traceback.walk_tb(raised.value.__traceback__.tb_next)  # this frame holds `key` itself
        shown = "".join(traceback.StackSummary.extract(below_this_test, capture_locals=True).format())
        assert "__init__" in shown and "auth_scheme = 'nope'" in shown, "the constructor's locals were captured"
        assert "COGNITO_FORMS_TOKEN" not in shown and key not in shown


@pytest.mark.parametrize("provider", PROVIDERS)
def test_client_holds_the_key_only_in_a_secret(provider: str) -> None:
    """After a call, nothing reachable from the client (its httpx clients and transports included)
    holds the key outside a `Secret`."""
    key = "sk_live+/=&Qz 9xK2~mLw0"
    mock = create_mock(provider, rate_limits=False)
    module = importlib.import_module(f"{provider}_client")
    client = module.AuthenticatedClient(key, base_url=mock.base_url, transport=mock.transport(), throttle=False)
    name, arguments = CALLS[provider]
    with pytest.raises(APIStatusError):
        importlib.import_module(name).sync(client=client, **arguments)
    assert not any(form in reachable_text([client]) for form in forms_of(key, "")), "a plain str holds the key"
