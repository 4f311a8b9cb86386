"""The spec-driven mock core, on a small inline spec: routing, auth, scopes, validation, limits, errors."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx
import pytest

from formclients.mocks import Call, DemoCredential, FakeClock, MockSettings, ProviderMock, Reply

ERROR = {"$ref": "#/components/responses/Error"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "v1"},
    "servers": [{"url": "https://api.example.com/v1/{account}", "variables": {"account": {"default": "acme"}}}],
    "x-error": {"schema": "#/components/schemas/Error", "message": "/error/message", "status": "/error/status"},
    "x-rate-limits": [{"name": "per-minute", "requests": 3, "period": 60, "scope": "token", "operations": ["*"]}],
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "query": {"type": "apiKey", "in": "query", "name": "access_token"},
        },
        "schemas": {
            "Error": {
                "type": "object",
                "properties": {
                    "error": {
                        "type": "object",
                        "properties": {"message": {"type": "string"}, "status": {"type": "integer"}},
                    }
                },
            }
        },
        "responses": {"Error": {"description": "error"}},
    },
    "security": [{"bearer": ["widgets:read"]}, {"query": ["widgets:read"]}],
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "list_widgets",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10}},
                    {
                        "name": "search",
                        "in": "query",
                        "style": "deepObject",
                        "explode": True,
                        "schema": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                    {
                        "name": "filters",
                        "in": "query",
                        "style": "form",
                        "explode": True,
                        "schema": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                ],
                "responses": {"200": {"description": "ok"}, "400": ERROR},
            },
            "post": {
                "operationId": "create_widget",
                "security": [{"bearer": ["widgets:write"]}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "properties": {"name": {"type": "string", "minLength": 1}},
                            }
                        }
                    },
                },
                "responses": {"201": {"description": "created"}, "400": ERROR},
            },
        },
        "/widgets/{widget_id}": {
            "get": {
                "operationId": "get_widget",
                "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok"}, "404": ERROR},
            }
        },
        "/public": {"get": {"operationId": "public", "security": [{}], "responses": {"200": {"description": "ok"}}}},
    },
}


class WidgetMock(ProviderMock):
    provider = "widgets"
    credentials: ClassVar[tuple[DemoCredential, ...]] = (
        DemoCredential("reader", "bearer", ("widgets:read",)),
        DemoCredential("reader", "query", ("widgets:read",)),
        DemoCredential("writer", "bearer", ("widgets:read", "widgets:write")),
    )

    @classmethod
    def load_spec(cls) -> dict[str, Any]:
        return SPEC

    def seed(self) -> None:
        self.widgets = {1: {"id": 1, "name": "first"}}

    def list_widgets(self, call: Call) -> Reply:
        return Reply({"params": call.params, "account": call.server_variables["account"]})

    def create_widget(self, call: Call) -> Reply:
        widget = {"id": len(self.widgets) + 1, **call.body}
        self.widgets[widget["id"]] = widget
        return Reply(widget, status=201)

    def get_widget(self, call: Call) -> Reply:
        if call.param("widget_id") not in self.widgets:
            raise self.not_found("Widget not found.")
        return Reply(self.widgets[call.param("widget_id")])

    def public(self, call: Call) -> Reply:
        return Reply({"principal": call.principal is not None})


@pytest.fixture
def mock(clock: FakeClock) -> WidgetMock:
    return WidgetMock(MockSettings(clock=clock))


def client(mock: ProviderMock, token: str | None = "reader") -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=mock.base_url, transport=mock.transport(), headers=headers)


def test_routes_by_spec_path_with_server_variables(mock: WidgetMock) -> None:
    response = client(mock).get("/widgets/1")
    assert response.status_code == 200
    assert response.json() == {"id": 1, "name": "first"}
    assert client(mock).get("http://mock.local/v1/other/widgets", params={"limit": 2}).json()["account"] == "other"


def test_unknown_path_and_method_get_the_provider_error_shape(mock: WidgetMock) -> None:
    missing = client(mock).get("/nothing-here")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"message": "Path not found.", "status": 404}}
    wrong_method = client(mock).delete("/widgets")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "GET, POST"


def test_credentials_scopes_and_anonymous_operations(mock: WidgetMock) -> None:
    assert client(mock, None).get("/widgets/1").status_code == 401
    assert client(mock, "wrong").get("/widgets/1").json()["error"]["message"] == "Invalid access token."
    assert client(mock, None).get("/widgets/1", params={"access_token": "reader"}).status_code == 200
    forbidden = client(mock, "reader").post("/widgets", json={"name": "x"})
    assert forbidden.status_code == 403
    assert "widgets:write" in forbidden.json()["error"]["message"]
    assert client(mock, "writer").post("/widgets", json={"name": "x"}).status_code == 201
    assert client(mock, None).get("/public").json() == {"principal": False}


@pytest.mark.parametrize(
    ("request_kwargs", "problem"),
    [
        ({"params": {"limit": "abc"}}, "'abc' is not an integer"),
        ({"params": {"limit": "11"}}, "11 is greater than the maximum of 10"),
        ({"params": [("limit", "1"), ("limit", "2")]}, "given 2 times"),
    ],
)
def test_bad_parameters_get_a_client_error_naming_them(
    mock: WidgetMock, request_kwargs: dict[str, Any], problem: str
) -> None:
    response = client(mock).get("/widgets", **request_kwargs)
    assert response.status_code == 400
    assert "query parameter 'limit'" in response.json()["error"]["message"]
    assert problem in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"name": ', "malformed JSON"),
        (b'{"name": 5}', "5 is not of type 'string'"),
        (b'{"name": "x", "colour": "red"}', "Additional properties are not allowed"),
        (b"\xff\xfe", "not valid UTF-8"),
        (b"", "body: is required"),
        (b'{"name": "' + b"x" * (1024 * 1024) + b'"}', "larger than"),
    ],
)
def test_bad_bodies_get_a_client_error_never_a_500(mock: WidgetMock, content: bytes, problem: str) -> None:
    response = client(mock, "writer").post("/widgets", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert problem in response.json()["error"]["message"]


def test_free_form_query_objects_are_collected(mock: WidgetMock) -> None:
    params = {"search[100]": "abc", "search[200]": "2", "Rating__gte": "3", "limit": "5"}
    body = client(mock).get("/widgets", params=params).json()
    assert body["params"] == {"limit": 5, "search": {"100": "abc", "200": "2"}, "filters": {"Rating__gte": "3"}}


def test_rate_limit_per_token_with_retry_after(mock: WidgetMock, clock: FakeClock) -> None:
    reader, writer = client(mock, "reader"), client(mock, "writer")
    assert [reader.get("/widgets/1").status_code for _ in range(3)] == [200, 200, 200]
    limited = reader.get("/widgets/1")
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "60"
    assert writer.get("/widgets/1").status_code == 200, "another token has its own window"
    clock.advance(59)
    assert reader.get("/widgets/1").headers["Retry-After"] == "1"
    clock.advance(1)
    assert reader.get("/widgets/1").status_code == 200


def test_rate_limits_can_be_switched_off() -> None:
    mock = WidgetMock(MockSettings(rate_limits=False))
    assert {client(mock).get("/widgets/1").status_code for _ in range(10)} == {200}


def test_reset_restores_the_dataset(mock: WidgetMock) -> None:
    client(mock, "writer").post("/widgets", json={"name": "second"})
    assert client(mock).get("/widgets/2").status_code == 200
    mock.reset()
    assert client(mock).get("/widgets/2").status_code == 404


def test_serves_its_spec_pointed_at_itself(mock: WidgetMock) -> None:
    served = client(mock, None).get("http://mock.local/openapi.json").json()
    assert served["servers"] == [{"url": "/v1/acme"}]
    assert served["paths"].keys() == SPEC["paths"].keys()


async def test_async_transport(mock: WidgetMock) -> None:
    async with httpx.AsyncClient(
        base_url=mock.base_url, transport=mock.async_transport(), headers={"Authorization": "Bearer reader"}
    ) as async_client:
        assert (await async_client.get("/widgets/1")).json()["name"] == "first"


def test_faults_work_in_process_too(mock: WidgetMock) -> None:
    mock.faults.add(count=1, status=503, operation_id="get_widget")
    mock.faults.add(count=1, drop=True, path="/v1/*/widgets/1")
    assert client(mock).get("/widgets/1").json() == {"error": {"message": "Injected fault.", "status": 503}}
    with pytest.raises(httpx.RemoteProtocolError):
        client(mock).get("/widgets/1")
    assert client(mock).get("/widgets/1").status_code == 200
    assert [(r.status, r.fault) for r in mock.requests.entries()] == [(503, 1), (None, 2), (200, None)]


async def test_a_dropped_connection_in_process_is_a_remote_protocol_error_async(mock: WidgetMock) -> None:
    mock.faults.add(count=1, drop=True)
    async with httpx.AsyncClient(base_url=mock.base_url, transport=mock.async_transport()) as async_client:
        with pytest.raises(httpx.RemoteProtocolError):
            await async_client.get("/widgets/1", headers={"Authorization": "Bearer reader"})


def test_the_request_log_records_operation_status_and_credential(mock: WidgetMock, clock: FakeClock) -> None:
    client(mock, "writer").post("/widgets", json={"name": "x"})
    client(mock, None).get("/widgets/1", params={"access_token": "reader", "limit": "1"})
    client(mock, None).get("/nowhere")
    first, second, third = mock.requests.entries()
    assert (first.method, first.operation_id, first.status, first.at) == ("POST", "create_widget", 201, clock.now())
    assert first.credential is not None and first.credential["scheme"] == "bearer"
    assert second.query == "access_token=[REDACTED]&limit=1"
    assert second.credential is not None and second.credential["scheme"] == "query"
    assert (third.status, third.operation_id, third.credential) == (404, None, None)
    mock.reset()
    assert mock.requests.entries() == []


def test_only_a_strict_mock_refuses_webhook_targets_at_subscribe_time() -> None:
    from formclients.mocks import create_mock

    hook = {"event": "result_completed", "url": "https://hooks.example.com/x"}

    def subscribe(target: ProviderMock) -> httpx.Response:
        with httpx.Client(base_url=target.base_url, transport=target.transport()) as http:
            return http.post("/forms/contact/webhooks", json=hook, headers={"Authorization": "bearer fs_demo_token"})

    lenient = create_mock("formsite")
    assert subscribe(lenient).status_code == 200, "in-process mocks accept it (spec examples use example.com) ..."
    assert lenient.webhook_targets.refusal(hook["url"]) is not None, "... but will not post to it"
    refused = subscribe(create_mock("formsite", refuse_unlisted_webhooks=True))
    assert refused.status_code == 422
    assert "--webhook-allow HOST_OR_CIDR" in refused.json()["error"]["message"]
    allowed = create_mock("formsite", refuse_unlisted_webhooks=True, webhook_allow=["hooks.example.com"])
    assert subscribe(allowed).status_code == 200


def test_create_mock_is_typed_per_provider_and_refuses_unknown_settings() -> None:
    from formclients.mocks import create_mock

    formsite = create_mock("formsite", rate_limits=False)
    formsite.complete_result("contact", {"100": "Typed"})  # FormsiteMock's own method: mypy checks this line
    assert create_mock("formr").forms["form_123"].environment == "development"
    with pytest.raises(TypeError, match="unknown mock settings \\['rate_limit'\\]"):
        create_mock("formsite", rate_limit=False)  # type: ignore[call-overload]
