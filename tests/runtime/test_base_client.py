"""The base client: where credentials go, how the URL is built, and that secrets stay hidden."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx
import pytest

from formclients.runtime import BaseClient, ConfigurationError, ProviderProfile, Secret

SPEC: dict[str, Any] = {
    "info": {"title": "Example API", "version": "v1"},
    "servers": [
        {
            "url": "https://{server}.example.com/api/{user_dir}",
            "variables": {"server": {"default": "fs1"}, "user_dir": {}},
        }
    ],
    "components": {
        "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer"},
            "accessToken": {"type": "apiKey", "in": "query", "name": "access_token"},
            "headerToken": {"type": "apiKey", "in": "header", "name": "X-TOKEN"},
        }
    },
}


class ExampleClient(BaseClient):
    profile: ClassVar[ProviderProfile] = ProviderProfile.from_spec("example", SPEC)
    requires_credential: ClassVar[bool] = True


def sent_request(client: BaseClient) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client._transport = httpx.MockTransport(handler)
    client.request(method="get", url="/things", params={"a": "1"})
    return seen[0]


@pytest.mark.parametrize(
    ("scheme", "header", "query"),
    [
        ("bearerAuth", ("Authorization", "Bearer s3cret"), None),
        ("accessToken", None, ("access_token", "s3cret")),
        ("headerToken", ("X-TOKEN", "s3cret"), None),
    ],
)
def test_credential_goes_where_the_scheme_says(
    scheme: str, header: tuple[str, str] | None, query: tuple[str, str] | None
) -> None:
    client = ExampleClient("s3cret", auth_scheme=scheme, server_variables={"user_dir": "acme"})
    request = sent_request(client)
    assert request.url.path == "/api/acme/things"
    assert request.url.params["a"] == "1"
    if header:
        assert request.headers[header[0]] == header[1]
    else:
        assert "authorization" not in request.headers
    if query:
        assert request.url.params[query[0]] == query[1]
    else:
        assert "access_token" not in request.url.params


def test_user_agent_names_formclients() -> None:
    request = sent_request(ExampleClient("t", server_variables={"user_dir": "acme"}))
    assert request.headers["User-Agent"].startswith("formclients/")


def test_server_variables_from_arguments_environment_and_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_USER_DIR", "from-env")
    assert ExampleClient("t").base_url == "https://fs1.example.com/api/from-env"
    assert ExampleClient("t", server_variables={"user_dir": "arg"}).base_url == "https://fs1.example.com/api/arg"
    monkeypatch.setenv("EXAMPLE_BASE_URL", "http://127.0.0.1:9000/api")
    assert ExampleClient("t").base_url == "http://127.0.0.1:9000/api"
    assert ExampleClient("t", base_url="http://x").base_url == "http://x"


def test_token_from_environment_and_argument_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_TOKEN", "env-token")
    client = ExampleClient(server_variables={"user_dir": "a"})
    assert sent_request(client).headers["Authorization"] == "Bearer env-token"
    client = ExampleClient("arg-token", server_variables={"user_dir": "a"})
    assert sent_request(client).headers["Authorization"] == "Bearer arg-token"


def test_missing_settings_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXAMPLE_TOKEN", raising=False)
    monkeypatch.delenv("EXAMPLE_USER_DIR", raising=False)
    with pytest.raises(ConfigurationError, match="EXAMPLE_TOKEN"):
        ExampleClient(server_variables={"user_dir": "a"})
    with pytest.raises(ConfigurationError, match=r"'user_dir'.*EXAMPLE_USER_DIR"):
        ExampleClient("t")
    with pytest.raises(ConfigurationError, match="unknown auth_scheme 'oauth'"):
        ExampleClient("t", auth_scheme="oauth", server_variables={"user_dir": "a"})
    with pytest.raises(ConfigurationError, match="unknown server variables"):
        ExampleClient("t", server_variables={"user_dir": "a", "region": "eu"})


def test_secret_never_shows_itself() -> None:
    client = ExampleClient("s3cret-value", server_variables={"user_dir": "a"})
    for text in (repr(client), str(client), repr(client.credential), repr(Secret("s3cret-value")), str(Secret("x"))):
        assert "s3cret" not in text
    assert Secret("abc").reveal() == "abc"


@pytest.mark.parametrize("scheme", ["bearerAuth", "accessToken", "headerToken"])
def test_a_redirect_to_another_host_never_carries_the_credential(scheme: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/api/acme/moved":
            return httpx.Response(302, headers={"Location": "https://fs1.example.com/api/acme/here"})
        if request.url.path == "/api/acme/away":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example.net/collect"})
        return httpx.Response(200, json={})

    client = ExampleClient(
        "s3cret",
        auth_scheme=scheme,
        server_variables={"user_dir": "acme"},
        transport=httpx.MockTransport(handler),
        httpx_args={"follow_redirects": True},
    )
    client.request(method="get", url="/moved")
    client.request(method="get", url="/away")
    carried = ["s3cret" in str(r.url) + str(r.headers.raw) for r in seen]
    assert [r.url.host for r in seen] == ["fs1.example.com"] * 3 + ["elsewhere.example.net"]
    assert carried == [True, True, True, False], "same origin: sent; another host: never"


def test_connection_settings_in_httpx_args_reach_the_network() -> None:
    """`proxy`, `verify`, `limits`... configure the transport the client builds for itself (httpx would
    mount its own transport for a proxy, bypassing retries, throttle, meter and credential)."""
    from ..clients.leak_matrix import AnsweringServer

    proxy = AnsweringServer()
    proxy.status = 200
    try:
        client = ExampleClient(
            "s3cret", base_url="http://api.invalid/v1", httpx_args={"proxy": proxy.url.removesuffix("/api/v1")}
        )
        assert client.request(method="get", url="/things").status_code == 200
        assert client.usage.requests == 1, "through the client's own stack"
    finally:
        proxy.close()
    assert proxy.heads[0].startswith("GET http://api.invalid/v1/things HTTP/1.1"), "the request went to the proxy"
