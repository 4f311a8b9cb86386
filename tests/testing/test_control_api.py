"""The control API of served mocks, over a real socket (ThreadedMockServer): reset, seed, request
log, faults, clock, webhook log, and misuse answered with a 4xx that changes nothing."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any, Literal

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from formclients.mocks import FakeClock
from formclients.mocks._control import control_spec
from formclients.mocks.cognito_forms import CognitoFormsMock
from formclients.mocks.formsite import FormsiteMock
from formclients.testing import MockControl, MockControlError, ThreadedMockServer
from tests.webhook_receiver import webhook_receiver

TOKEN = {"Authorization": "bearer fs_demo_token"}


@pytest.fixture(scope="module")
def served() -> Iterator[ThreadedMockServer[FormsiteMock]]:
    with ThreadedMockServer("formsite", clock=FakeClock()) as running:
        yield running


@pytest.fixture
def server(served: ThreadedMockServer[FormsiteMock]) -> ThreadedMockServer[FormsiteMock]:
    """One served mock for the module, reset before each test (as a user's suite would)."""
    served.control.reset()
    return served


@pytest.fixture
def api(server: ThreadedMockServer[FormsiteMock]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=TOKEN, timeout=5) as client:
        yield client


class SpecChecked:
    """Checks each control API response against the control API's own spec."""

    def __init__(self) -> None:
        self.spec = control_spec()
        self.registry: Registry[Any] = Registry().with_resource("urn:c", Resource.from_contents(self.spec, DRAFT202012))

    def check(self, method: str, path: str, response: httpx.Response) -> None:
        operation = None
        for template, item in self.spec["paths"].items():
            pattern = "^/_mock" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)).rstrip("/") + "/?$"
            if re.match(pattern, path) and method.lower() in item:
                operation = item[method.lower()]
        assert operation is not None, f"{method} {path} is not in the control spec"
        declared = operation["responses"].get(str(response.status_code))
        assert declared is not None, f"{method} {path}: undeclared {response.status_code}"
        declared = self.resolve(declared)
        if "content" in declared:
            schema = self.anchor(declared["content"]["application/json"]["schema"])
            errors = list(Draft202012Validator(schema, registry=self.registry).iter_errors(response.json()))
            assert not errors, f"{method} {path}: {[e.message for e in errors]}"
        else:
            assert not response.content

    def resolve(self, node: Any) -> Any:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def anchor(self, schema: Any) -> Any:
        if isinstance(schema, dict):
            return {k: "urn:c" + v if k == "$ref" else self.anchor(v) for k, v in schema.items()}
        return [self.anchor(item) for item in schema] if isinstance(schema, list) else schema


def test_served_routes_are_exactly_the_control_spec_and_answers_fit_it(
    server: ThreadedMockServer[FormsiteMock],
) -> None:
    spec = control_spec()
    declared = {(method.upper(), path) for path, item in spec["paths"].items() for method in item}
    served = set(server.mock.app.control.routes)
    assert served == declared
    checked = SpecChecked()
    with httpx.Client(base_url=server.url, timeout=10) as http:
        calls: list[tuple[str, str, Any]] = [
            ("GET", "/_mock/", None),
            ("GET", "/_mock/openapi.json", None),
            ("GET", "/_mock/store", None),
            ("PUT", "/_mock/store", {"webhooks": {}}),
            ("PUT", "/_mock/store", {"results": {"contact": [{"id": 1}]}}),
            ("POST", "/_mock/faults", {"status": 503, "count": 2}),
            ("POST", "/_mock/faults", {"status": 5000}),
            ("GET", "/_mock/faults", None),
            ("DELETE", "/_mock/faults/1", None),
            ("DELETE", "/_mock/faults/1", None),
            ("DELETE", "/_mock/faults", None),
            ("GET", "/_mock/requests", None),
            ("GET", "/_mock/requests?limit=x", None),
            ("DELETE", "/_mock/requests", None),
            ("GET", "/_mock/clock", None),
            ("POST", "/_mock/clock", {"advance": 1}),
            ("POST", "/_mock/clock", {"advance": -1}),
            ("GET", "/_mock/webhooks", None),
            ("POST", "/_mock/actions/complete_result", {"form_dir": "order", "answers": {"100": "Ada"}}),
            ("POST", "/_mock/actions/complete_result", {"form_dir": "nope", "answers": {}}),
            ("POST", "/_mock/actions/fly", None),
            ("POST", "/_mock/reset", {"empty": True}),
            ("POST", "/_mock/reset", None),
        ]
        for method, path, body in calls:
            response = http.request(method, path, json=body)
            checked.check(method, path.partition("?")[0], response)
    assert spec["servers"] == [{"url": "/_mock"}]


def test_reset_restores_demo_data_and_clears_the_logs(
    server: ThreadedMockServer[FormsiteMock], api: httpx.Client
) -> None:
    control = server.control
    assert control.reset(empty=True)["results"]["records"] == 0
    assert api.get("/forms/contact/results").json() == {"results": []}
    control.add_fault(status=500)
    assert control.reset()["results"]["records"] == 250 + 12 + 5
    assert control.faults() == [] and control.requests() == []
    assert len(api.get("/forms/contact/results", params={"limit": 100}).json()["results"]) == 100


def test_seed_replaces_a_collection_checked_against_the_spec(
    server: ThreadedMockServer[FormsiteMock], api: httpx.Client
) -> None:
    result = api.get("/forms/contact/results", params={"limit": 1}).json()["results"][0]
    mine = {**result, "id": "77", "items": [{"id": "100", "position": 0, "value": "Seeded Person"}]}
    collections = server.control.seed({"results": {"contact": [mine]}})
    assert collections["results"]["records"] == 1
    listed = api.get("/forms/contact/results").json()["results"]
    assert [r["items"][0]["value"] for r in listed] == ["Seeded Person"]
    assert api.get("/forms/order/results").json()["results"] == [], "the whole collection was replaced"
    assert api.get("/forms/order/webhooks").json()["webhooks"] != [], "other collections are kept"


@pytest.mark.parametrize(
    ("body", "status", "problem"),
    [
        (b'{"results": ', 400, "not valid JSON"),
        (b"", 400, "needs a JSON body"),
        (b'["results"]', 422, "a seed is a JSON object keyed by collection"),
        (b'{"answers": []}', 422, "unknown collection 'answers'; this mock has results, webhooks"),
        (b'{"results": []}', 422, "results: an object of form -> list of Result"),
        (b'{"results": {"contact": [{"id": 5}]}}', 422, "results[\"contact\"][0].id: 5 is not of type 'string'"),
        (b'{"results": {"nope": []}}', 422, "no form 'nope'"),
        (b'{"webhooks": {"contact": [{"event": "x", "url": "http://a"}]}}', 422, "'x' is not one of"),
    ],
)
def test_a_bad_seed_gets_a_4xx_naming_the_problem_and_changes_nothing(
    server: ThreadedMockServer[FormsiteMock], body: bytes, status: int, problem: str
) -> None:
    before = server.control.export_store()
    with httpx.Client(base_url=server.url) as http:
        response = http.put("/_mock/store", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    message = response.json()["error"] + " " + " ".join(response.json().get("problems", []))
    assert problem in message
    assert server.control.export_store() == before


def test_seed_through_the_helper_raises_with_the_problems(server: ThreadedMockServer[FormsiteMock]) -> None:
    with pytest.raises(MockControlError) as refused:
        server.control.seed({"results": {"contact": [{"id": "1"}]}})
    assert refused.value.status == 422
    assert any("'items' is a required property" in p for p in refused.value.problems)


def test_the_request_log_names_the_credential_never_its_value() -> None:
    with ThreadedMockServer("cognito_forms", clock=FakeClock()) as server:
        key = server.mock.default_credential.value
        with httpx.Client(base_url=server.base_url) as http:
            assert http.get("/api/forms", params={"access_token": key}).status_code == 200
            assert http.get("/api/forms", headers={"Authorization": "Bearer nope"}).status_code == 401
        logged = server.control.requests()
        assert server.control.requests(limit=1) == logged[-1:]
    assert key not in str(logged)
    first, second = logged
    assert (first["method"], first["path"], first["status"], first["operation_id"]) == (
        "GET",
        "/api/forms",
        200,
        "get_forms",
    )
    assert first["query"] == "access_token=[REDACTED]"
    assert first["credential"] is not None and first["credential"]["scheme"] == "accessToken"
    assert len(first["credential"]["sha256"]) == 8 and first["latency_ms"] > 0
    assert second["status"] == 401 and second["credential"] is None


def test_faults_answer_a_status_for_the_next_n_matching_requests(
    server: ThreadedMockServer[FormsiteMock], api: httpx.Client
) -> None:
    control = server.control
    fault = control.add_fault(
        method="GET", path="/api/v2/*/forms/*/results", count=2, status=503, headers={"Retry-After": "7"}
    )
    assert api.get("/forms").status_code == 200, "another route is untouched"
    for _ in range(2):
        answer = api.get("/forms/contact/results")
        assert (answer.status_code, answer.headers["Retry-After"]) == (503, "7")
        assert answer.json() == {"error": {"message": "Injected fault.", "status": 503}}, "the provider's error shape"
    assert api.get("/forms/contact/results").status_code == 200, "only the next 2"
    control.add_fault(operation_id="get_forms", status=429, body={"custom": True})
    assert api.get("/forms").json() == {"custom": True}
    assert [r["fault"] for r in control.requests()] == [None, fault["id"], fault["id"], None, fault["id"] + 1]


def test_a_fault_can_hang_past_a_client_timeout_and_then_answer(
    server: ThreadedMockServer[FormsiteMock], api: httpx.Client
) -> None:
    server.control.add_fault(path="/api/v2/demo/forms", delay=0.5, count=2)
    with pytest.raises(httpx.ReadTimeout):
        api.get("/forms", timeout=0.1)
    started = time.monotonic()
    assert api.get("/forms").status_code == 200
    assert time.monotonic() - started >= 0.5, "a delay-only fault hangs, then answers normally"


def test_a_fault_can_drop_the_connection(server: ThreadedMockServer[FormsiteMock], api: httpx.Client) -> None:
    server.control.add_fault(operation_id="get_forms", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/forms")
    assert api.get("/forms").status_code == 200
    assert server.control.requests()[0]["status"] is None


@pytest.mark.parametrize(
    ("fault", "problem"),
    [
        ({}, "a fault needs status, delay or drop"),
        ({"status": 200, "drop": True}, "a dropped connection answers no status"),
        ({"status": "500"}, "status: an integer from 100 to 599"),
        ({"delay": 601}, "delay: seconds from 0 to 600"),
        ({"status": 500, "count": 0}, "count: an integer from 1"),
        ({"status": 500, "operation_id": "nope"}, "'nope' is not an operation of this API"),
        ({"status": 500, "colour": "red"}, "unknown field 'colour'"),
        ({"status": 500, "path": "forms"}, "path: a glob on the request path, starting with /"),
    ],
)
def test_a_bad_fault_is_refused(server: ThreadedMockServer[FormsiteMock], fault: dict[str, Any], problem: str) -> None:
    with pytest.raises(MockControlError, match=re.escape(problem)) as refused:
        server.control._call("POST", "/faults", fault)
    assert refused.value.status == 422
    assert server.control.faults() == []


def test_advancing_the_clock_opens_the_rate_limit_window(
    server: ThreadedMockServer[FormsiteMock], api: httpx.Client
) -> None:
    statuses = [api.get("/forms").status_code for _ in range(51)]
    assert statuses[:50] == [200] * 50 and statuses[50] == 429
    before = server.control.clock()["now"]
    clock = server.control.advance(59)
    assert clock["now"] == before + 59 and clock["flows"] is False
    assert api.get("/forms").status_code == 429, "59 s later the first request is still in the window"
    server.control.advance(1)
    assert api.get("/forms").status_code == 200


def test_advancing_the_clock_fires_due_re_deliveries_and_the_log_shows_them() -> None:
    with (
        webhook_receiver() as receiver,
        ThreadedMockServer("cognito_forms", clock=FakeClock(), rate_limits=False) as server,
        httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {server.mock.default_credential.value}"}
        ) as api,
    ):
        receiver.statuses = [500]
        subscribed = api.post(
            "/integration/oauth/subscribenewentry", params={"publisher": "1"}, json={"notificationUrl": receiver.url}
        )
        assert subscribed.status_code in (200, 201)
        entry = {"Name": {"First": "A", "Last": "B"}, "Email": "a@example.com", "Subject": "Sales", "Message": "Hi"}
        assert api.post("/api/forms/1/entries", json=entry).status_code in (200, 201)
        assert server.mock.webhooks.settle()
        assert [a["status"] for a in server.control.webhooks()["attempts"]] == [500]
        assert server.control.advance(0.9)["webhooks_settled"]
        assert len(server.control.webhooks()["attempts"]) == 1, "re-delivery 1 is due after 1 s"
        assert server.control.advance(0.1)["webhooks_settled"]
        hooks = server.control.webhooks()
    assert [(a["number"], a["status"]) for a in hooks["attempts"]] == [(1, 500), (2, 200)]
    assert hooks["attempts"][1]["at"] - hooks["attempts"][0]["at"] == 1
    assert (hooks["pending"], hooks["dropped"]) == (0, 0)
    assert len(receiver.received) == 2


def test_unknown_routes_and_methods_are_named(server: ThreadedMockServer[FormsiteMock]) -> None:
    with httpx.Client(base_url=server.url) as http:
        missing = http.get("/_mock/nothing")
        assert missing.status_code == 404 and "/_mock/openapi.json" in missing.json()["error"]
        wrong = http.delete("/_mock/clock")
        assert wrong.status_code == 405 and "GET, POST" in wrong.json()["error"]
        assert http.post("/_mock/clock", json={"advance": "soon"}).status_code == 422


def test_a_served_mock_refuses_a_webhook_outside_loopback_at_subscribe_time() -> None:
    with ThreadedMockServer("cognito_forms") as cognito, ThreadedMockServer("formsite") as formsite:
        key = cognito.mock.default_credential.value
        refused = httpx.post(
            cognito.base_url + "/integration/oauth/subscribenewentry",
            params={"publisher": "1"},
            json={"notificationUrl": "https://hooks.example.com/x"},
            headers={"Authorization": f"Bearer {key}"},
        )
        assert refused.status_code == 400
        assert set(refused.json()) == {"Message", "Type", "SupportCode", "Data"}, "Cognito's own error body"
        assert "--webhook-allow" in refused.json()["Message"] and "hooks.example.com" in refused.json()["Message"]
        assert cognito.mock.subscriptions == {}
        hook = {"event": "result_completed", "url": "http://10.0.0.8/hook"}
        refused = httpx.post(formsite.base_url + "/forms/contact/webhooks", json=hook, headers=TOKEN)
        assert refused.status_code == 422 and "--webhook-allow" in refused.json()["error"]["message"]
        hook["url"] = "http://127.0.0.1:9/hook"
        assert httpx.post(formsite.base_url + "/forms/contact/webhooks", json=hook, headers=TOKEN).status_code == 200


def test_webhook_allow_widens_the_targets() -> None:
    with ThreadedMockServer("cognito_forms", webhook_allow=["hooks.example.com", "10.0.0.0/8"]) as server:
        key = server.mock.default_credential.value
        for url in ("https://hooks.example.com/x", "http://10.1.2.3/y"):
            accepted = httpx.post(
                server.base_url + "/integration/oauth/subscribenewentry",
                params={"publisher": "1"},
                json={"notificationUrl": url},
                headers={"Authorization": f"Bearer {key}"},
            )
            assert accepted.status_code in (200, 201), accepted.text
    assert isinstance(server.mock, CognitoFormsMock)


def test_mock_control_accepts_any_url_on_the_server(server: ThreadedMockServer[FormsiteMock]) -> None:
    with MockControl(server.base_url + "/forms?x=1") as control:
        assert control.describe()["provider"] == "formsite"
        assert control.clock()["iso"].startswith("2026-01-15T12:0")


def test_an_action_completes_a_formsite_result_and_posts_it_to_the_webhook() -> None:
    with webhook_receiver() as receiver, ThreadedMockServer("formsite", rate_limits=False) as server:
        hook = {"event": "result_completed", "url": receiver.url, "handshake_key": "k"}
        assert httpx.post(server.base_url + "/forms/contact/webhooks", json=hook, headers=TOKEN).status_code == 200
        result = server.control.action("complete_result", form_dir="contact", answers={"100": "Ada", "200": 1})
        assert server.mock.webhooks.settle()
        listed = httpx.get(server.base_url + "/forms/contact/results?limit=1", headers=TOKEN).json()["results"][0]
    assert listed["id"] == result["id"] and listed["items"][0]["value"] == "Ada"
    assert [json.loads(each.body)["id"] for each in receiver.received] == [result["id"]]


@pytest.mark.parametrize(
    ("provider", "name", "arguments", "status", "problem"),
    [
        ("formsite", "complete_result", {"form_dir": "nope", "answers": {}}, 422, "'nope'"),
        ("formsite", "complete_result", {"form_dir": "contact", "answers": {"999": "x"}}, 422, "999"),
        ("formsite", "complete_result", {"form_dir": "contact", "answers": {"200": "Friend"}}, 422, "choice positions"),
        ("formsite", "complete_result", {"form_dir": "contact"}, 422, "answers"),
        ("formsite", "complete_result", {"form_dir": "contact", "answers": {}, "user_ip": "x"}, 422, "user_ip"),
        ("formsite", "delete_everything", {}, 404, "complete_result"),
        ("cogram", "complete_result", {}, 404, "actions: none"),
    ],
)
def test_a_bad_action_is_refused_and_changes_nothing(
    provider: Literal["formsite", "cogram"], name: str, arguments: dict[str, Any], status: int, problem: str
) -> None:
    with ThreadedMockServer(provider, rate_limits=False) as server:
        before = server.control.export_store()
        with pytest.raises(MockControlError) as refused:
            server.control.action(name, **arguments)
        assert refused.value.status == status and problem in refused.value.message
        assert server.control.export_store() == before
