"""Formsite API v2 mock: forms, items, results (search, sort, windows, pages) and webhooks.

Behaviour follows the provider's docs (`provider-docs/formsite.txt`) and `specs/formsite.yaml`;
where the docs are silent the mock does what the spec's descriptions assume:

- one account, user directory ``demo``; a token used with another ``user_dir`` answers 403,
  and so does the token of an account below the Pro 1 plan (API access needs Pro 1);
- ``limit`` above 100 is capped at 100; a page past the last is empty; every results page
  carries ``Pagination-Limit``, ``Pagination-Page-Current`` and ``Pagination-Page-Last``;
- search: text items compare case-insensitively; multiple choice items match
  ``search_equals`` by the chosen choice's position; meta items (result_id, result_status,
  user_ip, user_referrer) only by ``search_equals``, exactly as in the output; contains /
  begins / ends on anything but a text item, or an unknown item id, answer 422;
- date windows compare ``date_update``; ``YYYY-MM-DD HH:MM:SS`` is the account's local time
  (the demo account is at a fixed UTC-05:00); bounds of date and id windows are exclusive;
- webhooks are created or updated by URL and deleted by URL;
- Formsite has no API that creates results, so the mock adds one for tests and demos:
  :meth:`FormsiteMock.complete_result` stores a completed result and posts it (the
  get_form_results format of one result, plus ``handshake_key`` when the webhook has one) to
  every webhook of its form, in the background (``self.webhooks``), once per webhook: any 2xx
  is success, failures are not retried, and an answer of 410 deletes the webhook.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, ClassVar

from ._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply
from ._paging import page_of
from ._store import Collection
from ._webhooks import Delivery

PAGE_SIZE_MAX = 100
EPOCH = datetime(2025, 9, 1, 8, 0, tzinfo=UTC)  # the demo results start here and end before 2026-01-01
ACCOUNT = "demo"
ACCOUNT_TIMEZONE = timezone(timedelta(hours=-5))  # the demo account's local time, for `YYYY-MM-DD HH:MM:SS`

# Meta items: what get_form_results can sort by, and the four the docs allow `search_equals` on.
META_SORTABLE = (
    "result_id",
    "date_start",
    "date_finish",
    "date_update",
    "result_status",
    "user_ip",
    "user_browser",
    "user_device",
    "user_referrer",
    "login_username",
    "login_email",
    "payment_status",
    "payment_amount",
)
META_SEARCHABLE = {
    "result_id": "id",
    "result_status": "result_status",
    "user_ip": "user_ip",
    "user_referrer": "user_referrer",
}
SEARCH_KINDS = ("search_equals", "search_contains", "search_begins", "search_ends")
CHOICE_POSITION = re.compile(r"[0-9]+")  # ASCII digits only: str.isdigit() also accepts "²", which int() refuses
# The meta fields complete_result accepts, with the value a new result gets when none is given.
RESULT_META_DEFAULTS: dict[str, Any] = {
    "user_ip": "203.0.113.250",
    "user_browser": "Firefox",
    "user_device": "Desktop",
    "user_referrer": "N/A",
}
RESULT_META_OPTIONAL = ("login_email", "login_username", "payment_amount", "payment_status")


@dataclass(frozen=True)
class ItemDef:
    """An item of a form. `choices` is set for multiple choice items; text items have none."""

    id: str
    position: int
    label: str
    choices: tuple[str, ...] | None = None
    children: tuple[str, ...] | None = None

    @property
    def is_text(self) -> bool:
        return self.choices is None and self.children is None

    def as_json(self, label: str | None = None) -> dict[str, Any]:
        item: dict[str, Any] = {"id": self.id, "position": self.position, "label": label or self.label}
        if self.children is not None:
            item["children"] = list(self.children)
        return item


@dataclass
class FormData:
    """One form with its items, results (in the API's output format), Results Views and Results Labels."""

    directory: str
    name: str
    state: str
    items: list[ItemDef]
    results: list[dict[str, Any]] = field(default_factory=list)
    description: str | None = None
    files_size: int = 0
    views: dict[str, tuple[str, ...]] = field(default_factory=dict)  # Results View id -> item ids
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # Results Labels id -> item id -> label

    def item(self, item_id: str) -> ItemDef | None:
        return next((item for item in self.items if item.id == item_id), None)

    def as_json(self) -> dict[str, Any]:
        form: dict[str, Any] = {
            "directory": self.directory,
            "name": self.name,
            "publish": {
                "embed_code": (
                    f'<script type="text/javascript" src="https://fs1.formsite.com/include/form/embedManager.js"'
                    f' data-form="{ACCOUNT}/{self.directory}"></script>'
                ),
                "link": f"https://fs1.formsite.com/{ACCOUNT}/{self.directory}/index.html",
            },
            "state": self.state,
            "stats": {"filesSize": self.files_size, "resultsCount": len(self.results)},
        }
        if self.description is not None:
            form["description"] = self.description
        return form


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# The two forms of DateParameter, read exactly as the spec admits them: RFC 3339 `date-time` as
# jsonschema checks it (rfc3339-validator on the upper-cased text: no leap second, no year 0) with
# a UTC offset, or `YYYY-MM-DD HH:MM:SS` local time. tests/mocks/test_formsite_dates.py checks that
# the spec's schema and this parser accept the same strings.
ISO_UTC = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d+))?(?:Z|[+-]00:00)", re.ASCII
)
LOCAL = re.compile(r"(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d)", re.ASCII)


def parse_date(text: str) -> datetime:
    """An ISO 8601 UTC date-time, or `YYYY-MM-DD HH:MM:SS` in the account's local time; ValueError otherwise."""
    iso = ISO_UTC.fullmatch(text.upper())
    match = iso or LOCAL.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is neither an ISO 8601 UTC date-time nor YYYY-MM-DD HH:MM:SS")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    micro = int((match.group(7) or "0")[:6].ljust(6, "0")) if iso else 0
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC if iso else ACCOUNT_TIMEZONE)


# -- the demo dataset --------------------------------------------------------------------------------

FIRST = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Frances", "Dennis", "Radia")
LAST = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Thompson", "Allen", "Ritchie")
MESSAGES = (
    "Please call me back about pricing.",
    "Do you offer a nonprofit discount?",
    "The upload field rejects PDF files.",
    "Great service, thank you!",
    "How do I export results to CSV?",
    "Can I change my billing date?",
    "I would like a demo for my team.",
)
SOURCES = ("Search engine", "Friend", "Advertisement", "Other")
PRODUCTS = ("Forms", "Surveys", "Payments", "Reports")
BROWSERS = ("Chrome", "Firefox", "Safari", "Edge")
DEVICES = ("Desktop", "Mobile", "Tablet")
REFERRERS = ("https://www.example.com/contact.html", "https://www.google.com/", "N/A")


def contact_form(count: int = 250) -> FormData:
    """250 results (`count` with --data-scale) with three text items and two multiple choice items
    (one radio, one checkbox)."""
    form = FormData(
        directory="contact",
        name="Contact Us",
        state="open",
        description="Website contact form",
        files_size=0,
        items=[
            ItemDef("100", 0, "What is your name?"),
            ItemDef("101", 1, "Email address"),
            ItemDef("102", 2, "Your message"),
            ItemDef("200", 3, "How did you hear about us?", SOURCES),
            ItemDef("201", 4, "Which products interest you?", PRODUCTS),
        ],
        views={"12": ("100", "101")},
        labels={"11": {"100": "Name", "101": "Email", "102": "Message", "200": "Source", "201": "Products"}},
    )
    for index in range(count):
        first, last = FIRST[index % len(FIRST)], LAST[(index * 7) % len(LAST)]
        start = EPOCH + timedelta(hours=7 * index * 250 / count, minutes=13 * (index % 5))  # scaled: same 2025 span
        finish = start + timedelta(seconds=45 + (index * 37) % 600)
        update = finish + timedelta(days=2) if index % 10 == 9 else finish
        domain = "example.org" if index % 3 == 0 else "example.com"
        source = index % len(SOURCES)
        chosen_source: dict[str, Any] = {"position": source, "value": SOURCES[source]}
        if SOURCES[source] == "Other":
            chosen_source["other"] = "Podcast" if index % 2 else "Conference"
        result: dict[str, Any] = {
            "id": str(1001000 + 3 * index + (3000 if index >= 250 else 0)),  # scaled: past the other forms' ids
            "date_start": iso(start),
            "date_update": iso(update),
            "result_status": "Complete",
            "user_ip": f"203.0.113.{index % 250 + 1}",
            "user_browser": BROWSERS[index % len(BROWSERS)],
            "user_device": DEVICES[index % len(DEVICES)],
            "user_referrer": REFERRERS[index % len(REFERRERS)],
            "items": [
                {"id": "100", "position": 0, "value": f"{first} {last}"},
                {"id": "101", "position": 1, "value": f"{first.lower()}.{last.lower()}{index}@{domain}"},
                {"id": "102", "position": 2, "value": MESSAGES[index % len(MESSAGES)]},
                {"id": "200", "position": 3, "values": [chosen_source]},
                {
                    "id": "201",
                    "position": 4,
                    "values": [
                        {"position": bit, "value": PRODUCTS[bit]} for bit in range(len(PRODUCTS)) if (index >> bit) & 1
                    ],
                },
            ],
        }
        if index % 25 == 24:  # saved with Save & Return, not finished
            result["result_status"] = "Incomplete"
            result["login_username"] = f"{first.lower()}{index}"
            result["login_email"] = f"{first.lower()}.{last.lower()}{index}@{domain}"
        else:
            result["date_finish"] = iso(finish)
        form.results.append(result)
    return form


def order_form() -> FormData:
    """An order form: results carry payment_amount and payment_status."""
    sizes = ("Small", "Medium", "Large")
    form = FormData(
        directory="order",
        name="T-Shirt Order",
        state="open",
        files_size=48213,
        items=[ItemDef("100", 0, "Name"), ItemDef("200", 1, "Size", sizes), ItemDef("101", 2, "Quantity")],
    )
    for index in range(12):
        moment = datetime(2025, 11, 3, 15, 0, tzinfo=UTC) + timedelta(days=index, minutes=17 * index)
        quantity = index % 3 + 1
        form.results.append(
            {
                "id": str(1002000 + index),
                "date_start": iso(moment - timedelta(minutes=3)),
                "date_finish": iso(moment),
                "date_update": iso(moment),
                "result_status": "Complete",
                "payment_amount": round(19.5 * quantity, 2),
                "payment_status": "Payment Successful" if index % 6 else "Payment Pending",
                "user_ip": f"198.51.100.{index + 10}",
                "user_browser": BROWSERS[index % len(BROWSERS)],
                "user_device": DEVICES[index % len(DEVICES)],
                "user_referrer": "N/A",
                "items": [
                    {"id": "100", "position": 0, "value": f"{FIRST[index % len(FIRST)]} {LAST[index % len(LAST)]}"},
                    {"id": "200", "position": 1, "values": [{"position": index % 3, "value": sizes[index % 3]}]},
                    {"id": "101", "position": 2, "value": str(quantity)},
                ],
            }
        )
    return form


def survey_form() -> FormData:
    """A closed survey with a Matrix item (its sub-items are listed as `children`)."""
    scale = ("Poor", "Fair", "Good", "Excellent")
    form = FormData(
        directory="survey2025",
        name="Customer Survey 2025",
        state="closed (Form closing date reached)",
        description="Annual satisfaction survey",
        items=[
            ItemDef("300", 0, "Rate our service", children=("301", "302")),
            ItemDef("301", 1, "Speed", scale),
            ItemDef("302", 2, "Friendliness", scale),
            ItemDef("303", 3, "Comments"),
        ],
    )
    for index in range(5):
        moment = datetime(2025, 12, 1, 10, 0, tzinfo=UTC) + timedelta(hours=5 * index)
        form.results.append(
            {
                "id": str(1003000 + index),
                "date_start": iso(moment - timedelta(minutes=4)),
                "date_finish": iso(moment),
                "date_update": iso(moment),
                "result_status": "Complete",
                "user_ip": f"192.0.2.{index + 20}",
                "user_browser": BROWSERS[index % len(BROWSERS)],
                "user_device": DEVICES[index % len(DEVICES)],
                "user_referrer": "https://www.example.com/survey.html",
                "items": [
                    {"id": "301", "position": 1, "values": [{"position": index % 4, "value": scale[index % 4]}]},
                    {"id": "302", "position": 2, "values": [{"position": 3, "value": scale[3]}]},
                    {"id": "303", "position": 3, "value": ("Keep it up", "", "Faster replies please")[index % 3]},
                ],
            }
        )
    return form


# -- the mock ------------------------------------------------------------------------------------------


class FormsiteMock(ProviderMock):
    provider = "formsite"
    validation_status = 422  # "422 Invalid parameter"
    credentials: ClassVar[tuple[DemoCredential, ...]] = (
        DemoCredential(
            "fs_demo_token",
            "bearerAuth",
            (),
            "access token of the demo account (Pro 1): every form and result of user_dir 'demo'",
            {"user_dir": ACCOUNT, "plan": "Pro 1", "api_access": True},
        ),
        DemoCredential(
            "fs_basic_plan_token",
            "bearerAuth",
            (),
            "token of an account on the Basic plan: API access needs Pro 1 or higher, so every call answers 403",
            {"user_dir": "basic_demo", "plan": "Basic", "api_access": False},
        ),
    )

    forms: dict[str, FormData]
    """The account's forms by directory (`demo` user directory)."""
    webhook_registrations: dict[str, list[dict[str, str]]]
    """Webhooks by form directory, in creation order, each as the API shows it ({event, url[, handshake_key]})."""

    def seed(self) -> None:
        contact = contact_form(250 * self.settings.data_scale)
        self.forms = {form.directory: form for form in (contact, order_form(), survey_form())}
        self.webhook_registrations = {directory: [] for directory in self.forms}
        self.webhook_registrations["order"].append(
            {
                "event": "result_completed",
                "url": "https://hooks.example.com/formsite/orders",
                "handshake_key": "orders-handshake-key",
            }
        )

    # auth and errors in Formsite's words ----------------------------------------------------------

    def authenticate(self, call: Call, scheme: str, value: str) -> Principal:
        principal = super().authenticate(call, scheme, value)
        attributes = principal.credential.attributes
        if not attributes.get("api_access", True):
            raise self.error(403, "Forbidden. API access requires a Pro 1 level or higher Formsite account.")
        if call.server_variables.get("user_dir") != attributes.get("user_dir"):
            raise self.error(403, "Forbidden. The access token does not belong to this user directory.")
        return principal

    def missing_credential(self, call: Call) -> ApiError:
        return self.error(401, "Authentication info is missing or invalid.")

    def invalid_credential(self, call: Call, credential: str) -> ApiError:
        return self.error(401, "Invalid access token.")

    def invalid_request(self, call: Call | None, problems: list[str]) -> ApiError:
        return self.error(422, "Invalid parameter: " + "; ".join(problems))

    def invalid_parameter(self, name: str, why: str) -> ApiError:
        return self.error(422, f"Invalid parameter: {name}: {why}")

    def form(self, call: Call) -> FormData:
        form = self.forms.get(str(call.param("form_dir")))
        if form is None:
            raise self.not_found("Form not found.")
        return form

    # forms and items ---------------------------------------------------------------------------

    def get_forms(self, call: Call) -> Reply:
        return Reply({"forms": [form.as_json() for form in self.forms.values()]})

    def get_form(self, call: Call) -> Reply:
        return Reply({"forms": [self.form(call).as_json()]})

    def get_form_items(self, call: Call) -> Reply:
        form = self.form(call)
        labels: dict[str, str] = {}
        labels_id = call.param("results_labels")
        if labels_id is not None:
            if labels_id not in form.labels:
                raise self.invalid_parameter("results_labels", f"the form has no Results Labels {labels_id!r}")
            labels = form.labels[labels_id]
        return Reply({"items": [item.as_json(labels.get(item.id)) for item in form.items]})

    # results -----------------------------------------------------------------------------------

    def get_form_results(self, call: Call) -> Reply:
        form = self.form(call)
        results = [result for result in form.results if self.in_windows(call, result)]
        results = self.search(call, form, results)
        results = self.sort(call, form, results)
        limit = min(int(call.param("limit", PAGE_SIZE_MAX)), PAGE_SIZE_MAX)
        page = int(call.param("page", 1))
        shown, last = page_of(results, page, limit)
        view = self.view(call, form)
        if view is not None:
            shown = [{**result, "items": [i for i in result["items"] if i["id"] in view]} for result in shown]
        headers = {
            "Pagination-Limit": str(limit),
            "Pagination-Page-Current": str(page),
            "Pagination-Page-Last": str(last),
        }
        return Reply({"results": shown}, headers=headers)

    def view(self, call: Call, form: FormData) -> tuple[str, ...] | None:
        view_id = call.param("results_view")
        if view_id is None:
            return None
        if view_id not in form.views:
            raise self.invalid_parameter("results_view", f"the form has no Results View {view_id!r}")
        return form.views[view_id]

    def in_windows(self, call: Call, result: dict[str, Any]) -> bool:
        number = int(result["id"])
        after_id, before_id = call.param("after_id"), call.param("before_id")
        if after_id is not None and not number > after_id:
            return False
        if before_id is not None and not number < before_id:
            return False
        updated = parse_date(result["date_update"])
        after, before = self.date_bound(call, "after_date"), self.date_bound(call, "before_date")
        return (after is None or updated > after) and (before is None or updated < before)

    def date_bound(self, call: Call, name: str) -> datetime | None:
        text = call.param(name)
        if text is None:
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise self.invalid_parameter(name, f"{text!r} is not a valid date") from None

    def search(self, call: Call, form: FormData, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
        criteria: list[tuple[str, str, str]] = []
        for kind in SEARCH_KINDS:
            for item_id, wanted in (call.param(kind) or {}).items():
                self.check_criterion(form, kind, item_id, wanted)
                criteria.append((kind, item_id, wanted))
        if not criteria:
            return results
        combine = any if call.param("search_method", "and") == "or" else all
        return [
            result
            for result in results
            if combine(self.matches(form, result, kind, item_id, wanted) for kind, item_id, wanted in criteria)
        ]

    def check_criterion(self, form: FormData, kind: str, item_id: str, wanted: str) -> None:
        name = f"{kind}[{item_id}]"
        if item_id in META_SEARCHABLE:
            if kind != "search_equals":
                raise self.invalid_parameter(name, "meta items can only use search_equals")
            return
        item = form.item(item_id)
        if item is None or item.children is not None:
            raise self.invalid_parameter(name, f"the form has no item {item_id!r} that stores results")
        if item.choices is not None:
            if kind != "search_equals":
                raise self.invalid_parameter(name, "multiple choice items can only use search_equals")
            if not CHOICE_POSITION.fullmatch(wanted.strip()):
                raise self.invalid_parameter(name, "use the choice's position number for multiple choice items")

    def matches(self, form: FormData, result: dict[str, Any], kind: str, item_id: str, wanted: str) -> bool:
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

    def sort(self, call: Call, form: FormData, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
        sort_id = str(call.param("sort_id", "result_id"))
        descending = call.param("sort_direction", "desc") == "desc"
        if sort_id not in META_SORTABLE:
            item = form.item(sort_id)
            if item is None or item.children is not None:
                raise self.invalid_parameter("sort_id", f"the form has no meta item or item {sort_id!r}")

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

    # webhooks ----------------------------------------------------------------------------------

    def get_webhooks(self, call: Call) -> Reply:
        form = self.form(call)
        return Reply({"webhooks": [dict(hook) for hook in self.webhook_registrations[form.directory]]})

    def create_or_update_webhook(self, call: Call) -> Reply:
        form = self.form(call)
        self.check_webhook_target(call.body["url"])
        hooks = self.webhook_registrations[form.directory]
        webhook = {"event": call.body["event"], "url": call.body["url"]}
        if "handshake_key" in call.body:
            webhook["handshake_key"] = call.body["handshake_key"]
        existing = next((index for index, hook in enumerate(hooks) if hook["url"] == webhook["url"]), None)
        if existing is None:
            hooks.append(webhook)
        else:
            hooks[existing] = webhook
        return Reply({"webhook": dict(webhook)})

    def delete_webhook(self, call: Call) -> Reply:
        form = self.form(call)
        if not self.remove_webhook(form.directory, str(call.param("url"))):
            raise self.not_found("Webhook not found.")
        return Reply({})

    def remove_webhook(self, form_dir: str, url: str) -> bool:
        """Delete the form's webhook posting to `url`; False when it has none."""
        with self.lock:
            hooks = self.webhook_registrations.get(form_dir, [])
            remaining = [hook for hook in hooks if hook["url"] != url]
            if len(remaining) == len(hooks):
                return False
            self.webhook_registrations[form_dir] = remaining
            return True

    # results completed (mock only: Formsite has no API that creates results) ------------------

    def complete_result(
        self, form_dir: str, answers: Mapping[str, str | int | Sequence[int]], **meta: Any
    ) -> dict[str, Any]:
        """Store a completed result of `form_dir` and post it to each of the form's webhooks.

        Mock only: stands in for a person submitting the form. `answers` maps item ids to a
        string (text items) or to the chosen choice position(s) (multiple choice items);
        unanswered items get ``""`` or no choices. `meta` sets `user_ip`, `user_browser`,
        `user_device`, `user_referrer`, `login_email`, `login_username`, `payment_amount` or
        `payment_status`. The result gets the next result id of the account and the mock's
        clock as its dates. Returns the result as get_form_results shows it. Delivery runs in
        the background (see `self.webhooks`), so this never waits for a receiver; a receiver
        answering 410 deletes its webhook. Raises KeyError for an unknown form and ValueError
        for answers or meta that do not fit the form.
        """
        unknown_meta = set(meta) - set(RESULT_META_DEFAULTS) - set(RESULT_META_OPTIONAL)
        if unknown_meta:
            raise ValueError(f"unknown result fields {sorted(unknown_meta)}")
        with self.lock:
            form = self.forms[form_dir]
            storing = [item for item in form.items if item.children is None]
            unknown = set(answers) - {item.id for item in storing}
            if unknown:
                raise ValueError(f"form {form_dir!r} has no items {sorted(unknown)} that store results")
            items = [self._answer(item, answers.get(item.id)) for item in storing]
            moment = iso(self.now())
            next_id = 1 + max(int(result["id"]) for each in self.forms.values() for result in each.results)
            result: dict[str, Any] = {
                "id": str(next_id),
                "date_start": moment,
                "date_finish": moment,
                "date_update": moment,
                "result_status": "Complete",
                **RESULT_META_DEFAULTS,
                **meta,
                "items": items,
            }
            form.results.append(result)
            hooks = [dict(hook) for hook in self.webhook_registrations[form_dir]]
        for hook in hooks:
            self._post_result_completed(form_dir, hook, result)
        copied: dict[str, Any] = json.loads(json.dumps(result))  # the caller's copy, as the API would show it
        return copied

    def _answer(self, item: ItemDef, answer: str | int | Sequence[int] | None) -> dict[str, Any]:
        if item.choices is None:
            if answer is not None and not isinstance(answer, str):
                raise ValueError(f"item {item.id} is a text item: answer with a string")
            return {"id": item.id, "position": item.position, "value": answer or ""}
        if isinstance(answer, str):
            raise ValueError(f"item {item.id} is a multiple choice item: answer with choice positions")
        positions = [] if answer is None else [answer] if isinstance(answer, int) else list(answer)
        if any(not 0 <= position < len(item.choices) for position in positions):
            raise ValueError(f"item {item.id} has choices 0 to {len(item.choices) - 1}, not {positions}")
        chosen = [{"position": position, "value": item.choices[position]} for position in positions]
        return {"id": item.id, "position": item.position, "values": chosen}

    def _post_result_completed(self, form_dir: str, hook: Mapping[str, str], result: Mapping[str, Any]) -> None:
        payload = dict(result)
        if "handshake_key" in hook:
            payload["handshake_key"] = hook["handshake_key"]
        url = hook["url"]

        def on_response(status: int) -> None:
            if status == 410:  # "it will automatically unsubscribe and delete itself"
                self.remove_webhook(form_dir, url)

        self.webhooks.submit(
            Delivery(
                url=url,
                body=json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode(),
                attempts=1,
                success=lambda status: 200 <= status < 300,
                on_response=on_response,
                event_id=str(result["id"]),
            )
        )

    # the store as JSON (seeds, the control API) ---------------------------------------------------

    store_collections: ClassVar[Mapping[str, Collection]] = {
        "results": Collection("Result", "form", "each form's results, as get_form_results shows them"),
        "webhooks": Collection("Webhook", "form", "each form's webhooks, as get_webhooks shows them"),
    }

    def export_store(self) -> dict[str, Any]:
        return {
            "results": {directory: list(form.results) for directory, form in self.forms.items()},
            "webhooks": {
                directory: [dict(hook) for hook in hooks] for directory, hooks in self.webhook_registrations.items()
            },
        }

    def import_store(self, data: Mapping[str, Any]) -> None:
        unknown = sorted((set(data.get("results", {})) | set(data.get("webhooks", {}))) - set(self.forms))
        if unknown:
            raise ValueError(f"no form {unknown[0]!r}; the forms are {', '.join(self.forms)}")
        results = {d: list(data["results"].get(d, [])) for d in self.forms} if "results" in data else None
        if results is not None:
            ids = [result["id"] for each in results.values() for result in each]
            if len(ids) != len(set(ids)):
                raise ValueError(f"result ids repeat: {sorted({i for i in ids if ids.count(i) > 1})[:5]}")
            for directory, each in results.items():
                stored = {item.id for item in self.forms[directory].items if item.children is None}
                for result in each:
                    strange = {item["id"] for item in result["items"]} - stored
                    if strange:
                        raise ValueError(f"result {result['id']}: form {directory!r} has no items {sorted(strange)}")
        with self.lock:
            if results is not None:
                for directory, each in results.items():
                    self.forms[directory].results = each
            if "webhooks" in data:
                self.webhook_registrations = {d: [dict(h) for h in data["webhooks"].get(d, [])] for d in self.forms}

    def describe_data(self) -> dict[str, Any]:
        return {
            "user_dir": ACCOUNT,
            "forms": [
                {
                    "form_dir": form.directory,
                    "name": form.name,
                    "state": form.state,
                    "results": len(form.results),
                    "items": [
                        {"id": item.id, "label": item.label, "choices": list(item.choices or ())}
                        for item in form.items
                        if item.children is None
                    ],
                }
                for form in self.forms.values()
            ],
            "note": "Formsite has no API that creates results; in Python, mock.complete_result(form_dir, answers)",
        }
