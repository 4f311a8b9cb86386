"""The Cognito Forms mock: forms, entries, documents, files and webhook subscriptions.

Behaviour follows specs/cognito_forms.yaml (itself the provider's guide plus the Swagger
definition of its Power Platform connector); where both are silent the spec's stated
assumptions are followed and the rest is listed here.

Auth. An API key is accepted as `Authorization: Bearer KEY` or `?access_token=KEY`. Each
demo key belongs to an organization and carries a Form Scope (none / read / read-write) and
an Entry Scope (none / read / read-write / read-write-delete), mapped onto the spec's scopes
(`forms:read`, `forms:write`, `entries:read`, `entries:write`, `entries:delete`). A missing,
malformed, unknown or revoked key answers 401 (the key is never echoed), a missing scope 403,
and a form the key may not see (another organization's, or outside a restricted key's forms
and folders) 404, as if it did not exist; such forms are also left out of get_forms.

Request accounting (``x-quota``). Every request made with a valid key is billed to the key's
organization, whatever its outcome: ceil(body bytes / 102400) units, at least one. The
current month's units are in :attr:`CognitoFormsMock.usage` (organization id -> units), the
month in :attr:`usage_month`, earlier months in :attr:`usage_history`. Requests past the plan's
allowance are billed as overage (see :meth:`overage`), not refused; only an organization whose
``overage_billing`` a test turns off gets the spec's assumed 429 with `Retry-After` (seconds to
the next calendar month, UTC). Requests without a valid key are billed to nobody.

Assumptions beyond the spec (the docs are silent): `{form}` and `publisher` accept the form's
`Id` or its internal name (the connector's readme says to send the internal name); an entry
is addressed by its number (`3`) or its Id (`1-3`);
entry input is checked against the form's fields (unknown fields, wrong types, choices not
offered, missing required values answer 400 with the problems in `Data.Errors`), while the
envelope keys `Id`, `Form` and `Entry` are ignored so a fetched entry can be sent back; file
fields take `[{Name, ContentType, Content (base64)}]` or `[{Id}]` of a file the entry already
has; deleting an entry deletes its files; entry numbers are never reused; a document is
served as JSON FileDataRef unless the `Accept` header prefers the template's own type (PDF
or Word), and when nothing offered is acceptable the raw document is sent in its own type;
a `FileDataRef.File` URL points at get_file on this mock, which also serves documents (JSON
by default, raw bytes when `Accept` prefers application/octet-stream); a subscription needs a
non-empty `publisher` and an absolute http(s) `notificationUrl` (400 otherwise, the service's
own refusal: the schema leaves both plain strings) and answers 201 with a `Location` that a
DELETE unsubscribes; unsubscribe without `id` answers 400.

OData (list_entries). Every form has view 1 (all entries, every field); JobApplication also has
view 2 (open applications: Name, Email, Position). `$filter`, `$orderby` and `$select` follow
the subset the spec documents (see _odata.py), `$top` is at most 1000.

Webhooks. Creating, updating or deleting an entry through the API posts the entry itself (as
get_entry renders it; for a deletion as it was, without links) to every subscription of that
form and event (never a flow_session.* event: those belong to another product), signed per
Standard Webhooks with :attr:`CognitoFormsMock.webhook_secret`
(headers webhook-id = the event id, webhook-timestamp = the mock clock's Unix seconds at
each attempt, webhook-signature). Each subscription gets its own event id, the same on every
re-delivery. Delivery runs on :attr:`webhooks` worker threads, never inside the API call:
any answer but 200 (or no answer) is retried up to 7 times (8 attempts) after the settings'
`webhook_delays`, in no promised order. The guide counts JSON webhooks against the request
allowance, so each event delivered to a subscription is billed once (by its body size) to
the form's organization when it is queued; re-deliveries are not billed (assumed).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import math
import re
import uuid
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlencode, urlsplit

from starlette.responses import Response

from formclients.webhooks import sign_standard_webhook

from ._core import ApiError, Call, DemoCredential, MockApp, MockSettings, Principal, ProviderMock, Reply
from ._odata import ODataError, parse_filter, parse_orderby, parse_select, sort_key
from ._store import Collection
from ._webhooks import Delivery

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OCTET_STREAM = "application/octet-stream"
NO_CONTENT = ""  # Reply.media_type for a 200 without a body (unsubscribe)

FORM_SCOPES: dict[str, tuple[str, ...]] = {
    "none": (),
    "read": ("forms:read",),
    "read-write": ("forms:read", "forms:write"),
}
ENTRY_SCOPES: dict[str, tuple[str, ...]] = {
    "none": (),
    "read": ("entries:read",),
    "read-write": ("entries:read", "entries:write"),
    "read-write-delete": ("entries:read", "entries:write", "entries:delete"),
}
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


# -- demo keys -------------------------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def demo_key(organization: str, name: str) -> str:
    """A key shaped like Cognito's (a JWT), deterministic and obviously a demo."""
    header = _b64url(b'{"alg":"HS256","typ":"JWT"}')
    payload = _b64url(json.dumps({"org": organization, "key": name}, separators=(",", ":")).encode())
    signature = _b64url(hashlib.sha256(f"demo:{organization}:{name}".encode()).digest()[:12])
    return f"{header}.{payload}.{signature}"


def _credential(organization: str, form_scope: str, entry_scope: str, description: str, **extra: Any) -> DemoCredential:
    name = extra.pop("name", f"forms-{form_scope}.entries-{entry_scope}")
    return DemoCredential(
        value=demo_key(organization, name),
        scheme="bearerAuth",
        scopes=FORM_SCOPES[form_scope] + ENTRY_SCOPES[entry_scope],
        description=description + " Also accepted as ?access_token=KEY.",
        attributes={"organization": organization, "form_scope": form_scope, "entry_scope": entry_scope, **extra},
    )


def _all_credentials() -> tuple[DemoCredential, ...]:
    keys = [
        _credential(
            "acme",
            "read-write",
            "read-write-delete",
            "Acme (Pro plan): Form Scope Read/Write, Entry Scope Read/Write/Delete.",
        )
    ]
    for form_scope in FORM_SCOPES:
        for entry_scope in ENTRY_SCOPES:
            if (form_scope, entry_scope) != ("read-write", "read-write-delete"):
                keys.append(
                    _credential(
                        "acme", form_scope, entry_scope, f"Acme: Form Scope {form_scope}, Entry Scope {entry_scope}."
                    )
                )
    keys += [
        _credential(
            "acme",
            "read-write",
            "read-write-delete",
            "Acme: full scopes, restricted to the form ContactUs (other forms answer 404).",
            name="restricted-contact-us",
            forms=("1",),
        ),
        _credential(
            "acme",
            "read-write",
            "read-write-delete",
            "Acme: full scopes, restricted to the folder Recruiting (JobApplication).",
            name="restricted-recruiting",
            folders=("Recruiting",),
        ),
        _credential(
            "acme", "read-write", "read-write-delete", "Acme: a deleted key (401).", name="revoked", revoked=True
        ),
        _credential(
            "globex",
            "read-write",
            "read-write-delete",
            "Globex (Team plan, another organization): full scopes; sees only CustomerFeedback.",
            name="globex-full",
        ),
    ]
    return tuple(keys)


# -- the dataset ---------------------------------------------------------------------------------------


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


FIRST = ["Jane", "Omar", "Li", "Priya", "Carlos", "Anna", "Kwame", "Sofia", "Mateo", "Yuki", "Ines", "Noah", "Amara"]
LAST = ["Doe", "Haddad", "Wei", "Patel", "Mendes", "Kowalski", "Mensah", "Rossi", "Garcia", "Tanaka", "Silva", "Berg"]
NAME = FormField("Name", "Name", "Name", True)
EMAIL = FormField("Email", "Email", "Email", True)


def _form_definitions() -> list[Form]:
    return [
        Form(
            "1",
            "ContactUs",
            "Contact Us",
            "acme",
            "Website",
            (
                NAME,
                EMAIL,
                FormField("Phone", "Phone", "Phone"),
                FormField("Subject", "Subject", "Choice", True, ("General question", "Sales", "Support", "Feedback")),
                FormField("Message", "Message", "Textarea", True),
                FormField("Subscribe to our newsletter", "Newsletter", "YesNo"),
            ),
            (Template(1, "Entry Summary", PDF),),
        ),
        Form(
            "2",
            "JobApplication",
            "Job Application",
            "acme",
            "Recruiting",
            (
                NAME,
                EMAIL,
                FormField(
                    "Position",
                    "Position",
                    "Choice",
                    True,
                    ("Software Engineer", "Product Designer", "Support Specialist", "Data Analyst"),
                ),
                FormField("Years of experience", "YearsOfExperience", "Number"),
                FormField("Earliest start date", "StartDate", "Date"),
                FormField("Resume", "Resume", "File", True),
                FormField("Cover letter", "CoverLetter", "Textarea"),
            ),
            (Template(1, "Application Summary", PDF), Template(2, "Offer Letter", DOCX)),
            views=(
                *DEFAULT_VIEWS,
                View(2, "Open Applications", ("Name", "Email", "Position"), ("Submitted", "Reviewed", "Interview")),
            ),
        ),
        Form(
            "3",
            "EventRegistration",
            "Event Registration",
            "acme",
            "Events",
            (
                NAME,
                EMAIL,
                FormField(
                    "Session", "Session", "Choice", True, ("Morning keynote", "Afternoon workshop", "Evening mixer")
                ),
                FormField("Number of tickets", "Tickets", "Number", True),
                FormField("Dietary needs", "DietaryNeeds", "Textbox"),
            ),
            (Template(1, "Ticket", PDF),),
        ),
        Form(
            "4",
            "CustomerFeedback",
            "Customer Feedback",
            "globex",
            "Support",
            (
                NAME,
                EMAIL,
                FormField("Rating", "Rating", "Number", True),
                FormField("Comments", "Comments", "Textarea"),
            ),
            (Template(1, "Feedback Report", DOCX),),
        ),
    ]


ENTRY_COUNTS = {"1": 40, "2": 32, "3": 30, "4": 30}
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
STATUSES = {"2": ("Submitted", "Reviewed", "Interview", "Rejected", "Hired")}


def _iso(moment: datetime) -> str:
    # isoformat, not strftime: strftime("%Y") drops the leading zeros of years before 1000.
    return moment.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _is_date(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _parse_date_time(value: str) -> datetime | None:
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


def _is_http_url(value: str) -> bool:
    """An absolute http(s) URL with a host and no whitespace: what a webhook can be delivered to."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", value)


def _finite_double(value: int | float) -> bool:
    """Whether a JSON number fits a double (Cognito's Number fields are .NET doubles; assumed)."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _file_id(form: str, entry: int, serial: int) -> str:
    return "F-" + hashlib.sha256(f"file:{form}:{entry}:{serial}".encode()).hexdigest()[:20]


# -- documents ------------------------------------------------------------------------------------------


def _pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF with the given text (deterministic)."""

    def escape(text: str) -> str:
        return (
            text.encode("latin-1", "replace")
            .decode("latin-1")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)")
        )

    text = "BT /F1 12 Tf 50 800 Td 16 TL " + " ".join(f"({escape(line)}) '" for line in [title, *lines]) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text.encode('latin-1'))} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _docx(title: str, lines: list[str]) -> bytes:
    """A minimal Word document (a zip with fixed timestamps, so deterministic)."""

    def xml_escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    paragraphs = "".join(f"<w:p><w:r><w:t>{xml_escape(line)}</w:t></w:r></w:p>" for line in [title, *lines])
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{paragraphs}</w:body></w:document>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content)
    return out.getvalue()


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
    credentials: ClassVar[tuple[DemoCredential, ...]] = _all_credentials()
    _by_value: ClassVar[dict[str, DemoCredential]] = {c.value: c for c in credentials}

    usage: dict[str, int]
    usage_month: str
    usage_history: dict[str, dict[str, int]]
    organizations: dict[str, Organization]
    forms: dict[str, Form]
    files: dict[str, StoredFile]
    subscriptions: dict[str, Subscription]
    events: list[tuple[str, dict[str, Any]]]
    webhook_secret: ClassVar[str] = WEBHOOK_SECRET

    def __init__(self, settings: MockSettings | None = None) -> None:
        super().__init__(settings)
        self.app = _CognitoApp(self)

    # dataset ------------------------------------------------------------------------------------------

    def seed(self) -> None:
        self.organizations = {
            "acme": Organization("acme", "Acme", "pro"),
            "globex": Organization("globex", "Globex", "team"),
        }
        self.usage = {}
        self.usage_month = self.now().strftime("%Y-%m")
        self.usage_history = {}
        self.forms = {}
        self.files = {}
        self.subscriptions = {}
        self.events = []
        self._subscription_serial = 0
        self._file_serial = 1000  # seeded files use serial 1
        for form in _form_definitions():
            self.forms[form.id] = form
            count = ENTRY_COUNTS[form.id] * self.settings.data_scale
            for number in range(1, count + 1):
                self._seed_entry(form, number, count)

    def _seed_entry(self, form: Form, number: int, count: int) -> None:
        first, last = FIRST[(number * 7) % len(FIRST)], LAST[(number * 5 + int(form.id)) % len(LAST)]
        email = f"{first}.{last}{number}@example.com".lower()
        created = EPOCH - timedelta(hours=19 * (count - number + 1), minutes=(number * 13) % 60)
        values: dict[str, Any] = {"Name": {"First": first, "Last": last}, "Email": email}
        if form.id == "1":
            values |= {
                "Phone": f"+1 803 555 {number:04d}" if number % 3 else None,
                "Subject": form.fields[3].choices[number % 4],
                "Message": f"Message {number}: please get back to me about order #{1000 + number}.",
                "Newsletter": number % 2 == 0,
            }
        elif form.id == "2":
            file_id = _file_id(form.id, number, 1)
            if number % 2:
                content = f"Resume of {first} {last}\nExperience: {number % 15} years\n".encode()
                self.files[file_id] = StoredFile(
                    file_id, f"{first}-{last}-resume.txt".lower(), "text/plain", content, form.id, number
                )
            else:
                content = _pdf(f"Resume of {first} {last}", [f"Experience: {number % 15} years"])
                self.files[file_id] = StoredFile(
                    file_id, f"{first}-{last}-resume.pdf".lower(), PDF, content, form.id, number
                )
            values |= {
                "Position": form.fields[2].choices[number % 4],
                "YearsOfExperience": number % 15,
                "StartDate": (date(2026, 2, 1) + timedelta(days=7 * (number % 10))).isoformat(),
                "Resume": [file_id],
                "CoverLetter": f"I would love to join Acme (application {number})." if number % 4 else None,
            }
        elif form.id == "3":
            values |= {
                "Session": form.fields[2].choices[number % 3],
                "Tickets": 1 + number % 4,
                "DietaryNeeds": "Vegetarian" if number % 5 == 0 else None,
            }
        else:
            values |= {"Rating": 1 + (number * 3) % 5, "Comments": f"Feedback number {number}." if number % 2 else None}
        incomplete = form.id != "2" and number % 9 == 0
        statuses = STATUSES.get(form.id, ("Submitted",))
        meta = {
            "Number": number,
            "Status": "Incomplete" if incomplete else statuses[number % len(statuses)],
            "Action": "Save" if incomplete else "Submit",
            "Role": "Public",
            "Version": 1 + number % 3,
            "DateCreated": _iso(created),
            "DateSubmitted": None if incomplete else _iso(created + timedelta(minutes=4)),
            "DateUpdated": _iso(created + timedelta(hours=number % 3)),
            "Timestamp": _iso(created + timedelta(hours=number % 3)),
            "User": {"Name": f"{first} {last}", "Email": email} if number % 4 == 0 else None,
            "Order": self._demo_order(form, number, created),
            "Origin": {
                "IpAddress": f"203.0.113.{number}",
                "City": "Columbia",
                "Region": "SC",
                "CountryCode": "US",
                "Timezone": "America/New_York",
                "UserAgent": "Mozilla/5.0",
                "IsImported": False,
            },
        }
        form.entries[number] = StoredEntry(number, values, meta)
        form.next_number = number + 1

    def _admin_link(self, form: Form, number: int) -> str:
        return f"https://www.cognitoforms.com/{self.organizations[form.organization].name}/{form.id}/entries/{number}"

    @staticmethod
    def _demo_order(form: Form, number: int, created: datetime) -> dict[str, Any] | None:
        """Event tickets are paid for: their entries carry an Order (the other demo forms take no payment)."""
        if form.id != "3":
            return None
        paid = number % 9 != 0
        return {
            "Id": f"ORD-{form.id}-{number:05d}",
            "Date": _iso(created + timedelta(minutes=4)),
            "OrderAmount": float(25 * (1 + number % 4)),
            "PaymentStatus": "Paid" if paid else "Unpaid",
            "PaymentMessage": None if paid else "Awaiting payment.",
        }

    def _links(self, call: Call, form: Form, entry: StoredEntry) -> dict[str, Any]:
        """The entry's link properties: admin and customer links, one per document template."""
        links: dict[str, Any] = {"AdminLink": self._admin_link(form, entry.number), "CustomerLink": None}
        for template in form.templates:
            path = f"/api/forms/{form.internal_name}/entries/{form.id}-{entry.number}/documents/{template.number}"
            links[f"Document{template.number}"] = self._origin(call) + path
        return links

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
        quota = self.profile.quota
        unit = quota.request_unit_bytes if quota and quota.request_unit_bytes else 102400
        units = max(1, math.ceil(size / unit))
        now = self.now()
        month = now.strftime("%Y-%m")
        if month != self.usage_month:
            if self.usage:
                self.usage_history[self.usage_month] = self.usage
            self.usage, self.usage_month = {}, month
        used = self.usage.get(organization, 0)
        org = self.organizations[organization]
        if not org.overage_billing and used + units > self.allowance(organization):
            next_month = datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)
            wait = max(1, math.ceil((next_month - now).total_seconds()))
            raise self.fail(
                429,
                "The organization has exceeded its API request limit.",
                {"Allowance": self.allowance(organization), "Used": used},
                {"Retry-After": str(wait)},
            )
        self.usage[organization] = used + units

    def allowance(self, organization: str) -> int:
        """The monthly allowance of the organization's plan (x-quota.plans)."""
        quota = self.profile.quota
        plans = quota.plans if quota else {}
        return int(plans.get(self.organizations[organization].plan, 0))

    def overage(self, organization: str) -> int:
        """Units billed this month beyond the allowance (charged per bucket of 100,000)."""
        return max(0, self.usage.get(organization, 0) - self.allowance(organization))

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

    def _file_ref(self, call: Call, stored: StoredFile, content: bool) -> dict[str, Any]:
        ref: dict[str, Any] = {
            "Id": stored.id,
            "Name": stored.name,
            "ContentType": stored.content_type,
            "Size": len(stored.content),
            "File": f"{self._origin(call)}/api/files/{stored.id}",
        }
        if content:
            ref["Content"] = base64.b64encode(stored.content).decode()
        return ref

    def render_entry(self, call: Call, form: Form, entry: StoredEntry, links: bool = True) -> dict[str, Any]:
        """The entry as get_entry shows it; `links=False` leaves out the link properties (a deleted entry)."""
        rendered: dict[str, Any] = {
            "Id": f"{form.id}-{entry.number}",
            "Form": {"Id": form.id, "InternalName": form.internal_name, "Name": form.name},
        }
        for form_field in form.fields:
            value = entry.values.get(form_field.internal)
            if form_field.kind == "File":
                value = [self._file_ref(call, self.files[file_id], False) for file_id in value or []]
            elif form_field.kind == "Name" and isinstance(value, dict):
                value = {**value, "FirstAndLast": " ".join(p for p in (value.get("First"), value.get("Last")) if p)}
            rendered[form_field.internal] = value
        rendered["Entry"] = dict(entry.meta) | (self._links(call, form, entry) if links else {})
        return rendered

    # entry input ----------------------------------------------------------------------------------------

    def _check_value(self, form: Form, form_field: FormField, value: Any, entry: StoredEntry | None) -> Any:
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
        if kind == "Date" and not _is_date(value):
            raise ValueError("must be a date (YYYY-MM-DD)")
        if kind == "Number" and (
            isinstance(value, bool) or not isinstance(value, int | float) or not _finite_double(value)
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
            return self._check_files(value, form, entry)
        return value

    def _check_files(self, value: Any, form: Form, entry: StoredEntry | None) -> list[Any]:
        if not isinstance(value, list):
            raise ValueError("must be a list of files")
        checked: list[Any] = []
        for item in value:
            if not isinstance(item, dict):
                raise ValueError("each file must be an object")
            if "Content" not in item and isinstance(item.get("Id"), str):
                known = entry is not None and item["Id"] in self._entry_files(form, entry)
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

    def _entry_files(self, form: Form, entry: StoredEntry) -> set[str]:
        ids: set[str] = set()
        for form_field in form.fields:
            if form_field.kind == "File":
                ids.update(entry.values.get(form_field.internal) or [])
        return ids

    def _apply(self, call: Call, form: Form, entry: StoredEntry | None) -> dict[str, Any]:
        """Check the body against the form's fields and return the entry's new values (400 if wrong)."""
        body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
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
                values[key] = self._check_value(form, form_field, value, entry)
            except ValueError as error:
                problems.append(f"{key}: {error}")
        for form_field in form.fields:
            value = values.get(form_field.internal)
            empty = value is None or value in ("", [], {}) or (form_field.kind == "Name" and not any(value.values()))
            if form_field.required and empty:
                problems.append(f"{form_field.internal}: {form_field.label} is required")
        if problems:
            raise self.fail(400, "The entry is invalid: " + "; ".join(problems), {"Errors": problems})
        return values

    def _store_files(self, form: Form, number: int, values: dict[str, Any]) -> None:
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
                self._file_serial += 1
                file_id = _file_id(form.id, number, self._file_serial)
                self.files[file_id] = StoredFile(file_id, name, content_type, data, form.id, number)
                ids.append(file_id)
            values[form_field.internal] = ids

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
            properties[form_field.internal] = self._field_schema(form_field, as_input, links)
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

    @staticmethod
    def _field_schema(form_field: FormField, as_input: bool, links: bool) -> dict[str, Any]:
        """One field's JSON-Schema-like description; its label is `description`, as in Cognito's schema."""
        nullable = not form_field.required
        label = {"description": form_field.label}
        text: dict[str, Any] = {"type": ["string", "null"] if nullable else "string", **label}
        kind = form_field.kind
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
            return {**text, "enum": [*form_field.choices, *([None] if nullable else [])]}
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
            moment = _parse_date_time(raw)
            if moment is None:
                problems.append(f"{key}: {raw!r} is not an RFC 3339 date-time")
                continue
            availability[target] = _iso(moment)
        if problems:
            raise self.invalid_request(call, problems)
        availability["notAvailableMessage"] = body.get("message")
        form.availability = availability
        return Reply(dict(availability))

    # entries ----------------------------------------------------------------------------------------------

    def create_entry(self, call: Call) -> Reply:
        form = self._form(call)
        values = self._apply(call, form, None)
        number = form.next_number
        form.next_number += 1
        self._store_files(form, number, values)
        now = _iso(self.now())
        user_agent = call.headers.get("user-agent")
        meta = {
            "Number": number,
            "Status": "Submitted",
            "Action": "Submit",
            "Role": "Public",
            "Version": 1,
            "DateCreated": now,
            "DateSubmitted": now,
            "DateUpdated": now,
            "Timestamp": now,
            "User": None,
            "Order": None,
            "Origin": {
                "IpAddress": call.client_ip,
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
        rendered = self.render_entry(call, form, entry)
        self._publish(form, "entry.created", rendered)
        return Reply(rendered)

    def get_entry(self, call: Call) -> Reply:
        form = self._form(call)
        return Reply(self.render_entry(call, form, self._entry(form, call.param("entryId"))))

    def update_entry(self, call: Call) -> Reply:
        form = self._form(call)
        entry = self._entry(form, call.param("entryId"))
        before = self._entry_files(form, entry)
        values = self._apply(call, form, entry)
        self._store_files(form, entry.number, values)
        entry.values = values
        for file_id in before - self._entry_files(form, entry):
            self.files.pop(file_id, None)
        entry.meta["Version"] = int(entry.meta.get("Version", 1)) + 1
        entry.meta["DateUpdated"] = entry.meta["Timestamp"] = _iso(self.now())
        rendered = self.render_entry(call, form, entry)
        self._publish(form, "entry.updated", rendered)
        return Reply(rendered)

    def delete_entry(self, call: Call) -> Reply:
        form = self._form(call)
        entry = self._entry(form, call.param("entryId"))
        before = self.render_entry(call, form, entry, links=False)  # "for deletions without links"
        for file_id in self._entry_files(form, entry):
            self.files.pop(file_id, None)
        del form.entries[entry.number]
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
        entries = [e for e in form.entries.values() if view.statuses is None or e.meta["Status"] in view.statuses]
        getters = {e.number: self._odata_getter(form, e) for e in entries}
        if where is not None:
            entries = [e for e in entries if where.holds(getters[e.number])]
        entries.sort(key=lambda e: (*sort_key(order, getters[e.number]), e.number))
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

    @staticmethod
    def _odata_getter(form: Form, entry: StoredEntry) -> Callable[[str], Any]:
        def get(path: str) -> Any:
            if path == "Id":
                return f"{form.id}-{entry.number}"
            if path.startswith("Entry/"):
                value = entry.meta.get(path.removeprefix("Entry/"))
                return _parse_date_time(value) if isinstance(value, str) and path.startswith("Entry/Date") else value
            return entry.values.get(path)

        return get

    # documents and files ----------------------------------------------------------------------------------

    def _document(self, form: Form, entry: StoredEntry, number: int) -> StoredFile:
        template = next((t for t in form.templates if t.number == number), None)
        if template is None:
            raise self.not_found("The requested document template could not be found.")
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
        content = _pdf(title, lines) if template.content_type == PDF else _docx(title, lines)
        return StoredFile(
            f"D-{form.id}-{entry.number}-{number}",
            f"{form.name} - Entry {entry.number}.{extension}",
            template.content_type,
            content,
            form.id,
            entry.number,
        )

    def get_document(self, call: Call) -> Reply:
        form = self._form(call)
        entry = self._entry(form, call.param("entry"))
        document = self._document(form, entry, call.param("templateNumber"))
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
                stored = self._document(form, form.entries[number], template)
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
        if not _is_http_url(url):
            raise self.invalid_request(call, [f"notificationUrl: {url!r} is not an absolute http or https URL"])
        self.check_webhook_target(url, "notificationUrl")
        self._subscription_serial += 1
        subscription_id = "sub-" + hashlib.sha256(f"sub:{self._subscription_serial}".encode()).hexdigest()[:12]
        self.subscriptions[subscription_id] = Subscription(
            id=subscription_id,
            event=EVENTS[call.operation.operation_id],
            form=form.id,
            url=url,
            module=call.param("module", "forms"),
            organization=form.organization,
            created=_iso(self.now()),
        )
        query = urlencode({"id": subscription_id, "module": self.subscriptions[subscription_id].module})
        location = f"{self._origin(call)}/integration/oauth/unsubscribe?{query}"
        return Reply({"Id": subscription_id}, status=201, headers={"Location": location})

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

    def export_store(self) -> dict[str, Any]:
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

    def import_store(self, data: Mapping[str, Any]) -> None:
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
                        values[name] = self._check_value(form, form_field, value, None)
                    except ValueError as error:
                        raise ValueError(f"{where}.{name}: {error}") from None
                imported[form.id][number] = StoredEntry(number, values, dict(record["Entry"]))
        with self.lock:
            self.files = {}
            for form in self.forms.values():
                form.entries = dict(sorted(imported[form.id].items()))
                for number, entry in form.entries.items():
                    self._store_files(form, number, entry.values)
                form.next_number = max(form.entries, default=0) + 1

    def describe_data(self) -> dict[str, Any]:
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
