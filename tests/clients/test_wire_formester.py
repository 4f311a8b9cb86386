"""Formester: the exact requests the generated client sends, and typed parsing of documented responses."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest
from formester_client import AuthenticatedClient
from formester_client.api.forms import list_forms
from formester_client.api.submissions import delete_submission, get_submission, list_submissions
from formester_client.errors import ERROR_CLASSES, FormesterError, InternalServerError
from formester_client.models import FormList, Message, SubmissionEnvelope, SubmissionList

from formclients.runtime import ConfigurationError

from ..conftest import load_spec
from .conftest import Recorder

TOKEN = "fmstr_v2_wire_0123456789abcdef"
FORM_UUID = UUID("550e8400-e29b-41d4-a716-446655440000")
SPEC = load_spec("formester")


def client(recorder: Recorder, token: str | None = TOKEN, **kwargs: Any) -> AuthenticatedClient:
    return AuthenticatedClient(token, transport=recorder.transport, retry=False, throttle=False, **kwargs)


def documented(path: str, method: str, status: str) -> Any:
    """The provider docs' example body for one response, as the spec holds it."""
    examples = SPEC["paths"][path][method]["responses"][status]["content"]["application/json"]["examples"]
    return next(iter(examples.values()))["value"]


def test_filtered_sorted_list_sends_token_header_and_query(recorder: Recorder) -> None:
    recorder.respond(json=documented("/submissions", "get", "200"))
    list_submissions.sync(
        client=client(recorder), form_uuid=FORM_UUID, filters={"Rating__gte": "4"}, sort="created_at", order="desc"
    )
    request = recorder.last
    assert request.method == "GET"
    assert (request.url.scheme, request.url.host, request.url.path) == (
        "https",
        "app.formester.com",
        "/api/v2/submissions",
    )
    assert recorder.query() == [
        ("page", "1"),
        ("form_uuid", str(FORM_UUID)),
        ("sort", "created_at"),
        ("order", "desc"),
        ("Rating__gte", "4"),
    ]
    assert request.headers["X-FORMESTER-TOKEN"] == TOKEN
    assert "Authorization" not in request.headers
    assert request.headers["User-Agent"].startswith("formclients/")
    assert request.content == b""


def test_range_filters_each_travel_as_their_own_parameter(recorder: Recorder) -> None:
    recorder.respond(json=documented("/submissions", "get", "200"))
    list_submissions.sync(
        client=client(recorder), form_id=123, page=2, filters={"Rating__gte": "3", "Rating__lte": "5"}
    )
    assert recorder.query() == [
        ("page", "2"),
        ("form_id", "123"),
        ("order", "asc"),
        ("Rating__gte", "3"),
        ("Rating__lte", "5"),
    ]


def test_get_and_delete_address_the_submission_by_id(recorder: Recorder) -> None:
    submission_id = "770e8400-e29b-41d4-a716-446655440002"
    recorder.respond(json=documented("/submissions/{id}", "get", "200"))
    get_submission.sync(submission_id, client=client(recorder))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/api/v2/submissions/{submission_id}")
    recorder.respond(json=documented("/submissions/{id}", "delete", "200"))
    delete_submission.sync(submission_id, client=client(recorder))
    assert (recorder.last.method, recorder.last.url.path) == ("DELETE", f"/api/v2/submissions/{submission_id}")
    assert recorder.last.url.query == b"" and recorder.last.headers["X-FORMESTER-TOKEN"] == TOKEN


def test_iter_items_counts_the_pages_then_reads_them_last_to_first(recorder: Recorder) -> None:
    forms = [
        {
            "id": n,
            "uuid": str(UUID(int=n)),
            "name": f"Form {n}",
            "createdAt": "2024-01-15T10:30:00.000Z",
            "updatedAt": "2024-01-20T14:45:00.000Z",
            "submissionsCount": n,
        }
        for n in range(1, 31)
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        meta = {"totalCount": 30, "page": page, "perPage": 20}
        return httpx.Response(200, json={"forms": forms[(page - 1) * 20 : page * 20], "meta": meta})

    recorder.answer = answer
    ids = [form.id for form in list_forms.iter_items(client=client(recorder))]
    assert ids == list(range(1, 31))
    pages = [list(r.url.params.multi_items()) for r in recorder.requests]
    assert pages == [[("page", "1")], [("page", "2")], [("page", "1")]], "page 1 to count, then 2 down to 1"


def test_documented_success_bodies_parse_into_typed_models(recorder: Recorder) -> None:
    recorder.respond(json=documented("/forms", "get", "200"))
    forms = list_forms.sync(client=client(recorder))
    assert isinstance(forms, FormList)
    assert [(f.id, f.name, f.submissions_count) for f in forms.forms] == [
        (123, "Contact Form", 42),
        (456, "Feedback Survey", 128),
    ]
    assert forms.forms[0].uuid == FORM_UUID and forms.forms[0].created_at.year == 2024
    assert (forms.meta.total_count, forms.meta.page, forms.meta.per_page) == (5, 1, 20)

    recorder.respond(json=documented("/submissions", "get", "200"))
    listed = list_submissions.sync(client=client(recorder), form_uuid=FORM_UUID)
    assert isinstance(listed, SubmissionList)
    assert [s.data["name"] for s in listed.submissions] == ["John Doe", "Jane Smith"]
    assert listed.submissions[0].form_id == FORM_UUID
    assert (listed.meta.form_id, listed.meta.form_uuid, listed.meta.total_count) == (123, FORM_UUID, 150)

    recorder.respond(json=documented("/submissions/{id}", "get", "200"))
    one = get_submission.sync("770e8400-e29b-41d4-a716-446655440002", client=client(recorder))
    assert isinstance(one, SubmissionEnvelope) and one.submission.data["message"] == "Hello, I have a question."

    recorder.respond(json=documented("/submissions/{id}", "delete", "200"))
    gone = delete_submission.sync("770e8400-e29b-41d4-a716-446655440002", client=client(recorder))
    assert gone == Message(message="Submission deleted successfully")


def documented_errors() -> list[tuple[int, str]]:
    """Every (status, message) the spec's error responses show, from the provider docs."""
    found: set[tuple[int, str]] = set()
    for item in SPEC["paths"].values():
        for method, operation in item.items():
            if method == "parameters":
                continue
            for status, response in operation.get("responses", {}).items():
                if int(status) < 400:
                    continue
                name = response["$ref"].rsplit("/", 1)[-1]
                examples = SPEC["components"]["responses"][name]["content"]["application/json"]["examples"]
                found |= {(int(status), example["value"]["message"]) for example in examples.values()}
    return sorted(found)


@pytest.mark.parametrize(("status", "message"), documented_errors())
def test_documented_error_bodies_raise_typed_exceptions(recorder: Recorder, status: int, message: str) -> None:
    recorder.respond(status, json={"message": message}, headers={"Retry-After": "60"} if status == 429 else {})
    with pytest.raises(FormesterError) as raised:
        get_submission.sync("770e8400-e29b-41d4-a716-446655440002", client=client(recorder))
    expected = ERROR_CLASSES.get(status, InternalServerError)
    assert type(raised.value) is expected
    assert (raised.value.status, raised.value.message, raised.value.code) == (status, message, None)
    assert TOKEN not in str(raised.value) and TOKEN not in repr(raised.value)
    if status == 429:
        assert raised.value.retry_after == 60


def test_documented_statuses_are_all_covered() -> None:
    assert {status for status, _ in documented_errors()} == {400, 401, 403, 404, 429, 500}


# -- construction from the environment ---------------------------------------------------------------


def test_token_and_base_url_from_the_environment(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORMESTER_TOKEN", "fmstr_from_the_environment")
    monkeypatch.setenv("FORMESTER_BASE_URL", "http://127.0.0.1:8001/api/v2")
    recorder.respond(json=documented("/forms", "get", "200"))
    list_forms.sync(client=client(recorder, token=None))
    assert recorder.last.headers["X-FORMESTER-TOKEN"] == "fmstr_from_the_environment"
    assert str(recorder.last.url) == "http://127.0.0.1:8001/api/v2/forms?page=1"


def test_explicit_arguments_win_over_the_environment(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORMESTER_TOKEN", "fmstr_from_the_environment")
    monkeypatch.setenv("FORMESTER_BASE_URL", "http://127.0.0.1:8001/api/v2")
    recorder.respond(json=documented("/forms", "get", "200"))
    list_forms.sync(client=client(recorder, base_url="https://eu.example.test/api/v2"))
    assert recorder.last.headers["X-FORMESTER-TOKEN"] == TOKEN
    assert str(recorder.last.url) == "https://eu.example.test/api/v2/forms?page=1"


def test_no_token_anywhere_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORMESTER_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="FORMESTER_TOKEN"):
        AuthenticatedClient()
