"""Formr: the exact requests the generated client sends, and typed parsing of documented responses."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from formr_client import AuthenticatedClient, Client
from formr_client.api.responses import (
    add_submission_note,
    get_submission,
    list_responses,
    mark_submission_read,
    reply_to_submission,
    star_submission,
)
from formr_client.api.submit import submit_form
from formr_client.errors import BadRequestError, RateLimitError
from formr_client.models import (
    Answers,
    Note,
    NoteRequest,
    ReplyRequest,
    ReplyResponse,
    ResponseItem,
    ResponseList,
    StarRequest,
    StarResponse,
    SubmitRequest,
    SubmitResponse,
    Success,
)

from formclients.runtime import ConfigurationError

from ..conftest import load_spec
from .conftest import Recorder

SECRET = "sk_live_0123456789abcdef"
PUBLISHABLE = "pk_live_0123456789abcdef"
SESSION = "sess_0123456789abcdef"
SPEC = load_spec("formr")


def example(path: str, method: str, status: str, name: str) -> Any:
    """A documented response body, as the spec carries it from the docs."""
    response = SPEC["paths"][path][method]["responses"][status]
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"]["application/json"]["examples"][name]["value"]


def request_example(path: str, name: str) -> Any:
    return SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]["examples"][name]["value"]


def authenticated(recorder: Recorder, token: str = SESSION, scheme: str = "sessionToken") -> AuthenticatedClient:
    return AuthenticatedClient(token, auth_scheme=scheme, transport=recorder.transport, retry=False, throttle=False)


# -- the three credentials, and none -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "scheme"),
    [(SECRET, "secretKey"), (PUBLISHABLE, "publishableKey"), (SESSION, "sessionToken")],
)
def test_each_credential_is_a_bearer_header(recorder: Recorder, token: str, scheme: str) -> None:
    recorder.respond(201, json=example("/forms/{id}/submit", "post", "201", "created"))
    body = SubmitRequest.from_dict(request_example("/forms/{id}/submit", "submit"))
    submit_form.sync("form_123", client=authenticated(recorder, token, scheme), body=body)
    sent = recorder.last
    assert (sent.method, str(sent.url)) == ("POST", "https://api.formr.xyz/forms/form_123/submit")
    assert sent.headers["Authorization"] == f"Bearer {token}"
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["User-Agent"].startswith("formclients/")
    assert json.loads(sent.read()) == {
        "answers": {"name": "John Doe", "email": "john@example.com", "message": "Hello world"},
        "sessionId": "session_123",
        "recaptchaToken": "token_from_recaptcha",
    }
    assert recorder.query() == []


def test_secret_key_is_the_default_scheme(recorder: Recorder) -> None:
    recorder.respond(201, json=example("/forms/{id}/submit", "post", "201", "created"))
    client = AuthenticatedClient(SECRET, transport=recorder.transport, retry=False, throttle=False)
    submit_form.sync("form_123", client=client, body=SubmitRequest(answers=Answers.from_dict({"name": "John Doe"})))
    assert recorder.last.headers["Authorization"] == f"Bearer {SECRET}"
    assert json.loads(recorder.last.read()) == {"answers": {"name": "John Doe"}}  # unset optionals are not sent


def test_public_submit_sends_no_credential(recorder: Recorder) -> None:
    recorder.respond(201, json=example("/forms/{id}/submit", "post", "201", "created"))
    public = Client(transport=recorder.transport, retry=False, throttle=False)
    body = SubmitRequest.from_dict(request_example("/forms/{id}/submit", "public"))
    created = submit_form.sync("form_123", client=public, body=body)
    assert "Authorization" not in recorder.last.headers
    assert json.loads(recorder.last.read()) == {
        "answers": {"name": "John Doe", "email": "john@example.com"},
        "sessionId": "session_123",
    }
    assert isinstance(created, SubmitResponse) and created.spam_checked is True


# -- list_responses query and CSV export -------------------------------------------------------------------------


def test_list_responses_as_in_the_docs_example(recorder: Recorder) -> None:
    recorder.respond(json=example("/responses", "get", "200", "page"))
    page = list_responses.sync(client=authenticated(recorder), form_id="form_123", environment="development", limit=50)
    assert recorder.last.method == "GET"
    assert str(recorder.last.url) == "https://api.formr.xyz/responses?form_id=form_123&environment=development&limit=50"
    assert recorder.last.headers["Authorization"] == f"Bearer {SESSION}"
    assert isinstance(page, ResponseList)
    assert page.pagination.next_cursor == "eyJpZCI6IjEyMyJ9" and page.pagination.has_more is True
    item = page.items[0]
    assert isinstance(item, ResponseItem)
    assert item.submission.id == "rsp_456" and item.submission.form_id == "form_123"
    assert item.submission.submitted_at == datetime(2024, 1, 1, tzinfo=UTC)
    assert item.submission.answers["email"] == "john@example.com" and item.submission.status == "completed"
    assert (item.meta.read, item.meta.starred, item.meta.notes) == (False, False, [])


def test_list_responses_sends_every_query_parameter(recorder: Recorder) -> None:
    recorder.respond(json={"items": [], "pagination": {"nextCursor": None, "hasMore": False}})
    list_responses.sync(
        client=authenticated(recorder, SECRET, "secretKey"),
        form_id="form_123",
        environment="production",
        limit=100,
        cursor="eyJpZCI6IjEyMyJ9",
        from_=datetime(2024, 1, 1, tzinfo=UTC),
        to=datetime(2024, 2, 1, tzinfo=UTC),
    )
    assert recorder.last.url.path == "/responses"
    assert recorder.query() == [
        ("form_id", "form_123"),
        ("environment", "production"),
        ("limit", "100"),
        ("cursor", "eyJpZCI6IjEyMyJ9"),
        ("from", "2024-01-01T00:00:00Z"),
        ("to", "2024-02-01T00:00:00Z"),
    ]
    assert recorder.last.headers["Authorization"] == f"Bearer {SECRET}"


def test_auto_pagination_asks_for_100_and_follows_next_cursor(recorder: Recorder) -> None:
    pages = [
        {"items": [], "pagination": {"nextCursor": "c2", "hasMore": True}},
        {"items": [], "pagination": {"nextCursor": None, "hasMore": False}},
    ]
    recorder.answer = lambda request: httpx.Response(200, json=pages[len(recorder.requests) - 1])
    fetched = list(list_responses.iter_pages(client=authenticated(recorder), form_id="form_123", environment="dev"))
    assert len(fetched) == 2
    assert [r.url.params.get("limit") for r in recorder.requests] == ["100", "100"]
    assert [r.url.params.get("cursor") for r in recorder.requests] == [None, "c2"]


def test_csv_export_returns_text(recorder: Recorder) -> None:
    csv_text = (
        "name,email,message,submittedAt\n"
        "John Doe,john@example.com,Hello,2024-01-01T00:00:00Z\n"
        "Jane Smith,jane@example.com,Hi,2024-01-02T00:00:00Z\n"
    )
    recorder.respond(content=csv_text.encode(), headers={"Content-Type": "text/csv; charset=utf-8"})
    exported = list_responses.export_csv_sync(
        client=authenticated(recorder), form_id="form_123", environment="development"
    )
    assert str(recorder.last.url) == (
        "https://api.formr.xyz/responses?form_id=form_123&environment=development&format=csv"
    )
    assert recorder.last.headers["Accept"] == "text/csv"
    assert exported == csv_text


def test_the_json_list_never_asks_for_csv(recorder: Recorder) -> None:
    recorder.respond(json={"items": [], "pagination": {"nextCursor": None, "hasMore": False}})
    listed = list_responses.sync(client=authenticated(recorder), form_id="form_123", environment="development")
    assert isinstance(listed, ResponseList)
    assert "format" not in recorder.last.url.params and recorder.last.headers["Accept"] == "application/json"


# -- triage operations ---------------------------------------------------------------------------------------------


def test_triage_requests_and_their_documented_answers(recorder: Recorder) -> None:
    client = authenticated(recorder)
    recorder.respond(json=example("/responses/{submissionId}", "get", "200", "submission"))
    got = get_submission.sync("rsp_456", client=client, form_id="form_123", environment="development")
    assert str(recorder.last.url) == "https://api.formr.xyz/responses/rsp_456?form_id=form_123&environment=development"
    assert isinstance(got, ResponseItem) and got.submission.id == "rsp_456"

    recorder.respond(json=example("/responses/{submissionId}/read", "post", "200", "read"))
    assert mark_submission_read.sync("rsp/456", client=client) == Success(success=True)
    assert (recorder.last.method, recorder.last.url.raw_path) == ("POST", b"/responses/rsp%2F456/read")
    assert recorder.last.read() == b""

    recorder.respond(json=example("/responses/{submissionId}/star", "post", "200", "starred"))
    starred = star_submission.sync("rsp_456", client=client, body=StarRequest(starred=True))
    assert recorder.last.url.path == "/responses/rsp_456/star"
    assert json.loads(recorder.last.read()) == request_example("/responses/{submissionId}/star", "star")
    assert starred == StarResponse(success=True, starred=True)

    recorder.respond(json=example("/responses/{submissionId}/notes", "post", "200", "note"))
    note = add_submission_note.sync("rsp_456", client=client, body=NoteRequest(note="Follow up needed"))
    assert recorder.last.url.path == "/responses/rsp_456/notes"
    assert json.loads(recorder.last.read()) == request_example("/responses/{submissionId}/notes", "note")
    assert isinstance(note, Note) and note.id == "note_789"
    assert note.created_at == datetime(2024, 1, 1, tzinfo=UTC)

    recorder.respond(json=example("/responses/{submissionId}/reply", "post", "200", "sent"))
    body = ReplyRequest(message="Thank you for your submission", subject="Re: Contact Form Submission")
    sent = reply_to_submission.sync("rsp_456", client=client, body=body)
    assert recorder.last.url.path == "/responses/rsp_456/reply"
    assert json.loads(recorder.last.read()) == request_example("/responses/{submissionId}/reply", "reply")
    assert sent == ReplyResponse(success=True, message_id="msg_123")
    assert all(r.headers["Authorization"] == f"Bearer {SESSION}" for r in recorder.requests)


# -- documented error bodies ---------------------------------------------------------------------------------------


def test_documented_quota_body_parses_into_the_rate_limit_error(recorder: Recorder) -> None:
    body = example("/forms/{id}/submit", "post", "429", "quota")
    recorder.respond(429, json=body, headers={"Retry-After": "3600"})
    with pytest.raises(RateLimitError) as raised:
        submit_form.sync(
            "form_123",
            client=authenticated(recorder, PUBLISHABLE, "publishableKey"),
            body=SubmitRequest(answers=Answers.from_dict({"name": "John Doe"})),
        )
    error = raised.value
    assert error.message == "Quota exceeded. You have used 1000 of 1000 submissions this month."
    assert (error.quota_exceeded, error.remaining) == (True, 0)
    assert error.reset_at == datetime(2024, 2, 1, tzinfo=UTC)
    assert error.retry_after == 3600
    assert PUBLISHABLE not in str(error) and PUBLISHABLE not in repr(error)


def test_documented_validation_error_parses(recorder: Recorder) -> None:
    recorder.respond(400, json=example("/forms/{id}/submit", "post", "400", "required"))
    with pytest.raises(BadRequestError) as raised:
        submit_form.sync(
            "form_123",
            client=authenticated(recorder, SECRET, "secretKey"),
            body=SubmitRequest(answers=Answers.from_dict({})),
        )
    assert (raised.value.status, raised.value.message) == (400, "Validation failed: email is required")


# -- configuration from the environment ----------------------------------------------------------------------------


def test_client_from_environment_variables(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORMR_TOKEN", SESSION)
    monkeypatch.setenv("FORMR_BASE_URL", "http://127.0.0.1:8080")
    recorder.respond(json=example("/responses/{submissionId}", "get", "200", "submission"))
    client = AuthenticatedClient(auth_scheme="sessionToken", transport=recorder.transport, retry=False, throttle=False)
    get_submission.sync("rsp_456", client=client, form_id="form_123", environment="development")
    assert str(recorder.last.url).startswith("http://127.0.0.1:8080/responses/rsp_456?")
    assert recorder.last.headers["Authorization"] == f"Bearer {SESSION}"

    explicit = AuthenticatedClient(
        SECRET, base_url="https://api.formr.xyz", transport=recorder.transport, retry=False, throttle=False
    )
    get_submission.sync("rsp_456", client=explicit, form_id="form_123", environment="development")
    assert str(recorder.last.url).startswith("https://api.formr.xyz/responses/rsp_456?")  # arguments win
    assert recorder.last.headers["Authorization"] == f"Bearer {SECRET}"


def test_authenticated_client_needs_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORMR_TOKEN", raising=False)
    monkeypatch.delenv("FORMR_BASE_URL", raising=False)
    with pytest.raises(ConfigurationError, match="FORMR_TOKEN"):
        AuthenticatedClient()
    assert Client().base_url == "https://api.formr.xyz"
