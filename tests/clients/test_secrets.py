"""For every provider and every way it takes a credential: a failed request never shows the key.

The key must not appear in the exception's message, repr or attributes, the formatted
traceback, the client's repr, or any log line (httpx logs each request URL, which holds
Cognito's `?access_token=`).
"""

from __future__ import annotations

import importlib
import logging
import traceback
from typing import Any

import httpx
import pytest

from formclients.mocks import create_mock
from formclients.runtime import APIConnectionError, APIStatusError

from ..conftest import PROVIDERS, load_spec

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
