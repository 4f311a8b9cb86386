"""The generated Formsite client against the Formsite mock: every operation, paging, incremental sync,
headers, throttling to the real limits, typed errors and retries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from formsite_client import AuthenticatedClient
from formsite_client._profile import PROFILE
from formsite_client.api.forms import get_form, get_forms
from formsite_client.api.items import get_form_items
from formsite_client.api.results import get_form_results
from formsite_client.api.webhooks import create_or_update_webhook, delete_webhook, get_webhooks
from formsite_client.errors import (
    AuthenticationError,
    FormsiteError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from formsite_client.models import (
    Empty,
    Form,
    FormList,
    Item,
    ItemList,
    Result,
    ResultList,
    Webhook,
    WebhookEnvelope,
    WebhookList,
    WebhookRequest,
)
from formsite_client.types import Unset

from formclients.mocks import FakeClock, create_mock
from formclients.mocks.formsite import FormsiteMock
from formclients.runtime import Throttle, retry_policy

from .conftest import Watch, connect, every_operation

COMPLETE = {"result_status": "Complete"}  # 240 of the contact form's 250 results: three pages of 100


@pytest.fixture
def mock(clock: FakeClock) -> FormsiteMock:
    created = create_mock("formsite", rate_limits=False, clock=clock)
    assert isinstance(created, FormsiteMock)
    return created


@pytest.fixture
def client(mock: FormsiteMock) -> Iterator[AuthenticatedClient]:
    made: AuthenticatedClient = connect("formsite", mock)
    yield made
    made.close()


def stored_ids(mock: FormsiteMock, form_dir: str = "contact", **meta: str) -> list[str]:
    return [r["id"] for r in mock.forms[form_dir].results if all(r.get(k) == v for k, v in meta.items())]


# -- every operation --------------------------------------------------------------------------------------


def test_every_operation_of_the_spec_answers_typed_results(client: AuthenticatedClient, mock: FormsiteMock) -> None:
    forms = get_forms.sync(client=client)
    assert isinstance(forms, FormList) and all(isinstance(form, Form) for form in forms.forms)
    assert [form.directory for form in forms.forms] == ["contact", "order", "survey2025"]

    one = get_form.sync("order", client=client)
    assert isinstance(one, FormList) and one.forms[0].stats.results_count == 12

    items = get_form_items.sync("contact", client=client, results_labels="11")
    assert isinstance(items, ItemList) and all(isinstance(item, Item) for item in items.items)
    assert [item.label for item in items.items] == ["Name", "Email", "Message", "Source", "Products"]

    page = get_form_results.sync("order", client=client, sort_id="payment_amount", sort_direction="asc")
    assert isinstance(page, ResultList) and len(page.results) == 12
    assert all(isinstance(result, Result) for result in page.results)
    amounts = [result.payment_amount for result in page.results]
    assert amounts == sorted(a for a in amounts if not isinstance(a, Unset))
    size = page.results[0].items[1]
    assert isinstance(size.values, list) and size.values[0].value in ("Small", "Medium", "Large")

    request = WebhookRequest(event="result_completed", url="https://example.com/hook", handshake_key="k")
    created = create_or_update_webhook.sync("contact", client=client, body=request)
    assert isinstance(created, WebhookEnvelope) and created.webhook.handshake_key == "k"

    hooks = get_webhooks.sync("contact", client=client)
    assert isinstance(hooks, WebhookList) and all(isinstance(hook, Webhook) for hook in hooks.webhooks)
    assert [hook.url for hook in hooks.webhooks] == ["https://example.com/hook"]

    deleted = delete_webhook.sync("contact", client=client, url_query="https://example.com/hook")
    assert isinstance(deleted, Empty) and deleted.to_dict() == {}
    assert get_webhooks.sync("contact", client=client) == WebhookList(webhooks=[])

    assert len(every_operation(mock)) == 7
    assert set(mock.answered) == every_operation(mock)


# -- paging with a search ------------------------------------------------------------------------------------


def test_iter_items_pages_through_every_match_at_limit_100(client: AuthenticatedClient, mock: FormsiteMock) -> None:
    expected = stored_ids(mock, **COMPLETE)
    assert len(expected) == 240
    seen = list(get_form_results.iter_items("contact", client=client, search_equals=COMPLETE))
    assert all(isinstance(result, Result) for result in seen)
    assert [result.id for result in seen] == sorted(expected, key=int), "keyset over result ids: oldest first"
    assert len({result.id for result in seen}) == len(seen) == 240
    assert mock.answered["get_form_results"] == 3, "240 results at 100 a page: three requests, no more"


def test_iter_pages_asks_for_100_a_page_after_the_last_id_and_stops_at_the_last(
    client: AuthenticatedClient, mock: FormsiteMock
) -> None:
    pages = list(get_form_results.iter_pages("contact", client=client, search_equals=COMPLETE))
    assert [len(page.items) for page in pages] == [100, 100, 40]
    after: list[str | None] = [None, pages[0].items[-1].id, pages[1].items[-1].id]
    for page, bound in zip(pages, after, strict=True):
        sent = page.response.request.url.params
        assert (sent["limit"], sent["sort_id"], sent["sort_direction"]) == ("100", "result_id", "asc")
        assert sent.get("after_id") == bound and sent["search_equals[result_status]"] == "Complete"
        assert json.loads(page.checkpoint)["bound"] == int(page.items[-1].id)
    headers = [get_form_results.ResponseHeaders.of(page.response).pagination_page_last for page in pages]
    assert headers == [3, 2, 1], "the pages left after each bound"
    assert [page.has_more for page in pages] == [True, True, False]


def test_a_descending_sort_walks_the_keyset_down_and_another_sort_overlaps(
    client: AuthenticatedClient, mock: FormsiteMock
) -> None:
    down = get_form_results.iter_items("contact", client=client, sort_direction="desc")
    assert [r.id for r in down] == sorted(stored_ids(mock), key=int, reverse=True)
    assert down.strategy == "keyset" and down.pages_fetched == 3
    by_date = get_form_results.iter_items("contact", client=client, sort_id="date_start", sort_direction="asc")
    in_order = sorted(mock.forms["contact"].results, key=lambda r: (r["date_start"], int(r["id"])))
    assert [r.id for r in by_date] == [r["id"] for r in in_order]
    assert by_date.strategy == "overlap" and by_date.pages_fetched == 3


async def test_aiter_items_pages_through_every_match(client: AuthenticatedClient, mock: FormsiteMock) -> None:
    expected = stored_ids(mock, **COMPLETE)
    seen = [result async for result in get_form_results.aiter_items("contact", client=client, search_equals=COMPLETE)]
    assert all(isinstance(result, Result) for result in seen)
    assert [result.id for result in seen] == sorted(expected, key=int)
    assert len({result.id for result in seen}) == 240
    pages = [page async for page in get_form_results.aiter_pages("contact", client=client, search_equals=COMPLETE)]
    assert [len(page.items) for page in pages] == [100, 100, 40]
    assert mock.answered["get_form_results"] == 6
    await client.aclose()


def test_a_search_with_or_pages_through_the_union(client: AuthenticatedClient, mock: FormsiteMock) -> None:
    either = list(
        get_form_results.iter_items(
            "contact",
            client=client,
            search_equals={"200": "1"},
            search_ends={"101": "@example.org"},
            search_method="or",
        )
    )
    results = mock.forms["contact"].results
    friend = {r["id"] for r in results if r["items"][3]["values"][0]["position"] == 1}
    org = {r["id"] for r in results if r["items"][1]["value"].endswith("@example.org")}
    assert {result.id for result in either} == friend | org and len(either) == len(friend | org) > 100


# -- resumable incremental sync ------------------------------------------------------------------------------


def sync_from(client: AuthenticatedClient, after_id: int, stop_after: int | None = None) -> tuple[list[str], int]:
    """Oldest first from `after_id`, as a sync job would: returns what it got and where to resume."""
    got: list[str] = []
    for result in get_form_results.iter_items("contact", client=client, after_id=after_id, sort_direction="asc"):
        got.append(result.id)
        after_id = int(result.id)  # a job checkpoints after each result it has processed
        if stop_after is not None and len(got) == stop_after:
            break
    return got, after_id


def test_incremental_sync_with_after_id_resumes_without_gaps_or_repeats(
    client: AuthenticatedClient, mock: FormsiteMock
) -> None:
    first, checkpoint = sync_from(client, 0, stop_after=150)  # stops in the middle of the second page
    assert len(first) == 150
    added = mock.complete_result("contact", {"100": "Late Arrival", "200": 2})
    second, checkpoint = sync_from(client, checkpoint)
    assert len(second) == 101 and second[-1] == added["id"]
    assert not set(first) & set(second), "nothing fetched twice"
    assert sorted(first + second, key=int) == sorted(stored_ids(mock), key=int), "nothing missed"
    nothing_new, unchanged = sync_from(client, checkpoint)
    assert (nothing_new, unchanged) == ([], checkpoint)
    assert mock.answered["get_form_results"] == 2 + 2 + 1


# -- documented response headers -----------------------------------------------------------------------------


def test_pagination_headers_are_typed(client: AuthenticatedClient) -> None:
    response = get_form_results.sync_detailed("contact", client=client, page=2, limit=30)
    headers = get_form_results.ResponseHeaders.of(response)
    assert (headers.pagination_limit, headers.pagination_page_current, headers.pagination_page_last) == (30, 2, 9)
    assert headers.retry_after is None
    assert isinstance(response.parsed, ResultList) and len(response.parsed.results) == 30
    capped = get_form_results.ResponseHeaders.of(get_form_results.sync_detailed("contact", client=client, limit=500))
    assert (capped.pagination_limit, capped.pagination_page_last) == (100, 3)


# -- throttling to the real limits ---------------------------------------------------------------------------


def test_a_bulk_sync_under_the_real_limits_gets_no_429_and_takes_the_minimum_time(clock: FakeClock) -> None:
    mock = create_mock("formsite", clock=clock)  # 50 a minute and 10,000 a day, as documented
    assert isinstance(mock, FormsiteMock)
    watch = Watch(mock.transport(), clock)
    throttle = Throttle(PROFILE.rate_limits, clock=clock.now, sleep=clock.advance)
    start = clock.now()
    with connect("formsite", mock, throttle=throttle, transport=watch) as client:
        synced = [len(list(get_form_results.iter_items("contact", client=client))) for _ in range(40)]
    assert synced == [250] * 40
    assert len(watch.statuses) == 120, "three pages a sync, forty syncs"
    assert watch.statuses.count(429) == 0
    assert mock.answered["get_form_results"] == 120
    elapsed = clock.now() - start
    # 120 calls at 50 a minute: calls 51-100 cannot start before t=60 and 101-120 before t=120.
    assert 120 <= elapsed <= 121
    for first, later in zip(watch.sent_at, watch.sent_at[50:], strict=False):
        assert later - first >= 60, "never more than 50 calls in any 60 seconds"


# -- typed errors ---------------------------------------------------------------------------------------------


def test_401_403_404_422_raise_typed_exceptions_with_status_and_message(mock: FormsiteMock) -> None:
    cases: list[tuple[AuthenticatedClient, Any, type[FormsiteError], int, str]] = [
        (
            connect("formsite", mock, "wrong-token"),
            lambda c: get_forms.sync(client=c),
            AuthenticationError,
            401,
            "Invalid access token.",
        ),
        (
            connect("formsite", mock, credential=1),
            lambda c: get_forms.sync(client=c),
            PermissionDeniedError,
            403,
            "Forbidden. API access requires a Pro 1 level or higher Formsite account.",
        ),
        (connect("formsite", mock), lambda c: get_form.sync("nope", client=c), NotFoundError, 404, "Form not found."),
        (
            connect("formsite", mock),
            lambda c: delete_webhook.sync("contact", client=c, url_query="https://x.test/"),
            NotFoundError,
            404,
            "Webhook not found.",
        ),
        (
            connect("formsite", mock),
            lambda c: get_form_results.sync("contact", client=c, search_contains={"200": "Friend"}),
            UnprocessableEntityError,
            422,
            "Invalid parameter: search_contains[200]: multiple choice items can only use search_equals",
        ),
    ]
    for made, call, cls, status, message in cases:
        with made, pytest.raises(cls) as raised:
            call(made)
        assert isinstance(raised.value, FormsiteError)
        assert (raised.value.status, raised.value.message) == (status, message)
        assert raised.value.body == {"error": {"message": message, "status": status}}
    wrong_user_dir = connect("formsite", mock, "fs_demo_token", base_url=mock.base_url.replace("/demo", "/other"))
    with wrong_user_dir, pytest.raises(PermissionDeniedError):
        get_forms.sync(client=wrong_user_dir)


def test_429_raises_rate_limit_error_with_retry_after(clock: FakeClock) -> None:
    mock = create_mock("formsite", clock=clock)
    assert isinstance(mock, FormsiteMock)
    with connect("formsite", mock) as client:
        for _ in range(50):
            get_form.sync("contact", client=client)
        with pytest.raises(RateLimitError) as raised:
            get_form.sync("contact", client=client)
    assert (raised.value.status, raised.value.message, raised.value.retry_after) == (429, "Too many requests.", 60)
    assert isinstance(raised.value, FormsiteError)


def test_retry_after_is_honoured_when_retries_are_on(clock: FakeClock) -> None:
    mock = create_mock("formsite", clock=clock)
    assert isinstance(mock, FormsiteMock)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    watch = Watch(mock.transport(), clock)
    with connect("formsite", mock, transport=watch, retry=retry_policy(sleep=sleep)) as client:
        for _ in range(50):
            get_form.sync("contact", client=client)
        clock.advance(20)
        form = get_form.sync("contact", client=client)  # refused once (Retry-After: 40), then answered
    assert isinstance(form, FormList) and form.forms[0].directory == "contact"
    assert watch.statuses[50:] == [429, 200]
    assert slept == [40.0], "waited exactly what Retry-After said"
    assert watch.sent_at[-1] - watch.sent_at[0] == 60


def test_a_post_is_not_retried_after_a_429(clock: FakeClock) -> None:
    mock = create_mock("formsite", clock=clock)
    assert isinstance(mock, FormsiteMock)
    slept: list[float] = []
    watch = Watch(mock.transport(), clock)
    with connect("formsite", mock, transport=watch, retry=retry_policy(sleep=slept.append)) as client:
        for _ in range(50):
            get_webhooks.sync("contact", client=client)
        body = WebhookRequest(event="result_completed", url="https://example.com/once")
        with pytest.raises(RateLimitError):
            create_or_update_webhook.sync("contact", client=client, body=body)
    assert watch.statuses[50:] == [429] and slept == []
    assert mock.webhook_registrations["contact"] == []
