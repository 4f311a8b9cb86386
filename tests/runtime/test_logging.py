"""The `formclients` loggers, the FORMCLIENTS_LOG switch, and URLs in messages (whole, credentials hidden)."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import httpx
import pytest

from formclients.runtime import APIConnectionError, APITimeoutError, setup_logging
from formclients.runtime._logs import logger as formclients_logger
from formclients.runtime._redact import REDACTED, redact_url

from .test_policies import ExampleClient, FakeTime, error, make_client, scripted


def test_each_attempt_logs_its_request_and_response_line_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="formclients")
    transport, _ = scripted(httpx.ConnectError("refused"), error(503), httpx.Response(200, json={}))
    make_client(transport, FakeTime()).request("list_things", method="get", url="/things", params={"q": "a b"})
    lines = [r.getMessage() for r in caplog.records if r.name == "formclients.http"]
    url = "https://api.example.com/things?q=a%20b (list_things)"
    assert lines[0] == f"request: GET {url}"
    assert lines[1].startswith("failed: ConnectError: refused after ") and lines[1].endswith(f"ms: GET {url}")
    assert lines[3].startswith("response: 503 Service Unavailable in ") and lines[5].startswith("response: 200 OK in ")
    assert len(lines) == 6 and all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "formclients.http")


@pytest.fixture
def switch() -> Iterator[None]:
    level = formclients_logger.level
    yield
    setup_logging("")
    formclients_logger.setLevel(level)


@pytest.mark.usefixtures("switch")
def test_setup_logging_puts_one_handler_on_formclients() -> None:
    handler = setup_logging("INFO")
    assert handler is not None and formclients_logger.level == logging.INFO
    assert setup_logging("debug") is not None and formclients_logger.level == logging.DEBUG
    added = [h for h in formclients_logger.handlers if type(h).__name__ == "_SwitchHandler"]
    assert len(added) == 1, "calling it again replaces its handler"
    assert setup_logging("") is None
    assert not [h for h in formclients_logger.handlers if type(h).__name__ == "_SwitchHandler"]
    with pytest.warns(UserWarning, match=r"FORMCLIENTS_LOG='loud' is not one of info, debug"):
        assert setup_logging("loud") is None


SCRIPT = textwrap.dedent(
    """
    import httpx
    from formclients.runtime import BaseClient, ProviderProfile, retry_policy

    SPEC = {"info": {"title": "Example API", "version": "1"}, "servers": [{"url": "https://api.example.com"}],
            "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "key"}}}}

    class Example(BaseClient):
        profile = ProviderProfile.from_spec("example", SPEC)

    answers = iter([httpx.Response(503), httpx.Response(200)])
    client = Example("Qz7+K/", transport=httpx.MockTransport(lambda request: next(answers)),
                     retry=retry_policy(sleep=lambda seconds: None), throttle=False)
    client.request(method="get", url="/things")
    """
)


@pytest.mark.parametrize("setting", ["info", "debug", None])
def test_formclients_log_environment_variable(setting: str | None) -> None:
    """What a user sees on stderr with FORMCLIENTS_LOG set, and without it (nothing)."""
    env = {k: v for k, v in os.environ.items() if k != "FORMCLIENTS_LOG"}
    if setting:
        env["FORMCLIENTS_LOG"] = setting
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    retry = [line for line in lines if "formclients.retry INFO" in line]
    http = [line for line in lines if "formclients.http DEBUG" in line]
    if setting is None:
        assert lines == []
    else:
        assert (
            len(retry) == 1 and "GET https://api.example.com/things: 503 Service Unavailable; retry 1 of 4" in retry[0]
        )
        assert len(http) == (4 if setting == "debug" else 0)
    assert "Qz7" not in result.stderr


# -- URLs in connection errors: whole, credentials hidden --------------------------------------------


@pytest.fixture
def refusing_port() -> Iterator[int]:
    """A port that refuses connections: bound (so nobody else takes it) but not listening."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield bound.getsockname()[1]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_connection_error_names_the_whole_url(refusing_port: int, mode: str) -> None:
    client = ExampleClient("s3cret", base_url=f"http://127.0.0.1:{refusing_port}/api/v2", retry=False, throttle=False)
    params = {"page": "2", "q": "a b", "access_token": "typed-by-hand"}
    with pytest.raises(APIConnectionError) as raised:
        if mode == "sync":
            client.request(method="get", url="/forms/f1/results", params=params)
        else:
            await client.arequest(method="get", url="/forms/f1/results", params=params)
    url = f"http://127.0.0.1:{refusing_port}/api/v2/forms/f1/results?page=2&q=a%20b&access_token={REDACTED}"
    assert raised.value.url == url
    assert str(raised.value).startswith("ConnectError: ") and str(raised.value).endswith(f"Example API: GET {url}")
    assert "typed-by-hand" not in str(raised.value) + repr(vars(raised.value))


def test_timeout_error_names_the_whole_url() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never answers
        base = f"http://127.0.0.1:{silent.getsockname()[1]}/api"
        client = ExampleClient("s3cret", base_url=base, retry=False, throttle=False, timeout=0.05)
        with pytest.raises(APITimeoutError) as raised:
            client.request(method="get", url="/forms", params={"page": "3"})
    assert raised.value.url == f"{base}/forms?page=3"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://h/p?access_token=abc&page=1", f"https://h/p?access_token={REDACTED}&page=1"),
        ("https://h/p?access_token=a%2Bb%2F%3D%26c&x=1", f"https://h/p?access_token={REDACTED}&x=1"),
        ("https://h/p?access_token=a+b+c", f"https://h/p?access_token={REDACTED}"),
        ("https://h/p?access_token=k", f"https://h/p?access_token={REDACTED}"),  # any length
        (
            "https://h/p?access%5Ftoken=k&access_token=",
            f"https://h/p?access%5Ftoken={REDACTED}&access_token={REDACTED}",
        ),
        ("https://user:pa%40ss@h/p", f"https://user:{REDACTED}@h/p"),
        ("https://h/tokens/k?q=k&kk=a%20b&flag", "https://h/tokens/k?q=k&kk=a%20b&flag"),  # ordinary text untouched
    ],
)
def test_redact_url_hides_credentials_by_position(url: str, shown: str) -> None:
    assert redact_url(url) == shown
