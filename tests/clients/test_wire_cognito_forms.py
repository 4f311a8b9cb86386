"""Cognito Forms: the exact requests the generated client sends, and typed parsing of documented responses."""

from __future__ import annotations

import base64

import pytest
from cognito_forms_client import AuthenticatedClient
from cognito_forms_client.api.documents import get_document
from cognito_forms_client.api.entries import create_entry, delete_entry, get_entry
from cognito_forms_client.api.forms import get_form_schema, get_forms
from cognito_forms_client.errors import CognitoFormsError, NotFoundError
from cognito_forms_client.models import Entry, EntryInput, FileDataRef, FormRef

from .conftest import Recorder

KEY = "cog_live_0123456789abcdef"


def client(recorder: Recorder, **kwargs: object) -> AuthenticatedClient:
    return AuthenticatedClient(KEY, transport=recorder.transport, retry=False, throttle=False, **kwargs)  # type: ignore[arg-type]


def test_bearer_header_by_default(recorder: Recorder) -> None:
    recorder.respond(json=[{"Id": "1", "Name": "Contact Us"}])
    forms = get_forms.sync(client=client(recorder))
    assert recorder.last.method == "GET"
    assert str(recorder.last.url) == "https://www.cognitoforms.com/api/forms"
    assert recorder.last.headers["Authorization"] == f"Bearer {KEY}"
    assert isinstance(forms[0], FormRef) and forms[0].name == "Contact Us"


def test_access_token_in_the_query_instead(recorder: Recorder) -> None:
    recorder.respond(json={"type": "object", "properties": {}})
    get_form_schema.sync("ContactUs", client=client(recorder, auth_scheme="accessToken"), include_links=True)
    assert recorder.last.url.path == "/api/forms/ContactUs/schema"
    assert recorder.query() == [("input", "false"), ("includeLinks", "true"), ("access_token", KEY)]
    assert "Authorization" not in recorder.last.headers


def test_create_entry_sends_the_field_values(recorder: Recorder) -> None:
    recorder.respond(
        json={
            "Id": "1-31",
            "Entry": {
                "Number": 31,
                "Status": "Submitted",
                "DateCreated": "2026-01-02T03:04:05Z",
                "DateUpdated": "2026-01-02T03:04:05Z",
            },
            "Name": "Ada",
        }
    )
    body = EntryInput.from_dict({"Name": "Ada", "Email": "ada@example.com"})
    entry = create_entry.sync("ContactUs", client=client(recorder), body=body)
    assert recorder.last.method == "POST"
    assert recorder.last.url.path == "/api/forms/ContactUs/entries"
    assert recorder.last.headers["Content-Type"] == "application/json"
    assert recorder.last.read() == b'{"Name":"Ada","Email":"ada@example.com"}'
    assert isinstance(entry, Entry) and entry.id == "1-31" and entry["Name"] == "Ada"
    assert entry.entry.number == 31


def test_path_parameters_are_escaped(recorder: Recorder) -> None:
    recorder.respond(204)
    delete_entry.sync_detailed("Contact Us/2", "1-3", client=client(recorder))
    assert recorder.last.method == "DELETE"
    assert recorder.last.url.raw_path == b"/api/forms/Contact%20Us%2F2/entries/1-3"


def test_document_as_pdf_bytes_or_json(recorder: Recorder) -> None:
    recorder.respond(content=b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"})
    pdf = get_document.download_sync("ContactUs", "1-3", 1, client=client(recorder))
    assert recorder.last.headers["Accept"] == (
        "application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert pdf == b"%PDF-1.4 ..."
    content = base64.b64encode(b"%PDF").decode()
    recorder.respond(
        json={"Id": "d1", "Name": "Entry.pdf", "ContentType": "application/pdf", "Size": 4, "Content": content}
    )
    ref = get_document.sync("ContactUs", "1-3", 1, client=client(recorder))
    assert recorder.last.headers["Accept"] == "application/json"
    assert isinstance(ref, FileDataRef) and ref.content == content and ref.size == 4


def test_documented_error_raises_typed_exception(recorder: Recorder) -> None:
    recorder.respond(404, json={"Message": "Entry not found.", "Type": "NotFound"})
    with pytest.raises(NotFoundError) as raised:
        get_entry.sync("ContactUs", "9-9", client=client(recorder, auth_scheme="accessToken"))
    assert isinstance(raised.value, CognitoFormsError)
    assert (raised.value.status, raised.value.message, raised.value.code) == (404, "Entry not found.", "NotFound")
    assert recorder.last.url.params["access_token"] == KEY, "the key went over the wire"
    assert KEY not in str(raised.value) and "GET https://www.cognitoforms.com/api/forms/ContactUs/entries/9-9" in str(
        raised.value
    ), "the error names the request, which never held the key"
