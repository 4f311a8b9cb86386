"""The Cognito Forms mock behaves as the provider's guide and connector definition say (and as
specs/cognito_forms.yaml assumes where they are silent), and everything it sends fits the spec."""

from __future__ import annotations

import base64
import io
import json
import math
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from formclients.mocks import DemoCredential, FakeClock, MockSettings
from formclients.mocks.cognito_forms import CognitoFormsMock
from tests.mocks._conformance import Conformance

CONTACT = {
    "Name": {"First": "Ada", "Last": "Lovelace"},
    "Email": "ada@example.com",
    "Subject": "Sales",
    "Message": "Please call me back.",
}
APPLICATION = {
    "Name": {"First": "Grace", "Last": "Hopper"},
    "Email": "grace@example.com",
    "Position": "Data Analyst",
    "Resume": [{"Name": "cv.txt", "ContentType": "text/plain", "Content": base64.b64encode(b"COBOL").decode()}],
}


def key(**attributes: Any) -> DemoCredential:
    """The demo credential whose attributes include all of `attributes`."""
    found = [
        c
        for c in CognitoFormsMock.credentials
        if all(c.attributes.get(name) == value for name, value in attributes.items())
    ]
    return found[0]


FULL = key(organization="acme", form_scope="read-write", entry_scope="read-write-delete").value
GLOBEX = key(organization="globex").value
CONTACT_ONLY = key(forms=("1",)).value
RECRUITING_ONLY = key(folders=("Recruiting",)).value
REVOKED = key(revoked=True).value


@pytest.fixture
def mock(clock: FakeClock) -> CognitoFormsMock:
    return CognitoFormsMock(MockSettings(rate_limits=False, clock=clock, webhook_delays=(0,) * 7))


@pytest.fixture
def api(mock: CognitoFormsMock, conformance: Conformance) -> Iterator[Any]:
    """api(key, query=False) -> an httpx.Client sending the key (bearer, or ?access_token= with query=True)."""
    clients: list[httpx.Client] = []

    def make(token: str | None = FULL, query: bool = False) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token is not None and not query else {}
        params = {"access_token": token} if token is not None and query else {}
        client = httpx.Client(
            base_url=mock.base_url,
            transport=mock.transport(),
            headers=headers,
            params=params,
            event_hooks={"response": [conformance.hook]},
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def assert_error(response: httpx.Response, status: int, kind: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"Message", "Type", "SupportCode", "Data"}
    assert body["Type"] == kind and body["Message"] and body["SupportCode"]
    assert isinstance(body["Data"], dict)
    return body


# -- auth -------------------------------------------------------------------------------------------


def test_the_key_works_as_a_bearer_header_or_an_access_token_query_parameter(api: Any) -> None:
    by_header = api(FULL).get("/api/forms")
    by_query = api(FULL, query=True).get("/api/forms")
    assert by_header.status_code == by_query.status_code == 200
    assert (
        by_header.json()
        == by_query.json()
        == [
            {"Id": "1", "Name": "Contact Us", "InternalName": "ContactUs"},
            {"Id": "2", "Name": "Job Application", "InternalName": "JobApplication"},
            {"Id": "3", "Name": "Event Registration", "InternalName": "EventRegistration"},
        ]
    )


@pytest.mark.parametrize(
    ("headers", "params"),
    [
        ({}, {}),
        ({"Authorization": "Bearer"}, {}),
        ({"Authorization": f"Basic {FULL}"}, {}),
        ({"Authorization": "Bearer not-a-key"}, {}),
        ({}, {"access_token": "not-a-key"}),
        ({}, {"access_token": ""}),
        ({"Authorization": f"Bearer {REVOKED}"}, {}),
        ({}, {"access_token": REVOKED}),
    ],
)
def test_a_missing_malformed_unknown_or_deleted_key_answers_401(
    api: Any, mock: CognitoFormsMock, headers: dict[str, str], params: dict[str, str]
) -> None:
    for response in (
        api(None).get("/api/forms", headers=headers, params=params),
        api(None).post("/api/forms/1/entries", headers=headers, params=params, json=CONTACT),
    ):
        body = assert_error(response, 401, "Unauthorized")
        assert FULL not in response.text and REVOKED not in response.text
        assert "not-a-key" not in body["Message"]
    assert len(mock.forms["1"].entries) == 40, "a refused create creates nothing"
    assert mock.usage == {}, "requests without a valid key are billed to nobody"


SCOPE_CALLS: list[tuple[str, str, str, dict[str, Any]]] = [
    # (required scope, method, path, request kwargs)
    ("forms:read", "GET", "/api/forms", {}),
    ("forms:read", "GET", "/api/forms/1/fields", {}),
    ("forms:read", "GET", "/api/forms/1/schema", {}),
    ("forms:write", "POST", "/api/forms/1/public-link-availability", {"json": {"message": "Closed."}}),
    ("entries:read", "GET", "/api/forms/1/entries/1-1", {}),
    ("entries:read", "GET", "/api/forms/1/entries/1-1/documents/1", {}),
    ("entries:read", "GET", "/api/files/D-1-1-1", {}),
    ("entries:write", "POST", "/api/forms/1/entries", {"json": CONTACT}),
    ("entries:write", "PATCH", "/api/forms/1/entries/1-2", {"json": {"Message": "Changed."}}),
    ("entries:delete", "DELETE", "/api/forms/1/entries/1-3", {}),
    (
        "entries:read",
        "POST",
        "/integration/oauth/subscribenewentry?publisher=1",
        {"json": {"notificationUrl": "http://x.test/"}},
    ),
]
GRANTS = {
    ("form", "none"): set(),
    ("form", "read"): {"forms:read"},
    ("form", "read-write"): {"forms:read", "forms:write"},
    ("entry", "none"): set(),
    ("entry", "read"): {"entries:read"},
    ("entry", "read-write"): {"entries:read", "entries:write"},
    ("entry", "read-write-delete"): {"entries:read", "entries:write", "entries:delete"},
}


@pytest.mark.parametrize("form_scope", ["none", "read", "read-write"])
@pytest.mark.parametrize("entry_scope", ["none", "read", "read-write", "read-write-delete"])
def test_form_and_entry_scopes_allow_exactly_their_operations(
    api: Any, mock: CognitoFormsMock, form_scope: str, entry_scope: str
) -> None:
    credential = key(
        organization="acme", form_scope=form_scope, entry_scope=entry_scope, forms=None, folders=None, revoked=None
    )
    granted = GRANTS[("form", form_scope)] | GRANTS[("entry", entry_scope)]
    client = api(credential.value)
    for scope, method, path, kwargs in SCOPE_CALLS:
        response = client.request(method, path, **kwargs)
        if scope in granted:
            assert response.status_code in (200, 201, 204), (scope, path, response.text)
        else:
            body = assert_error(response, 403, "Forbidden")
            assert body["Data"] == {"Scope": scope}
    created = 41 in mock.forms["1"].entries
    assert created == ("entries:write" in granted), "a refused create creates nothing"
    assert (3 in mock.forms["1"].entries) == ("entries:delete" not in granted), "a refused delete deletes nothing"
    assert (mock.forms["1"].availability["notAvailableMessage"] == "Closed.") == ("forms:write" in granted)


def test_keys_restricted_to_forms_or_folders_see_only_those(api: Any) -> None:
    contact, recruiting, globex = api(CONTACT_ONLY), api(RECRUITING_ONLY), api(GLOBEX)
    assert contact.get("/api/forms").json() == [{"Id": "1", "Name": "Contact Us", "InternalName": "ContactUs"}]
    assert recruiting.get("/api/forms").json() == [
        {"Id": "2", "Name": "Job Application", "InternalName": "JobApplication"}
    ]
    assert globex.get("/api/forms").json() == [
        {"Id": "4", "Name": "Customer Feedback", "InternalName": "CustomerFeedback"}
    ]
    assert contact.get("/api/forms/ContactUs/entries/1-1").status_code == 200
    for client, form in ((contact, "2"), (recruiting, "1"), (globex, "1"), (api(FULL), "4")):
        for response in (
            client.get(f"/api/forms/{form}/schema"),
            client.get(f"/api/forms/{form}/entries/{form}-1"),
            client.post(f"/api/forms/{form}/entries", json=CONTACT),
            client.delete(f"/api/forms/{form}/entries/{form}-1"),
            client.post(
                f"/integration/oauth/subscribenewentry?publisher={form}", json={"notificationUrl": "http://x.test/"}
            ),
        ):
            assert_error(response, 404, "NotFound")
    resume = api(FULL).get("/api/forms/2/entries/2-1").json()["Resume"][0]["Id"]
    assert recruiting.get(f"/api/files/{resume}").status_code == 200
    assert_error(contact.get(f"/api/files/{resume}"), 404, "NotFound")
    assert_error(globex.get("/api/files/D-1-1-1"), 404, "NotFound")


# -- request accounting ---------------------------------------------------------------------------------


def padded_contact(size: int) -> bytes:
    """A valid ContactUs entry body of exactly `size` bytes."""
    body = json.dumps({**CONTACT, "Message": ""}, separators=(",", ":")).encode()
    return json.dumps({**CONTACT, "Message": "x" * (size - len(body))}, separators=(",", ":")).encode()


def test_every_request_with_a_valid_key_counts_once_per_started_100_kb(api: Any, mock: CognitoFormsMock) -> None:
    client = api(FULL)
    json_headers = {"Content-Type": "application/json"}
    assert client.get("/api/forms").status_code == 200
    assert mock.usage == {"acme": 1}
    assert client.get("/api/forms/9/schema").status_code == 404  # failures are billed too
    assert client.post("/api/forms/1/entries", content=b"{", headers=json_headers).status_code == 400
    assert api(key(form_scope="none", entry_scope="none").value).get("/api/forms").status_code == 403
    assert mock.usage == {"acme": 4}
    for size, units in ((102400, 1), (102401, 2), (150 * 1024, 2), (400 * 1024, 4), (400 * 1024 + 1, 5)):
        before = mock.usage["acme"]
        response = client.post("/api/forms/1/entries", content=padded_contact(size), headers=json_headers)
        assert response.status_code == 200, response.text
        assert mock.usage["acme"] - before == units == math.ceil(size / 102400)
    assert api(GLOBEX, query=True).get("/api/forms").status_code == 200
    assert mock.usage == {"acme": 4 + 1 + 2 + 2 + 4 + 5, "globex": 1}
    assert mock.allowance("acme") == 2000 and mock.allowance("globex") == 10000
    assert mock.overage("acme") == 0


def test_usage_starts_again_each_month_and_overage_is_billed_not_refused(
    api: Any, mock: CognitoFormsMock, clock: FakeClock
) -> None:
    client = api(FULL)
    mock.usage["acme"] = 1999
    assert client.get("/api/forms").status_code == 200
    assert client.get("/api/forms").status_code == 200, "past the allowance: billed as overage"
    assert mock.overage("acme") == 1
    clock.advance(20 * 86400)  # 2026-01-15 -> 2026-02-04
    assert client.get("/api/forms").status_code == 200
    assert mock.usage_month == "2026-02" and mock.usage == {"acme": 1}
    assert mock.usage_history == {"2026-01": {"acme": 2001}}


def test_an_organization_without_overage_billing_gets_429_with_retry_after(
    api: Any, mock: CognitoFormsMock, clock: FakeClock
) -> None:
    mock.organizations["acme"].overage_billing = False
    mock.usage["acme"] = 2000
    response = api(FULL).get("/api/forms")
    body = assert_error(response, 429, "TooManyRequests")
    assert body["Data"] == {"Allowance": 2000, "Used": 2000}
    next_month = datetime(2026, 2, 1, tzinfo=UTC).timestamp()
    assert int(response.headers["Retry-After"]) == math.ceil(next_month - clock.now())
    assert mock.usage["acme"] == 2000, "a refused request is not billed"
    clock.advance(int(response.headers["Retry-After"]))
    assert api(FULL).get("/api/forms").status_code == 200


# -- forms: fields, schema, availability ----------------------------------------------------------------


def test_form_fields_and_schema_with_input_and_include_links(api: Any) -> None:
    client = api(FULL)
    fields = client.get("/api/forms/JobApplication/fields").json()
    assert [f["InternalName"] for f in fields] == [
        "Name", "Email", "Position", "YearsOfExperience", "StartDate", "Resume", "CoverLetter",
    ]  # fmt: skip
    assert fields[2]["Choices"][0] == "Software Engineer" and fields[5] == {
        "Name": "Resume",
        "InternalName": "Resume",
        "FieldType": "File",
        "Required": True,
    }
    linked = client.get("/api/forms/2/schema").json()  # includeLinks defaults to true
    assert {"Id", "Form", "Entry"} <= set(linked["properties"])
    links = {"AdminLink", "CustomerLink", "Document1", "Document2"}
    assert links | {"Number", "Status", "User", "Order", "Timestamp"} <= set(
        linked["properties"]["Entry"]["properties"]
    )
    assert linked["properties"]["Entry"]["properties"]["Number"]["readOnly"] is True
    assert set(linked["properties"]["Resume"]["items"]["properties"]) == {"Id", "Name", "ContentType", "File", "Size"}
    assert linked["properties"]["Position"]["description"] == "Position", "the label is the field's description"
    assert linked["properties"]["Name"]["properties"]["FirstAndLast"]["readOnly"] is True
    assert linked["required"] == ["Name", "Email", "Position", "Resume"]
    output = client.get("/api/forms/2/schema", params={"includeLinks": "false"}).json()
    assert not links & set(output["properties"]["Entry"]["properties"])
    assert "File" not in output["properties"]["Resume"]["items"]["properties"]
    given = client.get("/api/forms/2/schema", params={"input": "true"}).json()
    assert not {"Id", "Form", "Entry"} & set(given["properties"])
    assert given["properties"]["Resume"]["items"]["required"] == ["Name", "Content"]
    assert "FirstAndLast" not in given["properties"]["Name"]["properties"]
    assert_error(client.get("/api/forms/2/schema", params={"input": "maybe"}), 400, "InvalidRequest")


def test_form_availability_is_set_normalised_and_cleared(api: Any, mock: CognitoFormsMock) -> None:
    client = api(FULL)
    window = {"start": "2026-03-01T09:00:00+02:00", "end": "2026-03-31t23:59:59.5z", "message": "Closed."}
    answer = client.post("/api/forms/3/public-link-availability", json=window).json()
    assert answer == {
        "availabilityStart": "2026-03-01T07:00:00Z",
        "availabilityEnd": "2026-03-31T23:59:59Z",
        "notAvailableMessage": "Closed.",
    }
    assert mock.forms["3"].availability == answer
    cleared = client.post("/api/forms/3/public-link-availability")
    assert cleared.json() == {"availabilityStart": None, "availabilityEnd": None, "notAvailableMessage": None}
    for bad in ({"start": "2026-02-30T00:00:00Z"}, {"end": 5}, {"message": ["x"]}, {"other": 1}):
        assert_error(client.post("/api/forms/3/public-link-availability", json=bad), 400, "InvalidRequest")
    assert mock.forms["3"].availability["availabilityStart"] is None


# -- entries --------------------------------------------------------------------------------------------


def test_entries_are_created_read_updated_with_patch_and_deleted(
    api: Any, mock: CognitoFormsMock, clock: FakeClock
) -> None:
    client = api(FULL)
    created = client.post("/api/forms/ContactUs/entries", json=CONTACT, headers={"User-Agent": "tests"})
    assert created.status_code == 200
    entry = created.json()
    assert entry["Id"] == "1-41" and entry["Entry"]["Number"] == 41 and entry["Entry"]["Version"] == 1
    assert entry["Name"] == {"First": "Ada", "Last": "Lovelace", "FirstAndLast": "Ada Lovelace"}
    assert entry["Entry"]["DateCreated"] == "2026-01-15T12:00:00Z" and entry["Entry"]["Origin"]["UserAgent"] == "tests"
    assert entry["Phone"] is None and entry["Form"]["InternalName"] == "ContactUs"
    assert client.get("/api/forms/1/entries/1-41").json() == entry

    clock.advance(3600)
    patched = client.patch("/api/forms/1/entries/1-41", json={"Message": "Email me instead.", "Newsletter": True})
    assert patched.status_code == 200
    updated = patched.json()
    assert updated["Message"] == "Email me instead." and updated["Newsletter"] is True
    assert updated["Email"] == "ada@example.com", "fields not in the body are kept"
    assert updated["Entry"]["Version"] == 2 and updated["Entry"]["DateUpdated"] == "2026-01-15T13:00:00Z"
    assert updated["Entry"]["DateCreated"] == entry["Entry"]["DateCreated"]
    round_trip = client.patch("/api/forms/1/entries/1-41", json=updated)  # a fetched entry can be sent back
    assert round_trip.status_code == 200 and round_trip.json()["Entry"]["Version"] == 3

    assert client.delete("/api/forms/1/entries/1-41").status_code == 204
    for response in (
        client.get("/api/forms/1/entries/1-41"),
        client.patch("/api/forms/1/entries/1-41", json={"Message": "x"}),
        client.delete("/api/forms/1/entries/1-41"),
    ):
        assert_error(response, 404, "NotFound")
    assert client.post("/api/forms/1/entries", json=CONTACT).json()["Id"] == "1-42", "numbers are never reused"
    for missing in ("1-999", "2-1", "1-01", "1-x", "999", "01", "0", "1-\u0661"):
        assert_error(client.get(f"/api/forms/1/entries/{missing}"), 404, "NotFound")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({**CONTACT, "Unknown": 1}, "Unknown: the form has no such field"),
        ({**CONTACT, "Email": "not-an-email"}, "Email: must be an email address"),
        ({**CONTACT, "Subject": "Other"}, "Subject: must be one of"),
        ({**CONTACT, "Newsletter": "yes"}, "Newsletter: must be true or false"),
        ({**CONTACT, "Message": 5}, "Message: must be a string"),
        ({**CONTACT, "Name": "Ada"}, "Name: must be an object"),
        ({**CONTACT, "Name": {"First": "Ada", "Nick": "A"}}, "Name: has unknown parts Nick"),
        ({key: value for key, value in CONTACT.items() if key != "Email"}, "Email: Email is required"),
    ],
)
def test_invalid_entries_answer_400_naming_each_problem(
    api: Any, mock: CognitoFormsMock, body: dict[str, Any], problem: str
) -> None:
    response = api(FULL).post("/api/forms/1/entries", json=body)
    error = assert_error(response, 400, "InvalidRequest")
    assert any(item.startswith(problem) for item in error["Data"]["Errors"]), error
    assert len(mock.forms["1"].entries) == 40


def test_number_date_and_file_fields_are_checked(api: Any, mock: CognitoFormsMock) -> None:
    client = api(FULL)
    job = {**APPLICATION, "YearsOfExperience": 3, "StartDate": "2026-04-01"}
    for field, value in (
        ("YearsOfExperience", True),
        ("YearsOfExperience", "3"),
        ("YearsOfExperience", 10**400),
        ("StartDate", "2026-02-30"),
        ("StartDate", "April"),
        ("Resume", "cv.txt"),
        ("Resume", [{"Name": "cv.txt", "Content": "not base64!"}]),
        ("Resume", [{"Id": "F-unknown"}]),
    ):
        assert_error(client.post("/api/forms/2/entries", json={**job, field: value}), 400, "InvalidRequest")
    assert client.post("/api/forms/2/entries", json=job).status_code == 200


# -- files and documents -----------------------------------------------------------------------------------


def test_uploaded_files_are_served_replaced_and_deleted_with_their_entry(api: Any, mock: CognitoFormsMock) -> None:
    client = api(FULL)
    entry = client.post("/api/forms/2/entries", json=APPLICATION).json()
    ref = entry["Resume"][0]
    assert (ref["Name"], ref["ContentType"], ref["Size"]) == ("cv.txt", "text/plain", 5) and "Content" not in ref
    served = client.get(f"/api/files/{ref['Id']}").json()
    assert base64.b64decode(served["Content"]) == b"COBOL" and served["File"].endswith(f"/api/files/{ref['Id']}")
    kept = client.patch(f"/api/forms/2/entries/{entry['Id']}", json={"Resume": [{"Id": ref["Id"]}]}).json()
    assert kept["Resume"][0]["Id"] == ref["Id"]
    new = {"Name": "cv.pdf", "ContentType": "application/pdf", "Content": base64.b64encode(b"%PDF-1.4").decode()}
    replaced = client.patch(f"/api/forms/2/entries/{entry['Id']}", json={"Resume": [new]}).json()
    assert replaced["Resume"][0]["Id"] != ref["Id"]
    assert_error(client.get(f"/api/files/{ref['Id']}"), 404, "NotFound")
    assert client.delete(f"/api/forms/2/entries/{entry['Id']}").status_code == 204
    assert_error(client.get(f"/api/files/{replaced['Resume'][0]['Id']}"), 404, "NotFound")


def test_documents_are_pdf_or_word_by_template_as_json_or_raw_bytes(api: Any) -> None:
    client = api(FULL)
    ref = client.get("/api/forms/2/entries/2-1/documents/1").json()
    pdf = base64.b64decode(ref["Content"])
    assert ref["ContentType"] == "application/pdf" and pdf.startswith(b"%PDF-1.4") and ref["Size"] == len(pdf)
    raw = client.get("/api/forms/2/entries/2-1/documents/1", headers={"Accept": "application/pdf"})
    assert raw.headers["content-type"] == "application/pdf" and raw.content == pdf
    assert client.get(ref["File"].removeprefix("http://mock.local")).json() == ref, "File points at get_file"

    word_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    word = client.get("/api/forms/2/entries/2-1/documents/2", headers={"Accept": word_type})
    assert word.headers["content-type"] == word_type
    with zipfile.ZipFile(io.BytesIO(word.content)) as archive:
        text = archive.read("word/document.xml").decode()
    assert "Offer Letter" in text and "Entry 1" in text
    assert client.get("/api/forms/2/entries/2-1/documents/2").json()["ContentType"] == word_type
    assert client.get("/api/forms/2/entries/2-1/documents/2", headers={"Accept": "*/*"}).json()["Size"] == len(
        word.content
    )

    assert_error(client.get("/api/forms/2/entries/2-1/documents/3"), 404, "NotFound")
    assert_error(client.get("/api/files/D-2-1-3"), 404, "NotFound")
    assert_error(client.get("/api/forms/2/entries/2-999/documents/1"), 404, "NotFound")
    assert_error(client.get("/api/forms/2/entries/2-1/documents/0"), 400, "InvalidRequest")
    assert_error(client.get("/api/forms/2/entries/2-1/documents/pdf"), 400, "InvalidRequest")


# -- webhook subscriptions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "event"),
    [
        ("subscribenewentry", "entry.created"),
        ("subscribeupdateentry", "entry.updated"),
        ("subscribeentrydeleted", "entry.deleted"),
    ],
)
def test_subscriptions_are_stored_and_removed(api: Any, mock: CognitoFormsMock, path: str, event: str) -> None:
    client = api(FULL, query=True)
    response = client.post(
        f"/integration/oauth/{path}",
        params={"publisher": "EventRegistration"},
        json={"notificationUrl": "https://example.com/h"},
    )
    assert response.status_code == 201
    subscription = mock.subscriptions[response.json()["Id"]]
    location = response.headers["Location"]
    assert location == f"http://mock.local/integration/oauth/unsubscribe?id={subscription.id}&module=forms"
    assert (subscription.event, subscription.form, subscription.url, subscription.module) == (
        event,
        "3",
        "https://example.com/h",
        "forms",
    )
    assert_error(api(GLOBEX).delete("/integration/oauth/unsubscribe", params={"id": subscription.id}), 404, "NotFound")
    removed = api(FULL).delete(location)  # REST hooks (Power Automate) DELETE the Location to unsubscribe
    assert removed.status_code == 200 and removed.content == b""
    assert mock.subscriptions == {}
    assert_error(client.delete("/integration/oauth/unsubscribe", params={"id": subscription.id}), 404, "NotFound")


@pytest.mark.parametrize(
    ("params", "body"),
    [
        ({"publisher": "1"}, {"notificationUrl": "ftp://example.com/h"}),
        ({"publisher": "1"}, {"notificationUrl": "http://"}),
        ({"publisher": "1"}, {"notificationUrl": "not a url"}),
        ({"publisher": "1"}, {}),
        ({"publisher": "1"}, {"notificationUrl": "https://example.com/h", "extra": 1}),
        ({"publisher": "1", "module": "other"}, {"notificationUrl": "https://example.com/h"}),
        ({}, {"notificationUrl": "https://example.com/h"}),
    ],
)
def test_bad_subscriptions_answer_400(
    api: Any, mock: CognitoFormsMock, params: dict[str, str], body: dict[str, Any]
) -> None:
    assert_error(
        api(FULL).post("/integration/oauth/subscribenewentry", params=params, json=body), 400, "InvalidRequest"
    )
    assert mock.subscriptions == {}


# -- bad input never gets a 5xx ---------------------------------------------------------------------------------

JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        (b"{", JSON),
        (b"", JSON),
        (b"[1, 2]", JSON),
        (b'"text"', JSON),
        (b"null", JSON),
        (b"\xff\xfe{}", JSON),
        ('{"Message": "caf\u00e9"}'.encode("latin-1"), {"Content-Type": "application/json; charset=latin-1"}),
        (b'{"Message": "\\ud800"}', JSON),
        (b'{"\\udfff": 1}', JSON),
        (b"[" * 50000 + b"]" * 50000, JSON),
        (b'{"Message": ' + b"[" * 5000 + b"]" * 5000 + b"}", JSON),
        (b'{"Tickets": ' + b"9" * 5000 + b"}", JSON),
        (b'{"Tickets": NaN}', JSON),
        (json.dumps(CONTACT).encode(), {"Content-Type": "text/plain"}),
        (json.dumps(CONTACT).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (b'{"Message": "' + b"x" * (1024 * 1024) + b'"}', JSON),
    ],
)
def test_malformed_bodies_answer_400_never_5xx(
    api: Any, mock: CognitoFormsMock, content: bytes, headers: dict[str, str]
) -> None:
    client = api(FULL)
    for response in (
        client.post("/api/forms/1/entries", content=content, headers=headers),
        client.patch("/api/forms/1/entries/1-1", content=content, headers=headers),
        client.post("/integration/oauth/subscribenewentry?publisher=1", content=content, headers=headers),
    ):
        body = assert_error(response, 400, "InvalidRequest")
        assert body["Data"]["Errors"]
    assert len(mock.forms["1"].entries) == 40 and mock.subscriptions == {}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/forms/1/schema?includeLinks=1"),
        ("GET", "/api/forms/1/schema?input=true&input=false"),
        ("GET", "/api/forms/1/entries/1-1/documents/99999999999999999999999999"),
        ("GET", "/api/forms/%F0%9F%92%A9/entries/%FF"),
        ("GET", "/api/files/%ED%A0%80"),
        ("DELETE", "/integration/oauth/unsubscribe?id="),
    ],
)
def test_odd_parameters_get_client_errors(api: Any, method: str, path: str) -> None:
    response = api(FULL).request(method, path)
    assert 400 <= response.status_code < 500
    assert set(response.json()) == {"Message", "Type", "SupportCode", "Data"}


def test_unknown_paths_and_methods_get_the_error_object(api: Any) -> None:
    client = api(FULL)
    assert_error(client.get("/api/nothing"), 404, "NotFound")
    wrong = client.put("/api/forms/1/entries/1-1", json=CONTACT)
    assert_error(wrong, 405, "MethodNotAllowed")
    assert set(wrong.headers["Allow"].split(", ")) == {"GET", "PATCH", "DELETE"}
    assert client.get("/api/forms").status_code == 200  # (conformance needs one documented call)
