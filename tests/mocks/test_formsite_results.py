"""get_form_results through the results index answers exactly what filtering and sorting every result did.

`reference` below is the handler as it was before the index (every result parsed, filtered, sorted and
sliced on every request), kept here as the plain statement of what a query means. Hypothesis draws
queries over every parameter the spec allows (sort ids, directions, id and date windows, searches of
each kind, search_method, pages, limits, Results Views) and changes to the results in between (results
completed, removed, edited in place, re-ordered, a repeated id), and the two must give the same body
and headers, or the same error.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.datastructures import Headers

from formclients.mocks import ApiError, Call, FakeClock, create_mock
from formclients.mocks._paging import page_of
from formclients.mocks.formsite import (
    ACCOUNT_TIMEZONE,
    META_SEARCHABLE,
    META_SORTABLE,
    SEARCH_KINDS,
    FormData,
    FormsiteMock,
    iso,
    parse_date,
)

MOCK = create_mock("formsite", rate_limits=False, clock=FakeClock(), deliver_webhooks=False)
FORMS = ("contact", "order", "survey2025")


# -- the handler before the index, verbatim but for `mock` in place of `self` --------------------------------


def reference(mock: FormsiteMock, call: Call) -> tuple[Any, dict[str, str]]:
    form = mock.form(call)
    results = [result for result in form.results if in_windows(mock, call, result)]
    results = search(mock, call, form, results)
    results = sort(mock, call, form, results)
    limit = min(int(call.param("limit", 100)), 100)
    page = int(call.param("page", 1))
    shown, last = page_of(results, page, limit)
    view = mock.view(call, form)
    if view is not None:
        shown = [{**result, "items": [i for i in result["items"] if i["id"] in view]} for result in shown]
    headers = {
        "Pagination-Limit": str(limit),
        "Pagination-Page-Current": str(page),
        "Pagination-Page-Last": str(last),
    }
    return {"results": shown}, headers


def in_windows(mock: FormsiteMock, call: Call, result: dict[str, Any]) -> bool:
    number = int(result["id"])
    after_id, before_id = call.param("after_id"), call.param("before_id")
    if after_id is not None and not number > after_id:
        return False
    if before_id is not None and not number < before_id:
        return False
    updated = parse_date(result["date_update"])
    after, before = mock.date_bound(call, "after_date"), mock.date_bound(call, "before_date")
    return (after is None or updated > after) and (before is None or updated < before)


def search(mock: FormsiteMock, call: Call, form: FormData, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    criteria: list[tuple[str, str, str]] = []
    for kind in SEARCH_KINDS:
        for item_id, wanted in (call.param(kind) or {}).items():
            mock.check_criterion(form, kind, item_id, wanted)
            criteria.append((kind, item_id, wanted))
    if not criteria:
        return results
    combine = any if call.param("search_method", "and") == "or" else all
    return [
        result
        for result in results
        if combine(matches(result, kind, item_id, wanted) for kind, item_id, wanted in criteria)
    ]


def matches(result: dict[str, Any], kind: str, item_id: str, wanted: str) -> bool:
    if item_id in META_SEARCHABLE:
        return str(result.get(META_SEARCHABLE[item_id], "")) == wanted
    answer = next((item for item in result["items"] if item["id"] == item_id), None)
    if answer is None:
        return False
    if "values" in answer:
        return any(choice["position"] == int(wanted) for choice in answer["values"])
    value, needle = str(answer.get("value", "")).casefold(), wanted.casefold()
    if kind == "search_equals":
        return value == needle
    if kind == "search_contains":
        return needle in value
    if kind == "search_begins":
        return value.startswith(needle)
    return value.endswith(needle)


def sort(mock: FormsiteMock, call: Call, form: FormData, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sort_id = str(call.param("sort_id", "result_id"))
    descending = call.param("sort_direction", "desc") == "desc"
    if sort_id not in META_SORTABLE:
        item = form.item(sort_id)
        if item is None or item.children is not None:
            raise mock.invalid_parameter("sort_id", f"the form has no meta item or item {sort_id!r}")

    def key(result: dict[str, Any]) -> tuple[Any, int]:
        number = int(result["id"])
        if sort_id == "result_id":
            return (number, number)
        if sort_id == "payment_amount":
            amount = result.get("payment_amount")
            return (-math.inf if amount is None else float(amount), number)
        if sort_id in META_SORTABLE:
            return (str(result.get(sort_id, "")).casefold(), number)
        answer: dict[str, Any] = next((item for item in result["items"] if item["id"] == sort_id), {})
        if "values" in answer:
            return (", ".join(choice["value"] for choice in answer["values"]).casefold(), number)
        return (str(answer.get("value", "")).casefold(), number)

    return sorted(results, key=key, reverse=descending)


# -- drawing queries and changes -------------------------------------------------------------------------


def results_of(form_dir: str) -> list[dict[str, Any]]:
    return MOCK.forms[form_dir].results


def date_text(moment: datetime, local: bool) -> str:
    """A date as the spec admits it: ISO 8601 UTC, or the account's local `YYYY-MM-DD HH:MM:SS`."""
    return moment.astimezone(ACCOUNT_TIMEZONE).strftime("%Y-%m-%d %H:%M:%S") if local else iso(moment)


@st.composite
def window(draw: st.DrawFn, points: list[Any], near: st.SearchStrategy[Any]) -> tuple[Any, Any]:
    """(after, before) bounds around `points` (sorted): one, both (mostly in order) or neither, each often
    exactly a stored value (the bounds are exclusive) and otherwise near one."""
    if not points or not chance(draw, 5):
        return None, None
    low, high = sorted(draw(st.lists(st.integers(0, len(points) - 1), min_size=2, max_size=2)))
    after, before = points[low], points[high]
    if chance(draw, 4):
        after = draw(near)
    if chance(draw, 4):
        before = draw(near)
    shape = draw(st.sampled_from(("after", "before", "both")))
    return (None if shape == "before" else after), (None if shape == "after" else before)


def chance(draw: st.DrawFn, tenths: int) -> bool:
    """True `tenths` times in ten (hypothesis has no weights; most queries should be ones that select results)."""
    return draw(st.integers(0, 9)) < tenths


@st.composite
def criterion(draw: st.DrawFn, form_dir: str) -> tuple[str, str, str]:
    """(kind, item id, wanted): a search the form allows, drawn from what its results hold; one time in
    ten a search it answers 422 to."""
    form = MOCK.forms[form_dir]
    stored = results_of(form_dir)[:40]
    if not chance(draw, 9):
        kind = draw(st.sampled_from(SEARCH_KINDS[1:]))
        return kind, draw(st.sampled_from(["999", "result_id", *(i.id for i in form.items if not i.is_text)])), "1"
    searchable = [item for item in form.items if item.children is None]
    item_id = draw(st.sampled_from([*(item.id for item in searchable), *META_SEARCHABLE]))
    if item_id in META_SEARCHABLE:
        values = [str(result.get(META_SEARCHABLE[item_id], "")) for result in stored]
        return "search_equals", item_id, draw(st.sampled_from([*values, "nothing"]))
    item = form.item(item_id)
    assert item is not None
    if item.choices is not None:
        position = draw(st.integers(0, len(item.choices)))
        return "search_equals", item_id, draw(st.sampled_from((str(position), f" {position} ")))
    kind = draw(st.sampled_from(SEARCH_KINDS))
    answers = [str(i.get("value", "")) for r in stored for i in r["items"] if i["id"] == item_id] or [""]
    text = draw(st.sampled_from(answers))
    if kind == "search_equals":
        return kind, item_id, draw(st.sampled_from((text, text.upper(), text + "x")))
    start = draw(st.integers(0, len(text)))
    wanted = text[start : start + draw(st.integers(0, 8))]
    if kind == "search_begins":
        wanted = text[: draw(st.integers(0, 8))]
    elif kind == "search_ends":
        wanted = text[len(text) - draw(st.integers(0, 8)) :]
    return kind, item_id, draw(st.sampled_from((wanted, wanted.upper())))


@st.composite
def query(draw: st.DrawFn) -> dict[str, Any]:
    """get_form_results' parameters, as the core hands them to the handler after checking them."""
    form_dir = draw(st.sampled_from(FORMS))
    form = MOCK.forms[form_dir]
    params: dict[str, Any] = {"form_dir": form_dir}
    ids = sorted(int(result["id"]) for result in results_of(form_dir))
    span = st.integers(ids[0] - 3, ids[-1] + 3) if ids else st.integers(0, 2**53)
    for name, bound in zip(("after_id", "before_id"), draw(window(ids, span)), strict=True):
        if bound is not None:
            params[name] = max(0, bound)
    dates = sorted(parse_date(result["date_update"]) for result in results_of(form_dir))
    seconds = st.integers(-2, 2).map(lambda n: timedelta(seconds=n)) | st.just(timedelta(days=1))
    near_date = st.builds(lambda d, delta: d + delta, st.sampled_from(dates or [datetime.now(UTC)]), seconds)
    for name, moment in zip(("after_date", "before_date"), draw(window(dates, near_date)), strict=True):
        if moment is not None:
            params[name] = date_text(moment, draw(st.booleans()))
    if chance(draw, 4):
        for kind, item_id, wanted in draw(st.lists(criterion(form_dir), min_size=1, max_size=3)):
            params.setdefault(kind, {})[item_id] = wanted
    if chance(draw, 5):
        params["search_method"] = draw(st.sampled_from(("and", "or")))
    if chance(draw, 7):
        items = [item.id for item in form.items if item.children is None]
        params["sort_id"] = draw(st.sampled_from([*META_SORTABLE, *items])) if chance(draw, 9) else "999"
    if chance(draw, 6):
        params["sort_direction"] = draw(st.sampled_from(("asc", "desc")))
    if chance(draw, 5):
        params["page"] = draw(st.integers(1, 3)) if chance(draw, 9) else draw(st.integers(1, 2**53))
    if chance(draw, 6):
        params["limit"] = draw(st.sampled_from((1, 2, 3, 5, 7, 10, 100, 150)))
    if form.views and chance(draw, 3):
        params["results_view"] = draw(st.sampled_from(tuple(form.views))) if chance(draw, 9) else "0"
    return params


def change(data: st.DataObject) -> None:
    """Change the results under the index the way tests and people do."""
    draw = data.draw
    form_dir = draw(st.sampled_from(FORMS))
    results = MOCK.forms[form_dir].results
    what = draw(
        st.sampled_from(("complete", "complete", "pop", "truncate", "edit_date", "edit_answer", "repeat", "shuffle"))
    )
    assert isinstance(MOCK.clock, FakeClock)
    if what == "complete":
        MOCK.clock.advance(draw(st.integers(0, 3 * 86400)))
        MOCK.complete_result(form_dir, {})
    elif what == "pop" and results:
        results.pop(draw(st.integers(0, len(results) - 1)))
    elif what == "truncate":
        results[:] = results[: draw(st.integers(len(results) // 2, len(results)))]
    elif what == "edit_date" and results:
        result = draw(st.sampled_from(results))
        result["date_update"] = iso(parse_date(result["date_update"]) + timedelta(days=draw(st.integers(-9, 9))))
    elif what == "edit_answer" and results:
        answer = draw(st.sampled_from(draw(st.sampled_from(results))["items"]))
        if "value" in answer:
            answer["value"] = draw(st.sampled_from(("Ada Lovelace", "", "zed@example.org")))
    elif what == "repeat" and results:  # a repeated id: the index steps aside, the list is read as before
        results.append({**draw(st.sampled_from(results)), "user_browser": f"copy {len(results)}"})
    elif what == "shuffle":
        MOCK.forms[form_dir].results = draw(st.permutations(results))


def answer_of(call: Call, handler: Any) -> tuple[Any, ...]:
    try:
        body, headers = handler(call)
    except ApiError as error:
        return ("error", error.status, error.body)
    return ("ok", body, headers)


def fast(call: Call) -> tuple[Any, dict[str, str]]:
    reply = MOCK.get_form_results(call)
    return reply.body, reply.headers


def make_call(params: dict[str, Any]) -> Call:
    operation = MOCK.spec.by_id["get_form_results"]
    return Call(operation, dict(params), None, None, Headers(), "127.0.0.1", {"user_dir": "demo"}, 0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_query_answers_as_filtering_and_sorting_every_result(data: st.DataObject) -> None:
    MOCK.reset()
    for _ in range(data.draw(st.integers(1, 6))):
        if data.draw(st.integers(0, 2)) == 0:
            change(data)
        call = make_call(data.draw(query()))
        assert answer_of(call, fast) == answer_of(call, lambda c: reference(MOCK, c)), call.params


def test_a_keyset_page_reads_the_index_not_every_result() -> None:
    """The property above cannot see how: this one checks that the keyset page is a slice of the
    index, so its cost does not grow with the results before it."""
    MOCK.reset()
    form = MOCK.forms["contact"]
    index = form.indexed()
    assert index is not None and index.ids == sorted(int(r["id"]) for r in form.results)
    after = index.ids[100]
    call = make_call({"form_dir": "contact", "sort_id": "result_id", "sort_direction": "asc", "after_id": after})
    body, _ = fast(call)
    assert [r["id"] for r in body["results"]] == [str(n) for n in index.ids[101:201]]
    assert form.indexed() is index, "nothing changed: the same index serves the next page"
    MOCK.complete_result("contact", {})
    assert form.indexed() is index and len(index.ids) == 251, "a completed result joins the index"
    form.results.pop(0)
    assert form.indexed() is not index, "any other change builds the index again"


def test_repeated_ids_are_answered_in_list_order_as_before() -> None:
    """Two results with one id (only a test can store them: seeds refuse it) keep the list's order
    between them in both directions, as a stable sort did; a page shows exactly what it showed."""
    MOCK.reset()
    results = MOCK.forms["order"].results

    def same_answers() -> None:
        for sort_id in ("result_id", "user_browser", "date_update"):
            for direction in ("asc", "desc"):
                for limit in (2, 100):
                    params = {"form_dir": "order", "sort_id": sort_id, "sort_direction": direction, "limit": limit}
                    for page in (1, 2, 3):
                        call = make_call({**params, "page": page})
                        assert answer_of(call, fast) == answer_of(call, lambda c: reference(MOCK, c)), call.params

    same_answers()  # the index is built
    results.append({**results[3], "user_browser": "the copy, appended"})  # the index's tail: a repeated id
    same_answers()
    MOCK.complete_result("order", {})
    results.insert(0, {**results[5], "user_browser": "a copy stored first"})
    same_answers()


def test_a_meta_sort_follows_results_edited_in_place() -> None:
    """The order a meta item sort keeps is checked against every result's value on each request: a
    date_update or browser edited in place (as the sync tests do) moves the result at once."""
    MOCK.reset()
    results = MOCK.forms["contact"].results

    def same_answers() -> None:
        for sort_id in ("date_update", "user_browser", "login_email"):
            for direction in ("asc", "desc"):
                call = make_call({"form_dir": "contact", "sort_id": sort_id, "sort_direction": direction, "limit": 7})
                assert answer_of(call, fast) == answer_of(call, lambda c: reference(MOCK, c)), call.params

    same_answers()
    results[200]["date_update"] = "2024-01-01T00:00:00Z"  # the oldest now
    results[10]["user_browser"] = "Arc"
    del results[49]["login_email"]
    results[24]["login_email"] = None
    same_answers()


def test_nan_payment_amounts_sort_as_the_list_did() -> None:
    """NaN has no order (a seed can hold one: JSON parsers accept NaN): the list's own order decides,
    as it did when every request sorted the list."""
    MOCK.reset()
    results = MOCK.forms["order"].results
    for position in (2, 5, 9):
        results[position]["payment_amount"] = float("nan")
    for direction in ("asc", "desc"):
        for limit in (3, 100):
            params = {"form_dir": "order", "sort_id": "payment_amount", "sort_direction": direction, "limit": limit}
            call = make_call(params)
            assert answer_of(call, fast) == answer_of(call, lambda c: reference(MOCK, c)), params
