"""The generated Formester client against the Formester mock: every operation, paging, flows, errors, limits."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest
from formester_client import AuthenticatedClient, Client
from formester_client.api.forms import list_forms
from formester_client.api.submissions import delete_submission, get_submission, list_submissions
from formester_client.errors import (
    AuthenticationError,
    BadRequestError,
    FormesterError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from formester_client.models import Form, FormList, Message, Submission, SubmissionEnvelope, SubmissionList

from formclients.mocks import FakeClock, create_mock
from formclients.mocks.formester import (
    CONTACT_FORM_ID,
    FEEDBACK_FORM_ID,
    FORMS_TOKEN,
    FULL_TOKEN,
    REVOKED_TOKEN,
    VIEW_TOKEN,
    FormesterMock,
)
from formclients.runtime import Throttle, retry_policy
from formclients.runtime.pagination import Progress

from .conftest import Watch, connect, every_operation, raised

FEEDBACK_UUID = UUID("660e8400-e29b-41d4-a716-446655440001")
JOHN = "770e8400-e29b-41d4-a716-446655440002"


@pytest.fixture
def mock(clock: FakeClock) -> FormesterMock:
    created = create_mock("formester", rate_limits=False, clock=clock)
    assert isinstance(created, FormesterMock)
    return created


@pytest.fixture
def client(mock: FormesterMock) -> AuthenticatedClient:
    made: AuthenticatedClient = connect("formester", mock)
    return made


def feedback(mock: FormesterMock) -> list[dict[str, Any]]:
    return [s for s in mock.submissions.values() if s["formId"] == str(FEEDBACK_UUID)]


# -- every operation, typed ------------------------------------------------------------------------


def test_every_operation_answers_typed_results(client: AuthenticatedClient, mock: FormesterMock) -> None:
    forms = list_forms.sync(client=client)
    assert isinstance(forms, FormList)
    assert all(isinstance(form, Form) for form in forms.forms)
    assert (forms.meta.total_count, forms.meta.page, forms.meta.per_page) == (len(mock.forms), 1, 20)
    contact = next(form for form in forms.forms if form.id == CONTACT_FORM_ID)
    assert contact.uuid == UUID("550e8400-e29b-41d4-a716-446655440000") and contact.name == "Contact Form"

    listed = list_submissions.sync(client=client, form_id=CONTACT_FORM_ID)
    assert isinstance(listed, SubmissionList)
    assert listed.meta.form_id == CONTACT_FORM_ID and listed.meta.form_uuid == contact.uuid
    assert listed.meta.total_count == contact.submissions_count == len(listed.submissions)
    assert all(isinstance(item, Submission) and item.form_id == contact.uuid for item in listed.submissions)

    fetched = get_submission.sync(JOHN, client=client)
    assert isinstance(fetched, SubmissionEnvelope)
    assert str(fetched.submission.id) == JOHN
    assert fetched.submission.data["name"] == "John Doe"
    assert fetched.submission.created_at.tzinfo is not None

    deleted = delete_submission.sync(JOHN, client=client)
    assert isinstance(deleted, Message) and deleted.message == "Submission deleted successfully"
    assert mock.deleted == [JOHN]

    assert set(mock.answered) == every_operation(mock)


# -- auto-pagination: fixed pages of 20, walked last to first (x-iteration: reverse) ------------------------


def test_list_forms_pages_20_at_a_time_sync(client: AuthenticatedClient, mock: FormesterMock) -> None:
    forms = list(list_forms.iter_items(client=client))
    assert len(forms) == len(mock.forms) == 25
    ids = sorted(mock.forms)
    assert [form.id for form in forms] == ids, "page 1 (to count the pages), then pages 2 down to 1"
    assert mock.answered["list_forms"] == 3, "25 forms at 20 per page: page 1, 2, then 1 again"


async def test_list_forms_pages_20_at_a_time_async(client: AuthenticatedClient, mock: FormesterMock) -> None:
    forms = [form async for form in list_forms.aiter_items(client=client)]
    assert sorted(form.id for form in forms) == sorted(mock.forms) and len(forms) == 25
    assert mock.answered["list_forms"] == 3


def test_list_submissions_pages_sync(mock: FormesterMock) -> None:
    watch = Watch(mock.transport())
    client = connect("formester", mock, transport=watch)
    ids = [str(item.id) for item in list_submissions.iter_items(client=client, form_uuid=FEEDBACK_UUID)]
    assert len(set(ids)) == len(ids) == 48
    assert set(ids) == {s["id"] for s in feedback(mock)}
    sent = [(r.url.params["page"], r.url.params["sort"], r.url.params["order"]) for r in watch.requests]
    assert sent == [(page, "created_at", "asc") for page in ("1", "3", "2", "1")], "oldest first; 1, then 3 to 1"
    pages = list(list_submissions.iter_pages(client=client, form_uuid=FEEDBACK_UUID))
    assert [(page.page, len(page.items)) for page in pages] == [(1, 20), (3, 8), (2, 20), (1, 0)]
    assert pages[-1].progress == Progress(4, 48, 48) and not pages[-1].has_more


async def test_list_submissions_pages_async(client: AuthenticatedClient, mock: FormesterMock) -> None:
    items = [item async for item in list_submissions.aiter_items(client=client, form_id=FEEDBACK_FORM_ID)]
    ids = [str(item.id) for item in items]
    assert len(set(ids)) == len(ids) == len(feedback(mock)) == 48
    assert mock.answered["list_submissions"] == 4


def test_sorted_iteration_keeps_the_order_across_pages(client: AuthenticatedClient) -> None:
    items = list_submissions.iter_items(client=client, form_id=FEEDBACK_FORM_ID, sort="Rating", order="desc")
    ratings = [item.data["Rating"] for item in items]
    assert len(ratings) == 48 and ratings == sorted(ratings, reverse=True)
    assert (items.strategy, items.guarantee) == ("pages", "at-most-once"), "another order: the documented fallback"


# -- flow: filter, delete, 404 ------------------------------------------------------------------------


def test_filter_then_delete_then_get_is_not_found(client: AuthenticatedClient, mock: FormesterMock) -> None:
    high = list(list_submissions.iter_items(client=client, form_uuid=FEEDBACK_UUID, filters={"Rating__gte": "4"}))
    expected = {s["id"] for s in feedback(mock) if s["data"]["Rating"] >= 4}
    assert {str(item.id) for item in high} == expected and len(high) == len(expected) > 0
    assert all(item.data["Rating"] >= 4 for item in high)

    victim = str(high[0].id)
    assert delete_submission.sync(victim, client=client) == Message(message="Submission deleted successfully")
    with pytest.raises(NotFoundError) as raised:
        get_submission.sync(victim, client=client)
    assert isinstance(raised.value, FormesterError)
    assert (raised.value.status, raised.value.message) == (404, "Submission not found")
    again = list(list_submissions.iter_items(client=client, form_uuid=FEEDBACK_UUID, filters={"Rating__gte": "4"}))
    assert {str(item.id) for item in again} == expected - {victim}


def test_range_filters_and_substring_equals(client: AuthenticatedClient, mock: FormesterMock) -> None:
    middle = list_submissions.sync(
        client=client, form_id=FEEDBACK_FORM_ID, filters={"Rating__gt": "2", "Rating__lt": "4"}
    )
    assert {item.data["Rating"] for item in middle.submissions} == {3}
    assert middle.meta.total_count == sum(1 for s in feedback(mock) if s["data"]["Rating"] == 3)
    org = list_submissions.sync(client=client, form_id=CONTACT_FORM_ID, filters={"email": "EXAMPLE.ORG"})
    assert {item.data["name"] for item in org.submissions} == {"Ada Lovelace", "Alan Turing"}


# -- every documented error status raises its typed exception -----------------------------------------


def test_400_missing_and_malformed_token(mock: FormesterMock) -> None:
    anonymous = Client(base_url=mock.base_url, transport=mock.transport(), retry=False, throttle=False)
    missing = raised(FormesterError, lambda: list_forms.sync(client=anonymous))  # type: ignore[arg-type]
    assert isinstance(missing, BadRequestError)
    assert (missing.status, missing.message) == (400, "Access Token not found")
    malformed = raised(FormesterError, lambda: list_forms.sync(client=connect("formester", mock, "not a token")))
    assert isinstance(malformed, BadRequestError) and malformed.message == "Invalid token provided"


def test_400_list_submissions_without_a_form(client: AuthenticatedClient) -> None:
    error = raised(FormesterError, lambda: list_submissions.sync(client=client, filters={"Rating__gte": "3"}))
    assert isinstance(error, BadRequestError) and error.message == "form_id or form_uuid is required"


@pytest.mark.parametrize("token", [REVOKED_TOKEN, "fmstr_v2_unknown_0000000000000"])
def test_401_inactive_or_unknown_token(mock: FormesterMock, token: str) -> None:
    error = raised(FormesterError, lambda: get_submission.sync(JOHN, client=connect("formester", mock, token)))
    assert isinstance(error, AuthenticationError)
    assert (error.status, error.message, error.code) == (401, "Invalid access token", None)


def test_403_missing_scope_names_the_scope(mock: FormesterMock) -> None:
    forms_only = connect("formester", mock, FORMS_TOKEN)
    error = raised(FormesterError, lambda: list_submissions.sync(client=forms_only, form_id=FEEDBACK_FORM_ID))
    assert isinstance(error, PermissionDeniedError)
    assert error.message == "You do not have permission to perform this action. Required scope: submission.view"
    view_only = connect("formester", mock, VIEW_TOKEN)
    error = raised(FormesterError, lambda: delete_submission.sync(JOHN, client=view_only))
    assert isinstance(error, PermissionDeniedError) and error.message.endswith("Required scope: submission.delete")
    assert JOHN in mock.submissions


def test_404_unknown_form_and_submission(client: AuthenticatedClient) -> None:
    form = raised(FormesterError, lambda: list_submissions.sync(client=client, form_id=999_999))
    assert isinstance(form, NotFoundError) and form.message == "Form not found or not authorized"
    submission = raised(
        FormesterError, lambda: delete_submission.sync("00000000-0000-4000-8000-000000000000", client=client)
    )
    assert isinstance(submission, NotFoundError) and submission.message == "Submission not found"


def test_429_carries_retry_after(clock: FakeClock) -> None:
    limited = create_mock("formester", clock=clock)
    client = connect("formester", limited, FULL_TOKEN)
    for _ in range(10):
        list_forms.sync(client=client)
    clock.advance(15)
    error = raised(FormesterError, lambda: list_forms.sync(client=client))
    assert isinstance(error, RateLimitError)
    assert (error.status, error.message, error.retry_after) == (429, "You have exceeded api rate limit", 45)


def test_500_raises_internal_server_error(
    client: AuthenticatedClient, mock: FormesterMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(call: Any) -> Any:
        raise RuntimeError("database unavailable")

    monkeypatch.setattr(mock, "get_submission", broken)
    error = raised(FormesterError, lambda: get_submission.sync(JOHN, client=client))
    assert isinstance(error, InternalServerError)
    assert error.status == 500 and error.body == {"message": error.message}
    assert "database" not in error.message, "internal details stay on the server"


# -- the documented limit, with the mock's real limits on -----------------------------------------------


def test_throttled_bulk_never_sees_a_429_and_takes_the_minimum_time(clock: FakeClock) -> None:
    limited = create_mock("formester", clock=clock)
    assert isinstance(limited, FormesterMock)
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.advance(seconds)

    throttle = Throttle(AuthenticatedClient.profile.rate_limits, clock=clock.now, sleep=sleep)
    watch = Watch(limited.transport())
    client = connect("formester", limited, transport=watch, throttle=throttle)
    ids = list(limited.submissions)[:45]
    start = clock.now()
    fetched = [get_submission.sync(submission_id, client=client) for submission_id in ids]
    elapsed = clock.now() - start

    assert [str(envelope.submission.id) for envelope in fetched if envelope] == ids
    assert watch.statuses == [200] * 45, "no 429 ever came over the wire"
    assert len(sleeps) == 4, "45 requests at 10 per 60 s: four waits"
    assert 240 <= elapsed <= 241, "four full windows and the throttle's small safety margin"
    assert limited.answered["get_submission"] == 45


def test_without_throttle_retries_honour_retry_after(clock: FakeClock) -> None:
    limited = create_mock("formester", clock=clock)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds)

    watch = Watch(limited.transport())
    client = connect("formester", limited, transport=watch, retry=retry_policy(sleep=sleep))
    for _ in range(10):
        list_forms.sync(client=client)
    clock.advance(25)
    forms = list_forms.sync(client=client)
    assert forms.meta.total_count == 25
    assert watch.statuses[10:] == [429, 200], "the 11th request was refused once, then retried"
    assert waits == [35.0], "waited exactly the Retry-After the mock sent (60 s window - 25 s)"
