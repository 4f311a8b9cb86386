"""The Formsite mock posts result_completed to every webhook of the form, over real HTTP, off the caller's path."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest
from formsite_models import ResultCompletedEvent

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks.formsite import FormsiteMock
from formclients.webhooks import WebhookVerificationError, verify_formsite
from tests.webhook_receiver import webhook_receiver

TOKEN = "fs_demo_token"
HOOKS = "/forms/contact/webhooks"


@pytest.fixture
def mock() -> FormsiteMock:
    return FormsiteMock(MockSettings(rate_limits=False, clock=FakeClock(), webhook_delays=(0,) * 7))


@pytest.fixture
def api(mock: FormsiteMock) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=mock.base_url, transport=mock.transport(), headers={"Authorization": f"bearer {TOKEN}"}
    ) as client:
        yield client


def register(api: httpx.Client, url: str, key: str | None = None, form: str = "contact") -> None:
    body = {"event": "result_completed", "url": url, **({"handshake_key": key} if key else {})}
    assert api.post(f"/forms/{form}/webhooks", json=body).status_code == 200


def registered_urls(api: httpx.Client, form: str = "contact") -> list[str]:
    return [hook["url"] for hook in api.get(f"/forms/{form}/webhooks").json()["webhooks"]]


def closed_port_url() -> str:
    with socket.socket() as probe:  # bind, read the port, close: nothing listens there afterwards
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/dead"


def test_a_completed_result_is_posted_to_every_webhook_of_its_form(mock: FormsiteMock, api: httpx.Client) -> None:
    with webhook_receiver() as first, webhook_receiver() as second:
        register(api, f"{first.url}/formsite", key="s3cret")
        register(api, f"{second.url}/other")  # no handshake key
        register(api, f"{first.url}/survey", key="x", form="survey2025")  # another form: not posted to
        result = mock.complete_result("contact", {"100": "Zed Shaw", "101": "zed@example.com", "200": 3, "201": [0, 2]})
        assert mock.webhooks.drain()
        assert [r.path for r in first.received] == ["/formsite"]
        assert [r.path for r in second.received] == ["/other"]
    delivered = first.received[0]
    assert delivered.headers["Content-Type"] == "application/json"
    payload = json.loads(delivered.body)
    assert payload == {**result, "handshake_key": "s3cret"}, "one result in the results format, plus the key"
    event = ResultCompletedEvent.model_validate_json(delivered.body)
    assert event.id == result["id"] and event.handshake_key == "s3cret"
    assert [item.id for item in event.items] == ["100", "101", "102", "200", "201"]
    assert event.items[0].value == "Zed Shaw"
    assert [(c.position, c.value) for c in event.items[4].values or []] == [(0, "Forms"), (2, "Payments")]
    unkeyed = json.loads(second.received[0].body)
    assert "handshake_key" not in unkeyed and unkeyed["id"] == result["id"]
    assert ResultCompletedEvent.model_validate(unkeyed).handshake_key is None


def test_the_delivery_passes_verify_formsite_only_with_the_right_key(mock: FormsiteMock, api: httpx.Client) -> None:
    with webhook_receiver() as receiver:
        register(api, receiver.url, key="right-key")
        result = mock.complete_result("contact", {"100": "Ada"})
        assert mock.webhooks.drain()
    body = receiver.received[0].body
    event = verify_formsite(body, "right-key")
    assert isinstance(event, ResultCompletedEvent) and event.id == result["id"]
    for wrong in ("wrong-key", "right-ke", ""):
        with pytest.raises(WebhookVerificationError):
            verify_formsite(body, wrong)


def test_the_completed_result_is_stored_and_listed(mock: FormsiteMock, api: httpx.Client) -> None:
    before = {r["id"] for r in mock.forms["contact"].results}
    result = mock.complete_result("contact", {"102": "Hello"}, user_device="Mobile", user_ip="192.0.2.7")
    assert result["id"] not in before and int(result["id"]) > max(int(i) for i in before)
    assert result["date_finish"] == result["date_update"] == "2026-01-15T12:00:00Z", "dated by the mock's clock"
    newest = api.get("/forms/contact/results", params={"limit": 1}).json()["results"][0]
    assert newest == result
    assert api.get("/forms/contact").json()["forms"][0]["stats"]["resultsCount"] == 251
    assert mock.webhooks.attempts == [], "a form without webhooks posts nothing"


@pytest.mark.parametrize(
    ("answers", "meta"),
    [
        ({"999": "x"}, {}),
        ({"100": 1}, {}),
        ({"200": "Friend"}, {}),
        ({"200": 4}, {}),
        ({"201": [0, 9]}, {}),
        ({}, {"colour": "red"}),
    ],
)
def test_answers_that_do_not_fit_the_form_are_refused(
    mock: FormsiteMock, answers: dict[str, object], meta: dict[str, str]
) -> None:
    with pytest.raises(ValueError):
        mock.complete_result("contact", answers, **meta)  # type: ignore[arg-type]
    assert len(mock.forms["contact"].results) == 250
    with pytest.raises(KeyError):
        mock.complete_result("no-such-form", {})


def test_a_receiver_answering_410_deletes_its_webhook(mock: FormsiteMock, api: httpx.Client) -> None:
    with webhook_receiver() as gone, webhook_receiver() as kept:
        gone.statuses = [410]
        register(api, f"{gone.url}/gone", key="a")
        register(api, f"{kept.url}/kept", key="b")
        mock.complete_result("contact", {"100": "First"})
        assert mock.webhooks.drain()
        assert registered_urls(api) == [f"{kept.url}/kept"]
        mock.complete_result("contact", {"100": "Second"})
        assert mock.webhooks.drain()
    assert len(gone.received) == 1, "a deleted webhook is not posted to again"
    assert [json.loads(r.body)["items"][0]["value"] for r in kept.received] == ["First", "Second"]


@pytest.mark.parametrize("status", [500, 404, 301])
def test_other_failures_are_not_retried_and_keep_the_webhook(
    mock: FormsiteMock, api: httpx.Client, status: int
) -> None:
    with webhook_receiver() as receiver:
        receiver.statuses = [status]
        register(api, receiver.url)
        mock.complete_result("contact", {"100": "Once"})
        assert mock.webhooks.drain()
    assert len(receiver.received) == 1
    assert [a.status for a in mock.webhooks.attempts] == [status]
    assert registered_urls(api) == [receiver.url]


def read_request(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
    )
    while len(body) < length:
        body += connection.recv(65536)
    return body


def test_complete_result_returns_while_the_receiver_has_not_answered(mock: FormsiteMock, api: httpx.Client) -> None:
    with socket.socket() as server:  # a receiver that answers only when this test says so
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(10)
        url = f"http://127.0.0.1:{server.getsockname()[1]}/hook"
        register(api, url, key="k")
        result = mock.complete_result("contact", {"100": "Patient"})  # returns with the post in flight
        connection, _ = server.accept()
        with connection:
            connection.settimeout(10)
            body = read_request(connection)
            assert json.loads(body)["id"] == result["id"]
            assert not mock.webhooks.drain(timeout=0), "the delivery is still waiting for its answer"
            newest = api.get("/forms/contact/results", params={"limit": 1}).json()["results"][0]
            assert newest["id"] == result["id"], "the API keeps answering meanwhile"
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        assert mock.webhooks.drain()
    assert [(a.url, a.status) for a in mock.webhooks.attempts] == [(url, 200)]
    assert registered_urls(api) == [url]


def test_a_dead_or_unusable_receiver_never_blocks_or_breaks_the_caller(mock: FormsiteMock, api: httpx.Client) -> None:
    dead = closed_port_url()
    register(api, dead)
    register(api, "http://a..b/hook")  # a valid URI that httpx cannot even encode
    with webhook_receiver() as alive:
        register(api, alive.url, key="k")
        results = [mock.complete_result("contact", {"100": f"Caller {n}"}) for n in range(3)]
        assert api.get("/forms/contact/results", params={"limit": 3}).status_code == 200
        assert mock.webhooks.drain()
        assert len(alive.received) == 3, "deliveries to a working receiver keep flowing"
    attempts = mock.webhooks.attempts
    assert sorted(a.event_id for a in attempts if a.url == alive.url) == sorted(r["id"] for r in results)
    assert {a.status for a in attempts if a.url in (dead, "http://a..b/hook")} == {None}
    assert len([a for a in attempts if a.url == dead]) == 3, "no answer is not retried either"
    assert registered_urls(api) == [dead, "http://a..b/hook", alive.url], "only a 410 deletes a webhook"
