"""The Cognito Forms mock's state: organizations and their usage, forms with their entries, files, subscriptions.

Nothing here knows HTTP: the handlers (responses.py) read and change the store through
:class:`CognitoStore`, which refuses what breaks its rules (an invalid entry, a request past the
allowance) by raising :class:`Refused`. Links in rendered entries start at `origin`, the host the
request came to.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from formclients.runtime import Quota

from .._model import Refused, next_month, seconds_until
from .._odata import Filter, sort_key
from . import documents

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OCTET_STREAM = "application/octet-stream"


@dataclass(frozen=True)
class FormField:
    label: str
    internal: str
    kind: str  # FieldType: Name, Email, Textbox, Textarea, Phone, Choice, Number, Date, YesNo, File
    required: bool = False
    choices: tuple[str, ...] = ()

    def describe(self) -> dict[str, Any]:
        described: dict[str, Any] = {
            "Name": self.label,
            "InternalName": self.internal,
            "FieldType": self.kind,
            "Required": self.required,
        }
        if self.kind == "Choice":
            described["Choices"] = list(self.choices)
        return described

    def schema(self, as_input: bool, links: bool) -> dict[str, Any]:
        """One field's JSON-Schema-like description; its label is `description`, as in Cognito's schema."""
        nullable = not self.required
        label = {"description": self.label}
        text: dict[str, Any] = {"type": ["string", "null"] if nullable else "string", **label}
        kind = self.kind
        if kind == "Name":
            parts: dict[str, Any] = {
                part: {"type": "string", "description": part}
                for part in ("Prefix", "First", "Middle", "Last", "Suffix")
            }
            if not as_input:
                parts["FirstAndLast"] = {"type": "string", "description": "First and Last", "readOnly": True}
            return {"type": "object", **label, "properties": parts}
        if kind == "Email":
            return {**text, "format": "email"}
        if kind == "Choice":
            return {**text, "enum": [*self.choices, *([None] if nullable else [])]}
        if kind == "Date":
            return {**text, "format": "date"}
        if kind == "Number":
            return {"type": ["number", "null"] if nullable else "number", **label}
        if kind == "YesNo":
            return {"type": ["boolean", "null"] if nullable else "boolean", **label}
        if kind == "File":
            if as_input:
                item: dict[str, Any] = {
                    "type": "object",
                    "required": ["Name", "Content"],
                    "properties": {
                        "Name": {"type": "string"},
                        "ContentType": {"type": "string"},
                        "Content": {"type": "string", "contentEncoding": "base64"},
                        "Id": {"type": "string"},
                    },
                }
            else:
                shown = {k: {"type": "string", "readOnly": True} for k in ("Id", "Name", "ContentType")}
                shown["Size"] = {"type": "integer", "readOnly": True}
                if links:
                    shown["File"] = {"type": "string", "format": "uri", "readOnly": True}
                item = {"type": "object", "properties": shown}
            return {"type": "array", **label, "items": item}
        return text


@dataclass(frozen=True)
class Template:
    number: int
    name: str
    content_type: str  # PDF or DOCX


@dataclass(frozen=True)
class View:
    """An entries view (OData): which entries (by status) and which fields it shows; None = all."""

    number: int
    name: str
    fields: tuple[str, ...] | None = None
    statuses: tuple[str, ...] | None = None


DEFAULT_VIEWS = (View(1, "All Entries"),)


@dataclass
class Organization:
    id: str
    name: str
    plan: str  # a key of x-quota.plans
    overage_billing: bool = True  # False: requests past the allowance answer 429 (the spec's assumption)


@dataclass
class StoredEntry:
    number: int
    values: dict[str, Any]  # internal field name -> value (file fields: lists of file ids)
    meta: dict[str, Any]  # the `Entry` object


@dataclass
class Form:
    id: str
    internal_name: str
    name: str
    organization: str
    folder: str
    fields: tuple[FormField, ...]
    templates: tuple[Template, ...]
    availability: dict[str, str | None] = field(
        default_factory=lambda: {"availabilityStart": None, "availabilityEnd": None, "notAvailableMessage": None}
    )
    entries: dict[int, StoredEntry] = field(default_factory=dict)
    next_number: int = 1
    views: tuple[View, ...] = DEFAULT_VIEWS

    def field_named(self, name: str) -> FormField | None:
        return next((f for f in self.fields if f.internal == name), None)


@dataclass
class StoredFile:
    id: str
    name: str
    content_type: str
    content: bytes
    form: str
    entry: int


@dataclass
class Subscription:
    """A webhook registration: `event` is entry.created / entry.updated / entry.deleted."""

    id: str
    event: str
    form: str  # the form's Id
    url: str
    module: str
    organization: str
    created: str


def odata_getter(form: Form, entry: StoredEntry) -> Callable[[str], Any]:
    """An entry's OData properties by path (`Id`, `Entry/Number`, a field's internal name)."""

    def get(path: str) -> Any:
        if path == "Id":
            return f"{form.id}-{entry.number}"
        if path.startswith("Entry/"):
            value = entry.meta.get(path.removeprefix("Entry/"))
            return parse_date_time(value) if isinstance(value, str) and path.startswith("Entry/Date") else value
        return entry.values.get(path)

    return get


def iso(moment: datetime) -> str:
    # isoformat, not strftime: strftime("%Y") drops the leading zeros of years before 1000.
    return moment.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def is_date(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def parse_date_time(value: str) -> datetime | None:
    """An RFC 3339 date-time (any case, any fraction, leap second clamped), or None."""
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})", value)
    if match is None:
        return None
    day, hours, minutes, seconds, fraction, offset = match.groups()
    text = f"{day}T{hours}:{minutes}:{min(int(seconds), 59):02d}.{(fraction or '0')[:6].ljust(6, '0')}"
    text += "+00:00" if offset in ("Z", "z") else offset
    try:
        parsed = datetime.fromisoformat(text)
        parsed.astimezone(UTC)  # 0001-01-01T00:00:00+01:00 has no UTC year; refuse it here, not at format time
    except (ValueError, OverflowError):
        return None
    return parsed


def is_http_url(value: str) -> bool:
    """An absolute http(s) URL with a host and no whitespace: what a webhook can be delivered to."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", value)


def finite_double(value: int | float) -> bool:
    """Whether a JSON number fits a double (Cognito's Number fields are .NET doubles; assumed)."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def new_file_id(form: str, entry: int, serial: int) -> str:
    return "F-" + hashlib.sha256(f"file:{form}:{entry}:{serial}".encode()).hexdigest()[:20]


@dataclass
class CognitoStore:
    """The organizations with their monthly usage, their forms (entries inside), files and subscriptions."""

    quota: Quota | None
    """The spec's x-quota: each plan's monthly allowance and the bytes one billed request unit covers."""
    organizations: dict[str, Organization]
    forms: dict[str, Form]
    usage_month: str
    usage: dict[str, int] = field(default_factory=dict)
    usage_history: dict[str, dict[str, int]] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    subscription_serial: int = 0
    file_serial: int = 1000  # seeded files use serial 1

    # request accounting ---------------------------------------------------------------------------------

    def bill(self, organization: str, size: int, now: datetime) -> None:
        """Count one request of `size` body bytes against the organization's monthly allowance."""
        quota = self.quota
        unit = quota.request_unit_bytes if quota and quota.request_unit_bytes else 102400
        units = max(1, math.ceil(size / unit))
        month = now.strftime("%Y-%m")
        if month != self.usage_month:
            if self.usage:
                self.usage_history[self.usage_month] = self.usage
            self.usage, self.usage_month = {}, month
        used = self.usage.get(organization, 0)
        org = self.organizations[organization]
        if not org.overage_billing and used + units > self.allowance(organization):
            raise Refused(
                429,
                "The organization has exceeded its API request limit.",
                data={"Allowance": self.allowance(organization), "Used": used},
                headers={"Retry-After": str(seconds_until(next_month(now), now))},
            )
        self.usage[organization] = used + units

    def allowance(self, organization: str) -> int:
        """The monthly allowance of the organization's plan (x-quota.plans)."""
        plans = self.quota.plans if self.quota else {}
        return int(plans.get(self.organizations[organization].plan, 0))

    def overage(self, organization: str) -> int:
        """Units billed this month beyond the allowance (charged per bucket of 100,000)."""
        return max(0, self.usage.get(organization, 0) - self.allowance(organization))

    # rendering ------------------------------------------------------------------------------------------

    def admin_link(self, form: Form, number: int) -> str:
        return f"https://www.cognitoforms.com/{self.organizations[form.organization].name}/{form.id}/entries/{number}"

    def links(self, origin: str, form: Form, entry: StoredEntry) -> dict[str, Any]:
        """The entry's link properties: admin and customer links, one per document template."""
        links: dict[str, Any] = {"AdminLink": self.admin_link(form, entry.number), "CustomerLink": None}
        for template in form.templates:
            path = f"/api/forms/{form.internal_name}/entries/{form.id}-{entry.number}/documents/{template.number}"
            links[f"Document{template.number}"] = origin + path
        return links

    @staticmethod
    def file_ref(origin: str, stored: StoredFile, content: bool) -> dict[str, Any]:
        ref: dict[str, Any] = {
            "Id": stored.id,
            "Name": stored.name,
            "ContentType": stored.content_type,
            "Size": len(stored.content),
            "File": f"{origin}/api/files/{stored.id}",
        }
        if content:
            ref["Content"] = base64.b64encode(stored.content).decode()
        return ref

    def render_entry(self, origin: str, form: Form, entry: StoredEntry, links: bool = True) -> dict[str, Any]:
        """The entry as get_entry shows it; `links=False` leaves out the link properties (a deleted entry)."""
        rendered: dict[str, Any] = {
            "Id": f"{form.id}-{entry.number}",
            "Form": {"Id": form.id, "InternalName": form.internal_name, "Name": form.name},
        }
        for form_field in form.fields:
            value = entry.values.get(form_field.internal)
            if form_field.kind == "File":
                value = [self.file_ref(origin, self.files[file_id], False) for file_id in value or []]
            elif form_field.kind == "Name" and isinstance(value, dict):
                value = {**value, "FirstAndLast": " ".join(p for p in (value.get("First"), value.get("Last")) if p)}
            rendered[form_field.internal] = value
        rendered["Entry"] = dict(entry.meta) | (self.links(origin, form, entry) if links else {})
        return rendered

    def document(self, form: Form, entry: StoredEntry, number: int) -> StoredFile:
        """The entry's document from template `number` (Refused 404 for a template the form does not have)."""
        template = next((t for t in form.templates if t.number == number), None)
        if template is None:
            raise Refused(404, "The requested document template could not be found.")
        lines = []
        for form_field in form.fields:
            value = entry.values.get(form_field.internal)
            if form_field.kind == "Name" and isinstance(value, dict):
                value = " ".join(p for p in (value.get("First"), value.get("Last")) if p)
            elif form_field.kind == "File":
                value = ", ".join(self.files[file_id].name for file_id in value or [])
            lines.append(f"{form_field.label}: {'' if value is None else value}")
        title = f"{form.name} - {template.name} - Entry {entry.number}"
        extension = "pdf" if template.content_type == PDF else "docx"
        content = documents.pdf(title, lines) if template.content_type == PDF else documents.docx(title, lines)
        return StoredFile(
            f"D-{form.id}-{entry.number}-{number}",
            f"{form.name} - Entry {entry.number}.{extension}",
            template.content_type,
            content,
            form.id,
            entry.number,
        )

    # entry input ----------------------------------------------------------------------------------------

    def check_value(self, form: Form, form_field: FormField, value: Any, entry: StoredEntry | None) -> Any:
        """The stored value for one field; ValueError says what is wrong."""
        kind = form_field.kind
        if value is None:
            return None
        if kind in ("Textbox", "Textarea", "Phone", "Email", "Choice", "Date") and not isinstance(value, str):
            raise ValueError("must be a string")
        if kind == "Email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            raise ValueError("must be an email address")
        if kind == "Choice" and value not in form_field.choices:
            raise ValueError(f"must be one of {', '.join(form_field.choices)}")
        if kind == "Date" and not is_date(value):
            raise ValueError("must be a date (YYYY-MM-DD)")
        if kind == "Number" and (
            isinstance(value, bool) or not isinstance(value, int | float) or not finite_double(value)
        ):
            raise ValueError("must be a number (a finite double)")
        if kind == "YesNo" and not isinstance(value, bool):
            raise ValueError("must be true or false")
        if kind == "Name":
            if not isinstance(value, dict):
                raise ValueError("must be an object with First and Last")
            allowed = {"Prefix", "First", "Middle", "Last", "Suffix", "FirstAndLast"}
            unknown = sorted(set(value) - allowed)
            if unknown:
                raise ValueError(f"has unknown parts {', '.join(unknown)}")
            if any(part is not None and not isinstance(part, str) for part in value.values()):
                raise ValueError("parts must be strings")
            return {k: v for k, v in value.items() if k != "FirstAndLast" and v is not None}
        if kind == "File":
            return self.check_files(value, form, entry)
        return value

    def check_files(self, value: Any, form: Form, entry: StoredEntry | None) -> list[Any]:
        if not isinstance(value, list):
            raise ValueError("must be a list of files")
        checked: list[Any] = []
        for item in value:
            if not isinstance(item, dict):
                raise ValueError("each file must be an object")
            if "Content" not in item and isinstance(item.get("Id"), str):
                known = entry is not None and item["Id"] in self.entry_files(form, entry)
                if not known:
                    raise ValueError(f"file {item['Id']} is not a file of this entry")
                checked.append(item["Id"])
                continue
            name, content_type, content = item.get("Name"), item.get("ContentType"), item.get("Content")
            if not (isinstance(name, str) and name and isinstance(content, str)):
                raise ValueError("each new file needs Name and Content (base64)")
            if content_type is not None and not isinstance(content_type, str):
                raise ValueError("ContentType must be a string")
            try:
                data = base64.b64decode(content, validate=True)
            except (binascii.Error, ValueError):
                raise ValueError("Content must be base64") from None
            checked.append((name, content_type or "application/octet-stream", data))
        return checked

    def entry_files(self, form: Form, entry: StoredEntry) -> set[str]:
        ids: set[str] = set()
        for form_field in form.fields:
            if form_field.kind == "File":
                ids.update(entry.values.get(form_field.internal) or [])
        return ids

    def apply(self, body: Any, form: Form, entry: StoredEntry | None) -> dict[str, Any]:
        """Check `body` against the form's fields and return the entry's new values (Refused 400 if wrong)."""
        body = body if isinstance(body, dict) else {}
        problems: list[str] = []
        values = dict(entry.values) if entry else {}
        for key, value in body.items():
            if key in ("Id", "Form", "Entry"):
                continue  # the envelope of a fetched entry sent back
            form_field = form.field_named(key)
            if form_field is None:
                problems.append(f"{key}: the form has no such field")
                continue
            try:
                values[key] = self.check_value(form, form_field, value, entry)
            except ValueError as error:
                problems.append(f"{key}: {error}")
        for form_field in form.fields:
            value = values.get(form_field.internal)
            empty = value is None or value in ("", [], {}) or (form_field.kind == "Name" and not any(value.values()))
            if form_field.required and empty:
                problems.append(f"{form_field.internal}: {form_field.label} is required")
        if problems:
            raise Refused(400, "The entry is invalid: " + "; ".join(problems), data={"Errors": problems})
        return values

    def store_files(self, form: Form, number: int, values: dict[str, Any]) -> None:
        """Turn checked new uploads into stored files; file fields then hold file ids."""
        for form_field in form.fields:
            if form_field.kind != "File" or not values.get(form_field.internal):
                continue
            ids = []
            for item in values[form_field.internal]:
                if isinstance(item, str):
                    ids.append(item)
                    continue
                name, content_type, data = item
                self.file_serial += 1
                file_id = new_file_id(form.id, number, self.file_serial)
                self.files[file_id] = StoredFile(file_id, name, content_type, data, form.id, number)
                ids.append(file_id)
            values[form_field.internal] = ids

    # entries ----------------------------------------------------------------------------------------------

    def create_entry(self, form: Form, body: Any, client_ip: str, user_agent: str | None, now: datetime) -> StoredEntry:
        """A new entry from `body` (Refused 400 when it does not fit the form), numbered after the last."""
        values = self.apply(body, form, None)
        number = form.next_number
        form.next_number += 1
        self.store_files(form, number, values)
        at = iso(now)
        meta = {
            "Number": number,
            "Status": "Submitted",
            "Action": "Submit",
            "Role": "Public",
            "Version": 1,
            "DateCreated": at,
            "DateSubmitted": at,
            "DateUpdated": at,
            "Timestamp": at,
            "User": None,
            "Order": None,
            "Origin": {
                "IpAddress": client_ip,
                "City": None,
                "Region": None,
                "CountryCode": None,
                "Timezone": None,
                "UserAgent": user_agent,
                "IsImported": False,
            },
        }
        entry = StoredEntry(number, values, meta)
        form.entries[number] = entry
        return entry

    def update_entry(self, form: Form, entry: StoredEntry, body: Any, now: datetime) -> None:
        """Apply `body` to the entry (Refused 400 when it does not fit), dropping files it no longer has."""
        before = self.entry_files(form, entry)
        values = self.apply(body, form, entry)
        self.store_files(form, entry.number, values)
        entry.values = values
        for file_id in before - self.entry_files(form, entry):
            self.files.pop(file_id, None)
        entry.meta["Version"] = int(entry.meta.get("Version", 1)) + 1
        entry.meta["DateUpdated"] = entry.meta["Timestamp"] = iso(now)

    def delete_entry(self, form: Form, entry: StoredEntry) -> None:
        """Delete the entry and its files (its number is never used again)."""
        for file_id in self.entry_files(form, entry):
            self.files.pop(file_id, None)
        del form.entries[entry.number]

    @staticmethod
    def view_entries(
        form: Form, view: View, where: Filter | None, order: Sequence[tuple[str, bool]]
    ) -> list[StoredEntry]:
        """OData: the view's entries that `where` keeps, in `order` and then by number."""
        entries = [e for e in form.entries.values() if view.statuses is None or e.meta["Status"] in view.statuses]
        getters = {e.number: odata_getter(form, e) for e in entries}
        if where is not None:
            entries = [e for e in entries if where.holds(getters[e.number])]
        entries.sort(key=lambda e: (*sort_key(order, getters[e.number]), e.number))
        return entries

    # subscriptions ----------------------------------------------------------------------------------------

    def subscribe(self, event: str, form: Form, url: str, module: str, now: datetime) -> Subscription:
        self.subscription_serial += 1
        subscription_id = "sub-" + hashlib.sha256(f"sub:{self.subscription_serial}".encode()).hexdigest()[:12]
        subscription = Subscription(
            id=subscription_id,
            event=event,
            form=form.id,
            url=url,
            module=module,
            organization=form.organization,
            created=iso(now),
        )
        self.subscriptions[subscription_id] = subscription
        return subscription

    # the store as JSON (seeds, the control API) ---------------------------------------------------

    def export(self) -> dict[str, Any]:
        entries: dict[str, list[dict[str, Any]]] = {}
        for form in self.forms.values():
            entries[form.id] = []
            for entry in form.entries.values():
                record: dict[str, Any] = {"Id": f"{form.id}-{entry.number}"}
                for form_field in form.fields:
                    value = entry.values.get(form_field.internal)
                    if form_field.kind == "File":
                        value = [
                            {
                                "Name": self.files[file_id].name,
                                "ContentType": self.files[file_id].content_type,
                                "Content": base64.b64encode(self.files[file_id].content).decode(),
                            }
                            for file_id in value or []
                        ]
                    record[form_field.internal] = value
                record["Entry"] = dict(entry.meta)
                entries[form.id].append(record)
        return {"entries": entries}

    def imported(self, data: Mapping[str, Any]) -> dict[str, dict[int, StoredEntry]]:
        """Each form's entries as `data` gives them (file uploads not stored yet); ValueError names an
        unknown form or field, an Id that is not its number's, a repeated number or a value that does not fit."""
        by_key = {key: form for form in self.forms.values() for key in (form.id, form.internal_name)}
        imported: dict[str, dict[int, StoredEntry]] = {form.id: {} for form in self.forms.values()}
        for key, records in data["entries"].items():
            form = by_key.get(key)
            if form is None:
                raise ValueError(
                    f"entries: no form {key!r}; the forms are {', '.join(f.id for f in self.forms.values())}"
                )
            for index, record in enumerate(records):
                where = f"entries[{key!r}][{index}]"
                number = record["Entry"]["Number"]
                if record["Id"] != f"{form.id}-{number}":
                    raise ValueError(
                        f"{where}: Id {record['Id']!r} must be {form.id}-{number} (form Id - Entry.Number)"
                    )
                if number in imported[form.id]:
                    raise ValueError(f"{where}: entry number {number} repeats")
                values: dict[str, Any] = {}
                for name, value in record.items():
                    if name in ("Id", "Form", "Entry"):
                        continue
                    form_field = form.field_named(name)
                    if form_field is None:
                        raise ValueError(f"{where}.{name}: form {form.id} has no such field")
                    try:
                        values[name] = self.check_value(form, form_field, value, None)
                    except ValueError as error:
                        raise ValueError(f"{where}.{name}: {error}") from None
                imported[form.id][number] = StoredEntry(number, values, dict(record["Entry"]))
        return imported

    def replace(self, imported: Mapping[str, dict[int, StoredEntry]]) -> None:
        """Put what `imported` made in place: every form's entries, and the files they upload."""
        self.files = {}
        for form in self.forms.values():
            form.entries = dict(sorted(imported[form.id].items()))
            for number, entry in form.entries.items():
                self.store_files(form, number, entry.values)
            form.next_number = max(form.entries, default=0) + 1

    def describe(self) -> dict[str, Any]:

        return {
            "organizations": {o.id: {"name": o.name, "plan": o.plan} for o in self.organizations.values()},
            "forms": [
                {
                    "id": form.id,
                    "internal_name": form.internal_name,
                    "name": form.name,
                    "organization": form.organization,
                    "entries": len(form.entries),
                    "required": [f.internal for f in form.fields if f.required],
                    "fields": [f.describe() for f in form.fields],
                }
                for form in self.forms.values()
            ],
        }
