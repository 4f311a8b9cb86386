"""Webhook delivery from mocks (real HTTP on 127.0.0.1) and the receiving helpers."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator

import pytest

from formclients.mocks import Delivery, FakeClock, SystemClock, WebhookDispatcher
from formclients.mocks._targets import TargetPolicy
from formclients.webhooks import (
    Deduplicator,
    WebhookVerificationError,
    sign_standard_webhook,
    verify_standard_webhook,
)

from ..webhook_receiver import webhook_receiver

SECRET = "whsec_" + "c2VjcmV0LWZvci10ZXN0cy1vbmx5"


@pytest.fixture
def hooks() -> Iterator[WebhookDispatcher]:
    dispatcher = WebhookDispatcher(delays=(0, 0, 0), clock=FakeClock())
    yield dispatcher
    dispatcher.close()


def dead_url() -> str:
    with socket.socket() as probe:  # bind, read the port, close: nothing listens there afterwards
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/dead"


def test_delivers_over_http_and_retries_until_200(hooks: WebhookDispatcher) -> None:
    with webhook_receiver() as receiver:
        receiver.statuses = [500, 404]
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


def test_gives_up_after_the_last_attempt(hooks: WebhookDispatcher) -> None:
    with webhook_receiver() as receiver:
        receiver.statuses = [503] * 10
        hooks.submit(Delivery(receiver.url, b"{}", attempts=8))
        assert hooks.drain()
        assert len(receiver.received) == 8, "the first delivery and 7 re-deliveries"


def test_reports_each_status_to_the_caller(hooks: WebhookDispatcher) -> None:
    seen: list[int] = []
    with webhook_receiver() as receiver:
        receiver.statuses = [410]
        hooks.submit(Delivery(receiver.url, b"{}", on_response=seen.append))
        assert hooks.drain()
    assert seen == [410]


def test_re_deliveries_come_due_on_the_mock_clock_and_not_before() -> None:
    clock = FakeClock()
    hooks = WebhookDispatcher(delays=(1, 2, 4), clock=clock)
    start = clock.now()
    with webhook_receiver() as receiver:
        receiver.statuses = [500] * 3
        hooks.submit(Delivery(receiver.url, b"{}", attempts=4, event_id="evt"))
        assert hooks.settle()
        for delay in (1, 2, 4):
            made = len(hooks.attempts)
            clock.advance(delay - 0.001)
            assert hooks.settle()
            assert len(hooks.attempts) == made, "not a moment before its time"
            clock.advance(0.001)
            assert hooks.settle()
            assert len(hooks.attempts) == made + 1
        assert hooks.drain(timeout=1)
    hooks.close()
    assert [(a.number, a.status, round(a.at - start, 3)) for a in hooks.attempts] == [
        (1, 500, 0),
        (2, 500, 1),
        (3, 500, 3),
        (4, 200, 7),
    ]
    assert all(a.at == a.due for a in hooks.attempts), "made exactly when scheduled"


def test_an_unreachable_receiver_never_blocks_the_caller_and_its_retry_waits_for_the_clock() -> None:
    clock = FakeClock()
    hooks = WebhookDispatcher(delays=(30,), clock=clock)
    hooks.submit(Delivery(dead_url(), b"{}", attempts=2))  # returns at once
    assert hooks.settle()
    assert not hooks.drain(timeout=0.05), "the re-delivery waits for the clock, it is not slept through"
    assert [a.status for a in hooks.attempts] == [None]
    clock.advance(30)
    assert hooks.drain()
    assert [(a.number, a.status) for a in hooks.attempts] == [(1, None), (2, None)]
    assert "ConnectError" in (hooks.attempts[0].error or "")
    hooks.close()


def test_on_a_flowing_clock_re_deliveries_fire_by_themselves() -> None:
    hooks = WebhookDispatcher(delays=(0.05, 0.05), clock=SystemClock())
    with webhook_receiver() as receiver:
        receiver.statuses = [500, 500]
        hooks.submit(Delivery(receiver.url, b"{}", attempts=3))
        assert hooks.drain(timeout=5)
    assert [a.status for a in hooks.attempts] == [500, 500, 200]
    assert hooks.attempts[2].at - hooks.attempts[1].at >= 0.05
    hooks.close()


def test_a_slow_receiver_holds_only_its_own_attempt() -> None:
    hooks = WebhookDispatcher(delays=(0,), clock=FakeClock(), timeout=1)
    with webhook_receiver() as slow, webhook_receiver() as fast:
        slow.delay = 10  # answers after 10 s: long after the attempt's timeout
        for n in range(5):
            hooks.submit(Delivery(slow.url, b"{}", attempts=1, event_id=f"slow-{n}"))
        hooks.submit(Delivery(fast.url, b"{}", event_id="fast"))
        assert hooks.drain(timeout=5)
    by_event = {a.event_id: a for a in hooks.attempts}
    assert by_event["fast"].status == 200
    assert all(by_event[f"slow-{n}"].error == "no answer within 1 s" for n in range(5))
    assert all(by_event[f"slow-{n}"].seconds < 2 for n in range(5)), "each gave up at its timeout"
    hooks.close()


def test_the_oldest_pending_delivery_is_dropped_at_a_cap_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    hooks = WebhookDispatcher(delays=(60,), clock=clock, max_pending_per_target=3, max_pending=5)
    down, other = dead_url(), dead_url() + "-other"
    with caplog.at_level(logging.WARNING, "formclients.mocks.webhooks"):
        for n in range(4):
            hooks.submit(Delivery(down, b"{}", attempts=2, event_id=f"down-{n}"))
        assert hooks.settle()
        assert hooks.dropped == 1 and hooks.stats().by_target == {down: 3}
        for n in range(3):
            hooks.submit(Delivery(other, b"{}", attempts=2, event_id=f"other-{n}"))
        assert hooks.settle()
    assert hooks.dropped == 2, "the global cap of 5 dropped one more"
    assert hooks.stats().pending == 5
    dropped = [record.getMessage() for record in caplog.records if "dropped" in record.getMessage()]
    assert len(dropped) == 2
    assert "down-0" in dropped[0] and "3 pending for this URL" not in dropped[0]  # the 4th made it 4 > 3
    assert "down-0" in dropped[0] and "(cap 3)" in dropped[0]
    assert "down-1" in dropped[1] and "(cap 5)" in dropped[1], "then the oldest of all"
    clock.advance(60)
    assert hooks.drain()
    second = sorted(a.event_id for a in hooks.attempts if a.number == 2)
    assert second == ["down-2", "down-3", "other-0", "other-1", "other-2"], "dropped ones are not re-delivered"
    hooks.close()


def test_a_url_outside_the_allow_list_is_never_posted_to() -> None:
    with webhook_receiver() as receiver:
        hooks = WebhookDispatcher(clock=FakeClock(), refusal=TargetPolicy().refusal)
        outside = receiver.url.replace("127.0.0.1", "192.0.2.1")  # TEST-NET-1: must not be contacted
        hooks.submit(Delivery(outside, b"{}", attempts=8, event_id="out"))
        hooks.submit(Delivery(receiver.url, b"{}", event_id="in"))
        assert hooks.drain()
    by_event = {a.event_id: a for a in hooks.attempts}
    assert by_event["in"].status == 200
    assert by_event["out"].status is None and "--webhook-allow" in (by_event["out"].error or "")
    assert len(hooks.attempts) == 2, "refused once, not retried"
    hooks.close()


@pytest.mark.parametrize(
    ("url", "allow", "allowed"),
    [
        ("http://127.0.0.1:8000/hook", (), True),
        ("http://127.9.9.9/hook", (), True),
        ("http://localhost/hook", (), True),
        ("http://LOCALHOST./hook", (), True),
        ("http://[::1]:9/hook", (), True),
        ("http://[::ffff:127.0.0.1]/hook", (), True),
        ("http://0.0.0.0/hook", (), False),
        ("http://10.1.2.3/hook", (), False),
        ("http://2130706433/hook", (), False),  # 127.0.0.1 as one number: a name, never resolved
        ("http://hooks.example.com/x", (), False),
        ("http://127.0.0.1.nip.io/x", (), False),
        ("http://hooks.example.com/x", ("hooks.example.com",), True),
        ("https://Hooks.Example.com/x", ("hooks.example.com",), True),
        ("http://other.example.com/x", ("hooks.example.com",), False),
        ("http://10.1.2.3/hook", ("10.0.0.0/8",), True),
        ("http://11.1.2.3/hook", ("10.0.0.0/8",), False),
        ("http://192.0.2.7/hook", ("192.0.2.7",), True),
        ("http://[2001:db8::1]/hook", ("2001:db8::/32",), True),
        ("http://203.0.113.9/hook", ("*",), True),
        ("ftp://127.0.0.1/hook", (), False),
        ("http:///nohost", (), False),
    ],
)
def test_target_policy(url: str, allow: tuple[str, ...], allowed: bool) -> None:
    assert (TargetPolicy(allow).refusal(url) is None) is allowed


@pytest.mark.parametrize("entry", ["", "http://example.com", "a b", "example.com/path", "user@host"])
def test_target_policy_refuses_entries_that_are_not_hosts_or_networks(entry: str) -> None:
    with pytest.raises(ValueError, match="neither a host name"):
        TargetPolicy([entry])


def test_clear_forgets_pending_deliveries(hooks: WebhookDispatcher) -> None:
    hooks.delays = (60,)
    hooks.submit(Delivery(dead_url(), b"{}", attempts=3))
    assert hooks.settle() and hooks.stats().pending == 1
    hooks.clear()
    assert hooks.stats().pending == 0 and hooks.attempts == []
    assert hooks.drain(timeout=0)


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
