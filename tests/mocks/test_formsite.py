"""The Formsite mock behaves as the Formsite API v2 docs say, and everything it sends fits the spec."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks.formsite import FormsiteMock
from tests.mocks._conformance import Conformance

TOKEN = "fs_demo_token"
BASIC_PLAN_TOKEN = "fs_basic_plan_token"
RESULTS = "/forms/contact/results"


@pytest.fixture
def mock(clock: FakeClock) -> FormsiteMock:
    return FormsiteMock(MockSettings(rate_limits=False, clock=clock))


def open_client(mock: FormsiteMock, conformance: Conformance, headers: dict[str, str], base_url: str) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        transport=mock.transport(),
        headers=headers,
        event_hooks={"response": [conformance.hook]},
    )


@pytest.fixture
def api(mock: FormsiteMock, conformance: Conformance) -> Iterator[Any]:
    """api(token, user_dir=...) -> an httpx.Client sending `Authorization: bearer <token>` (None: no header)."""
    clients: list[httpx.Client] = []

    def make(token: str | None = TOKEN, *, user_dir: str = "demo", scheme: str = "bearer") -> httpx.Client:
        headers = {"Authorization": f"{scheme} {token}"} if token is not None else {}
        client = open_client(mock, conformance, headers, mock.base_url.replace("/demo", f"/{user_dir}"))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def results(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Every result for `params`, page by page, checking the Pagination-* headers of each page."""
    found: list[dict[str, Any]] = []
    page = 1
    while True:
        response = client.get(RESULTS, params={**params, "page": page})
        assert response.status_code == 200, response.text
        assert response.headers["Pagination-Page-Current"] == str(page)
        found += response.json()["results"]
        if page >= int(response.headers["Pagination-Page-Last"]):
            return found
        page += 1


def ids(found: list[dict[str, Any]]) -> list[str]:
    return [result["id"] for result in found]


def answer(result: dict[str, Any], item_id: str) -> dict[str, Any]:
    return next(item for item in result["items"] if item["id"] == item_id)


def stored(mock: FormsiteMock, form_dir: str = "contact") -> list[dict[str, Any]]:
    return mock.forms[form_dir].results


def error(status: int, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "status": status}}


# -- auth ------------------------------------------------------------------------------------------------

PATHS = ["/forms", "/forms/contact", "/forms/contact/items", RESULTS, "/forms/contact/webhooks"]


@pytest.mark.parametrize("path", PATHS)
def test_missing_or_invalid_token_gets_the_documented_401(api: Any, path: str) -> None:
    missing = api(None).get(path)
    assert (missing.status_code, missing.json()) == (401, error(401, "Authentication info is missing or invalid."))
    for client in (api("not-a-token"), api(TOKEN, scheme="Basic"), api("", scheme="bearer")):
        response = client.get(path)
        assert (response.status_code, response.json()) == (401, error(401, "Invalid access token."))


def test_the_bearer_word_is_case_insensitive(api: Any) -> None:
    assert api(TOKEN, scheme="bearer").get("/forms").status_code == 200
    assert api(TOKEN, scheme="Bearer").get("/forms").status_code == 200


@pytest.mark.parametrize("path", PATHS)
def test_403_for_an_account_below_pro_1_and_for_another_accounts_user_dir(api: Any, path: str) -> None:
    basic = api(BASIC_PLAN_TOKEN).get(path)
    assert basic.status_code == 403
    assert basic.json()["error"] == {
        "message": "Forbidden. API access requires a Pro 1 level or higher Formsite account.",
        "status": 403,
    }
    elsewhere = api(TOKEN, user_dir="someone_else").get(path)
    assert elsewhere.status_code == 403 and elsewhere.json()["error"]["status"] == 403


def test_a_refused_call_changes_nothing(api: Any, mock: FormsiteMock) -> None:
    hook = {"event": "result_completed", "url": "https://example.com/hook"}
    assert api(None).post("/forms/contact/webhooks", json=hook).status_code == 401
    assert api(BASIC_PLAN_TOKEN).post("/forms/contact/webhooks", json=hook).status_code == 403
    assert mock.webhook_registrations["contact"] == []
    assert not mock.answered


# -- forms and items ------------------------------------------------------------------------------------


def test_get_forms_and_get_form(api: Any, mock: FormsiteMock) -> None:
    client = api()
    forms = client.get("/forms").json()["forms"]
    assert [form["directory"] for form in forms] == ["contact", "order", "survey2025"]
    assert {form["directory"]: form["stats"]["resultsCount"] for form in forms} == {
        "contact": 250,
        "order": 12,
        "survey2025": 5,
    }
    assert forms[2]["state"].startswith("closed")
    assert client.get("/forms/contact").json() == {"forms": [forms[0]]}
    missing = client.get("/forms/nope")
    assert (missing.status_code, missing.json()) == (404, error(404, "Form not found."))


def test_items_with_and_without_results_labels(api: Any) -> None:
    client = api()
    items = client.get("/forms/contact/items").json()["items"]
    assert [(item["id"], item["position"], item["label"]) for item in items][:2] == [
        ("100", 0, "What is your name?"),
        ("101", 1, "Email address"),
    ]
    labelled = client.get("/forms/contact/items", params={"results_labels": "11"}).json()["items"]
    assert [item["label"] for item in labelled] == ["Name", "Email", "Message", "Source", "Products"]
    assert [item["id"] for item in labelled] == [item["id"] for item in items]
    unknown = client.get("/forms/contact/items", params={"results_labels": "99"})
    assert unknown.status_code == 422 and unknown.json()["error"]["message"].startswith("Invalid parameter")
    matrix = client.get("/forms/survey2025/items").json()["items"][0]
    assert matrix["children"] == ["301", "302"]


# -- paging ----------------------------------------------------------------------------------------------


def test_limit_is_capped_at_100_with_the_pagination_headers_on_every_page(api: Any, mock: FormsiteMock) -> None:
    client = api()
    for page, size in ((1, 100), (2, 100), (3, 50)):
        response = client.get(RESULTS, params={"limit": 500, "page": page})
        assert len(response.json()["results"]) == size
        assert (
            response.headers["Pagination-Limit"],
            response.headers["Pagination-Page-Current"],
            response.headers["Pagination-Page-Last"],
        ) == ("100", str(page), "3")
    default = client.get(RESULTS)
    assert default.headers["Pagination-Limit"] == "100" and len(default.json()["results"]) == 100
    past = client.get(RESULTS, params={"page": 4})
    assert past.json() == {"results": []} and past.headers["Pagination-Page-Last"] == "3"
    small = results(client, limit=30)
    assert len(small) == 250 and len(set(ids(small))) == 250
    assert client.get(RESULTS, params={"limit": 30}).headers["Pagination-Page-Last"] == "9"
    empty = client.get(RESULTS, params={"search_equals[100]": "nobody"})
    assert empty.json() == {"results": []} and empty.headers["Pagination-Page-Last"] == "1"


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": "ten"}, {"page": 0}, {"page": "1.5"}, {"after_id": -1}, {"before_id": "x"}],
)
def test_bad_paging_and_id_values_get_422_invalid_parameter(api: Any, params: dict[str, Any]) -> None:
    response = api().get(RESULTS, params=params)
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("Invalid parameter")
    assert response.json()["error"]["status"] == 422


# -- search ----------------------------------------------------------------------------------------------


def test_default_order_is_newest_result_first(api: Any, mock: FormsiteMock) -> None:
    everything = results(api())
    assert ids(everything) == sorted(ids(stored(mock)), key=int, reverse=True)


def test_search_equals_on_text_is_whole_value_and_case_insensitive(api: Any, mock: FormsiteMock) -> None:
    name = answer(stored(mock)[0], "100")["value"]
    found = results(api(), **{"search_equals[100]": name.upper()})
    expected = [r["id"] for r in stored(mock) if answer(r, "100")["value"] == name]
    assert sorted(ids(found)) == sorted(expected) and expected
    assert results(api(), **{"search_equals[100]": name[:-1]}) == []


def test_multiple_choice_is_matched_by_choice_position(api: Any, mock: FormsiteMock) -> None:
    client = api()
    for position, label in enumerate(("Search engine", "Friend", "Advertisement", "Other")):
        found = results(client, **{"search_equals[200]": str(position)})
        expected = [r["id"] for r in stored(mock) if answer(r, "200")["values"][0]["position"] == position]
        assert sorted(ids(found)) == sorted(expected) and len(expected) in (62, 63)
        assert {answer(r, "200")["values"][0]["value"] for r in found} == {label}
    checkbox = results(client, **{"search_equals[201]": "2"})
    expected = [r["id"] for r in stored(mock) if any(c["position"] == 2 for c in answer(r, "201")["values"])]
    assert sorted(ids(checkbox)) == sorted(expected) and 0 < len(expected) < 250
    for wanted in ("Friend", "1.0", "²", "-1"):
        refused = client.get(RESULTS, params={"search_equals[200]": wanted})
        assert refused.status_code == 422, wanted
        assert "position" in refused.json()["error"]["message"]


@pytest.mark.parametrize(
    ("kind", "needle", "test"),
    [
        ("search_contains", "DISCOUNT", lambda value: "discount" in value.lower()),
        ("search_begins", "great", lambda value: value.lower().startswith("great")),
        ("search_ends", "?", lambda value: value.endswith("?")),
    ],
)
def test_contains_begins_and_ends_on_text_items(
    api: Any, mock: FormsiteMock, kind: str, needle: str, test: Any
) -> None:
    found = results(api(), **{f"{kind}[102]": needle})
    expected = [r["id"] for r in stored(mock) if test(answer(r, "102")["value"])]
    assert sorted(ids(found)) == sorted(expected) and 0 < len(expected) < 250


@pytest.mark.parametrize("kind", ["search_contains", "search_begins", "search_ends"])
@pytest.mark.parametrize("item_id", ["200", "201", "result_status", "user_ip"])
def test_contains_begins_and_ends_are_for_text_items_only(api: Any, kind: str, item_id: str) -> None:
    response = api().get(RESULTS, params={f"{kind}[{item_id}]": "1"})
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith(f"Invalid parameter: {kind}[{item_id}]")


def test_meta_items_match_search_equals_as_in_the_output(api: Any, mock: FormsiteMock) -> None:
    client = api()
    incomplete = results(client, **{"search_equals[result_status]": "Incomplete"})
    assert len(incomplete) == 10 and all("date_finish" not in r for r in incomplete)
    assert all(r["login_username"] for r in incomplete)
    one = stored(mock)[17]
    assert ids(results(client, **{"search_equals[result_id]": one["id"]})) == [one["id"]]
    by_ip = results(client, **{"search_equals[user_ip]": one["user_ip"]})
    assert one["id"] in ids(by_ip) and {r["user_ip"] for r in by_ip} == {one["user_ip"]}
    na = results(client, **{"search_equals[user_referrer]": "N/A"})
    assert len(na) == sum(r["user_referrer"] == "N/A" for r in stored(mock))


def test_unknown_or_non_storing_items_cannot_be_searched(api: Any) -> None:
    client = api()
    for params in ({"search_equals[999]": "x"}, {"search_equals[user_browser]": "Firefox"}, {"search_equals[]": "x"}):
        assert client.get(RESULTS, params=params).status_code == 422, params
    matrix = client.get("/forms/survey2025/results", params={"search_equals[300]": "1"})
    assert matrix.status_code == 422
    sub_item = client.get("/forms/survey2025/results", params={"search_equals[302]": "3"})
    assert sub_item.status_code == 200 and len(sub_item.json()["results"]) == 5


def test_search_method_combines_criteria_with_and_or_or(api: Any, mock: FormsiteMock) -> None:
    client = api()
    criteria = {"search_equals[200]": "1", "search_contains[102]": "discount"}
    friend = {r["id"] for r in stored(mock) if answer(r, "200")["values"][0]["position"] == 1}
    discount = {r["id"] for r in stored(mock) if "discount" in answer(r, "102")["value"]}
    assert friend & discount and friend - discount and discount - friend
    assert set(ids(results(client, **criteria))) == friend & discount
    assert set(ids(results(client, **criteria, search_method="and"))) == friend & discount
    assert set(ids(results(client, **criteria, search_method="or"))) == friend | discount
    assert client.get(RESULTS, params={**criteria, "search_method": "xor"}).status_code == 422


# -- sort ------------------------------------------------------------------------------------------------


def test_sort_by_meta_or_item_in_either_direction(api: Any, mock: FormsiteMock) -> None:
    client = api()
    ascending = results(client, sort_direction="asc")
    assert ids(ascending) == sorted(ids(stored(mock)), key=int)
    by_name = results(client, sort_id="100", sort_direction="asc")
    names = [answer(r, "100")["value"].casefold() for r in by_name]
    assert names == sorted(names) and names[0] < names[-1]
    by_name_desc = results(client, sort_id="100")
    assert [answer(r, "100")["value"].casefold() for r in by_name_desc] == sorted(names, reverse=True)
    by_update = results(client, sort_id="date_update", sort_direction="asc")
    assert [r["date_update"] for r in by_update] == sorted(r["date_update"] for r in stored(mock))
    assert len(results(client, sort_id="payment_amount")) == 250, "a meta item no result has still sorts"
    order = client.get("/forms/order/results", params={"sort_id": "payment_amount", "sort_direction": "asc"})
    amounts = [r["payment_amount"] for r in order.json()["results"]]
    assert amounts == sorted(amounts) and len(amounts) == 12
    for params in ({"sort_id": "999"}, {"sort_id": "300"}, {"sort_direction": "up"}):
        assert client.get(RESULTS, params=params).status_code == 422, params


# -- date and id windows -------------------------------------------------------------------------------


def test_id_windows_are_exclusive(api: Any, mock: FormsiteMock) -> None:
    numbers = sorted(int(r["id"]) for r in stored(mock))
    low, high = numbers[10], numbers[20]
    found = results(api(), after_id=low, before_id=high)
    assert sorted(int(i) for i in ids(found)) == numbers[11:20]
    assert len(results(api(), after_id=numbers[-1])) == 0


def test_date_windows_take_iso_utc_or_local_dates_and_are_exclusive(api: Any, mock: FormsiteMock) -> None:
    client = api()
    updates = sorted({r["date_update"] for r in stored(mock)})
    low, high = updates[50], updates[60]
    window = results(client, after_date=low, before_date=high)
    assert sorted({r["date_update"] for r in window}) == updates[51:60]
    # The same instants as `YYYY-MM-DD HH:MM:SS` in the account's local time (UTC-05:00).
    local = timezone(timedelta(hours=-5))

    def as_local(text: str) -> str:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        return moment.astimezone(local).strftime("%Y-%m-%d %H:%M:%S")

    assert ids(results(client, after_date=as_local(low), before_date=as_local(high))) == ids(window)
    assert ids(results(client, after_date=low.replace("Z", "+00:00"), before_date=high)) == ids(window)
    for space in ("%20", "+"):  # the docs ask for %20; form encoding sends "+"
        raw = f"{RESULTS}?after_date={as_local(low).replace(' ', space)}&before_date={high}".replace(":", "%3A")
        assert ids(client.get(raw).json()["results"]) == ids(window)
    fractional = results(client, after_date=low.replace("Z", ".5Z"))
    assert low not in {r["date_update"] for r in fractional}
    assert len(fractional) == len(results(client, after_date=low))


def test_the_same_search_on_the_same_item_twice_gets_422(api: Any) -> None:
    twice = [("search_contains[100]", "a"), ("search_contains[100]", "b")]
    response = api().get(RESULTS, params=twice)
    assert response.status_code == 422
    assert "search_contains[100] given more than once" in response.json()["error"]["message"]
    other_families = [("search_contains[100]", "a"), ("search_begins[100]", "A")]
    assert api().get(RESULTS, params=other_families).status_code == 200, "different parameters may share an item"


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "2025-10-01",
        "2025-10-01T10:00:00",
        "2025-10-01T10:00:00+02:00",
        "2025-02-30 10:00:00",
        "2025-13-01T00:00:00Z",
        "0000-01-01T00:00:00Z",
    ],
)
def test_malformed_dates_get_422(api: Any, value: str) -> None:
    for name in ("after_date", "before_date"):
        response = api().get(RESULTS, params={name: value})
        assert response.status_code == 422, (name, value)
        assert response.json()["error"]["message"].startswith("Invalid parameter")


# -- results views -------------------------------------------------------------------------------------


def test_results_view_limits_the_items_of_each_result(api: Any) -> None:
    client = api()
    viewed = client.get(RESULTS, params={"results_view": "12"}).json()["results"]
    assert len(viewed) == 100
    assert {tuple(item["id"] for item in r["items"]) for r in viewed} == {("100", "101")}
    assert "user_ip" in viewed[0]
    unknown = client.get(RESULTS, params={"results_view": "99"})
    assert unknown.status_code == 422 and "results_view" in unknown.json()["error"]["message"]


# -- rate limits -------------------------------------------------------------------------------------------


def test_50_calls_a_minute_then_429_with_retry_after(clock: FakeClock) -> None:
    mock = FormsiteMock(MockSettings(clock=clock))  # rate limits are on by default
    checker = Conformance(mock)
    with open_client(mock, checker, {"Authorization": f"bearer {TOKEN}"}, mock.base_url) as client:
        assert [client.get("/forms").status_code for _ in range(50)] == [200] * 50
        limited = client.get(RESULTS)
        assert (limited.status_code, limited.json()) == (429, error(429, "Too many requests."))
        assert limited.headers["Retry-After"] == "60"
        clock.advance(45)
        assert client.get("/forms").headers["Retry-After"] == "15"
        clock.advance(15)
        assert client.get("/forms").status_code == 200
    assert mock.answered["get_forms"] == 51, "refused calls are not answered"


def test_10000_calls_a_day(clock: FakeClock) -> None:
    mock = FormsiteMock(MockSettings(clock=clock))
    per_day = next(limit for limit in mock.profile.rate_limits if limit.name == "per-day")
    assert (per_day.requests, per_day.period) == (10_000, 86_400)
    # 9,990 calls spread over the last 20 hours, recorded the way the mock records each admitted call
    # (10,000 real in-process requests would take the suite ten seconds for the same proof).
    key = ("credential", TOKEN)
    for _ in range(999):
        for _ in range(10):
            assert mock.limiter.try_acquire([(per_day, key)]) == (0.0, None)
        clock.advance(72)
    checker = Conformance(mock)
    with open_client(mock, checker, {"Authorization": f"bearer {TOKEN}"}, mock.base_url) as client:
        assert [client.get("/forms").status_code for _ in range(10)] == [200] * 10
        limited = client.get("/forms")
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) > 60, "the daily limit, not the minute limit, refused it"
        clock.advance(int(limited.headers["Retry-After"]))
        assert client.get("/forms").status_code == 200


def test_rate_limits_can_be_switched_off(api: Any) -> None:
    client = api()
    assert {client.get("/forms").status_code for _ in range(120)} == {200}


def test_limits_count_per_account_token(clock: FakeClock) -> None:
    mock = FormsiteMock(MockSettings(clock=clock))
    checker = Conformance(mock)
    with open_client(mock, checker, {"Authorization": f"bearer {TOKEN}"}, mock.base_url) as client:
        for _ in range(50):
            client.get("/forms")
        assert client.get("/forms").status_code == 429
    with open_client(mock, checker, {"Authorization": f"bearer {BASIC_PLAN_TOKEN}"}, mock.base_url) as other:
        assert other.get("/forms").status_code == 403, "another account's calls are not refused by this one's limit"
    mock.reset()
    with open_client(mock, checker, {"Authorization": f"bearer {TOKEN}"}, mock.base_url) as client:
        assert client.get("/forms").status_code == 200, "reset clears the counters"


# -- webhooks ----------------------------------------------------------------------------------------------


def test_webhooks_are_created_or_updated_by_url_and_deleted_by_url(api: Any, mock: FormsiteMock) -> None:
    client = api()
    hooks = "/forms/contact/webhooks"
    assert client.get(hooks).json() == {"webhooks": []}
    first = {"event": "result_completed", "url": "https://example.com/a", "handshake_key": "k1"}
    second = {"event": "result_completed", "url": "https://example.com/b"}
    assert client.post(hooks, json=first).json() == {"webhook": first}
    assert client.post(hooks, json=second).json() == {"webhook": second}
    updated = {**first, "handshake_key": "k2"}
    assert client.post(hooks, json=updated).json() == {"webhook": updated}
    assert client.get(hooks).json() == {"webhooks": [updated, second]}, "updated in place, not added"
    without_key = {"event": "result_completed", "url": "https://example.com/a"}
    client.post(hooks, json=without_key)
    assert client.get(hooks).json()["webhooks"][0] == without_key, "an update without a key removes it"
    deleted = client.delete(hooks, params={"url": "https://example.com/a"})
    assert (deleted.status_code, deleted.json()) == (200, {})
    assert client.get(hooks).json() == {"webhooks": [second]}
    again = client.delete(hooks, params={"url": "https://example.com/a"})
    assert (again.status_code, again.json()) == (404, error(404, "Webhook not found."))
    assert client.get("/forms/order/webhooks").json()["webhooks"][0]["handshake_key"] == "orders-handshake-key"
    assert mock.webhook_registrations["contact"] == [second]


@pytest.mark.parametrize(
    "body",
    [
        {"event": "result_updated", "url": "https://example.com/a"},
        {"event": "result_completed"},
        {"url": "https://example.com/a"},
        {"event": "result_completed", "url": "not a url"},
        {"event": "result_completed", "url": "https://example.com/a", "handshake_key": 7},
        {"event": "result_completed", "url": "https://example.com/a", "extra": True},
        [],
    ],
)
def test_invalid_webhook_bodies_get_422(api: Any, mock: FormsiteMock, body: Any) -> None:
    response = api().post("/forms/contact/webhooks", json=body)
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("Invalid parameter")
    assert mock.webhook_registrations["contact"] == []


def test_delete_webhook_needs_a_url(api: Any) -> None:
    response = api().delete("/forms/contact/webhooks")
    assert response.status_code == 422 and "url" in response.json()["error"]["message"]


# -- never a 5xx -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("POST", "/forms/contact/webhooks", {"content": b"{not json", "headers": {"Content-Type": "application/json"}}),
        ("POST", "/forms/contact/webhooks", {"content": b"\xff\xfe", "headers": {"Content-Type": "application/json"}}),
        ("POST", "/forms/contact/webhooks", {"content": b"event=x", "headers": {"Content-Type": "text/plain"}}),
        ("POST", "/forms/contact/webhooks", {"content": b""}),
        ("POST", "/forms/contact/webhooks", {"content": b"[" * 2_000_000}),
        ("GET", RESULTS, {"params": {"search_equals[200]": "\u0661"}}),
        ("GET", RESULTS, {"params": {"search_equals[200]": "99999999999999999999999"}}),
        ("GET", RESULTS, {"params": {"page": "99999999999999999999"}}),
        ("GET", RESULTS, {"params": {"after_id": "99999999999999999999", "limit": "99999999999999999999"}}),
        ("GET", RESULTS, {"params": {"after_date": "9999-12-31 23:59:59", "before_date": "0001-01-01 00:00:00"}}),
        ("GET", RESULTS, {"params": [("limit", "1"), ("limit", "2")]}),
        ("GET", "/forms/%00/results", {}),
        ("GET", "/forms/contact/nothing", {}),
        ("PUT", "/forms/contact", {}),
    ],
)
def test_bad_input_never_gets_a_5xx(api: Any, method: str, path: str, kwargs: dict[str, Any]) -> None:
    response = api().request(method, path, **kwargs)
    assert 200 <= response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["error"]["status"] == response.status_code
    api().get("/forms")  # at least one documented operation for the conformance fixture


def test_webhooks_can_be_created_form_encoded_as_production_integrations_do(api: Any, mock: FormsiteMock) -> None:
    client = api()
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    created = client.post(
        "/forms/contact/webhooks", content="event=result_completed&url=https%3A%2F%2Fx.test%2Fh", headers=form
    )
    assert created.status_code == 200, created.text
    assert created.json() == {"webhook": {"event": "result_completed", "url": "https://x.test/h"}}
    keyed = client.post(
        "/forms/contact/webhooks", data={"event": "result_completed", "url": "https://x.test/h", "handshake_key": "K"}
    )
    assert keyed.json()["webhook"]["handshake_key"] == "K", "an update by the same url, form-encoded by httpx"
    assert mock.webhook_registrations["contact"] == [
        {"event": "result_completed", "url": "https://x.test/h", "handshake_key": "K"}
    ]
    for body in (
        "event=result_completed&url=https%3A%2F%2Fx.test%2Fh&url=https%3A%2F%2Fy.test",
        "event=other&url=x",
        "%ff=1",
    ):
        refused = client.post("/forms/contact/webhooks", content=body, headers=form)
        assert refused.status_code == 422 and refused.json()["error"]["message"].startswith("Invalid parameter: body")
