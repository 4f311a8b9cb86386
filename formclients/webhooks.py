"""Receiving webhooks: verify, parse into the generated models, and drop re-deliveries.

    from formclients.webhooks import Deduplicator, WebhookVerificationError, verify_cognito_forms

    seen = Deduplicator()

    def handle(body: bytes, headers: Mapping[str, str]) -> int:
        try:
            entry = verify_cognito_forms(body, headers, secret=os.environ["COGNITO_WEBHOOK_SECRET"])
        except WebhookVerificationError:
            return 400
        if seen.first_time(headers["webhook-id"]):   # at-least-once delivery: act once per delivery id
            process(entry)                           # a cognito_forms_models.Entry
        return 200                                   # anything else makes Cognito re-deliver (up to 7 times)

A Cognito Forms delivery is the entry itself (which event it is follows from the subscription
the URL was registered with). Cognito Forms does not say how it signs deliveries; our spec
assumes Standard Webhooks (HMAC-SHA256 over ``id.timestamp.body``, headers webhook-id /
webhook-timestamp / webhook-signature). Formsite sends no signature; a handshake key you chose
comes back in the body.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from standardwebhooks import Webhook

if TYPE_CHECKING:  # the generated models are imported when a delivery is parsed, not with this module
    from cognito_forms_models import Entry
    from formsite_models import ResultCompletedEvent

DEFAULT_TOLERANCE = 300.0  # seconds; x-webhook-signature.tolerance in specs/cognito_forms.yaml


class WebhookVerificationError(Exception):
    """A delivery failed verification: missing headers, stale or future timestamp, or a bad signature."""


def verify_standard_webhook(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
) -> Any:
    """Check a Standard Webhooks signature in constant time and return the decoded JSON body.

    The HMAC comes from the `standardwebhooks` package; the replay window and the clock are ours
    (the package hard-codes five minutes of wall-clock time and lets malformed headers raise
    ValueError), so tests can inject a clock and callers can choose the window.
    """
    text = body if isinstance(body, str) else body.decode("utf-8", errors="strict")
    lowered = {key.lower(): value for key, value in headers.items()}
    message_id = lowered.get("webhook-id")
    timestamp_text = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not (message_id and timestamp_text and signatures):
        raise WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature header")
    try:
        timestamp = float(timestamp_text)
    except ValueError:
        raise WebhookVerificationError("webhook-timestamp is not a number") from None
    age = now() - timestamp
    if age > tolerance:
        raise WebhookVerificationError(f"timestamp is {age:.0f}s old (tolerance {tolerance:.0f}s): a replay?")
    if age < -tolerance:
        raise WebhookVerificationError(f"timestamp is {-age:.0f}s in the future (tolerance {tolerance:.0f}s)")
    expected = Webhook(secret).sign(message_id, datetime.fromtimestamp(timestamp, UTC), text).partition(",")[2]
    expected_bytes = base64.b64decode(expected)
    for candidate in signatures.split():
        version, _, encoded = candidate.partition(",")
        if version != "v1":
            continue
        try:
            given = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
        if hmac.compare_digest(expected_bytes, given):
            return json.loads(text)
    raise WebhookVerificationError("no valid v1 signature")


def sign_standard_webhook(secret: str | bytes, message_id: str, timestamp: float, body: str) -> dict[str, str]:
    """The headers a sender adds (the Cognito Forms mock uses this to sign its deliveries)."""
    signature = Webhook(secret).sign(message_id, datetime.fromtimestamp(timestamp, UTC), body)
    return {"webhook-id": message_id, "webhook-timestamp": str(int(timestamp)), "webhook-signature": signature}


def verify_cognito_forms(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
) -> Entry:
    """Verify a Cognito Forms delivery and parse its body, the entry itself, into `cognito_forms_models.Entry`.

    De-duplicate on the `webhook-id` header: it is the same on every re-delivery.
    """
    from cognito_forms_models import Entry

    payload = verify_standard_webhook(body, headers, secret, tolerance=tolerance, now=now)
    return Entry.model_validate(payload)


def verify_formsite(body: bytes | str, handshake_key: str) -> ResultCompletedEvent:
    """Check the handshake key a Formsite delivery carries (constant time) and parse the result
    into `formsite_models.ResultCompletedEvent`."""
    from formsite_models import ResultCompletedEvent

    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise WebhookVerificationError("body is not JSON") from None
    given = payload.get("handshake_key") if isinstance(payload, dict) else None
    if not isinstance(given, str) or not hmac.compare_digest(given.encode(), handshake_key.encode()):
        raise WebhookVerificationError("handshake_key missing or wrong")
    return ResultCompletedEvent.model_validate(payload)


class Deduplicator:
    """Remembers recent event ids so an at-least-once delivery is acted on once.

    Bounded (oldest ids are forgotten first) and safe to share between threads.
    """

    def __init__(self, max_ids: int = 100_000) -> None:
        self.max_ids = max_ids
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        """True the first time an id is offered, False for every re-delivery of it."""
        with self._lock:
            if event_id in self._seen:
                self._seen.move_to_end(event_id)
                return False
            self._seen[event_id] = None
            if len(self._seen) > self.max_ids:
                self._seen.popitem(last=False)
            return True
