# ruff: noqa: F811  (the `api` and `mock` fixtures are imported from test_cognito_forms and used as parameters)
"""The Cognito Forms mock agrees with the evidence of the real API (issue 12): text/json bodies,
entries by number, subscribe's 201 + Location, the service's own refusals, binary downloads,
and the OData entries listing (list_entries) with the behaviour its spec assumes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from formclients.mocks.cognito_forms import CognitoFormsMock

from .test_cognito_forms import CONTACT, FULL, api, assert_error, mock  # noqa: F401  (fixtures)

BODY_OPERATIONS = [
    ("POST", "/api/forms/1/public-link-availability", {"message": "Closed."}),
    ("POST", "/api/forms/1/entries", CONTACT),
    ("PATCH", "/api/forms/1/entries/1-3", {"Message": "Call me."}),
    ("POST", "/integration/oauth/subscribenewentry?publisher=1", {"notificationUrl": "http://127.0.0.1:9/h"}),
    ("POST", "/integration/oauth/subscribeupdateentry?publisher=1", {"notificationUrl": "http://127.0.0.1:9/h"}),
    ("POST", "/integration/oauth/subscribeentrydeleted?publisher=1", {"notificationUrl": "http://127.0.0.1:9/h"}),
]


@pytest.mark.parametrize(("method", "path", "body"), BODY_OPERATIONS)
@pytest.mark.parametrize("media_type", ["text/json", "text/json; charset=utf-8", "application/json"])
def test_every_body_operation_accepts_text_json(api: Any, method: str, path: str, body: Any, media_type: str) -> None:
    response = api(FULL).request(method, path, content=json.dumps(body), headers={"Content-Type": media_type})
    assert response.status_code in (200, 201), response.text


def test_text_plain_is_still_refused(api: Any) -> None:
    response = api(FULL).post(
        "/api/forms/1/entries", content=json.dumps(CONTACT), headers={"Content-Type": "text/plain"}
    )
    assert "content type 'text/plain'" in assert_error(response, 400, "InvalidRequest")["Message"]


def test_an_entry_is_addressable_by_number_and_by_id(api: Any, mock: CognitoFormsMock) -> None:
    client = api(FULL)
    by_id, by_number = client.get("/api/forms/1/entries/1-3"), client.get("/api/forms/ContactUs/entries/3")
    assert by_id.status_code == by_number.status_code == 200
    assert by_id.json() == by_number.json() and by_id.json()["Entry"]["Number"] == 3
    assert client.patch("/api/forms/1/entries/3", json={"Message": "By number."}).json()["Id"] == "1-3"
    assert client.get("/api/forms/1/entries/3/documents/1").status_code == 200
    assert client.delete("/api/forms/1/entries/3").status_code == 204
    assert_error(client.get("/api/forms/1/entries/1-3"), 404, "NotFound")


def test_entries_carry_the_metadata_and_form_the_evidence_shows(api: Any) -> None:
    entry = api(FULL).get("/api/forms/3/entries/4").json()
    assert entry["Form"] == {"Id": "3", "InternalName": "EventRegistration", "Name": "Event Registration"}
    meta = entry["Entry"]
    assert {"User", "Order", "Timestamp", "CustomerLink", "AdminLink", "Document1"} <= set(meta)
    assert meta["User"] == {"Name": entry["Name"]["FirstAndLast"], "Email": entry["Email"]}
    assert meta["Order"]["PaymentStatus"] == "Paid" and meta["Timestamp"] == meta["DateUpdated"]
    assert meta["Document1"] == "http://mock.local/api/forms/EventRegistration/entries/3-4/documents/1"


def test_subscribe_answers_201_with_a_location_that_unsubscribes(api: Any, mock: CognitoFormsMock) -> None:
    client = api(FULL)
    created = client.post(
        "/integration/oauth/subscribenewentry?publisher=ContactUs", json={"notificationUrl": "http://127.0.0.1:9/h"}
    )
    assert created.status_code == 201
    subscription_id = created.json()["Id"]
    assert created.headers["Location"].endswith(f"/integration/oauth/unsubscribe?id={subscription_id}&module=forms")
    assert client.delete(created.headers["Location"]).status_code == 200
    assert subscription_id not in mock.subscriptions


@pytest.mark.parametrize(
    ("query", "body", "named"),
    [
        ("publisher=", {"notificationUrl": "https://example.com/h"}, "publisher"),
        ("publisher=1", {"notificationUrl": ""}, "notificationUrl"),
        ("publisher=1", {"notificationUrl": "ftp://example.com/h"}, "notificationUrl"),
        ("publisher=1", {"notificationUrl": "/relative"}, "notificationUrl"),
        ("publisher=1", {"notificationUrl": "https://"}, "notificationUrl"),
    ],
)
def test_the_service_refuses_an_empty_publisher_or_a_url_it_cannot_call(
    api: Any, mock: CognitoFormsMock, query: str, body: Any, named: str
) -> None:
    response = api(FULL).post(f"/integration/oauth/subscribenewentry?{query}", json=body)
    assert named in assert_error(response, 400, "InvalidRequest")["Message"]
    assert mock.subscriptions == {}


def test_unsubscribe_without_an_id_is_refused_by_the_service(api: Any) -> None:
    assert "id" in assert_error(api(FULL).delete("/integration/oauth/unsubscribe"), 400, "InvalidRequest")["Message"]


def test_files_download_as_raw_bytes_when_asked_for(api: Any, mock: CognitoFormsMock) -> None:
    file_id = mock.forms["2"].entries[1].values["Resume"][0]
    client = api(FULL)
    raw = client.get(f"/api/files/{file_id}", headers={"Accept": "application/octet-stream"})
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/octet-stream"
    assert raw.content == mock.files[file_id].content
    assert client.get(f"/api/files/{file_id}").json()["Id"] == file_id, "JSON FileDataRef by default"


# -- OData: list_entries -----------------------------------------------------------------------------

ODATA = "/api/odata/Forms(1)/Views(1)/Entries"


def odata(client: Any, path: str = ODATA, **params: Any) -> Any:
    response = client.get(path, params={f"${name}": value for name, value in params.items()})
    assert response.status_code == 200, response.text
    return response.json()


def numbers(page: Any) -> list[int]:
    return [row["Entry"]["Number"] for row in page["value"]]


def test_odata_lists_every_entry_in_number_order_in_the_odata_envelope(api: Any) -> None:
    page = odata(api(FULL), count="true")
    assert page["@odata.context"] == "http://mock.local/api/odata/$metadata#Forms(1)/Views(1)/Entries"
    assert page["@odata.count"] == 40 and numbers(page) == list(range(1, 41))
    assert "@odata.count" not in odata(api(FULL), top=1)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Entry/Number gt 37", [38, 39, 40]),
        ("Entry/Number ge 38 and Entry/Number le 39", [38, 39]),
        ("Entry/Number lt 2 or Entry/Number eq 40", [1, 40]),
        ("Entry/Number ne 1 and Entry/Number lt 4", [2, 3]),
        ("Id eq '1-7'", [7]),
        ("Id ge '1-8' and Id lt '1-9'", [8]),
        ("Entry/DateUpdated gt 2025-12-31T00:00:00Z", [40]),
        ("Entry/Status eq 'Incomplete'", [9, 18, 27, 36]),
        ("Entry/DateSubmitted eq null", [9, 18, 27, 36]),
        ("Newsletter eq true and Entry/Number le 6", [2, 4, 6]),
        ("Subject eq 'Sales' and Entry/Number lt 10", [1, 5, 9]),
    ],
)
def test_odata_filter_subset(api: Any, expression: str, expected: list[int]) -> None:
    assert numbers(odata(api(FULL), filter=expression)) == expected


@pytest.mark.parametrize(
    "expression",
    [
        "Entry/Number gt",
        "Entry/Number gt 'x'",
        "Nope eq 1",
        "Entry/Number between 1",
        "Entry/Number gt 1 nor x eq 1",
        "contains(Id,'1')",
        "Entry/DateUpdated gt 2025-13-01T00:00:00Z",
    ],
)
def test_odata_filters_outside_the_subset_answer_400_naming_the_problem(api: Any, expression: str) -> None:
    response = api(FULL).get(ODATA, params={"$filter": expression})
    assert assert_error(response, 400, "InvalidRequest")["Message"].startswith("The request is invalid: $filter:")


def test_odata_orderby_top_skip_count_and_select(api: Any) -> None:
    client = api(FULL)
    newest = odata(client, orderby="Entry/DateUpdated desc", top=3)
    assert numbers(newest) == [40, 39, 38]
    page = odata(client, orderby="Entry/Number", skip=10, top=5, count="true", select="Id,Entry")
    assert numbers(page) == [11, 12, 13, 14, 15] and page["@odata.count"] == 40
    assert all(set(row) == {"Id", "Entry"} for row in page["value"])
    assert odata(client, top=0)["value"] == []
    assert_error(client.get(ODATA, params={"$top": 1001}), 400, "InvalidRequest")
    assert_error(client.get(ODATA, params={"$select": "Id,Secret"}), 400, "InvalidRequest")
    assert_error(client.get(ODATA, params={"$orderby": "Entry/Number sideways"}), 400, "InvalidRequest")


def test_odata_keyset_on_entry_number_never_skips_or_repeats_while_entries_come_and_go(
    api: Any, mock: CognitoFormsMock
) -> None:
    client = api(FULL)
    seen: list[int] = []
    last = 0
    for pages in range(20):  # 40 entries and 4 new ones, 7 a page: 7 pages and an empty one
        page = odata(client, orderby="Entry/Number", filter=f"Entry/Number gt {last}", top=7)
        if not page["value"]:
            break
        seen += numbers(page)
        last = seen[-1]
        client.delete(f"/api/forms/1/entries/{last - 3}")  # an earlier entry goes ...
        if pages < 4:
            client.post("/api/forms/1/entries", json=CONTACT)  # ... and a new one arrives
    else:
        raise AssertionError(f"never reached the end: {seen}")
    assert seen == list(range(1, 45)), "every entry once, in number order, the 4 new ones included"


def test_odata_views_restrict_entries_and_fields_and_unknown_ones_answer_404(api: Any, mock: CognitoFormsMock) -> None:
    client = api(FULL)
    page = odata(client, "/api/odata/Forms('JobApplication')/Views(2)/Entries", count="true")
    open_statuses = {"Submitted", "Reviewed", "Interview"}
    expected = [n for n, e in mock.forms["2"].entries.items() if e.meta["Status"] in open_statuses]
    assert numbers(page) == expected and page["@odata.count"] == len(expected) < 32
    assert all(set(row) == {"Id", "Form", "Entry", "Name", "Email", "Position"} for row in page["value"])
    assert_error(client.get("/api/odata/Forms(1)/Views(2)/Entries"), 404, "NotFound")
    assert_error(client.get("/api/odata/Forms(9)/Views(1)/Entries"), 404, "NotFound")
