"""Webhook delivery from mocks (real HTTP on 127.0.0.1) and the receiving helpers."""

from __future__ import annotations

import json
import socket
import threading

import pytest

from formclients.mocks import Delivery, WebhookDispatcher
from formclients.webhooks import (
    Deduplicator,
    WebhookVerificationError,
    sign_standard_webhook,
    verify_standard_webhook,
)

from ..webhook_receiver import webhook_receiver

SECRET = "whsec_" + "c2VjcmV0LWZvci10ZXN0cy1vbmx5"


def dispatcher() -> WebhookDispatcher:
    return WebhookDispatcher(delays=(0, 0, 0), sleep=lambda seconds: None)


def test_delivers_over_http_and_retries_until_200() -> None:
    with webhook_receiver() as receiver:
        receiver.statuses = [500, 404]
        hooks = dispatcher()
        hooks.submit(Delivery(f"{receiver.url}/hook", b'{"id": 1}', attempts=8, event_id="evt_1"))
        assert hooks.drain()
        assert [r.body for r in receiver.received] == [b'{"id": 1}'] * 3
        assert [(a.number, a.status) for a in hooks.attempts] == [(1, 500), (2, 404), (3, 200)]


def test_a_dispatcher_that_does_not_send_holds_deliveries() -> None:
    with webhook_receiver() as receiver:
        hooks = WebhookDispatcher(send=False)
        delivery = Delivery(receiver.url, b"{}", event_id="evt_held")
        hooks.submit(delivery)
        assert hooks.drain()
        assert hooks.held == [delivery]
        assert receiver.received == [] and hooks.attempts == []


def test_gives_up_after_the_last_attempt() -> None:
    with webhook_receiver() as receiver:
        receiver.statuses = [503] * 10
        hooks = dispatcher()
        hooks.submit(Delivery(receiver.url, b"{}", attempts=8))
        assert hooks.drain()
        assert len(receiver.received) == 8, "the first delivery and 7 re-deliveries"


def test_reports_each_status_to_the_caller() -> None:
    seen: list[int] = []
    with webhook_receiver() as receiver:
        receiver.statuses = [410]
        hooks = dispatcher()
        hooks.submit(Delivery(receiver.url, b"{}", on_response=seen.append))
        assert hooks.drain()
    assert seen == [410]


def test_an_unreachable_receiver_never_blocks_the_caller() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}"  # bound, not listening: refused
        released = threading.Event()

        def wait_for_release(seconds: float) -> None:
            released.wait()

        hooks = WebhookDispatcher(delays=(0, 0), sleep=wait_for_release)
        hooks.submit(Delivery(dead_url, b"{}", attempts=3))
        # submit returned although the re-deliveries cannot happen until `released` is set
        assert not hooks.drain(timeout=0.05), "the delivery is still pending in the background"
        released.set()
        assert hooks.drain()
    assert [a.status for a in hooks.attempts] == [None, None, None]


def signed(body: str, at: float, message_id: str = "msg_1") -> dict[str, str]:
    return sign_standard_webhook(SECRET, message_id, at, body)


def test_standard_webhook_signature_round_trip() -> None:
    body = json.dumps({"id": "evt_1", "type": "entry.created"})
    headers = signed(body, 1_700_000_000)
    assert verify_standard_webhook(body, headers, SECRET, now=lambda: 1_700_000_100) == json.loads(body)


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda body, headers: (body.replace("created", "deleted"), headers), "no valid v1 signature"),
        (lambda body, headers: (body, {**headers, "webhook-signature": "v1,not-base64!"}), "no valid v1 signature"),
        (lambda body, headers: (body, {**headers, "webhook-signature": "garbage"}), "no valid v1 signature"),
        (lambda body, headers: (body, {k: v for k, v in headers.items() if k != "webhook-id"}), "missing"),
        (lambda body, headers: (body, {**headers, "webhook-timestamp": "1699999000"}), "old"),
        (lambda body, headers: (body, {**headers, "webhook-timestamp": "1700001000"}), "future"),
        (lambda body, headers: (body, {**headers, "webhook-timestamp": "soon"}), "not a number"),
    ],
    ids=["tampered-body", "bad-base64", "no-version", "missing-id", "replayed", "future", "bad-timestamp"],
)
def test_bad_deliveries_are_refused(mutate: object, reason: str) -> None:
    body = json.dumps({"id": "evt_1", "type": "entry.created"})
    body, headers = mutate(body, signed(body, 1_700_000_000))  # type: ignore[operator]
    with pytest.raises(WebhookVerificationError, match=reason):
        verify_standard_webhook(body, headers, SECRET, now=lambda: 1_700_000_000)


def test_deduplicator_acts_once_per_event_and_forgets_the_oldest() -> None:
    seen = Deduplicator(max_ids=2)
    assert [seen.first_time(i) for i in ("a", "a", "b", "c", "a")] == [True, False, True, True, True]
