"""Formsite: the exact requests the generated client sends, where it sends them, and typed parsing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from formsite_client import AuthenticatedClient
from formsite_client.api.forms import get_forms
from formsite_client.api.results import get_form_results
from formsite_client.api.webhooks import create_or_update_webhook, delete_webhook
from formsite_client.models import FormList, ResultList, WebhookEnvelope, WebhookRequest

import formclients
from formclients.runtime import ConfigurationError

from .conftest import Recorder

TOKEN = "fs_0123456789abcdef"
PAGE: dict[str, Any] = {"results": []}


def plain(recorder: Recorder, **kwargs: Any) -> AuthenticatedClient:
    return AuthenticatedClient(TOKEN, transport=recorder.transport, retry=False, throttle=False, **kwargs)


def client(recorder: Recorder, **kwargs: Any) -> AuthenticatedClient:
    """A client of user_dir `demo` unless told otherwise (the spec has no default user_dir)."""
    if "base_url" not in kwargs:
        kwargs.setdefault("server_variables", {"user_dir": "demo"})
    return plain(recorder, **kwargs)


@pytest.fixture(autouse=True)
def no_formsite_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FORMSITE_TOKEN", "FORMSITE_BASE_URL", "FORMSITE_SERVER", "FORMSITE_USER_DIR"):
        monkeypatch.delenv(name, raising=False)


def test_get_form_results_sends_search_brackets_paging_and_sort(recorder: Recorder) -> None:
    recorder.respond(json=PAGE, headers={"Pagination-Limit": "50", "Pagination-Page-Current": "2"})
    made = client(recorder, server_variables={"server": "fs22", "user_dir": "acme"})
    get_form_results.sync(
        "contact",
        client=made,
        search_equals={"100": "x"},
        limit=50,
        page=2,
        sort_id="100",
        sort_direction="asc",
    )
    sent = recorder.last
    assert sent.method == "GET"
    assert sent.url.host == "fs22.formsite.com" and sent.url.path == "/api/v2/acme/forms/contact/results"
    assert recorder.query() == [
        ("limit", "50"),
        ("page", "2"),
        ("sort_id", "100"),
        ("sort_direction", "asc"),
        ("search_equals[100]", "x"),
        ("search_method", "and"),
    ]
    assert sent.url.query == (
        b"limit=50&page=2&sort_id=100&sort_direction=asc&search_equals%5B100%5D=x&search_method=and"
    ), "the brackets percent-encoded, as any URL-encoding server decodes them back to search_equals[100]"
    assert sent.headers["Authorization"] == f"bearer {TOKEN}"
    assert sent.headers["User-Agent"].startswith(f"formclients/{formclients.__version__} ")


def test_spaces_are_sent_as_percent_20_as_the_docs_require(recorder: Recorder) -> None:
    recorder.respond(json=PAGE)
    get_form_results.sync("contact", client=client(recorder), search_contains={"100": "Ada Lovelace+1"})
    assert b"search_contains%5B100%5D=Ada%20Lovelace%2B1" in recorder.last.url.query
    assert ("search_contains[100]", "Ada Lovelace+1") in recorder.query()


def test_every_search_family_windows_and_view(recorder: Recorder) -> None:
    recorder.respond(json=PAGE)
    get_form_results.sync(
        "contact",
        client=client(recorder),
        after_date=datetime(2026, 1, 1),  # naive: the account's local time, in Formsite's local format
        before_date=datetime(2026, 2, 1, 1, 30, tzinfo=timezone(timedelta(hours=1, minutes=30))),  # sent in UTC
        after_id=1001000,
        before_id=1002000,
        results_view="12",
        search_contains={"102": "discount", "101": "@example.org"},
        search_begins={"100": "Ada"},
        search_ends={"101": ".org"},
        search_method="or",
    )
    query = dict(recorder.query())
    assert {key: query[key] for key in query if key.startswith("search_")} == {
        "search_contains[102]": "discount",
        "search_contains[101]": "@example.org",
        "search_begins[100]": "Ada",
        "search_ends[101]": ".org",
        "search_method": "or",
    }
    assert (query["after_date"], query["before_date"]) == ("2026-01-01 00:00:00", "2026-02-01T00:00:00Z")
    with pytest.raises(TypeError, match="after_date takes a datetime, not str"):
        get_form_results.sync("contact", client=client(recorder), after_date="2026-01-01")  # type: ignore[arg-type]
    assert (query["after_id"], query["before_id"], query["results_view"]) == ("1001000", "1002000", "12")
    assert b"after_date=2026-01-01%2000%3A00%3A00" in recorder.last.url.query, "spaces as %20, as the docs ask"


def test_base_url_from_the_environment_and_explicit_arguments_win(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder.respond(json={"forms": []})
    with pytest.raises(ConfigurationError, match=r"needs 'user_dir': pass user_dir=.*FORMSITE_USER_DIR"):
        plain(recorder)  # the spec has no default user_dir: a forgotten one must not reach anybody's account
    assert plain(recorder, server_variables={"user_dir": "acme"}).base_url == "https://fs1.formsite.com/api/v2/acme"
    monkeypatch.setenv("FORMSITE_SERVER", "fs9")
    monkeypatch.setenv("FORMSITE_USER_DIR", "envuser")
    from_env = plain(recorder)
    assert from_env.base_url == "https://fs9.formsite.com/api/v2/envuser"
    get_forms.sync(client=from_env)
    assert str(recorder.last.url) == "https://fs9.formsite.com/api/v2/envuser/forms"
    explicit = client(recorder, server_variables={"server": "fs3", "user_dir": "argsuser"})
    get_forms.sync(client=explicit)
    assert str(recorder.last.url) == "https://fs3.formsite.com/api/v2/argsuser/forms"
    half = client(recorder, server_variables={"user_dir": "mixed"})
    assert half.base_url == "https://fs9.formsite.com/api/v2/mixed", "each variable falls back on its own"
    monkeypatch.setenv("FORMSITE_BASE_URL", "https://from-env.example/api")
    assert plain(recorder).base_url == "https://from-env.example/api"
    explicit_over_env = plain(recorder, server_variables={"user_dir": "argsuser"})
    assert explicit_over_env.base_url == "https://fs9.formsite.com/api/v2/argsuser", "arguments win over BASE_URL"
    with pytest.raises(ConfigurationError, match="either base_url or the server variables"):
        plain(recorder, base_url="https://x.example", server_variables={"user_dir": "a"})


def test_token_from_the_environment(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder.respond(json={"forms": []})
    monkeypatch.setenv("FORMSITE_TOKEN", "fs_from_env")
    made = AuthenticatedClient(
        transport=recorder.transport, retry=False, throttle=False, server_variables={"user_dir": "demo"}
    )
    get_forms.sync(client=made)
    assert recorder.last.headers["Authorization"] == "bearer fs_from_env"
    explicit = AuthenticatedClient(
        "fs_explicit", transport=recorder.transport, retry=False, throttle=False, server_variables={"user_dir": "d"}
    )
    get_forms.sync(client=explicit)
    assert recorder.last.headers["Authorization"] == "bearer fs_explicit"


def test_get_forms_parses_the_docs_example(recorder: Recorder) -> None:
    recorder.respond(
        json={
            "forms": [
                {
                    "description": "Internal description...",
                    "directory": "form123",
                    "name": "Customer Survey",
                    "publish": {
                        "embed_code": "<script>...</script>",
                        "link": "https://fs1.formsite.com/example/form123/index.html",
                    },
                    "state": "open",
                    "stats": {"filesSize": 0, "resultsCount": 100},
                }
            ]
        }
    )
    forms = get_forms.sync(client=client(recorder))
    assert isinstance(forms, FormList)
    assert (forms.forms[0].directory, forms.forms[0].stats.results_count) == ("form123", 100)


def test_get_form_results_parses_value_and_values_items(recorder: Recorder) -> None:
    recorder.respond(
        json={
            "results": [
                {
                    "date_update": "2019-06-01T17:13:50Z",
                    "id": "123000",
                    "user_browser": "Firefox",
                    "user_ip": "123.123.123",
                    "user_device": "Desktop",
                    "user_referrer": "http://example.com/page.html",
                    "payment_amount": 123.0,
                    "items": [
                        {"id": "100", "position": 0, "value": "text answer"},
                        {
                            "id": "200",
                            "position": 1,
                            "values": [{"other": "other answer", "position": 0, "value": "multiple choice answer"}],
                        },
                    ],
                }
            ]
        }
    )
    page = get_form_results.sync("form123", client=client(recorder))
    assert isinstance(page, ResultList)
    result = page.results[0]
    assert (result.id, result.payment_amount, result.date_update.year) == ("123000", 123.0, 2019)
    assert result.items[0].value == "text answer"
    choices = result.items[1].values
    assert isinstance(choices, list) and (choices[0].position, choices[0].other) == (0, "other answer")


def test_webhook_create_posts_json_and_delete_sends_the_url_in_the_query(recorder: Recorder) -> None:
    hook = {"event": "result_completed", "url": "https://example.com/hook", "handshake_key": "TEST_KEY"}
    recorder.respond(json={"webhook": hook})
    made = client(recorder)
    created = create_or_update_webhook.sync("form123", client=made, body=WebhookRequest.from_dict(hook))
    assert recorder.last.method == "POST" and recorder.last.url.path == "/api/v2/demo/forms/form123/webhooks"
    assert recorder.last.headers["Content-Type"] == "application/json"
    assert json.loads(recorder.last.read()) == hook
    assert isinstance(created, WebhookEnvelope) and created.webhook.handshake_key == "TEST_KEY"
    recorder.respond(json={})
    delete_webhook.sync("form123", client=made, url_query="https://example.com/hook?a=1&b=2")
    assert recorder.last.method == "DELETE"
    assert recorder.query() == [("url", "https://example.com/hook?a=1&b=2")]
    assert b"url=https%3A%2F%2Fexample.com%2Fhook%3Fa%3D1%26b%3D2" in recorder.last.url.query
