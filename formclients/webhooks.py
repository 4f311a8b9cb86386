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
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel
from standardwebhooks import Webhook

if TYPE_CHECKING:  # the generated models are imported when a delivery is parsed, not with this module
    from cognito_forms_models import Entry
    from formsite_models import ResultCompletedEvent

Model = TypeVar("Model", bound=BaseModel)
DEFAULT_TOLERANCE = 300.0  # seconds; x-webhook-signature.tolerance in specs/cognito_forms.yaml
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")  # ASCII digits only (str.isdigit also takes "²")


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
    ValueError), so tests can inject a clock and callers can choose the window. Any malformed
    delivery (headers, timestamp, signature or body) raises `WebhookVerificationError`, nothing
    else; a malformed `secret` is the caller's configuration error and raises whatever the input.
    """
    webhook = Webhook(secret)
    if isinstance(body, str):
        text = body
    else:
        try:
            text = bytes(body).decode("utf-8", errors="strict")
        except UnicodeDecodeError:
            raise WebhookVerificationError("body is not UTF-8") from None
    lowered = {str(key).lower(): value for key, value in headers.items()}
    message_id = lowered.get("webhook-id")
    timestamp_text = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not (message_id and timestamp_text and signatures):
        raise WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature header")
    if not all(isinstance(value, str) for value in (message_id, timestamp_text, signatures)):
        raise WebhookVerificationError("webhook headers must be text")
    if not _UNIX_SECONDS.fullmatch(timestamp_text):  # not float(): it takes "nan", "inf", "1e309", " 1_0 "
        raise WebhookVerificationError("webhook-timestamp is not a number of whole seconds since 1970")
    timestamp = int(timestamp_text)
    age = now() - timestamp
    if age > tolerance:
        raise WebhookVerificationError(f"timestamp is {age:.0f}s old (tolerance {tolerance:.0f}s): a replay?")
    if age < -tolerance:
        raise WebhookVerificationError(f"timestamp is {-age:.0f}s in the future (tolerance {tolerance:.0f}s)")
    try:
        expected = webhook.sign(message_id, datetime.fromtimestamp(timestamp, UTC), text).partition(",")[2]
    except (ValueError, OverflowError, OSError):  # a year past 9999 under a huge tolerance; unencodable text
        raise WebhookVerificationError(
            "the delivery cannot be signed as sent (timestamp or text out of range)"
        ) from None
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
            return _json(text)
    raise WebhookVerificationError("no valid v1 signature")


def _json(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise WebhookVerificationError("body is not JSON") from None


def _model(model: type[Model], payload: Any) -> Model:
    try:
        return model.model_validate(payload)
    except (ValueError, RecursionError) as error:  # pydantic's ValidationError is a ValueError
        raise WebhookVerificationError(f"the delivery does not match {model.__name__}") from error


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
    return _model(Entry, payload)


def verify_formsite(body: bytes | str, handshake_key: str) -> ResultCompletedEvent:
    """Check the handshake key a Formsite delivery carries (constant time) and parse the result
    into `formsite_models.ResultCompletedEvent`."""
    from formsite_models import ResultCompletedEvent

    payload = _json(body)
    given = payload.get("handshake_key") if isinstance(payload, dict) else None
    # surrogatepass: JSON can spell a lone surrogate ("\ud800"), which strict UTF-8 cannot encode
    if not isinstance(given, str) or not hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), handshake_key.encode("utf-8", "surrogatepass")
    ):
        raise WebhookVerificationError("handshake_key missing or wrong")
    return _model(ResultCompletedEvent, payload)


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
