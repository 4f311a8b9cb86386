"""The Formester mock behaves as the Formester API v2 docs say, and everything it sends fits the spec."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks.formester import (
    CONTACT_FORM_ID,
    EVENT_FORM_ID,
    FEEDBACK_FORM_ID,
    FEEDBACK_TOKEN,
    FORMS_TOKEN,
    FULL_TOKEN,
    REVOKED_TOKEN,
    VIEW_TOKEN,
    FormesterMock,
)
from tests.mocks._conformance import Conformance

FEEDBACK_UUID = "660e8400-e29b-41d4-a716-446655440001"
JOHN = "770e8400-e29b-41d4-a716-446655440002"


@pytest.fixture
def mock(clock: FakeClock) -> FormesterMock:
    return FormesterMock(MockSettings(rate_limits=False, clock=clock))


@pytest.fixture
def api(mock: FormesterMock, conformance: Conformance) -> Iterator[Any]:
    """api(token) -> an httpx.Client sending that token (None: no header), checking every response."""
    clients: list[httpx.Client] = []

    def make(token: str | None = FULL_TOKEN) -> httpx.Client:
        headers = {"X-FORMESTER-TOKEN": token} if token is not None else {}
        client = httpx.Client(
            base_url=mock.base_url,
            transport=mock.transport(),
            headers=headers,
            event_hooks={"response": [conformance.hook]},
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def all_pages(client: httpx.Client, path: str, key: str, **params: Any) -> tuple[list[dict[str, Any]], int]:
    items: list[dict[str, Any]] = []
    page = 1
    while True:
        body = client.get(path, params={**params, "page": page}).json()
        assert body["meta"]["page"] == page and body["meta"]["perPage"] == 20
        items += body[key]
        if page * 20 >= body["meta"]["totalCount"]:
            assert body["meta"]["totalCount"] == len(items)
            return items, page
        assert len(body[key]) == 20
        page += 1


def submissions(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    items, _ = all_pages(client, "/submissions", "submissions", form_id=FEEDBACK_FORM_ID, **params)
    return items


# -- auth and scopes --------------------------------------------------------------------------------


def test_demo_credentials_cover_each_scope_combination() -> None:
    scopes = {c.value: set(c.scopes) for c in FormesterMock.credentials}
    assert scopes[FULL_TOKEN] == {"form.view", "submission.view", "submission.delete"}
    assert scopes[VIEW_TOKEN] == {"form.view", "submission.view"}
    assert scopes[FORMS_TOKEN] == {"form.view"}
    assert all(c.scheme == "formesterToken" for c in FormesterMock.credentials)


@pytest.mark.parametrize(
    ("headers", "status", "message"),
    [
        ({}, 400, "Access Token not found"),
        ({"X-FORMESTER-TOKEN": ""}, 400, "Access Token not found"),
        ({"X-FORMESTER-TOKEN": "   "}, 400, "Access Token not found"),
        ({"X-FORMESTER-TOKEN": "short"}, 400, "Invalid token provided"),
        ({"X-FORMESTER-TOKEN": "has spaces in the token value"}, 400, "Invalid token provided"),
        ({"X-FORMESTER-TOKEN": "fmstr_v2_unknown_000000000000"}, 401, "Invalid access token"),
        ({"X-FORMESTER-TOKEN": REVOKED_TOKEN}, 401, "Invalid access token"),
        ({"Authorization": f"Bearer {FULL_TOKEN}"}, 400, "Access Token not found"),
    ],
)
@pytest.mark.parametrize("path", ["/forms", f"/submissions?form_id={FEEDBACK_FORM_ID}", f"/submissions/{JOHN}"])
def test_credential_failures_get_the_documented_status_and_message(
    api: Any, headers: dict[str, str], status: int, message: str, path: str
) -> None:
    client = api(None)
    response = client.get(path, headers=headers)
    assert (response.status_code, response.json()) == (status, {"message": message})
    assert client.delete(f"/submissions/{JOHN}", headers=headers).status_code == status


def test_missing_scopes_get_403_naming_the_scope(api: Any, mock: FormesterMock) -> None:
    forms_only, view_only = api(FORMS_TOKEN), api(VIEW_TOKEN)
    assert forms_only.get("/forms").status_code == 200
    for response in (
        forms_only.get("/submissions", params={"form_id": FEEDBACK_FORM_ID}),
        forms_only.get(f"/submissions/{JOHN}"),
    ):
        assert response.status_code == 403
        assert response.json() == {
            "message": "You do not have permission to perform this action. Required scope: submission.view"
        }
    assert view_only.get(f"/submissions/{JOHN}").status_code == 200
    refused = view_only.delete(f"/submissions/{JOHN}")
    assert refused.status_code == 403
    assert refused.json() == {
        "message": "You do not have permission to perform this action. Required scope: submission.delete"
    }
    assert JOHN in mock.submissions, "a refused delete deletes nothing"


def test_a_token_restricted_to_one_form_sees_only_that_form(api: Any) -> None:
    restricted, full = api(FEEDBACK_TOKEN), api(FULL_TOKEN)
    body = restricted.get("/forms").json()
    assert [form["id"] for form in body["forms"]] == [FEEDBACK_FORM_ID]
    assert body["meta"]["totalCount"] == 1
    assert restricted.get("/submissions", params={"form_uuid": FEEDBACK_UUID}).status_code == 200
    other_form = restricted.get("/submissions", params={"form_id": CONTACT_FORM_ID})
    assert (other_form.status_code, other_form.json()) == (404, {"message": "Form not found or not authorized"})
    other_submission = restricted.get(f"/submissions/{JOHN}")
    assert (other_submission.status_code, other_submission.json()) == (404, {"message": "Submission not found"})
    assert restricted.delete(f"/submissions/{JOHN}").status_code == 404
    assert full.get(f"/submissions/{JOHN}").status_code == 200, "the restricted token deleted nothing"
    own = full.get("/submissions", params={"form_id": FEEDBACK_FORM_ID}).json()["submissions"][0]["id"]
    assert restricted.delete(f"/submissions/{own}").status_code == 200


# -- forms and pagination ------------------------------------------------------------------------------


def test_list_forms_pages_20_at_a_time_with_meta(api: Any, mock: FormesterMock) -> None:
    forms, pages = all_pages(api(), "/forms", "forms")
    assert len(forms) == len(mock.forms) == 25 and pages == 2
    assert [form["id"] for form in forms] == sorted(mock.forms)
    by_id = {form["id"]: form for form in forms}
    assert by_id[CONTACT_FORM_ID]["uuid"] == "550e8400-e29b-41d4-a716-446655440000"
    assert by_id[FEEDBACK_FORM_ID]["submissionsCount"] == 48
    assert by_id[EVENT_FORM_ID]["submissionsCount"] == 3
    total = sum(form["submissionsCount"] for form in forms)
    assert total == len(mock.submissions)


def test_a_page_past_the_end_is_empty_and_page_zero_is_refused(api: Any) -> None:
    client = api()
    past = client.get("/forms", params={"page": 3}).json()
    assert past == {"forms": [], "meta": {"totalCount": 25, "page": 3, "perPage": 20}}
    for bad in ("0", "-1", "two", "1.5"):
        response = client.get("/forms", params={"page": bad})
        assert response.status_code == 400
        assert "page" in response.json()["message"]


def test_list_submissions_pages_through_the_whole_form(api: Any) -> None:
    items, pages = all_pages(api(), "/submissions", "submissions", form_uuid=FEEDBACK_UUID)
    assert len(items) == 48 and pages == 3
    assert len({item["id"] for item in items}) == 48
    assert {item["formId"] for item in items} == {FEEDBACK_UUID}
    created = [item["createdAt"] for item in items]
    assert created == sorted(created, reverse=True), "unsorted lists come newest first"
    last = api().get("/submissions", params={"form_id": FEEDBACK_FORM_ID, "page": 3}).json()
    assert len(last["submissions"]) == 8
    assert last["meta"] == {
        "formId": FEEDBACK_FORM_ID,
        "formUuid": FEEDBACK_UUID,
        "totalCount": 48,
        "page": 3,
        "perPage": 20,
    }


def test_list_submissions_needs_a_form_that_exists(api: Any) -> None:
    client = api()
    missing = client.get("/submissions", params={"Rating__gte": "3"})
    assert (missing.status_code, missing.json()) == (400, {"message": "form_id or form_uuid is required"})
    for params in (
        {"form_id": 999999},
        {"form_uuid": "00000000-0000-4000-8000-000000000000"},
        {"form_id": CONTACT_FORM_ID, "form_uuid": FEEDBACK_UUID},
    ):
        response = client.get("/submissions", params=params)
        assert (response.status_code, response.json()) == (404, {"message": "Form not found or not authorized"})
    same = client.get("/submissions", params={"form_id": FEEDBACK_FORM_ID, "form_uuid": FEEDBACK_UUID.upper()})
    assert same.json()["meta"]["totalCount"] == 48
    for params in ({"form_id": "abc"}, {"form_id": "0"}, {"form_uuid": "not-a-uuid"}):
        assert client.get("/submissions", params=params).status_code == 400


# -- filters and sorting -------------------------------------------------------------------------------


def ratings(items: list[dict[str, Any]]) -> list[int]:
    return [item["data"]["Rating"] for item in items]


def test_rating_comparisons_are_numeric(api: Any, mock: FormesterMock) -> None:
    client = api()
    every = ratings(submissions(client))
    assert set(every) == {1, 2, 3, 4, 5}
    expectations = {
        "Rating__gte": lambda r: r >= 3,
        "Rating__gt": lambda r: r > 3,
        "Rating__lte": lambda r: r <= 3,
        "Rating__lt": lambda r: r < 3,
    }
    for key, keep in expectations.items():
        found = ratings(submissions(client, **{key: "3"}))
        assert sorted(found) == sorted(r for r in every if keep(r)), key
        assert 0 < len(found) < 48
    ranged = ratings(submissions(client, Rating__gte="3", Rating__lte="4"))
    assert sorted(ranged) == sorted(r for r in every if 3 <= r <= 4)
    assert submissions(client, Rating__gte="10") == [], "10 > 5 numerically, though '10' < '5' as text"
    assert len(submissions(client, Rating__gt="0.5")) == 48


def test_equals_filter_is_exact_or_case_insensitive_substring(api: Any) -> None:
    client = api()
    assert ratings(submissions(client, Rating="5")) == [5] * len(submissions(client, Rating="5"))
    fours = submissions(client, Rating="4")
    assert fours and all(item["data"]["Rating"] == 4 for item in fours)
    coffee = submissions(client, comments="COFFEE")
    assert coffee and all("coffee" in item["data"]["comments"].lower() for item in coffee)
    exact = submissions(client, comments="Average experience.")
    assert exact and {item["data"]["comments"] for item in exact} == {"Average experience."}
    both = submissions(client, comments="great", recommend="Yes")
    assert both and all("great" in i["data"]["comments"].lower() and i["data"]["recommend"] == "Yes" for i in both)
    assert len(both) < len(submissions(client, comments="great"))
    assert submissions(client, no_such_field="x") == []
    contact = api().get("/submissions", params={"form_id": CONTACT_FORM_ID, "email": "example.org"}).json()
    assert {s["data"]["name"] for s in contact["submissions"]} == {"Ada Lovelace", "Alan Turing"}
    assert contact["meta"]["totalCount"] == 2


def test_date_filters_compare_dates(api: Any) -> None:
    client = api()
    every = submissions(client)
    cut = sorted(item["data"]["visit_date"] for item in every)[30]
    later = submissions(client, visit_date__gte=cut)
    assert sorted(i["id"] for i in later) == sorted(i["id"] for i in every if i["data"]["visit_date"] >= cut)
    created_cut = "2025-11-20"
    newer = submissions(client, created_at__gt=created_cut)
    assert newer and all(item["createdAt"] > created_cut for item in newer)
    assert len(newer) + len(submissions(client, created_at__lte=created_cut)) == 48


def test_sort_and_order(api: Any) -> None:
    client = api()
    ascending = submissions(client, sort="Rating")
    assert ratings(ascending) == sorted(ratings(ascending))
    descending = submissions(client, sort="Rating", order="desc")
    assert ratings(descending) == sorted(ratings(descending), reverse=True)
    fives = [item["createdAt"] for item in descending if item["data"]["Rating"] == 5]
    assert fives == sorted(fives), "ties keep creation order"
    by_created = submissions(client, sort="created_at")
    assert [i["createdAt"] for i in by_created] == sorted(i["createdAt"] for i in by_created)
    by_name = submissions(client, sort="name", order="desc")
    names = [item["data"]["name"].lower() for item in by_name]
    assert names == sorted(names, reverse=True)
    filtered = submissions(client, sort="Rating", order="desc", Rating__lt="3")
    assert ratings(filtered) == sorted((r for r in ratings(ascending) if r < 3), reverse=True)
    unknown_field = submissions(client, sort="nothing")
    assert len(unknown_field) == 48
    assert client.get("/submissions", params={"form_id": FEEDBACK_FORM_ID, "order": "sideways"}).status_code == 400


def test_an_internal_failure_is_a_documented_500(
    api: Any, mock: FormesterMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(call: Any) -> Any:
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr(mock, "list_forms", broken)
    response = api().get("/forms")
    assert response.status_code == 500
    assert set(response.json()) == {"message"} and "fire" not in response.text
    assert "list_forms" not in mock.answered, "a failed call is not counted as answered"


# -- get and delete -------------------------------------------------------------------------------------


def test_get_submission_returns_the_documented_envelope(api: Any) -> None:
    body = api().get(f"/submissions/{JOHN}").json()
    assert body["submission"]["id"] == JOHN
    assert body["submission"]["formId"] == "550e8400-e29b-41d4-a716-446655440000"
    assert body["submission"]["data"]["name"] == "John Doe"
    for missing in ("00000000-0000-4000-8000-000000000000", "not-a-uuid"):
        response = api().get(f"/submissions/{missing}")
        assert (response.status_code, response.json()) == (404, {"message": "Submission not found"})


def test_delete_then_get_is_404_and_counts_drop(api: Any, mock: FormesterMock) -> None:
    client = api()
    first = client.get("/submissions", params={"form_id": FEEDBACK_FORM_ID}).json()["submissions"][0]["id"]
    deleted = client.delete(f"/submissions/{first}")
    assert (deleted.status_code, deleted.json()) == (200, {"message": "Submission deleted successfully"})
    assert mock.deleted == [first]
    assert client.get(f"/submissions/{first}").status_code == 404
    again = client.delete(f"/submissions/{first}")
    assert (again.status_code, again.json()) == (404, {"message": "Submission not found"})
    forms = {f["id"]: f for f in all_pages(client, "/forms", "forms")[0]}
    assert forms[FEEDBACK_FORM_ID]["submissionsCount"] == 47
    assert len(submissions(client)) == 47
    mock.reset()
    assert client.get(f"/submissions/{first}").status_code == 200
    assert mock.deleted == []


def test_dataset_is_deterministic() -> None:
    one, two = FormesterMock(MockSettings(rate_limits=False)), FormesterMock(MockSettings(rate_limits=False))
    assert one.submissions == two.submissions and one.forms == two.forms
    assert len([s for s in one.submissions.values() if s["formId"] == FEEDBACK_UUID]) >= 45


# -- rate limits ------------------------------------------------------------------------------------------


def test_ten_requests_per_60_seconds_per_token(clock: FakeClock) -> None:
    mock = FormesterMock(MockSettings(clock=clock))
    conformance = Conformance(mock)
    hooks = {"response": [conformance.hook]}
    with (
        httpx.Client(
            base_url=mock.base_url,
            transport=mock.transport(),
            headers={"X-FORMESTER-TOKEN": FULL_TOKEN},
            event_hooks=hooks,
        ) as full,
        httpx.Client(
            base_url=mock.base_url,
            transport=mock.transport(),
            headers={"X-FORMESTER-TOKEN": VIEW_TOKEN},
            event_hooks=hooks,
        ) as view,
    ):
        assert [full.get("/forms").status_code for _ in range(10)] == [200] * 10
        limited = full.get(f"/submissions/{JOHN}")
        assert (limited.status_code, limited.json()) == (429, {"message": "You have exceeded api rate limit"})
        assert limited.headers["Retry-After"] == "60"
        assert view.get("/forms").status_code == 200, "each token has its own window"
        clock.advance(30)
        assert full.get("/forms").headers["Retry-After"] == "30"
        clock.advance(30)
        assert full.get("/forms").status_code == 200
        mock.reset()
        assert [full.get("/forms").status_code for _ in range(9)] == [200] * 9, "reset clears the counters"
    assert conformance.checked > 20
    assert math.isclose(mock.profile.rate_limits[0].period, 60)


# -- bad input never gets a 5xx -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "statuses"),
    [
        ({"form_id": "9" * 40}, {404}),
        ({"form_id": FEEDBACK_FORM_ID, "page": "9" * 30}, {200, 400}),
        ({"form_id": FEEDBACK_FORM_ID, "sort": "x" * 300}, {200, 400}),
        ({"form_id": FEEDBACK_FORM_ID, "Rating__gte": "abc"}, {200, 400}),
        ({"form_id": FEEDBACK_FORM_ID, "Rating__gte": "NaN", "visit_date__lt": "2025-13-45"}, {200, 400}),
        ({"form_id": FEEDBACK_FORM_ID, "__gte": "3", "Rating__": "1", "data": "\u00e9\u0000"}, {200, 400}),
        ({"form_id": FEEDBACK_FORM_ID, "sort": "comments", "order": "DESC"}, {200, 400}),
    ],
)
def test_odd_queries_get_an_answer_never_a_5xx(api: Any, params: dict[str, Any], statuses: set[int]) -> None:
    response = api().get("/submissions", params=params)
    assert response.status_code in statuses, response.text


def test_bodies_and_unknown_routes_are_client_errors(api: Any) -> None:
    client = api()
    with_body = client.request(
        "DELETE", f"/submissions/{JOHN}", content=b'{"broken": ', headers={"Content-Type": "application/json"}
    )
    assert with_body.status_code == 200, "DELETE declares no body, so one is ignored"
    assert client.get("/nowhere").status_code == 404
    assert client.post("/forms", content=b"\xff\xfe").status_code == 405
    assert client.get("/submissions", params=[("form_id", "456"), ("form_id", "123")]).status_code == 400
