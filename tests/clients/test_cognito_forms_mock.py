"""The generated Cognito Forms client against the Cognito Forms mock: every operation, typed results,
typed errors, request metering that matches the mock's billing, the access_token scheme, and
retries that never repeat a POST."""

from __future__ import annotations

import asyncio
import base64
import io
import zipfile
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import yaml
from cognito_forms_client.api.documents import get_document
from cognito_forms_client.api.entries import create_entry, delete_entry, get_entry, list_entries, update_entry
from cognito_forms_client.api.files import get_file
from cognito_forms_client.api.forms import get_form_fields, get_form_schema, get_forms, set_form_availability
from cognito_forms_client.api.webhooks import (
    subscribe_entry_deleted,
    subscribe_new_entry,
    subscribe_update_entry,
    unsubscribe,
)
from cognito_forms_client.errors import (
    AuthenticationError,
    BadRequestError,
    CognitoFormsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from cognito_forms_client.models import (
    Entry,
    EntryCollection,
    EntryInput,
    FileDataRef,
    FormAvailability,
    FormAvailabilityRequest,
    FormField,
    FormRef,
    FormSchema,
    SubscriptionRequest,
    WebhookSubscription,
)

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks.cognito_forms import CognitoFormsMock
from formclients.runtime import APIConnectionError, retry_policy

from .conftest import connect, every_operation, raised

SPEC = "specs/cognito_forms.yaml"
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CONTACT = {
    "Name": {"First": "Ada", "Last": "Lovelace"},
    "Email": "ada@example.com",
    "Subject": "Sales",
    "Message": "Please call me back.",
}


@pytest.fixture
def mock() -> CognitoFormsMock:
    return CognitoFormsMock(MockSettings(rate_limits=False, clock=FakeClock(), webhook_delays=(0,) * 7))


def credential(mock: CognitoFormsMock, **attributes: Any) -> int:
    """The index (for `connect`) of the first demo key whose attributes include `attributes`."""
    return next(
        index
        for index, c in enumerate(mock.credentials)
        if all(c.attributes.get(name) == value for name, value in attributes.items())
    )


def test_every_operation_returns_typed_results(mock: CognitoFormsMock) -> None:
    client = connect("cognito_forms", mock)

    forms = get_forms.sync(client=client)
    assert all(isinstance(form, FormRef) for form in forms)
    assert [form.name for form in forms] == ["Contact Us", "Job Application", "Event Registration"]

    fields = get_form_fields.sync("2", client=client)
    assert all(isinstance(field, FormField) for field in fields)
    assert [f.internal_name for f in fields if f.required] == ["Name", "Email", "Position", "Resume"]
    assert fields[2].choices and "Data Analyst" in fields[2].choices

    schema = get_form_schema.sync("ContactUs", client=client, input_=True, include_links=True)
    assert isinstance(schema, FormSchema) and schema.type_ == "object" and schema.title == "Contact Us"
    assert "Message" in schema.properties.additional_properties and "Id" not in schema.properties.additional_properties

    window = FormAvailabilityRequest(
        start=datetime(2026, 3, 1, tzinfo=UTC), end=datetime(2026, 3, 31, tzinfo=UTC), message="Closed."
    )
    availability = set_form_availability.sync("3", client=client, body=window)
    assert isinstance(availability, FormAvailability)
    assert availability.availability_start == datetime(2026, 3, 1, tzinfo=UTC)
    assert availability.not_available_message == "Closed."

    url = SubscriptionRequest(notification_url="https://example.com/hooks/cognito")
    subscriptions = [
        subscribe_new_entry.sync(client=client, body=url, publisher="1"),
        subscribe_update_entry.sync(client=client, body=url, publisher="1", module="forms"),
        subscribe_entry_deleted.sync(client=client, body=url, publisher="1"),
    ]
    assert all(isinstance(s, WebhookSubscription) for s in subscriptions)
    assert {mock.subscriptions[s.id].event for s in subscriptions if s} == {
        "entry.created",
        "entry.updated",
        "entry.deleted",
    }
    for subscription in subscriptions:
        assert unsubscribe.sync_detailed(client=client, id=subscription.id).status_code == 200
    assert mock.subscriptions == {}

    created = create_entry.sync("1", client=client, body=EntryInput.from_dict(CONTACT))
    assert isinstance(created, Entry) and created.id == "1-41" and created.entry.number == 41
    assert created["Email"] == "ada@example.com"
    fetched = get_entry.sync("1", created.id, client=client)
    assert isinstance(fetched, Entry) and fetched.to_dict() == created.to_dict()
    updated = update_entry.sync("1", created.id, client=client, body=EntryInput.from_dict({"Message": "Email me."}))
    assert isinstance(updated, Entry) and updated["Message"] == "Email me." and updated.entry.version == 2

    pdf = get_document.download_sync("1", created.id, 1, client=client)
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-1.4")
    served_word = get_document.download_sync_detailed("2", "2-1", 2, client=client)
    assert served_word.headers["content-type"] == WORD
    word = served_word.parsed
    assert isinstance(word, bytes)
    with zipfile.ZipFile(io.BytesIO(word)) as archive:
        assert "Offer Letter" in archive.read("word/document.xml").decode()
    ref = get_document.sync("1", created.id, 1, client=client)
    assert isinstance(ref, FileDataRef) and ref.content_type == "application/pdf" and ref.size == len(pdf)
    assert isinstance(ref.content, str) and base64.b64decode(ref.content) == pdf

    resume = get_entry.sync("2", "2-1", client=client)
    served = get_file.sync(resume["Resume"][0]["Id"], client=client)
    assert isinstance(served, FileDataRef) and served.name.endswith("-resume.txt")
    assert isinstance(served.content, str) and base64.b64decode(served.content).startswith(b"Resume of ")
    raw = get_file.download_sync(resume["Resume"][0]["Id"], client=client)
    assert isinstance(raw, bytes) and raw == base64.b64decode(served.content)

    page = list_entries.sync("1", 1, client=client, filter_="Entry/Number gt 38", orderby="Entry/Number", count=True)
    assert isinstance(page, EntryCollection) and page.odata_count == 3
    assert [row.entry.number for row in page.value if row.entry] == [39, 40, 41]

    assert delete_entry.sync_detailed("1", created.id, client=client).status_code == 204
    with pytest.raises(NotFoundError):
        get_entry.sync("1", created.id, client=client)

    assert set(mock.answered) == every_operation(mock)
    assert len(every_operation(mock)) == 15


def test_only_the_odata_list_is_paginated_and_its_iterator_reads_every_entry(mock: CognitoFormsMock) -> None:
    """The REST API documents no pagination; the OData list_entries pages with $top/$skip (x-pagination offset)."""
    with open(SPEC, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    paged = [
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-pagination" in op
    ]
    assert paged == ["list_entries"]
    entries = list_entries.iter_items("1", 1, client=connect("cognito_forms", mock), top=15)
    ids = [entry.id for entry in entries]
    assert ids == [f"1-{number}" for number in sorted(mock.forms["1"].entries)] and len(ids) == 40
    assert (entries.strategy, entries.pages_fetched, entries.total) == ("keyset", 3, 40)


def test_async_calls_reach_the_same_mock(mock: CognitoFormsMock) -> None:
    client = connect("cognito_forms", mock)

    async def run() -> tuple[Entry, Entry]:
        created = await create_entry.asyncio("1", client=client, body=EntryInput.from_dict(CONTACT))
        return created, await get_entry.asyncio("1", created.id, client=client)

    created, fetched = asyncio.run(run())
    assert fetched.id == created.id == "1-41"
    assert 41 in mock.forms["1"].entries


# -- typed errors ---------------------------------------------------------------------------------------


def test_every_documented_error_status_raises_its_typed_exception(
    mock: CognitoFormsMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = connect("cognito_forms", mock)
    bad = raised(
        CognitoFormsError, lambda: create_entry.sync("1", client=client, body=EntryInput.from_dict({"Email": "nope"}))
    )
    assert isinstance(bad, BadRequestError) and bad.status == 400 and bad.code == "InvalidRequest"
    assert "Email: must be an email address" in bad.body["Data"]["Errors"]

    revoked = connect("cognito_forms", mock, credential=credential(mock, revoked=True))
    unauthorized = raised(CognitoFormsError, lambda: get_forms.sync(client=revoked))
    assert isinstance(unauthorized, AuthenticationError) and unauthorized.code == "Unauthorized"
    assert mock.credentials[credential(mock, revoked=True)].value not in str(unauthorized)

    no_scopes = connect("cognito_forms", mock, credential=credential(mock, form_scope="none", entry_scope="none"))
    forbidden = raised(CognitoFormsError, lambda: get_forms.sync(client=no_scopes))
    assert isinstance(forbidden, PermissionDeniedError) and forbidden.body["Data"] == {"Scope": "forms:read"}

    missing = raised(CognitoFormsError, lambda: get_entry.sync("1", "1-999", client=client))
    assert isinstance(missing, NotFoundError)
    assert missing.message == "The requested entry could not be found." and missing.code == "NotFound"

    mock.organizations["acme"].overage_billing = False
    mock.usage["acme"] = mock.allowance("acme")
    limited = raised(CognitoFormsError, lambda: get_forms.sync(client=client))
    assert isinstance(limited, RateLimitError) and limited.code == "TooManyRequests"
    assert limited.retry_after is not None and limited.retry_after > 0
    mock.organizations["acme"].overage_billing = True

    def broken(call: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(mock, "get_forms", broken)
    failed = raised(CognitoFormsError, lambda: get_forms.sync(client=client))
    assert isinstance(failed, InternalServerError) and failed.status == 500 and failed.code == "InternalServerError"

    for error in (bad, unauthorized, forbidden, missing, limited, failed):
        assert set(error.body) == {"Message", "Type", "SupportCode", "Data"}
        assert error.message == error.body["Message"] and error.code == error.body["Type"]
        assert isinstance(error.body["SupportCode"], str) and error.body["SupportCode"]


# -- metering, auth scheme, retries ----------------------------------------------------------------------


def test_the_usage_meter_counts_what_the_mock_bills(mock: CognitoFormsMock) -> None:
    client = connect("cognito_forms", mock)
    get_forms.sync(client=client)
    get_form_schema.sync("1", client=client)
    with pytest.raises(NotFoundError):
        get_entry.sync("1", "1-999", client=client)
    big = EntryInput.from_dict({**CONTACT, "Message": "x" * (250 * 1024)})  # ~250 KB: three units
    created = create_entry.sync("1", client=client, body=big)
    asyncio.run(get_entry.asyncio("1", created.id, client=client))
    assert client.usage.requests == 5
    assert client.usage.billed == mock.usage["acme"] == 4 + 3


def test_the_access_token_query_parameter_scheme_works(mock: CognitoFormsMock) -> None:
    seen: list[httpx.Request] = []
    inner = mock.transport()

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner.handle_request(request)

    client = connect("cognito_forms", mock, auth_scheme="accessToken", transport=httpx.MockTransport(record))
    forms = get_forms.sync(client=client)
    assert len(forms) == 3
    created = create_entry.sync("1", client=client, body=EntryInput.from_dict(CONTACT))
    assert created.id == "1-41"
    for request in seen:
        assert request.url.params["access_token"] == mock.credentials[0].value
        assert "Authorization" not in request.headers
    assert mock.usage == {"acme": 2}


class FailFirst(httpx.BaseTransport):
    """Fails the first attempt (a 503 that never reached the mock, or a connection error), then
    passes every request on to the mock."""

    def __init__(self, mock: CognitoFormsMock, failure: str) -> None:
        self.inner = mock.transport()
        self.failure = failure
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if self.attempts == 1:
            if self.failure == "connect":
                raise httpx.ConnectError("connection refused", request=request)
            body = {"Message": "Service unavailable.", "Type": "ServiceUnavailable", "SupportCode": "x", "Data": {}}
            return httpx.Response(503, json=body, request=request)
        return self.inner.handle_request(request)


@pytest.mark.parametrize("failure", ["503", "connect"])
def test_create_entry_is_never_retried_but_get_entry_is(mock: CognitoFormsMock, failure: str) -> None:
    waits: list[float] = []
    retry = retry_policy(sleep=waits.append)

    posting = FailFirst(mock, failure)
    client = connect("cognito_forms", mock, transport=posting, retry=retry)
    expected = InternalServerError if failure == "503" else APIConnectionError
    with pytest.raises(expected):
        create_entry.sync("1", client=client, body=EntryInput.from_dict(CONTACT))
    assert posting.attempts == 1 and waits == []
    assert len(mock.forms["1"].entries) == 40 and mock.answered["create_entry"] == 0

    getting = FailFirst(mock, failure)
    client = connect("cognito_forms", mock, transport=getting, retry=retry)
    entry = get_entry.sync("1", "1-1", client=client)
    assert entry.id == "1-1"
    assert getting.attempts == 2 and len(waits) == 1
    assert mock.answered["get_entry"] == 1
