"""The Cognito Forms mock delivers signed entry events over real HTTP, re-delivers on any answer
but 200 up to 7 times, and never lets delivery block or break the API call that caused it."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cognito_forms_models import Entry

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks.cognito_forms import CognitoFormsMock
from formclients.webhooks import Deduplicator, WebhookVerificationError, verify_cognito_forms
from tests.webhook_receiver import Received, Receiver, webhook_receiver

CONTACT = {
    "Name": {"First": "Ada", "Last": "Lovelace"},
    "Email": "ada@example.com",
    "Subject": "Support",
    "Message": "It broke.",
}
SUBSCRIBE = {
    "entry.created": "subscribenewentry",
    "entry.updated": "subscribeupdateentry",
    "entry.deleted": "subscribeentrydeleted",
}


@pytest.fixture
def mock(clock: FakeClock) -> CognitoFormsMock:
    return CognitoFormsMock(MockSettings(rate_limits=False, clock=clock, webhook_delays=(0,) * 7))


@pytest.fixture
def api(mock: CognitoFormsMock) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {mock.credentials[0].value}"}
    with httpx.Client(base_url=mock.base_url, transport=mock.transport(), headers=headers) as client:
        yield client


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with webhook_receiver() as running:
        yield running


def subscribe(api: httpx.Client, event: str, url: str, form: str = "1") -> str:
    response = api.post(
        f"/integration/oauth/{SUBSCRIBE[event]}", params={"publisher": form}, json={"notificationUrl": url}
    )
    assert response.status_code == 201
    subscription_id: str = response.json()["Id"]
    return subscription_id


def verify(mock: CognitoFormsMock, clock: FakeClock, delivery: Received, **kwargs: Any) -> Entry:
    return verify_cognito_forms(delivery.body, delivery.headers, mock.webhook_secret, now=clock.now, **kwargs)


def test_deliveries_post_the_entry_itself_signed_and_parse_into_the_generated_entry_model(
    api: httpx.Client, mock: CognitoFormsMock, clock: FakeClock, receiver: Receiver
) -> None:
    for event in SUBSCRIBE:
        subscribe(api, event, f"{receiver.url}/{event}")
    subscribe(api, "entry.created", f"{receiver.url}/other-form", form="2")  # another form: never called
    created = api.post("/api/forms/1/entries", json=CONTACT).json()
    clock.advance(60)
    updated = api.patch(f"/api/forms/1/entries/{created['Id']}", json={"Message": "Fixed."}).json()
    assert api.delete(f"/api/forms/1/entries/{created['Id']}").status_code == 204
    assert mock.webhooks.drain()

    by_path = {delivery.path: delivery for delivery in receiver.received}
    assert sorted(by_path) == ["/entry.created", "/entry.deleted", "/entry.updated"]  # in any order
    for delivery in by_path.values():
        entry = verify(mock, clock, delivery)
        assert isinstance(entry, Entry) and entry.Id == created["Id"]
        assert delivery.headers["webhook-id"].startswith("evt_")
        assert delivery.headers["Content-Type"] == "application/json"
        assert "type" not in json.loads(delivery.body), "the entry itself, not an event envelope"
    created_entry = verify(mock, clock, by_path["/entry.created"])
    assert json.loads(by_path["/entry.created"].body) == created
    assert created_entry.Email == "ada@example.com" and created_entry.Entry.Number == 41  # type: ignore[attr-defined]
    assert json.loads(by_path["/entry.updated"].body) == updated
    deleted = json.loads(by_path["/entry.deleted"].body)
    links = {"AdminLink", "CustomerLink", "Document1"}
    assert deleted["Entry"] == {k: v for k, v in updated["Entry"].items() if k not in links}, "as it was, without links"
    assert {k: v for k, v in deleted.items() if k != "Entry"} == {k: v for k, v in updated.items() if k != "Entry"}
    assert [a.status for a in mock.webhooks.attempts] == [200, 200, 200]
    assert len({a.event_id for a in mock.webhooks.attempts}) == 3


def test_verification_rejects_a_tampered_body_a_wrong_secret_and_a_stale_timestamp(
    api: httpx.Client, mock: CognitoFormsMock, clock: FakeClock, receiver: Receiver
) -> None:
    subscribe(api, "entry.created", receiver.url)
    api.post("/api/forms/1/entries", json=CONTACT)
    assert mock.webhooks.drain()
    (delivery,) = receiver.received
    assert int(delivery.headers["webhook-timestamp"]) == int(clock.now()), "signed on the mock's clock"
    assert verify(mock, clock, delivery).Message == "It broke."  # type: ignore[attr-defined]
    tampered = delivery.body.replace(b"It broke.", b"It works.")
    with pytest.raises(WebhookVerificationError):
        verify_cognito_forms(tampered, delivery.headers, mock.webhook_secret, now=clock.now)
    other_secret = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="
    with pytest.raises(WebhookVerificationError):
        verify_cognito_forms(delivery.body, delivery.headers, other_secret, now=clock.now)
    with pytest.raises(WebhookVerificationError, match="old"):
        verify_cognito_forms(delivery.body, delivery.headers, mock.webhook_secret, now=lambda: clock.now() + 301)
    assert verify_cognito_forms(delivery.body, delivery.headers, mock.webhook_secret, now=lambda: clock.now() + 299)
    with pytest.raises(WebhookVerificationError):
        verify_cognito_forms(
            delivery.body, {**delivery.headers, "webhook-id": "evt_other"}, mock.webhook_secret, now=clock.now
        )


def test_a_receiver_answering_500_three_times_gets_four_attempts_of_one_event(
    api: httpx.Client, mock: CognitoFormsMock, clock: FakeClock, receiver: Receiver
) -> None:
    receiver.statuses = [500, 500, 500]
    subscribe(api, "entry.created", receiver.url)
    assert api.post("/api/forms/1/entries", json=CONTACT).status_code == 200
    assert mock.webhooks.drain()
    assert len(receiver.received) == 4
    assert [(a.number, a.status) for a in mock.webhooks.attempts] == [(1, 500), (2, 500), (3, 500), (4, 200)]
    ids = {delivery.headers["webhook-id"] for delivery in receiver.received}
    assert len(ids) == 1 and len({d.body for d in receiver.received}) == 1
    seen = Deduplicator()
    acted = [
        d.headers["webhook-id"]
        for d in receiver.received
        if verify(mock, clock, d) and seen.first_time(d.headers["webhook-id"])
    ]
    assert acted == list(ids), "the receiver acts once on an event delivered four times"


@pytest.mark.parametrize("status", [500, 201, 204, 302, 410])
def test_any_answer_but_200_is_retried_exactly_7_times(
    api: httpx.Client, mock: CognitoFormsMock, receiver: Receiver, status: int
) -> None:
    receiver.statuses = [status] * 20
    subscribe(api, "entry.created", receiver.url)
    assert api.post("/api/forms/1/entries", json=CONTACT).status_code == 200
    assert mock.webhooks.drain()
    assert len(receiver.received) == 8
    assert [a.status for a in mock.webhooks.attempts] == [status] * 8
    assert [a.number for a in mock.webhooks.attempts] == list(range(1, 9))
    assert len({d.headers["webhook-id"] for d in receiver.received}) == 1


def test_a_dead_receiver_never_breaks_the_api_call(api: httpx.Client, mock: CognitoFormsMock) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/hook"
    for event in SUBSCRIBE:
        subscribe(api, event, dead)
    created = api.post("/api/forms/1/entries", json=CONTACT)
    assert created.status_code == 200
    assert api.patch(f"/api/forms/1/entries/{created.json()['Id']}", json={"Message": "x"}).status_code == 200
    assert api.delete(f"/api/forms/1/entries/{created.json()['Id']}").status_code == 204
    assert mock.webhooks.drain()
    assert len(mock.webhooks.attempts) == 3 * 8
    assert {a.status for a in mock.webhooks.attempts} == {None}
    assert api.get("/api/forms").status_code == 200


def test_unsubscribed_urls_get_nothing_and_each_subscription_gets_its_own_event(
    api: httpx.Client, mock: CognitoFormsMock, receiver: Receiver
) -> None:
    first = subscribe(api, "entry.created", f"{receiver.url}/a")
    subscribe(api, "entry.created", f"{receiver.url}/b")
    api.post("/api/forms/1/entries", json=CONTACT)
    assert mock.webhooks.drain()
    assert sorted(d.path for d in receiver.received) == ["/a", "/b"]
    assert len({d.headers["webhook-id"] for d in receiver.received}) == 2
    assert api.delete("/integration/oauth/unsubscribe", params={"id": first}).status_code == 200
    api.post("/api/forms/1/entries", json=CONTACT)
    api.patch("/api/forms/1/entries/1-1", json={"Message": "no update subscription"})
    assert mock.webhooks.drain()
    assert sorted(d.path for d in receiver.received) == ["/a", "/b", "/b"]
    assert [subscription for subscription, _ in mock.events].count(first) == 1


def test_failed_api_calls_send_no_event_and_each_delivered_event_is_billed_once(
    api: httpx.Client, mock: CognitoFormsMock, receiver: Receiver
) -> None:
    subscribe(api, "entry.created", receiver.url)
    subscribe(api, "entry.deleted", receiver.url)
    receiver.statuses = [500]
    assert api.post("/api/forms/1/entries", json={"Email": "bad"}).status_code == 400
    assert api.delete("/api/forms/1/entries/1-999").status_code == 404
    assert mock.usage == {"acme": 4}
    assert api.post("/api/forms/1/entries", json=CONTACT).status_code == 200
    assert mock.webhooks.drain()
    assert len(receiver.received) == 2, "one event, delivered twice"
    assert mock.usage == {"acme": 6}, "the API call and the event (once, not per re-delivery)"


def test_event_ids_stay_unique_across_a_reset(api: httpx.Client, mock: CognitoFormsMock, receiver: Receiver) -> None:
    seen = Deduplicator()
    for _ in range(2):
        subscribe(api, "entry.created", receiver.url)
        assert api.post("/api/forms/1/entries", json=CONTACT).json()["Id"] == "1-41"
        assert mock.webhooks.drain()
        mock.reset()
    ids = [delivery.headers["webhook-id"] for delivery in receiver.received]
    assert len(ids) == 2 and all(seen.first_time(event_id) for event_id in ids), "a new event is never a duplicate"
