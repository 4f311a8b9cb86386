"""The Formr mock behaves as the Formr Submissions API docs say, and everything it sends fits the spec."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks._transport import ASGISyncTransport
from formclients.mocks.formr import (
    EXPIRED_SESSION_TOKEN,
    OTHER_SECRET_KEY,
    OTHER_SESSION_TOKEN,
    PUBLISHABLE_KEY,
    REVOKED_SECRET_KEY,
    SECRET_KEY,
    SESSION_TOKEN,
    FormrMock,
    decrypt,
)
from tests.mocks._conformance import Conformance

CONTACT = {"form_id": "form_123", "environment": "development"}
SIGNUP = {"form_id": "form_signup", "environment": "production"}
INTAKE = {"form_id": "form_intake", "environment": "production"}
FEEDBACK = {"form_id": "form_feedback", "environment": "development"}
JOHN = {"name": "John Doe", "email": "john@example.com", "message": "Hello world"}
ATTENDEE = {"full_name": "Ada Lovelace", "email": "ada@example.com", "age": 36, "ticket": "vip", "consent": True}
PATIENT = {
    "patient_name": "Grace Hopper",
    "email": "grace@example.org",
    "phone": "+1 555 0100 123",
    "national_id": "123-45-6789",
    "date_of_birth": "1906-12-09",
    "symptoms": "Sore throat",
}


@pytest.fixture
def mock(clock: FakeClock) -> FormrMock:
    return FormrMock(MockSettings(rate_limits=False, clock=clock))


@pytest.fixture
def limited(clock: FakeClock) -> FormrMock:
    return FormrMock(MockSettings(rate_limits=True, clock=clock))


Api = Callable[..., httpx.Client]


def client_factory(target: FormrMock, conformance: Conformance, clients: list[httpx.Client]) -> Api:
    def make(token: str | None = SESSION_TOKEN, ip: str = "127.0.0.1") -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        client = httpx.Client(
            base_url=target.base_url,
            transport=ASGISyncTransport(target.app, client=(ip, 50000)),
            headers=headers,
            event_hooks={"response": [conformance.hook]},
        )
        clients.append(client)
        return client

    return make


@pytest.fixture
def api(mock: FormrMock, conformance: Conformance) -> Iterator[Api]:
    """api(token, ip) -> an httpx.Client sending that bearer token (None: none), checking every response."""
    clients: list[httpx.Client] = []
    yield client_factory(mock, conformance, clients)
    for client in clients:
        client.close()


@pytest.fixture
def limited_api(limited: FormrMock) -> Iterator[Api]:
    checker = Conformance(limited)
    clients: list[httpx.Client] = []
    yield client_factory(limited, checker, clients)
    for client in clients:
        client.close()
    assert checker.checked > 0


def all_pages(client: httpx.Client, **params: Any) -> tuple[list[dict[str, Any]], int]:
    items: list[dict[str, Any]] = []
    pages = 0
    cursor: str | None = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = client.get("/responses", params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        pages += 1
        items += body["items"]
        if not body["pagination"]["hasMore"]:
            assert body["pagination"]["nextCursor"] is None
            return items, pages
        cursor = body["pagination"]["nextCursor"]
        assert cursor


def submit(client: httpx.Client, form: str, answers: dict[str, Any], **extra: Any) -> httpx.Response:
    return client.post(f"/forms/{form}/submit", json={"answers": answers, **extra})


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# -- the docs' examples --------------------------------------------------------------------------------


def test_docs_examples_work_as_written(api: Api) -> None:
    public = submit(api(None), "form_123", {"name": "John Doe", "email": "john@example.com"}, sessionId="session_123")
    assert public.status_code == 201
    assert public.json()["answers"] == {"name": "John Doe", "email": "john@example.com"}
    assert public.json()["spamChecked"] is True
    authenticated = submit(api(SECRET_KEY), "form_123", JOHN)
    assert authenticated.status_code == 201
    assert authenticated.json()["id"].startswith("rsp_") and authenticated.json()["id"] != public.json()["id"]

    got = api().get("/responses/rsp_456", params=CONTACT)
    assert got.status_code == 200
    assert got.json()["submission"] == {
        "id": "rsp_456",
        "formId": "form_123",
        "submittedAt": "2024-01-01T00:00:00Z",
        "answers": {"name": "John Doe", "email": "john@example.com", "message": "Hello"},
        "status": "completed",
    }
    exported = api().get("/responses", params={**CONTACT, "format": "csv"})
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.text.splitlines()[:3] == [
        "name,email,message,submittedAt",
        "John Doe,john@example.com,Hello,2024-01-01T00:00:00Z",
        "Jane Smith,jane@example.com,Hi,2024-01-02T00:00:00Z",
    ]


# -- listing, paging, windows, export ---------------------------------------------------------------


@pytest.mark.parametrize(("limit", "pages"), [(100, 2), (None, 4), (7, 26)])
def test_cursor_pages_cover_the_whole_form_once_in_order(api: Api, limit: int | None, pages: int) -> None:
    params = {**CONTACT, **({"limit": limit} if limit else {})}
    items, count = all_pages(api(), **params)
    assert count == pages
    ids = [item["submission"]["id"] for item in items]
    assert len(ids) == 180 == len(set(ids))
    times = [item["submission"]["submittedAt"] for item in items]
    assert times == sorted(times)
    assert all(item["submission"]["formId"] == "form_123" for item in items)


def test_default_page_is_50_and_the_cursor_is_the_docs_shape(api: Api) -> None:
    body = api().get("/responses", params=CONTACT).json()
    assert len(body["items"]) == 50 and body["pagination"]["hasMore"] is True
    cursor = body["pagination"]["nextCursor"]
    decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    assert decoded == {"id": body["items"][-1]["submission"]["id"]}


def test_cursor_stays_valid_when_new_submissions_arrive(api: Api) -> None:
    first = api().get("/responses", params={**CONTACT, "limit": 100}).json()
    submit(api(None), "form_123", {"name": "Late Comer", "email": "late@example.com"})
    rest, _ = all_pages(api(), **CONTACT, limit=100, cursor=first["pagination"]["nextCursor"])
    ids = [i["submission"]["id"] for i in first["items"] + rest]
    assert len(ids) == 181 == len(set(ids))
    assert rest[-1]["submission"]["answers"]["name"] == "Late Comer"


@pytest.mark.parametrize("cursor", ["not-a-cursor!", "eyJpZCI6IjEyMyJ9", "W10"])
def test_unknown_cursors_are_refused(api: Api, cursor: str) -> None:
    response = api().get("/responses", params={**CONTACT, "cursor": cursor})
    assert response.status_code == 400
    assert response.json() == {"error": "Invalid request: invalid cursor"}


def test_cursor_from_another_form_is_refused(api: Api) -> None:
    cursor = api().get("/responses", params={**SIGNUP, "limit": 1}).json()["pagination"]["nextCursor"]
    assert api().get("/responses", params={**CONTACT, "cursor": cursor}).status_code == 400


def test_from_is_inclusive_and_to_exclusive(api: Api) -> None:
    window = {"from": "2024-01-01T00:00:00Z", "to": "2024-01-02T00:00:00Z"}
    body = api().get("/responses", params={**CONTACT, **window}).json()
    assert [i["submission"]["id"] for i in body["items"]] == ["rsp_456"]
    assert body["pagination"] == {"nextCursor": None, "hasMore": False}
    december, _ = all_pages(api(), **CONTACT, **{"from": "2025-12-01T00:00:00Z", "to": "2026-01-01T00:00:00Z"})
    before, _ = all_pages(api(), **CONTACT, to="2025-12-01T00:00:00Z")
    after, _ = all_pages(api(), **CONTACT, **{"from": "2026-01-01T00:00:00Z"})
    assert december and all(i["submission"]["submittedAt"].startswith("2025-12") for i in december)
    assert len(before) + len(december) + len(after) == 180
    inverted = {"from": "2025-12-02T00:00:00Z", "to": "2025-12-01T00:00:00Z"}
    assert api().get("/responses", params={**CONTACT, **inverted}).json()["items"] == []
    exported = csv_rows(api().get("/responses", params={**CONTACT, **window, "format": "csv"}).text)
    assert exported == [
        ["name", "email", "message", "submittedAt"],
        ["John Doe", "john@example.com", "Hello", "2024-01-01T00:00:00Z"],
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "yesterday"}, "from"),
        ({"limit": 101}, "limit"),
        ({"limit": 0}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"format": "xml"}, "format"),
    ],
)
def test_bad_list_parameters_answer_400(api: Api, params: dict[str, Any], message: str) -> None:
    response = api().get("/responses", params={**CONTACT, **params})
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_missing_required_parameters_answer_400_naming_them(api: Api) -> None:
    response = api().get("/responses", params={"limit": 5})
    assert response.status_code == 400
    assert response.json() == {"error": "Missing required parameters: form_id, environment"}


def test_csv_export_has_every_response_and_only_stored_fields(api: Api) -> None:
    rows = csv_rows(api().get("/responses", params={**CONTACT, "format": "csv", "limit": 5}).text)
    assert len(rows) == 181  # header + every response: the export ignores limit
    intake = csv_rows(api().get("/responses", params={**INTAKE, "format": "csv"}).text)
    assert intake[0] == ["patient_name", "email", "phone", "national_id", "symptoms", "submittedAt"]
    assert len(intake) == 13
    assert intake[1][3] == "*******1000"


def test_unknown_form_or_wrong_environment_is_404(api: Api) -> None:
    assert api().get("/responses", params={"form_id": "form_nope", "environment": "development"}).json() == {
        "error": "Form not found"
    }
    assert api().get("/responses", params={**CONTACT, "environment": "production"}).status_code == 404
    assert api().get("/responses/rsp_456", params=SIGNUP).status_code == 404
    assert api().get("/responses/rsp_nope", params=CONTACT).status_code == 404
    assert submit(api(None), "form_nope", {"a": 1}).status_code == 404


# -- auth -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "status", "message"),
    [
        (None, 401, "Unauthorized: a session token is required"),
        ("sess_wrong", 401, "Unauthorized: invalid credentials"),
        (EXPIRED_SESSION_TOKEN, 401, "Unauthorized: session expired"),
        (REVOKED_SECRET_KEY, 401, "Unauthorized: API key revoked"),
        (PUBLISHABLE_KEY, 403, "Forbidden: publishable keys can only submit forms"),
        (OTHER_SESSION_TOKEN, 403, "Forbidden: not form owner"),
        (OTHER_SECRET_KEY, 403, "Forbidden: not form owner"),
    ],
)
def test_responses_endpoints_need_the_owners_session_or_secret_key(
    api: Api, token: str | None, status: int, message: str
) -> None:
    client = api(token)
    for response in (
        client.get("/responses", params=CONTACT),
        client.get("/responses/rsp_456", params=CONTACT),
        client.post("/responses/rsp_456/read"),
        client.post("/responses/rsp_456/star", json={"starred": True}),
        client.post("/responses/rsp_456/notes", json={"note": "x"}),
        client.post("/responses/rsp_456/reply", json={"message": "x"}),
    ):
        assert response.status_code == status
        assert response.json() == {"error": message}


def test_owner_credentials_and_other_users_own_forms(api: Api) -> None:
    assert api(SECRET_KEY).get("/responses", params=CONTACT).status_code == 200
    feedback, _ = all_pages(api(OTHER_SESSION_TOKEN), **FEEDBACK)
    assert len(feedback) == 8
    assert api(SESSION_TOKEN).get("/responses", params=FEEDBACK).status_code == 403


def test_submit_is_public_but_refuses_bad_credentials(api: Api) -> None:
    for token in (None, PUBLISHABLE_KEY, SECRET_KEY, OTHER_SECRET_KEY):
        assert submit(api(token), "form_123", JOHN).status_code == 201
    for token, message in (
        ("pk_live_wrong", "Unauthorized: invalid credentials"),
        (REVOKED_SECRET_KEY, "Unauthorized: API key revoked"),
        (SESSION_TOKEN, "Unauthorized: submit with a secret or publishable key, not a session token"),
    ):
        response = submit(api(token), "form_123", JOHN)
        assert response.status_code == 401
        assert response.json() == {"error": message}


# -- validation ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "answers", "problem"),
    [
        ("form_123", {"email": "john@example.com"}, "name is required"),
        ("form_123", {"name": "J", "email": "john@example.com"}, "name must be at least 2 characters"),
        ("form_123", {"name": "John", "email": "not-an-email"}, "email must be a valid email address"),
        ("form_123", {"name": 5, "email": "john@example.com"}, "name must be a string"),
        ("form_123", {**JOHN, "colour": "red"}, "colour is not a field of this form"),
        ("form_123", {**JOHN, "message": "x" * 2001}, "message must be at most 2000 characters"),
        ("form_signup", {**ATTENDEE, "age": 15}, "age must be at least 16"),
        ("form_signup", {**ATTENDEE, "age": 121}, "age must be at most 120"),
        ("form_signup", {**ATTENDEE, "age": 30.5}, "age must be a whole number"),
        ("form_signup", {**ATTENDEE, "age": "30"}, "age must be a number"),
        ("form_signup", {**ATTENDEE, "age": True}, "age must be a number"),
        ("form_signup", {**ATTENDEE, "age": 10**400}, "age must be at most 120"),  # no float overflow (was a 500)
        ("form_signup", {**ATTENDEE, "age": -(10**400)}, "age must be at least 16"),
        ("form_signup", {**ATTENDEE, "ticket": "gold"}, "ticket must be one of standard, vip, student"),
        ("form_signup", {**ATTENDEE, "consent": False}, "consent is required"),
        ("form_signup", {**ATTENDEE, "consent": "yes"}, "consent must be true or false"),
        ("form_signup", {**ATTENDEE, "dietary": ["vegan", "paleo"]}, "'paleo' is not one of"),
        ("form_signup", {**ATTENDEE, "dietary": "vegan"}, "dietary must be a list of options"),
        ("form_signup", {**ATTENDEE, "website": "example"}, "website must be a valid URL"),
        ("form_signup", {**ATTENDEE, "arrival": "2026-02-30"}, "arrival must be a date (YYYY-MM-DD)"),
        ("form_signup", {**ATTENDEE, "ticket": "student"}, "student_id is required"),
        ("form_signup", {**ATTENDEE, "ticket": "student", "student_id": "S12"}, "student_id does not match"),
        ("form_signup", {**ATTENDEE, "student_id": "S123456"}, "student_id is hidden by the form's conditional logic"),
        ("form_intake", {**PATIENT, "national_id": "123456789"}, "national_id does not match"),
        ("form_intake", {**PATIENT, "phone": "call me"}, "phone must be a valid phone number"),
    ],
)
def test_answers_are_validated_against_the_form(api: Api, form: str, answers: dict[str, Any], problem: str) -> None:
    response = submit(api(None), form, answers, recaptchaToken="token_from_recaptcha")
    assert response.status_code == 400
    assert response.json()["error"].startswith("Validation failed: ")
    assert problem in response.json()["error"]


def test_conditional_field_is_accepted_when_visible(api: Api, mock: FormrMock) -> None:
    answers = {**ATTENDEE, "ticket": "student", "student_id": "S123456", "dietary": ["vegan"], "arrival": "2026-03-01"}
    response = submit(api(None), "form_signup", answers, recaptchaToken="token_from_recaptcha")
    assert response.status_code == 201
    assert mock.submissions[response.json()["id"]].answers["student_id"] == "S123456"


@pytest.mark.parametrize(
    "content",
    [
        b'{"answers": ',
        b'{"answers": []}',
        b'{"answers": {}, "extra": 1}',
        b'{"answers": {}, "sessionId": 5}',
        b"\xff\xfe",
        b"",
        b'{"answers": {"message": "' + b"x" * (1024 * 1024) + b'"}}',
    ],
)
def test_bad_bodies_get_400_never_a_500(api: Api, content: bytes) -> None:
    response = api(None).post("/forms/form_123/submit", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("Invalid request: ")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/responses/rsp_456/star", {"starred": "yes"}),
        ("/responses/rsp_456/star", {}),
        ("/responses/rsp_456/notes", {"note": ""}),
        ("/responses/rsp_456/notes", {"note": "x", "private": True}),
        ("/responses/rsp_456/reply", {"subject": "Hi"}),
    ],
)
def test_bad_triage_bodies_get_400(api: Api, path: str, body: dict[str, Any]) -> None:
    assert api().post(path, json=body).status_code == 400


# -- spam protection -----------------------------------------------------------------------------------


def test_honeypot_reject_is_400_and_not_stored(api: Api, mock: FormrMock) -> None:
    before = len(mock.submissions)
    response = submit(api(None), "form_123", {**JOHN, "website": "http://spam.example"})
    assert response.status_code == 400
    assert response.json() == {"error": "Submission rejected as spam."}
    assert len(mock.submissions) == before
    assert mock.rejected[-1]["reason"] == "honeypot"
    assert submit(api(None), "form_123", {**JOHN, "website": ""}).status_code == 201


def test_custom_rule_flags_and_flagged_submissions_are_listed(api: Api) -> None:
    created = submit(api(None), "form_123", {**JOHN, "message": "Visit our CASINO"})
    assert created.status_code == 201
    got = api().get(f"/responses/{created.json()['id']}", params=CONTACT).json()
    assert got["submission"]["status"] == "flagged"


def test_custom_rule_rejects_and_reject_beats_flag(api: Api, mock: FormrMock) -> None:
    before, quota = len(mock.submissions), dict(mock.quota_used)
    for message in ("Cheap VIAGRA here", "casino and a crypto giveaway"):
        response = submit(api(None), "form_123", {**JOHN, "message": message})
        assert response.status_code == 400
        assert response.json() == {"error": "Submission rejected as spam."}
        assert mock.rejected[-1]["reason"] == "rule:message"
    assert len(mock.submissions) == before and mock.quota_used == quota  # not stored, not counted


def test_recaptcha_is_required_and_verified(api: Api) -> None:
    missing = submit(api(None), "form_signup", ATTENDEE)
    assert missing.status_code == 400
    assert "recaptchaToken is required for this form" in missing.json()["error"]
    failed = submit(api(None), "form_signup", ATTENDEE, recaptchaToken="fail-low-score")
    assert failed.json() == {"error": "Submission rejected as spam."}
    passed = submit(api(None), "form_signup", ATTENDEE, recaptchaToken="token_from_recaptcha")
    assert passed.status_code == 201 and passed.json()["spamChecked"] is True


def test_quarantine_by_rule_and_by_honeypot(api: Api) -> None:
    disposable = {**ATTENDEE, "email": "bot@mailinator.com"}
    created = submit(api(None), "form_signup", disposable, recaptchaToken="ok")
    assert created.status_code == 201
    assert (
        api().get(f"/responses/{created.json()['id']}", params=SIGNUP).json()["submission"]["status"] == "quarantined"
    )
    trapped = submit(api(None), "form_intake", {**PATIENT, "fax": "555", "symptoms": "see https://x.example"})
    assert trapped.status_code == 201  # quarantine (honeypot) beats flag (link rule)
    assert (
        api().get(f"/responses/{trapped.json()['id']}", params=INTAKE).json()["submission"]["status"] == "quarantined"
    )
    linked = submit(api(None), "form_intake", {**PATIENT, "symptoms": "see https://x.example"})
    assert api().get(f"/responses/{linked.json()['id']}", params=INTAKE).json()["submission"]["status"] == "flagged"


def test_spam_checked_is_false_without_protection(api: Api) -> None:
    response = submit(api(None), "form_feedback", {"rating": 5})
    assert response.status_code == 201
    assert response.json()["spamChecked"] is False


# -- PII -------------------------------------------------------------------------------------------------


def test_pii_modes(api: Api) -> None:
    created = submit(api(None), "form_intake", PATIENT)
    assert created.status_code == 201
    answers = created.json()["answers"]
    assert answers["patient_name"] == "Grace Hopper"  # plain
    assert answers["email"].startswith("kms:v1:") and decrypt(answers["email"]) == "grace@example.org"  # encrypted
    assert answers["phone"] == hashlib.sha256(b"+1 555 0100 123").hexdigest()  # hashed
    assert answers["national_id"] == "*******6789"  # masked
    assert "date_of_birth" not in answers  # dropped
    listed = api().get(f"/responses/{created.json()['id']}", params=INTAKE).json()["submission"]["answers"]
    assert listed == answers
    signup = submit(api(None), "form_signup", ATTENDEE, recaptchaToken="ok").json()
    assert signup["answers"]["email"] == "a***@example.com"


# -- triage ---------------------------------------------------------------------------------------------


def test_read_star_and_notes_show_up_in_meta(api: Api, clock: FakeClock) -> None:
    assert api().get("/responses/rsp_1000", params=CONTACT).json()["meta"]["read"] is False
    assert api().post("/responses/rsp_1000/read").json() == {"success": True}
    assert api().post("/responses/rsp_1000/read").json() == {"success": True}
    assert api().post("/responses/rsp_1000/star", json={"starred": True}).json() == {"success": True, "starred": True}
    note = api(SECRET_KEY).post("/responses/rsp_1000/notes", json={"note": "Follow up needed"}).json()
    assert note["note"] == "Follow up needed" and note["createdAt"] == "2026-01-15T12:00:00Z"
    assert note["id"].startswith("note_")
    meta = api().get("/responses/rsp_1000", params=CONTACT).json()["meta"]
    assert meta["read"] is True and meta["starred"] is True and meta["notes"] == [note]
    api().post("/responses/rsp_1000/star", json={"starred": False})
    assert api().get("/responses/rsp_1000", params=CONTACT).json()["meta"]["starred"] is False


def test_triage_of_unknown_submissions_is_404(api: Api) -> None:
    for path, body in (
        ("read", None),
        ("star", {"starred": True}),
        ("notes", {"note": "x"}),
        ("reply", {"message": "x"}),
    ):
        response = api().post(f"/responses/rsp_nope/{path}", json=body)
        assert response.status_code == 404
        assert response.json() == {"error": "Submission not found"}


def test_reply_emails_the_submitter(api: Api, mock: FormrMock) -> None:
    sent = api().post("/responses/rsp_456/reply", json={"message": "Thanks", "subject": "Re: Contact Form Submission"})
    assert sent.status_code == 200 and sent.json()["success"] is True
    assert mock.outbox[-1] == {
        "messageId": sent.json()["messageId"],
        "submissionId": "rsp_456",
        "to": "john@example.com",
        "subject": "Re: Contact Form Submission",
        "message": "Thanks",
        "sentAt": "2026-01-15T12:00:00Z",
    }
    patient = submit(api(None), "form_intake", PATIENT).json()["id"]
    api().post(f"/responses/{patient}/reply", json={"message": "See you"})
    assert mock.outbox[-1]["to"] == "grace@example.org"  # decrypted from the encrypted answer
    assert mock.outbox[-1]["subject"] == "Re: Patient Intake"


def test_reply_without_a_usable_address_is_400(api: Api) -> None:
    hashed = submit(api(None), "form_feedback", {"rating": 4, "email": "r@example.com"}).json()["id"]
    response = api(OTHER_SESSION_TOKEN).post(f"/responses/{hashed}/reply", json={"message": "Thanks"})
    assert response.status_code == 400
    assert response.json() == {"error": "This submission has no email address to reply to"}


# -- rate limits and quota --------------------------------------------------------------------------------


def test_public_submissions_are_limited_per_ip(limited_api: Api, clock: FakeClock) -> None:
    for index in range(10):
        token = PUBLISHABLE_KEY if index % 2 else None  # a publishable key counts as public
        assert submit(limited_api(token), "form_123", JOHN).status_code == 201
    refused = submit(limited_api(None), "form_123", JOHN)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "60"
    assert refused.json() == {"error": "Rate limit exceeded. Try again in 60 seconds.", "quotaExceeded": False}
    assert submit(limited_api(PUBLISHABLE_KEY), "form_123", JOHN).status_code == 429
    assert submit(limited_api(None, ip="203.0.113.9"), "form_123", JOHN).status_code == 201
    assert submit(limited_api(SECRET_KEY), "form_123", JOHN).status_code == 201  # per user, not per IP
    assert limited_api().get("/responses", params=CONTACT).status_code == 200  # reads are not limited
    clock.advance(60)
    assert submit(limited_api(None), "form_123", JOHN).status_code == 201


def test_authenticated_submissions_are_limited_per_user(limited_api: Api, clock: FakeClock) -> None:
    for _ in range(100):
        assert submit(limited_api(SECRET_KEY), "form_123", JOHN).status_code == 201
    refused = submit(limited_api(SECRET_KEY, ip="198.51.100.1"), "form_123", JOHN)
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "60"
    assert submit(limited_api(OTHER_SECRET_KEY), "form_123", JOHN).status_code == 201
    assert submit(limited_api(None), "form_123", JOHN).status_code == 201
    clock.advance(30)
    assert submit(limited_api(SECRET_KEY), "form_123", JOHN).headers["Retry-After"] == "30"


def test_monthly_quota_per_owner_and_environment(api: Api, mock: FormrMock, clock: FakeClock) -> None:
    key = ("usr_demo", "development", "2026-01")
    assert mock.quota_limit("usr_demo") == 1000
    submit(api(None), "form_123", JOHN)
    submit(api(None), "form_123", {**JOHN, "website": "spam"})  # rejected: not counted
    submit(api(None), "form_123", {"name": "x"})  # invalid: not counted
    assert mock.quota_used == {key: 1}
    mock.quota_used[key] = 1000
    refused = submit(api(None), "form_123", JOHN)
    assert refused.status_code == 429
    assert refused.json() == {
        "error": "Quota exceeded. You have used 1000 of 1000 submissions this month.",
        "quotaExceeded": True,
        "remaining": 0,
        "resetAt": "2026-02-01T00:00:00Z",
    }
    seconds = (datetime(2026, 2, 1, tzinfo=UTC) - datetime(2026, 1, 15, 12, tzinfo=UTC)).total_seconds()
    assert refused.headers["Retry-After"] == str(int(seconds))
    assert submit(api(None), "form_intake", PATIENT).status_code == 201  # other environment: own counter
    assert submit(api(None), "form_feedback", {"rating": 3}).status_code == 201  # other owner
    clock.advance(seconds)
    assert submit(api(None), "form_123", JOHN).status_code == 201  # a new month
    assert mock.quota_used[("usr_demo", "development", "2026-02")] == 1


def test_reset_restores_the_demo_dataset(api: Api, mock: FormrMock) -> None:
    seeded = len(mock.submissions)
    created = submit(api(None), "form_123", JOHN).json()["id"]
    api().post("/responses/rsp_456/reply", json={"message": "x"})
    mock.reset()
    assert len(mock.submissions) == seeded and created not in mock.submissions
    assert mock.outbox == [] and mock.quota_used == {}
    assert api().get("/responses/rsp_456", params=CONTACT).json()["meta"]["read"] is True
    assert seeded >= 180 + 30 + 12 + 8


def test_dataset_is_deterministic(clock: FakeClock) -> None:
    first = FormrMock(MockSettings(clock=clock))
    second = FormrMock(MockSettings(clock=clock))
    assert [(s.id, s.submitted_at, s.answers) for s in first.submissions.values()] == [
        (s.id, s.submitted_at, s.answers) for s in second.submissions.values()
    ]


INJECTIONS = [
    '=HYPERLINK("http://evil.test","click")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
    "Ann\r=FORGED(1)",
    "Bob\n=FORGED(2)",
    "Cy\r\n@FORGED(3)",
    'say "hi", then =1',
    "plain, with a comma",
    "  =leading space",
]


def test_csv_export_is_safe_to_open_in_a_spreadsheet(api: Api) -> None:
    """OWASP CSV injection: cells starting with = + - @ TAB or CR get a leading ', fields with CR or LF
    are quoted, records end in CRLF; csv.reader gets back one record per response, all of one width."""
    client = api(SECRET_KEY)
    for index, payload in enumerate(INJECTIONS):
        answers = {"name": payload if len(payload) >= 2 else f"{payload}x", "email": f"p{index}@example.com"}
        response = submit(client, "form_123", {**answers, "message": payload})
        assert response.status_code == 201, response.text
    exported = api().get("/responses", params={**CONTACT, "format": "csv"}).text
    responses, _ = all_pages(api(), **CONTACT, limit=100)
    rows = csv_rows(exported)
    assert len(rows) == 1 + len(responses), "one record per response (a bare CR or LF splits none)"
    assert {len(row) for row in rows} == {4}
    assert exported.endswith("\r\n") and exported.count("\r\n") >= len(rows)
    for payload, row in zip(INJECTIONS, rows[-len(INJECTIONS) :], strict=True):
        expected = "'" + payload if payload[0] in "=+-@\t\r" else payload
        assert row[0] == row[2] == expected, (payload, row)
    dangerous = [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert dangerous == [], "no cell a spreadsheet would evaluate"
