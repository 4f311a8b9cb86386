"""Issue 9, section 1: one bad webhook subscriber never delays another, and re-deliveries keep their schedule.

Two subscribers are down (connection refused), one answers 500 only after 10 s (the mock hangs
up at its attempt timeout first, as a real provider's delivery timeout would), one is healthy.
50 entries are created one after another. Before the fix, 2 worker threads slept through each
failing delivery's 8 attempts (1 + 2 + ... + 64 s), so the healthy subscriber got nothing for
minutes; now it gets each entry's event within a second of real time, and the failing ones are
re-delivered exactly on the documented schedule of the mock's (fake) clock.

While the 50 entries are created the attempt timeout is 2 s: longer than the 1 s the healthy
subscriber is given, so a slow machine cannot turn a healthy delivery into a timed-out one.
For the re-deliveries, where only the schedule on the fake clock is checked, it is 0.3 s, so
that 8 rounds of hung attempts to the slow subscriber cost seconds, not minutes.
"""

from __future__ import annotations

import socket
import time
from collections import defaultdict
from itertools import accumulate

import httpx

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks._webhooks import DEFAULT_DELAYS
from formclients.mocks.cognito_forms import CognitoFormsMock
from tests.webhook_receiver import webhook_receiver

ENTRY = {
    "Name": {"First": "Ada", "Last": "Lovelace"},
    "Email": "ada@example.com",
    "Subject": "Support",
    "Message": "It broke.",
}
SCHEDULE = [0.0, *accumulate(DEFAULT_DELAYS)]  # when attempt 1..8 is made, relative to the event: 0, 1, 3, 7 ... 127


def refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/down"


def test_one_bad_subscriber_never_delays_another_and_retries_keep_the_schedule() -> None:
    assert DEFAULT_DELAYS == (1, 2, 4, 8, 16, 32, 64), "the schedule documented in the README and the Cognito mock"
    clock = FakeClock()
    mock = CognitoFormsMock(MockSettings(rate_limits=False, clock=clock, webhook_timeout=2))
    api = httpx.Client(
        base_url=mock.base_url,
        transport=mock.transport(),
        headers={"Authorization": f"Bearer {mock.credentials[0].value}"},
    )
    with webhook_receiver() as slow, webhook_receiver() as healthy:
        slow.statuses = [500] * 1000
        slow.delay = 10
        down = [refused_url(), refused_url() + "-2"]
        failing = [*down, slow.url]
        for url in [*failing, healthy.url]:
            subscribed = api.post(
                "/integration/oauth/subscribenewentry", params={"publisher": "1"}, json={"notificationUrl": url}
            )
            assert subscribed.status_code in (200, 201), subscribed.text

        start = clock.now()
        latencies = []
        for number in range(50):
            assert api.post("/api/forms/1/entries", json=ENTRY).status_code in (200, 201)
            created = time.monotonic()
            while healthy.count() <= number and time.monotonic() - created < 1:
                time.sleep(0.01)
            latencies.append(time.monotonic() - created)
            tried = [(a.status, a.error) for a in mock.webhooks.attempt_log() if a.url == healthy.url]
            assert healthy.count() == number + 1, f"entry {number + 1}: none within 1 s of real time; {tried}"
        assert max(latencies) < 1

        assert mock.webhooks.settle(timeout=10)
        mock.webhooks.timeout = 0.3
        for delay in DEFAULT_DELAYS:
            made = len(mock.webhooks.attempts)
            clock.advance(delay - 0.5)
            assert mock.webhooks.settle(timeout=10)
            assert len(mock.webhooks.attempts) == made, "no re-delivery before its time"
            clock.advance(0.5)
            assert mock.webhooks.settle(timeout=10)
            assert len(mock.webhooks.attempts) == made + 3 * 50, "each failing subscriber's 50 events, once each"
        assert mock.webhooks.drain(timeout=1), "8 attempts each, then given up"
    mock.close()

    attempts = mock.webhooks.attempts
    to_healthy = [a for a in attempts if a.url == healthy.url]
    assert len(to_healthy) == 50 and {(a.number, a.status) for a in to_healthy} == {(1, 200)}
    assert len(healthy.received) == 50
    for url in failing:
        by_event = defaultdict(list)
        for attempt in attempts:
            if attempt.url == url:
                by_event[attempt.event_id].append(attempt)
        assert len(by_event) == 50
        for event_attempts in by_event.values():
            assert [a.number for a in event_attempts] == list(range(1, 9))
            assert [a.at - start for a in event_attempts] == SCHEDULE
            assert {a.status for a in event_attempts} == {None}
    slow_errors = [a.error for a in attempts if a.url == slow.url]
    assert set(slow_errors[:50]) == {"no answer within 2 s"} and set(slow_errors[50:]) == {"no answer within 0.3 s"}
    assert all(a.seconds < 5 for a in attempts if a.url == slow.url), "each held only until its timeout, not 10 s"
