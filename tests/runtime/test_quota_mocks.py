"""Each provider's quota as a client counts it, against its mock's own count: the client stops
before the provider would refuse (or bill overage), and counts what the provider counts."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from cognito_forms_client.api.entries import create_entry, get_entry
from cognito_forms_client.api.forms import get_forms as cognito_get_forms
from cognito_forms_client.errors import NotFoundError
from cognito_forms_client.models import EntryInput
from formr_client.api.submit import submit_form
from formr_client.errors import BadRequestError
from formr_client.models import Answers, SubmitRequest
from formsite_client.api.forms import get_forms as formsite_get_forms

from formclients.mocks import FakeClock, ProviderMock, create_mock
from formclients.runtime import InProcessLimiter, QuotaExhaustedError

from ..clients.conftest import connect


class Counting(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return self.inner.handle_request(request)


def client(provider: str, mock: ProviderMock, clock: FakeClock, **options: Any) -> tuple[Any, Counting]:
    counting = Counting(mock.transport())
    made = connect(provider, mock, limiter=InProcessLimiter(clock.now), transport=counting, **options)
    return made, counting


def test_formsite_stops_at_its_daily_calls(clock: FakeClock) -> None:
    mock = create_mock("formsite", rate_limits=True, clock=clock)
    formsite, wire = client("formsite", mock, clock, quota=3)
    for _ in range(3):
        formsite_get_forms.sync(client=formsite)
    with pytest.raises(QuotaExhaustedError) as raised:
        formsite_get_forms.sync(client=formsite)
    assert wire.sent == 3
    assert raised.value.quota == "per-day" and raised.value.resets_at.timestamp() == pytest.approx(clock.now() + 86400)


def test_cognito_counts_what_the_mock_bills_and_stops_before_overage(clock: FakeClock) -> None:
    mock = create_mock("cognito_forms", clock=clock)
    cognito, wire = client("cognito_forms", mock, clock, quota=9)
    cognito_get_forms.sync(client=cognito)
    with pytest.raises(NotFoundError):
        get_entry.sync("1", "1-999", client=cognito)  # an error is billed all the same
    contact = {"Name": {"First": "Ada", "Last": "Lovelace"}, "Email": "ada@example.com", "Subject": "Sales"}
    big = EntryInput.from_dict({**contact, "Message": "x" * (250 * 1024)})  # three units of 100 KB
    create_entry.sync("1", client=cognito, body=big)
    organization = "acme"
    assert cognito.quota.status()[0].used == mock.usage[organization] == 5
    create_entry.sync("1", client=cognito, body=big)
    with pytest.raises(QuotaExhaustedError):
        create_entry.sync("1", client=cognito, body=big)  # 8 + 3 would pass the allowance of 9
    cognito_get_forms.sync(client=cognito)
    assert cognito.quota.remaining() == 0
    assert mock.usage[organization] == 9 and wire.sent == 5, "the mock billed no overage"


def test_formr_counts_only_accepted_submissions_as_the_mock_does(clock: FakeClock) -> None:
    mock = create_mock("formr", clock=clock)
    formr, _ = client("formr", mock, clock)
    answers = {"name": "John Doe", "email": "john@example.com", "message": "Hello world"}
    with pytest.raises(BadRequestError):
        submit_form.sync("form_123", client=formr, body=SubmitRequest(answers=Answers.from_dict({})))
    submit_form.sync("form_123", client=formr, body=SubmitRequest(answers=Answers.from_dict(answers)))
    used = mock.quota_used[("usr_demo", "development", "2026-01")]
    assert formr.quota.status()[0].used == used == 1
    assert formr.quota.remaining() == 999
