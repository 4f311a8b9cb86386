"""`verify_*` raise only `WebhookVerificationError` for any malformed delivery, whatever its headers and body."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from formclients.webhooks import (
    WebhookVerificationError,
    sign_standard_webhook,
    verify_cognito_forms,
    verify_formsite,
    verify_standard_webhook,
)

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
NOW = 1_700_000_000

timestamps = st.one_of(
    st.sampled_from(["nan", "NaN", "inf", "-inf", "1e309", "1e3", "0x10", " 17 ", "-5", "1_700_000_000", "²", "١٢"]),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.integers(min_value=NOW - 400, max_value=NOW + 400).map(str),
    st.text(max_size=30),
)
signatures = st.one_of(
    st.sampled_from(["v1", "v1,", ",", "v1,!!!", "v1,YWJj", "v2,YWJj", "v1,YWJj v1,=="]),
    st.lists(st.tuples(st.sampled_from(["v1", "v2", ""]), st.text(max_size=20)), max_size=3).map(
        lambda parts: " ".join(f"{v},{s}" for v, s in parts)
    ),
    st.text(max_size=40),
)
header_names = st.sampled_from(["webhook-id", "Webhook-Timestamp", "WEBHOOK-SIGNATURE", "webhook-timestamp"])
headers = st.dictionaries(
    st.one_of(header_names, st.text(max_size=10)),
    st.one_of(st.text(max_size=30), timestamps, signatures),
    max_size=5,
) | st.fixed_dictionaries(
    {"webhook-id": st.text(max_size=20), "webhook-timestamp": timestamps, "webhook-signature": signatures}
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200),  # lone surrogates included
    json_values.map(json.dumps),
    st.sampled_from(["[" * 5000, '{"a":' * 3000, "\ud800", '"\\ud800"', "{}", "null"]),
)
encodable = st.text(st.characters(codec="utf-8"), max_size=200)  # no lone surrogates


def only_verification_errors(verify: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """Call `verify`; a WebhookVerificationError is fine, any other exception fails the test."""
    with contextlib.suppress(WebhookVerificationError):
        verify(*args, **kwargs)


COMMON = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@COMMON
@given(body=bodies, headers=headers)
@example(body=b"{}", headers={"webhook-id": "m", "webhook-timestamp": "nan", "webhook-signature": "v1,x"})
@example(body=b"\xff\xfe{", headers={"webhook-id": "m", "webhook-timestamp": str(NOW), "webhook-signature": "v1,x"})
def test_standard_webhook_raises_only_verification_errors(body: bytes | str, headers: dict[str, str]) -> None:
    only_verification_errors(verify_standard_webhook, body, headers, SECRET, now=lambda: NOW)
    only_verification_errors(verify_cognito_forms, body, headers, SECRET, now=lambda: NOW)


@COMMON
@given(body=st.one_of(encodable, json_values.map(json.dumps)), message_id=encodable, skew=st.integers(-400, 400))
def test_signed_deliveries_of_any_body_raise_only_verification_errors(body: str, message_id: str, skew: int) -> None:
    """Correctly signed, so the checks after the signature (JSON, the payload model) are reached too."""
    signed = sign_standard_webhook(SECRET, message_id or "m", NOW + skew, body)
    for sent in (body, body.encode()):
        only_verification_errors(verify_standard_webhook, sent, signed, SECRET, now=lambda: NOW)
        only_verification_errors(verify_cognito_forms, sent, signed, SECRET, now=lambda: NOW)


@COMMON
@given(body=st.one_of(bodies, json_values.map(lambda v: json.dumps({"handshake_key": "k", "result": v}))))
@example(body=b'{"handshake_key": "\\ud800"}')
@example(body='{"handshake_key": "k", "id": []}')
def test_formsite_raises_only_verification_errors(body: bytes | str) -> None:
    only_verification_errors(verify_formsite, body, "k")


@pytest.mark.parametrize(
    ("timestamp", "body", "reason"),
    [
        ("nan", b"{}", "not a number of whole seconds"),
        ("inf", b"{}", "not a number of whole seconds"),
        ("1e3", b"{}", "not a number of whole seconds"),
        (str(NOW), b"\xff{}", "not UTF-8"),
    ],
)
def test_the_defects_from_the_report(timestamp: str, body: bytes, reason: str) -> None:
    headers = {"webhook-id": "m", "webhook-timestamp": timestamp, "webhook-signature": "v1,YWJj"}
    with pytest.raises(WebhookVerificationError, match=reason):
        verify_standard_webhook(body, headers, SECRET, now=lambda: NOW)


def test_signed_but_not_json_or_not_the_model_is_a_verification_error() -> None:
    signed = sign_standard_webhook(SECRET, "m", NOW, "not json")
    with pytest.raises(WebhookVerificationError, match="not JSON"):
        verify_standard_webhook("not json", signed, SECRET, now=lambda: NOW)
    signed = sign_standard_webhook(SECRET, "m", NOW, "[]")
    with pytest.raises(WebhookVerificationError, match="does not match Entry"):
        verify_cognito_forms("[]", signed, SECRET, now=lambda: NOW)


def test_a_well_formed_delivery_still_verifies() -> None:
    body = json.dumps({"a": 1})
    assert verify_standard_webhook(body, sign_standard_webhook(SECRET, "m", NOW, body), SECRET, now=lambda: NOW) == {
        "a": 1
    }
