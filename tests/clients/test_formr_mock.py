"""The generated Formr client against the Formr mock: every operation, realistic flows, paging,
resumable sync, typed errors, retries (never for a submit) and throttling to the real limits."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from formr_client import AuthenticatedClient
from formr_client.api.responses import (
    add_submission_note,
    get_submission,
    list_responses,
    mark_submission_read,
    reply_to_submission,
    star_submission,
)
from formr_client.api.submit import submit_form
from formr_client.errors import (
    AuthenticationError,
    BadRequestError,
    FormrError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from formr_client.models import (
    Answers,
    LimitError,
    Note,
    NoteRequest,
    ReplyRequest,
    ReplyResponse,
    ResponseItem,
    ResponseList,
    StarRequest,
    StarResponse,
    Submission,
    SubmitRequest,
    SubmitResponse,
    Success,
)

from formclients import runtime
from formclients.mocks import FakeClock, MockSettings
from formclients.mocks.formr import FormrMock
from formclients.runtime import Throttle, retry_policy

from .conftest import Watch, connect, every_operation

SECRET, PUBLISHABLE, SESSION, OTHER_SESSION, OTHER_SECRET, EXPIRED, REVOKED = range(7)
CONTACT: dict[str, Any] = {"form_id": "form_123", "environment": "development"}
JOHN = {"name": "John Doe", "email": "john@example.com", "message": "Hello world"}
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # FakeClock's start


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def mock(clock: FakeClock) -> FormrMock:
    return FormrMock(MockSettings(rate_limits=False, clock=clock))


@pytest.fixture
def limited(clock: FakeClock) -> FormrMock:
    """The mock with the spec's real limits on."""
    return FormrMock(MockSettings(rate_limits=True, clock=clock))


Connect = Callable[..., AuthenticatedClient]


@pytest.fixture
def client() -> Iterator[Connect]:
    """client(mock, credential, **kwargs) -> a generated client on that mock, closed after the test."""
    made: list[AuthenticatedClient] = []

    def make(target: FormrMock, credential: int, **kwargs: Any) -> AuthenticatedClient:
        made.append(connect("formr", target, credential=credential, **kwargs))
        return made[-1]

    yield make
    for each in made:
        each.close()


def submission(answers: dict[str, Any], **extra: Any) -> SubmitRequest:
    return SubmitRequest(answers=Answers.from_dict(answers), **extra)


def contact_ids(mock: FormrMock) -> list[str]:
    ordered = sorted((s for s in mock.submissions.values() if s.form_id == "form_123"), key=lambda s: s.order)
    return [s.id for s in ordered]


# -- every operation -----------------------------------------------------------------------------------


def test_every_operation_returns_typed_results(mock: FormrMock, client: Connect) -> None:
    public, owner = client(mock, PUBLISHABLE), client(mock, SESSION)

    created = submit_form.sync(
        "form_123", client=public, body=submission(JOHN, session_id="session_123", recaptcha_token="tok")
    )
    assert isinstance(created, SubmitResponse)
    assert created.spam_checked is True and created.submitted_at == NOW
    assert created.answers.additional_properties == JOHN
    assert mock.submissions[created.id].session_id == "session_123"

    page = list_responses.sync(client=owner, **CONTACT, limit=100)
    assert isinstance(page, ResponseList) and len(page.items) == 100
    assert page.pagination.has_more is True and isinstance(page.pagination.next_cursor, str)
    assert all(isinstance(item, ResponseItem) and isinstance(item.submission, Submission) for item in page.items)
    assert page.items[0].submission.id == "rsp_456"

    exported = list_responses.export_csv_sync(client=owner, **CONTACT)
    assert isinstance(exported, str) and exported.startswith("name,email,message,submittedAt\r\n"), (
        "RFC 4180 records end in CRLF"
    )

    got = get_submission.sync(created.id, client=owner, **CONTACT)
    assert isinstance(got, ResponseItem)
    assert got.submission.status == "completed" and got.submission.form_id == "form_123"
    assert (got.meta.read, got.meta.starred, got.meta.notes) == (False, False, [])

    assert mark_submission_read.sync(created.id, client=owner) == Success(success=True)
    starred = star_submission.sync(created.id, client=owner, body=StarRequest(starred=True))
    assert isinstance(starred, StarResponse) and starred.starred is True
    note = add_submission_note.sync(created.id, client=owner, body=NoteRequest(note="Follow up needed"))
    assert isinstance(note, Note) and note.note == "Follow up needed" and note.created_at == NOW
    replied = reply_to_submission.sync(
        created.id, client=owner, body=ReplyRequest(message="Thanks", subject="Re: Contact Form Submission")
    )
    assert isinstance(replied, ReplyResponse) and replied.success is True
    assert mock.outbox[-1]["messageId"] == replied.message_id and mock.outbox[-1]["to"] == "john@example.com"

    after = get_submission.sync(created.id, client=owner, **CONTACT)
    assert after.meta.read is True and after.meta.starred is True
    assert [n.id for n in after.meta.notes] == [note.id]

    assert set(mock.answered) == every_operation(mock)


def test_secret_key_submits_and_reads_the_owners_responses(mock: FormrMock, client: Connect) -> None:
    server = client(mock, SECRET)
    created = submit_form.sync("form_123", client=server, body=submission(JOHN))
    got = get_submission.sync(created.id, client=server, **CONTACT)
    assert got.submission.answers["email"] == "john@example.com"


# -- submit, then find it in the list and in the CSV ---------------------------------------------------------


def test_submit_then_find_it_in_the_list_and_the_csv(mock: FormrMock, client: Connect, clock: FakeClock) -> None:
    clock.advance(3600)
    answers = {"name": "Ada Lovelace", "email": "ada@example.com", "message": "Analytical engine"}
    created = submit_form.sync("form_123", client=client(mock, PUBLISHABLE), body=submission(answers))
    owner = client(mock, SESSION)

    found = [item for item in list_responses.iter_items(client=owner, **CONTACT) if item.submission.id == created.id]
    assert len(found) == 1
    assert isinstance(found[0], ResponseItem)
    assert found[0].submission.answers.additional_properties == answers
    assert found[0].submission.submitted_at == NOW + timedelta(hours=1)

    exported = list_responses.export_csv_sync(client=owner, **CONTACT)
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert {**answers, "submittedAt": "2026-01-15T13:00:00Z"} in rows
    assert len(rows) == len(contact_ids(mock))


# -- paging ----------------------------------------------------------------------------------------------------


def test_iter_items_pages_at_100_through_every_response_once(mock: FormrMock, client: Connect) -> None:
    owner = client(mock, SESSION)
    pages = list(list_responses.iter_pages(client=owner, **CONTACT))
    assert [p.response.request.url.params["limit"] for p in pages] == ["100", "100"]
    assert [len(p.items) for p in pages] == [100, 80]
    ids = [item.submission.id for item in list_responses.iter_items(client=owner, **CONTACT)]
    assert ids == contact_ids(mock) and len(set(ids)) == 180


async def test_aiter_items_pages_at_100_through_every_response_once(mock: FormrMock, client: Connect) -> None:
    owner, public = client(mock, SESSION), client(mock, PUBLISHABLE)
    for index in range(40):  # 220 responses: three pages
        assert submit_form.sync("form_123", client=public, body=submission({**JOHN, "name": f"N {index}"}))
    limits = [p.response.request.url.params["limit"] async for p in list_responses.aiter_pages(client=owner, **CONTACT)]
    assert limits == ["100", "100", "100"]
    items = [item async for item in list_responses.aiter_items(client=owner, **CONTACT)]
    assert all(isinstance(item, ResponseItem) for item in items)
    ids = [item.submission.id for item in items]
    assert ids == contact_ids(mock) and len(set(ids)) == 220
    await owner.aclose()


# -- resumable incremental sync ----------------------------------------------------------------------------------


def test_stop_and_resume_from_the_checkpoint_while_new_responses_arrive(
    mock: FormrMock, client: Connect, clock: FakeClock
) -> None:
    owner, public = client(mock, SESSION), client(mock, PUBLISHABLE)
    first = next(iter(list_responses.iter_pages(client=owner, **CONTACT)))
    saved = first.checkpoint
    assert first.next_cursor is not None and first.next_cursor in saved and first.has_more
    fetched = [item.submission.id for item in first.items]

    new = []
    for index in range(3):  # arrive while the caller is away
        clock.advance(60)
        created = submit_form.sync("form_123", client=public, body=submission({**JOHN, "name": f"Late {index}"}))
        new.append(created.id)

    fetched += [item.submission.id for item in list_responses.iter_items(client=owner, **CONTACT, checkpoint=saved)]
    assert len(fetched) == len(set(fetched)) == 183
    assert fetched == contact_ids(mock) and fetched[-3:] == new


def test_deleting_the_response_a_cursor_names_does_not_lose_the_ones_after_it(mock: FormrMock, client: Connect) -> None:
    """Formr's cursor names the last response of its page; once that response is gone the cursor answers 400.
    The iterator goes on from that response's submittedAt (`from`, inclusive) and drops what it already has."""
    watch = Watch(mock.transport())
    owner = client(mock, SESSION, transport=watch)
    pages = list_responses.iter_pages(client=owner, **CONTACT, limit=50)
    first = next(pages)
    gone = first.items[-1].submission.id
    del mock.submissions[gone]
    fetched = [item.submission.id for page in [first, *pages] for item in page.items]
    assert len(fetched) == len(set(fetched)) == 180
    assert [i for i in fetched if i != gone] == contact_ids(mock)
    sent = [(sorted(set(r.url.params) - {"form_id", "environment", "limit"}), r) for r in watch.requests]
    assert [names for names, _ in sent] == [[], ["cursor"], ["from"], ["cursor"], ["cursor"]]
    assert watch.statuses == [200, 400, 200, 200, 200]
    resumed_from = datetime.fromisoformat(sent[2][1].url.params["from"].replace("Z", "+00:00"))
    assert resumed_from == first.items[-1].submission.submitted_at


def test_incremental_windows_fetch_nothing_twice_and_miss_nothing(
    mock: FormrMock, client: Connect, clock: FakeClock
) -> None:
    """Each run syncs [previous high-water mark, now): `from` inclusive, `to` exclusive."""
    owner, public = client(mock, SESSION), client(mock, PUBLISHABLE)

    def run(since: datetime | None) -> tuple[list[str], datetime]:
        until = mock.now()
        window: dict[str, Any] = {"to": until, **({"from_": since} if since else {})}
        return [i.submission.id for i in list_responses.iter_items(client=owner, **CONTACT, **window)], until

    synced, mark = run(None)
    assert len(synced) == 180
    # Made in the very second the first run ended: `to` excluded it, the next `from` includes it.
    edge = submit_form.sync("form_123", client=public, body=submission({**JOHN, "name": "At the mark"}))
    clock.advance(90)
    later = submit_form.sync("form_123", client=public, body=submission({**JOHN, "name": "Later"}))
    assert edge.submitted_at == mark

    clock.advance(30)
    second, mark = run(mark)
    assert second == [edge.id, later.id]
    clock.advance(30)
    third, _ = run(mark)
    assert third == []
    everything = synced + second + third
    assert everything == contact_ids(mock) and len(set(everything)) == len(everything)


# -- typed errors -------------------------------------------------------------------------------------------------


def test_documented_client_errors_raise_typed_exceptions(mock: FormrMock, client: Connect) -> None:
    public, owner = client(mock, PUBLISHABLE), client(mock, SESSION)
    cases: list[tuple[type[FormrError], int, str, Callable[[], object]]] = [
        (
            BadRequestError,
            400,
            "Validation failed: name is required",
            lambda: submit_form.sync("form_123", client=public, body=submission({"email": "a@example.com"})),
        ),
        (
            BadRequestError,
            400,
            "Invalid request: invalid cursor",
            lambda: list_responses.sync(client=owner, **CONTACT, cursor="bm9wZQ"),
        ),
        (
            AuthenticationError,
            401,
            "Unauthorized: session expired",
            lambda: list_responses.sync(client=client(mock, EXPIRED), **CONTACT),
        ),
        (
            AuthenticationError,
            401,
            "Unauthorized: API key revoked",
            lambda: submit_form.sync("form_123", client=client(mock, REVOKED), body=submission(JOHN)),
        ),
        (
            PermissionDeniedError,
            403,
            "Forbidden: publishable keys can only submit forms",
            lambda: get_submission.sync("rsp_456", client=public, **CONTACT),
        ),
        (
            PermissionDeniedError,
            403,
            "Forbidden: not form owner",
            lambda: mark_submission_read.sync("rsp_456", client=client(mock, OTHER_SESSION)),
        ),
        (
            NotFoundError,
            404,
            "Form not found",
            lambda: submit_form.sync("form_nope", client=public, body=submission(JOHN)),
        ),
        (
            NotFoundError,
            404,
            "Submission not found",
            lambda: star_submission.sync("rsp_nope", client=owner, body=StarRequest(starred=True)),
        ),
    ]
    for cls, status, message, call in cases:
        with pytest.raises(cls) as raised:
            call()
        assert isinstance(raised.value, FormrError) and isinstance(raised.value, runtime.APIStatusError)
        assert (raised.value.status, raised.value.message) == (status, message)
        assert raised.value.body == {"error": message}


def test_rate_limit_429_carries_retry_after(limited: FormrMock, client: Connect) -> None:
    public = client(limited, PUBLISHABLE)
    for _ in range(10):
        assert isinstance(submit_form.sync("form_123", client=public, body=submission(JOHN)), SubmitResponse)
    with pytest.raises(RateLimitError) as raised:
        submit_form.sync("form_123", client=public, body=submission(JOHN))
    error = raised.value
    assert isinstance(error, runtime.RateLimitError)
    assert error.retry_after == 60 and error.headers["Retry-After"] == "60"
    assert error.quota_exceeded is False and error.remaining is None and error.reset_at is None
    assert LimitError.from_dict(error.body).quota_exceeded is False


def test_quota_429_exposes_quota_exceeded_remaining_and_reset_at(mock: FormrMock, client: Connect) -> None:
    mock.quota_used[("usr_demo", "development", "2026-01")] = 1000
    with pytest.raises(RateLimitError) as raised:
        submit_form.sync("form_123", client=client(mock, SECRET), body=submission(JOHN))
    error = raised.value
    reset = datetime(2026, 2, 1, tzinfo=UTC)
    assert error.message == "Quota exceeded. You have used 1000 of 1000 submissions this month."
    assert (error.quota_exceeded, error.remaining, error.reset_at) == (True, 0, reset)
    assert error.retry_after == (reset - NOW).total_seconds()
    typed = LimitError.from_dict(error.body)
    assert (typed.quota_exceeded, typed.remaining, typed.reset_at) == (True, 0, reset)
    headers = submit_form.ResponseHeaders.of(
        submit_form.sync_detailed("form_123", client=client(mock, SECRET, raise_on_error=False), body=submission(JOHN))
    )
    assert headers.retry_after == (reset - NOW).total_seconds()


# -- retries: never for a submit, honoured Retry-After for reads -------------------------------------------------


class Flaky(httpx.BaseTransport):
    """Wraps the mock's transport; `first` decides what the first attempt gets: a status (with the
    spec's error body; a 429 says Retry-After: 7), a connection error, or a lost response."""

    def __init__(self, inner: httpx.BaseTransport, first: str) -> None:
        self.inner = inner
        self.first = first
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if self.attempts > 1:
            return self.inner.handle_request(request)
        if self.first == "connect-error":  # never reached the server
            raise httpx.ConnectError("connection refused", request=request)
        if self.first == "lost-response":  # reached the server; its answer was lost on the way back
            self.inner.handle_request(request).read()
            return httpx.Response(503, json={"error": "Service Unavailable"}, request=request)
        status = int(self.first)
        headers = {"Retry-After": "7"} if status == 429 else {}
        return httpx.Response(status, json={"error": f"Status {status}"}, headers=headers, request=request)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.parametrize(
    ("first", "raised", "stored"),
    [
        ("500", InternalServerError, 0),
        ("503", InternalServerError, 0),
        ("429", RateLimitError, 0),
        ("lost-response", InternalServerError, 1),
        ("connect-error", runtime.APIConnectionError, 0),
    ],
)
def test_submit_is_never_retried(
    mock: FormrMock, client: Connect, first: str, raised: type[Exception], stored: int
) -> None:
    flaky = Flaky(mock.transport(), first)
    sleeps: list[float] = []
    public = client(mock, PUBLISHABLE, transport=flaky, retry=retry_policy(sleep=sleeps.append))
    before = len(mock.submissions)
    with pytest.raises(raised):
        submit_form.sync("form_123", client=public, body=submission(JOHN))
    assert flaky.attempts == 1 and sleeps == []
    assert len(mock.submissions) - before == stored


def test_undocumented_status_still_raises_with_the_body(mock: FormrMock, client: Connect) -> None:
    owner = client(mock, SESSION, transport=Flaky(mock.transport(), "418"))
    with pytest.raises(FormrError) as raised:
        get_submission.sync("rsp_456", client=owner, **CONTACT)
    assert type(raised.value) is FormrError
    error = raised.value
    assert (error.status, error.message, error.body) == (418, "Status 418", {"error": "Status 418"})


@pytest.mark.parametrize(("first", "slept"), [("429", 7.0), ("503", None)])
def test_reads_are_retried_honouring_retry_after(
    mock: FormrMock, client: Connect, first: str, slept: float | None
) -> None:
    flaky = Flaky(mock.transport(), first)
    sleeps: list[float] = []
    owner = client(mock, SESSION, transport=flaky, retry=retry_policy(sleep=sleeps.append))
    got = get_submission.sync("rsp_456", client=owner, **CONTACT)
    assert got.submission.id == "rsp_456"
    assert flaky.attempts == 2 and len(sleeps) == 1
    if slept is not None:
        assert sleeps == [slept]  # exactly what Retry-After said
    else:
        assert 0 <= sleeps[0] <= 60  # backoff, within the policy's cap


def test_a_retried_read_waits_its_turn_on_the_fake_clock(mock: FormrMock, client: Connect, clock: FakeClock) -> None:
    flaky = Flaky(mock.transport(), "429")
    owner = client(mock, SESSION, transport=flaky, retry=retry_policy(sleep=clock.advance))
    page = list_responses.sync(client=owner, **CONTACT, limit=1)
    assert isinstance(page, ResponseList) and mock.now() == NOW + timedelta(seconds=7)


# -- throttled bulk: zero 429s with the mock's real limits ----------------------------------------------------------


def test_clients_throttle_to_the_limit_of_their_credential(limited: FormrMock, client: Connect) -> None:
    secret = client(limited, SECRET, throttle=True)
    public = client(limited, PUBLISHABLE, throttle=True)
    assert secret.throttle is not None and public.throttle is not None
    assert [limit.name for limit in secret.throttle.limits] == ["authenticated-submissions-per-user"]
    assert [limit.name for limit in public.throttle.limits] == ["public-submissions-per-ip"]


@pytest.mark.parametrize(("credential", "count", "per_minute"), [(SECRET, 250, 100), (PUBLISHABLE, 25, 10)])
def test_bulk_submit_with_real_limits_gets_no_429_and_waits_only_as_needed(
    limited: FormrMock, client: Connect, clock: FakeClock, credential: int, count: int, per_minute: int
) -> None:
    default = client(limited, credential, throttle=True)  # the throttle the client would use, on a fake clock
    assert default.throttle is not None
    throttle = Throttle(default.throttle.limits, clock=clock.now, sleep=clock.advance)
    bulk = client(limited, credential, throttle=throttle, raise_on_error=False)
    statuses = [
        submit_form.sync_detailed("form_123", client=bulk, body=submission({**JOHN, "name": f"Bulk {i}"})).status_code
        for i in range(count)
    ]
    assert statuses == [201] * count  # not one 429
    assert bulk.usage.requests == count  # no request wasted
    windows = -(-count // per_minute) - 1  # full windows waited out
    elapsed = clock.now() - NOW.timestamp()
    assert windows * 60 <= elapsed <= windows * (60 + throttle.margin) + 1e-6

    owner = client(limited, SESSION, throttle=throttle)
    pages = list(list_responses.iter_pages(client=owner, **CONTACT))  # reads are not limited: no wait
    assert sum(len(p.items) for p in pages) == 180 + count and len(pages) == -(-(180 + count) // 100)
    assert clock.now() - NOW.timestamp() == elapsed
