"""The Formsite mock's handlers: one method per operationId, over the store in models.py."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, ClassVar

from .._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply
from .._model import StoreAttribute
from .._store import Collection
from .._webhooks import Delivery
from .data import demo_store
from .models import (
    ACCOUNT,
    CHOICE_POSITION,
    META_SEARCHABLE,
    META_SORTABLE,
    SEARCH_KINDS,
    FormData,
    FormsiteStore,
    parse_date,
)
from .results import Criterion, ResultQuery, last_page, select

PAGE_SIZE_MAX = 100


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

    store: FormsiteStore
    forms: StoreAttribute[dict[str, FormData]] = StoreAttribute()
    """The account's forms by directory (`demo` user directory)."""
    webhook_registrations: StoreAttribute[dict[str, list[dict[str, str]]]] = StoreAttribute()
    """Webhooks by form directory, in creation order, each as the API shows it ({event, url[, handshake_key]})."""

    def seed(self) -> None:
        self.store = demo_store(self.settings.data_scale)

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
        query = self.result_query(call, form)
        view = self.view(call, form)
        shown, total = select(form, query)
        if view is not None:
            shown = [{**result, "items": [i for i in result["items"] if i["id"] in view]} for result in shown]
        headers = {
            "Pagination-Limit": str(query.limit),
            "Pagination-Page-Current": str(query.page),
            "Pagination-Page-Last": str(last_page(total, query.limit)),
        }
        return Reply({"results": shown}, headers=headers)

    def result_query(self, call: Call, form: FormData) -> ResultQuery:
        """The query's parameters, each checked against the form (422 naming the first one that does not fit)."""
        after_date, before_date = self.date_bound(call, "after_date"), self.date_bound(call, "before_date")
        criteria: list[Criterion] = []
        for kind in SEARCH_KINDS:
            for item_id, wanted in (call.param(kind) or {}).items():
                self.check_criterion(form, kind, item_id, wanted)
                criteria.append(Criterion(kind, item_id, wanted))
        sort_id = str(call.param("sort_id", "result_id"))
        if sort_id not in META_SORTABLE:
            item = form.item(sort_id)
            if item is None or item.children is not None:
                raise self.invalid_parameter("sort_id", f"the form has no meta item or item {sort_id!r}")
        return ResultQuery(
            after_id=call.param("after_id"),
            before_id=call.param("before_id"),
            after_date=after_date,
            before_date=before_date,
            criteria=tuple(criteria),
            match_any=call.param("search_method", "and") == "or",
            sort_id=sort_id,
            descending=call.param("sort_direction", "desc") == "desc",
            page=int(call.param("page", 1)),
            limit=min(int(call.param("limit", PAGE_SIZE_MAX)), PAGE_SIZE_MAX),
        )

    def view(self, call: Call, form: FormData) -> tuple[str, ...] | None:
        view_id = call.param("results_view")
        if view_id is None:
            return None
        if view_id not in form.views:
            raise self.invalid_parameter("results_view", f"the form has no Results View {view_id!r}")
        return form.views[view_id]

    def date_bound(self, call: Call, name: str) -> datetime | None:
        text = call.param(name)
        if text is None:
            return None
        try:
            return parse_date(text)
        except ValueError:
            raise self.invalid_parameter(name, f"{text!r} is not a valid date") from None

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

    # webhooks ----------------------------------------------------------------------------------

    def get_webhooks(self, call: Call) -> Reply:
        form = self.form(call)
        return Reply({"webhooks": [dict(hook) for hook in self.webhook_registrations[form.directory]]})

    def create_or_update_webhook(self, call: Call) -> Reply:
        form = self.form(call)
        self.check_webhook_target(call.body["url"])
        webhook = {"event": call.body["event"], "url": call.body["url"]}
        if "handshake_key" in call.body:
            webhook["handshake_key"] = call.body["handshake_key"]
        self.store.put_webhook(form.directory, webhook)
        return Reply({"webhook": dict(webhook)})

    def delete_webhook(self, call: Call) -> Reply:
        form = self.form(call)
        if not self.remove_webhook(form.directory, str(call.param("url"))):
            raise self.not_found("Webhook not found.")
        return Reply({})

    def remove_webhook(self, form_dir: str, url: str) -> bool:
        """Delete the form's webhook posting to `url`; False when it has none."""
        with self.lock:
            return self.store.remove_webhook(form_dir, url)

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
        with self.lock:
            result = self.store.complete_result(form_dir, answers, meta, self.now())
            hooks = [dict(hook) for hook in self.webhook_registrations[form_dir]]
        for hook in hooks:
            self._post_result_completed(form_dir, hook, result)
        copied: dict[str, Any] = json.loads(json.dumps(result))  # the caller's copy, as the API would show it
        return copied

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
