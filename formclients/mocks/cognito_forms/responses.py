"""The Cognito Forms mock's handlers: one method per operationId, over the store in models.py."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any, ClassVar
from urllib.parse import urlencode

from starlette.responses import Response

from formclients.webhooks import sign_standard_webhook

from .._core import ApiError, Call, DemoCredential, MockApp, MockSettings, Principal, ProviderMock, Reply
from .._model import Refused, StoreAttribute
from .._odata import ODataError, parse_filter, parse_orderby, parse_select
from .._store import Collection
from .._webhooks import Delivery
from .data import CREDENTIALS, demo_store
from .models import (
    OCTET_STREAM,
    CognitoStore,
    Form,
    Organization,
    StoredEntry,
    StoredFile,
    Subscription,
    is_http_url,
    iso,
    parse_date_time,
)

NO_CONTENT = ""  # Reply.media_type for a 200 without a body (unsubscribe)
SCOPE_WORDS = {
    "forms:read": ("Form Scope", "Read"),
    "forms:write": ("Form Scope", "Read/Write"),
    "entries:read": ("Entry Scope", "Read"),
    "entries:write": ("Entry Scope", "Read/Write"),
    "entries:delete": ("Entry Scope", "Read/Write/Delete"),
}
ERROR_TYPES = {
    400: "InvalidRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    429: "TooManyRequests",
    500: "InternalServerError",
}
UNAUTHORIZED = "Authorization has been denied for this request."
WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"cognito-forms-mock-webhook-key!!").decode()
WEBHOOK_ATTEMPTS = 8  # the first delivery and the 7 re-deliveries the guide promises
EVENTS = {
    "subscribe_new_entry": "entry.created",
    "subscribe_update_entry": "entry.updated",
    "subscribe_entry_deleted": "entry.deleted",
}

ODATA_TOP_MAX = 1000  # list_entries: the most entries one response holds (assumed)
ODATA_KINDS = {"Textbox": "string", "Textarea": "string", "Phone": "string", "Email": "string", "Choice": "string"}
ODATA_KINDS |= {"Date": "string", "Number": "number", "YesNo": "boolean"}
ODATA_METADATA = {
    "Id": "string",
    "Entry/Number": "number",
    "Entry/Status": "string",
    "Entry/DateCreated": "datetime",
    "Entry/DateSubmitted": "datetime",
    "Entry/DateUpdated": "datetime",
}


def _quality(accept: str, media_type: str) -> float:
    """The q-value an Accept header gives a media type (exact, type/* or */*)."""
    best: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        weight = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if media:
            best[media.lower()] = max(best.get(media.lower(), 0.0), weight)
    for candidate in (media_type, media_type.split("/")[0] + "/*", "*/*"):
        if candidate in best:
            return best[candidate]
    return 0.0


# -- the app: a 200 without a body ----------------------------------------------------------------------


class _CognitoApp(MockApp):
    def render(self, reply: Reply) -> Response:
        if reply.media_type == NO_CONTENT:
            return Response(status_code=reply.status, headers=reply.headers)
        return super().render(reply)


# -- the mock ------------------------------------------------------------------------------------------


class CognitoFormsMock(ProviderMock):
    """Cognito Forms, with organizations Acme (Pro: ContactUs, JobApplication, EventRegistration)
    and Globex (Team: CustomerFeedback), each form with 30-40 entries.

    Public state for tests:

    - ``usage``: billed request units this month per organization id (``"acme"``, ``"globex"``);
      ``usage_month`` (``"2026-01"``) and ``usage_history`` (month -> {organization: units}).
    - ``organizations``: id -> :class:`Organization` (plan, ``overage_billing``).
    - ``forms``: id -> :class:`Form` (fields, templates, availability, entries).
    - ``files``: file id -> :class:`StoredFile` (uploads of file fields).
    - ``subscriptions``: subscription id -> :class:`Subscription` (webhook registrations).
    - ``webhook_secret``: the `whsec_` secret deliveries are signed with (Standard Webhooks);
      ``webhooks.attempts`` lists every delivery attempt, ``webhooks.drain()`` waits for them.
    - ``events``: every event queued for delivery, as (subscription id, payload), for tests.
    """

    provider = "cognito_forms"
    validation_status = 400
    credentials: ClassVar[tuple[DemoCredential, ...]] = CREDENTIALS
    _by_value: ClassVar[dict[str, DemoCredential]] = {c.value: c for c in credentials}

    store: CognitoStore
    usage: StoreAttribute[dict[str, int]] = StoreAttribute()
    usage_month: StoreAttribute[str] = StoreAttribute()
    usage_history: StoreAttribute[dict[str, dict[str, int]]] = StoreAttribute()
    organizations: StoreAttribute[dict[str, Organization]] = StoreAttribute()
    forms: StoreAttribute[dict[str, Form]] = StoreAttribute()
    files: StoreAttribute[dict[str, StoredFile]] = StoreAttribute()
    subscriptions: StoreAttribute[dict[str, Subscription]] = StoreAttribute()
    events: StoreAttribute[list[tuple[str, dict[str, Any]]]] = StoreAttribute()
    webhook_secret: ClassVar[str] = WEBHOOK_SECRET

    def __init__(self, settings: MockSettings | None = None) -> None:
        super().__init__(settings)
        self.app = _CognitoApp(self)

    def seed(self) -> None:
        self.store = demo_store(self.settings.data_scale, self.profile.quota, self.now())

    # errors ---------------------------------------------------------------------------------------------

    def error_body(self, status: int, message: str, code: str | None = None) -> Any:
        kind = code or ERROR_TYPES.get(status, "Error")
        support = hashlib.sha256(f"{status}:{kind}:{message}".encode()).hexdigest()[:8]
        return {"Message": message, "Type": kind, "SupportCode": support, "Data": {}}

    def fail(
        self, status: int, message: str, data: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None
    ) -> ApiError:
        body = self.error_body(status, message)
        body["Data"] = dict(data or {})
        return ApiError(status, body, headers)

    def missing_credential(self, call: Call) -> ApiError:
        return self.error(401, UNAUTHORIZED)

    def invalid_credential(self, call: Call, credential: str) -> ApiError:
        return self.error(401, UNAUTHORIZED)

    def missing_scope(self, call: Call, scope: str) -> ApiError:
        which, level = SCOPE_WORDS.get(scope, ("scope", scope))
        return self.fail(
            403, f"The API key's {which} does not allow this request ({level} required).", {"Scope": scope}
        )

    def invalid_request(self, call: Call | None, problems: list[str]) -> ApiError:
        return self.fail(400, "The request is invalid: " + "; ".join(problems), {"Errors": problems})

    def not_found(self, message: str = "The requested resource could not be found.") -> ApiError:
        return self.error(404, message)

    def refusal(self, refused: Refused) -> ApiError:
        return self.fail(refused.status, refused.message, refused.data, refused.headers)

    # auth and accounting ------------------------------------------------------------------------------

    def authenticate(self, call: Call, scheme: str, value: str) -> Principal:
        """The same key works for both schemes; a valid key's request is billed before anything else."""
        credential = self._by_value.get(value)
        if credential is None:
            raise self.invalid_credential(call, value)
        if credential.attributes.get("revoked"):
            raise self.error(401, "The API key has been deleted.")
        self.bill(credential.attributes["organization"], call.body_size)
        return Principal(credential)

    def bill(self, organization: str, size: int) -> None:
        """Count one request of `size` body bytes against the organization's monthly allowance."""
        try:
            self.store.bill(organization, size, self.now())
        except Refused as refused:
            raise self.refusal(refused) from None

    def allowance(self, organization: str) -> int:
        """The monthly allowance of the organization's plan (x-quota.plans)."""
        return self.store.allowance(organization)

    def overage(self, organization: str) -> int:
        """Units billed this month beyond the allowance (charged per bucket of 100,000)."""
        return self.store.overage(organization)

    # lookups ----------------------------------------------------------------------------------------------

    @staticmethod
    def _attributes(call: Call) -> Mapping[str, Any]:
        assert call.principal is not None  # every operation needs a key
        return call.principal.credential.attributes

    def visible(self, call: Call, form: Form) -> bool:
        attributes = self._attributes(call)
        if form.organization != attributes["organization"]:
            return False
        forms, folders = attributes.get("forms"), attributes.get("folders")
        if forms is None and folders is None:
            return True
        return form.id in (forms or ()) or form.folder in (folders or ())

    def _form(self, call: Call, name: str = "form") -> Form:
        wanted = call.param(name)
        for form in self.forms.values():
            if wanted in (form.id, form.internal_name) and self.visible(call, form):
                return form
        raise self.not_found("The requested form could not be found.")

    def _entry(self, form: Form, entry_id: str) -> StoredEntry:
        """The entry by its number (`3`) or its Id (`1-3`)."""
        prefix, dash, number = entry_id.rpartition("-")
        by_number = not dash or prefix == form.id
        if by_number and re.fullmatch(r"[1-9][0-9]{0,8}", number) and int(number) in form.entries:
            return form.entries[int(number)]
        raise self.not_found("The requested entry could not be found.")

    def _origin(self, call: Call) -> str:
        return "http://" + call.headers.get("host", "mock.local")

    def render_entry(self, call: Call, form: Form, entry: StoredEntry, links: bool = True) -> dict[str, Any]:
        """The entry as get_entry shows it; `links=False` leaves out the link properties (a deleted entry)."""
        return self.store.render_entry(self._origin(call), form, entry, links)

    def _file_ref(self, call: Call, stored: StoredFile, content: bool) -> dict[str, Any]:
        return self.store.file_ref(self._origin(call), stored, content)

    # forms -------------------------------------------------------------------------------------------------

    def get_forms(self, call: Call) -> Reply:
        return Reply(
            [
                {"Id": f.id, "Name": f.name, "InternalName": f.internal_name}
                for f in self.forms.values()
                if self.visible(call, f)
            ]
        )

    def get_form_fields(self, call: Call) -> Reply:
        return Reply([form_field.describe() for form_field in self._form(call).fields])

    def get_form_schema(self, call: Call) -> Reply:
        form = self._form(call)
        as_input, links = bool(call.param("input", False)), bool(call.param("includeLinks", True))
        properties: dict[str, Any] = {}
        for form_field in form.fields:
            properties[form_field.internal] = form_field.schema(as_input, links)
        if not as_input:
            date_time = {"type": "string", "format": "date-time"}
            nullable_date_time = {"type": ["string", "null"], "format": "date-time"}
            metadata: dict[str, Any] = {
                "Number": {"type": "integer", "description": "Entry Number", "readOnly": True},
                "Status": {"type": "string", "description": "Entry Status", "readOnly": True},
                "Action": {"type": ["string", "null"], "description": "Action"},
                "Role": {"type": ["string", "null"], "description": "Role"},
                "Version": {"type": "integer", "description": "Version", "readOnly": True},
                "DateCreated": {**date_time, "description": "Date Created", "readOnly": True},
                "DateSubmitted": {**nullable_date_time, "description": "Date Submitted", "readOnly": True},
                "DateUpdated": {**date_time, "description": "Date Updated", "readOnly": True},
                "Timestamp": {**nullable_date_time, "description": "Timestamp", "readOnly": True},
                "User": {
                    "type": ["object", "null"],
                    "description": "User",
                    "properties": {"Name": {"type": "string"}, "Email": {"type": "string"}},
                },
                "Order": {"type": ["object", "null"], "description": "Order"},
                "Origin": {"type": "object", "description": "Origin", "readOnly": True},
            }
            if links:
                link = {"type": ["string", "null"], "format": "uri", "readOnly": True}
                metadata |= {"AdminLink": {**link, "description": "Admin Link"}}
                metadata |= {"CustomerLink": {**link, "description": "Customer Link"}}
                for template in form.templates:
                    metadata[f"Document{template.number}"] = {**link, "description": template.name}
            properties = {
                "Id": {"type": "string", "description": "Id", "readOnly": True},
                "Form": {"type": "object", "description": "Form", "readOnly": True},
                **properties,
                "Entry": {"type": "object", "description": "Entry", "properties": metadata},
            }
        schema: dict[str, Any] = {
            "type": "object",
            "title": form.name,
            "properties": properties,
            "required": [f.internal for f in form.fields if f.required],
        }
        return Reply(schema)

    def set_form_availability(self, call: Call) -> Reply:
        form = self._form(call)
        body: dict[str, Any] = call.body or {}
        availability: dict[str, str | None] = {}
        problems = []
        for key, target in (("start", "availabilityStart"), ("end", "availabilityEnd")):
            raw = body.get(key)
            if raw is None:
                availability[target] = None
                continue
            moment = parse_date_time(raw)
            if moment is None:
                problems.append(f"{key}: {raw!r} is not an RFC 3339 date-time")
                continue
            availability[target] = iso(moment)
        if problems:
            raise self.invalid_request(call, problems)
        availability["notAvailableMessage"] = body.get("message")
        form.availability = availability
        return Reply(dict(availability))

    # entries ----------------------------------------------------------------------------------------------

    def create_entry(self, call: Call) -> Reply:
        form = self._form(call)
        entry = self.store.create_entry(form, call.body, call.client_ip, call.headers.get("user-agent"), self.now())
        rendered = self.render_entry(call, form, entry)
        self._publish(form, "entry.created", rendered)
        return Reply(rendered)

    def get_entry(self, call: Call) -> Reply:
        form = self._form(call)
        return Reply(self.render_entry(call, form, self._entry(form, call.param("entryId"))))

    def update_entry(self, call: Call) -> Reply:
        form = self._form(call)
        entry = self._entry(form, call.param("entryId"))
        self.store.update_entry(form, entry, call.body, self.now())
        rendered = self.render_entry(call, form, entry)
        self._publish(form, "entry.updated", rendered)
        return Reply(rendered)

    def delete_entry(self, call: Call) -> Reply:
        form = self._form(call)
        entry = self._entry(form, call.param("entryId"))
        before = self.render_entry(call, form, entry, links=False)  # "for deletions without links"
        self.store.delete_entry(form, entry)
        self._publish(form, "entry.deleted", before)
        return Reply(status=204)

    def list_entries(self, call: Call) -> Reply:
        """OData: the view's entries, filtered, ordered, counted and sliced (see the spec's assumptions)."""
        wanted = str(call.param("form"))
        if len(wanted) > 1 and wanted[0] == wanted[-1] == "'":
            wanted = wanted[1:-1]
        call.params["form"] = wanted
        form = self._form(call)
        view = next((v for v in form.views if v.number == call.param("view")), None)
        if view is None:
            raise self.not_found("The requested view could not be found.")
        shown = [f for f in form.fields if view.fields is None or f.internal in view.fields]
        kinds = dict(ODATA_METADATA) | {f.internal: ODATA_KINDS[f.kind] for f in shown if f.kind in ODATA_KINDS}
        try:
            where = parse_filter(call.param("$filter"), kinds) if call.param("$filter") else None
            order = parse_orderby(call.param("$orderby"), kinds) if call.param("$orderby") else []
            properties = ["Id", "Form", *(f.internal for f in shown), "Entry"]
            selected = parse_select(call.param("$select"), properties) if call.param("$select") is not None else None
        except ODataError as error:
            raise self.invalid_request(call, [str(error)]) from None
        entries = self.store.view_entries(form, view, where, order)
        count = len(entries)
        skip, top = int(call.param("$skip", 0)), int(call.param("$top", ODATA_TOP_MAX))
        page = entries[skip : skip + top]
        keep = {"Id", "Form", "Entry", *(f.internal for f in shown)}
        rows = []
        for entry in page:
            rendered = self.render_entry(call, form, entry)
            rows.append({k: v for k, v in rendered.items() if k in keep and (selected is None or k in selected)})
        body: dict[str, Any] = {
            "@odata.context": f"{self._origin(call)}/api/odata/$metadata#Forms({form.id})/Views({view.number})/Entries"
        }
        if call.param("$count", False):
            body["@odata.count"] = count
        body["value"] = rows
        return Reply(body)

    # documents and files ----------------------------------------------------------------------------------

    def get_document(self, call: Call) -> Reply:
        form = self._form(call)
        entry = self._entry(form, call.param("entry"))
        document = self.store.document(form, entry, call.param("templateNumber"))
        accept = call.headers.get("accept")
        if accept:
            json_q, own_q = _quality(accept, "application/json"), _quality(accept, document.content_type)
            raw = own_q > json_q or json_q == 0
        else:
            raw = False
        if raw:
            return Reply(
                document.content,
                media_type=document.content_type,
                headers={"Content-Disposition": f'attachment; filename="{document.name}"'},
            )
        return Reply(self._file_ref(call, document, True))

    def get_file(self, call: Call) -> Reply:
        file_id: str = call.param("id")
        document = re.fullmatch(r"D-([0-9]+)-([1-9][0-9]{0,8})-([1-9][0-9]{0,8})", file_id)
        stored: StoredFile | None = None
        if document is not None:
            form = self.forms.get(document.group(1))
            number = int(document.group(2))
            template = int(document.group(3))
            known = form is not None and any(t.number == template for t in form.templates)
            if form is not None and known and self.visible(call, form) and number in form.entries:
                stored = self.store.document(form, form.entries[number], template)
        else:
            candidate = self.files.get(file_id)
            if candidate is not None and self.visible(call, self.forms[candidate.form]):
                stored = candidate
        if stored is None:
            raise self.not_found("The requested file could not be found.")
        accept = call.headers.get("accept")
        if accept and _quality(accept, OCTET_STREAM) > _quality(accept, "application/json"):
            return Reply(
                stored.content,
                media_type=OCTET_STREAM,
                headers={"Content-Disposition": f'attachment; filename="{stored.name}"'},
            )
        return Reply(self._file_ref(call, stored, True))

    # webhooks ---------------------------------------------------------------------------------------------

    def _publish(self, form: Form, event: str, entry: dict[str, Any]) -> None:
        """Queue a signed delivery of the entry to each subscription of the form to `event`; never blocks or raises.

        The body is the entry itself (what the connector documents), not an event envelope; the
        `webhook-id` header carries the delivery's id, the same on every re-delivery.
        """
        for subscription in list(self.subscriptions.values()):
            if subscription.form != form.id or subscription.event != event:
                continue
            # Unique across resets and mock instances, so a receiver's de-duplication never drops a new event.
            event_id = "evt_" + uuid.uuid4().hex
            payload = entry
            body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
            try:
                self.bill(form.organization, len(body.encode()))  # JSON webhooks count against the allowance
            except ApiError:
                continue  # over the allowance with overage billing off: Cognito sends nothing (assumed)
            self.events.append((subscription.id, payload))
            self.webhooks.submit(
                Delivery(
                    url=subscription.url,
                    body=body.encode(),
                    headers=self._signer(event_id, body),
                    attempts=WEBHOOK_ATTEMPTS,
                    success=lambda status: status == 200,
                    event_id=event_id,
                )
            )

    def _signer(self, event_id: str, body: str) -> Callable[[], dict[str, str]]:
        """Headers for one attempt: a fresh timestamp (the mock's clock) and signature each time."""
        return lambda: sign_standard_webhook(self.webhook_secret, event_id, self.clock.now(), body)

    def _subscribe(self, call: Call) -> Reply:
        if not call.param("publisher"):
            raise self.invalid_request(call, ["publisher: the form to watch is required"])
        form = self._form(call, "publisher")
        url: str = call.body["notificationUrl"]
        if not is_http_url(url):
            raise self.invalid_request(call, [f"notificationUrl: {url!r} is not an absolute http or https URL"])
        self.check_webhook_target(url, "notificationUrl")
        subscription = self.store.subscribe(
            EVENTS[call.operation.operation_id], form, url, call.param("module", "forms"), self.now()
        )
        query = urlencode({"id": subscription.id, "module": subscription.module})
        location = f"{self._origin(call)}/integration/oauth/unsubscribe?{query}"
        return Reply({"Id": subscription.id}, status=201, headers={"Location": location})

    def subscribe_new_entry(self, call: Call) -> Reply:
        return self._subscribe(call)

    def subscribe_update_entry(self, call: Call) -> Reply:
        return self._subscribe(call)

    def subscribe_entry_deleted(self, call: Call) -> Reply:
        return self._subscribe(call)

    def unsubscribe(self, call: Call) -> Reply:
        if not call.param("id"):
            raise self.invalid_request(call, ["id: the subscription to remove is required"])
        subscription = self.subscriptions.get(call.param("id"))
        if subscription is None or not self.visible(call, self.forms[subscription.form]):
            raise self.not_found("The requested subscription could not be found.")
        del self.subscriptions[subscription.id]
        return Reply(status=200, media_type=NO_CONTENT)

    # the store as JSON (seeds, the control API) ---------------------------------------------------

    store_collections: ClassVar[Mapping[str, Collection]] = {
        "entries": Collection(
            "Entry", "form", "each form's entries by form Id; file fields as uploads [{Name, ContentType, Content}]"
        ),
    }
