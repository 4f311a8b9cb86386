"""The Cognito Forms mock's demo data: API keys of every scope, organizations Acme and Globex, four forms and
their entries (30 to 40 each, or that times `data_scale`), deterministic to the byte."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from formclients.runtime import Quota

from .._core import DemoCredential
from . import documents
from .models import (
    DEFAULT_VIEWS,
    DOCX,
    PDF,
    CognitoStore,
    Form,
    FormField,
    Organization,
    StoredEntry,
    StoredFile,
    Template,
    View,
    iso,
    new_file_id,
)

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

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


CREDENTIALS = _all_credentials()


# -- the dataset -----------------------------------------------------------------------------------

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
STATUSES = {"2": ("Submitted", "Reviewed", "Interview", "Rejected", "Hired")}


def demo_store(data_scale: int, quota: Quota | None, now: datetime) -> CognitoStore:
    """Acme (Pro: ContactUs, JobApplication, EventRegistration) and Globex (Team: CustomerFeedback)."""
    store = CognitoStore(
        quota=quota,
        organizations={
            "acme": Organization("acme", "Acme", "pro"),
            "globex": Organization("globex", "Globex", "team"),
        },
        forms={},
        usage_month=now.strftime("%Y-%m"),
    )
    for form in _form_definitions():
        store.forms[form.id] = form
        count = ENTRY_COUNTS[form.id] * data_scale
        for number in range(1, count + 1):
            _seed_entry(store, form, number, count)
    return store


def _seed_entry(store: CognitoStore, form: Form, number: int, count: int) -> None:
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
        file_id = new_file_id(form.id, number, 1)
        if number % 2:
            content = f"Resume of {first} {last}\nExperience: {number % 15} years\n".encode()
            store.files[file_id] = StoredFile(
                file_id, f"{first}-{last}-resume.txt".lower(), "text/plain", content, form.id, number
            )
        else:
            content = documents.pdf(f"Resume of {first} {last}", [f"Experience: {number % 15} years"])
            store.files[file_id] = StoredFile(
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
        "DateCreated": iso(created),
        "DateSubmitted": None if incomplete else iso(created + timedelta(minutes=4)),
        "DateUpdated": iso(created + timedelta(hours=number % 3)),
        "Timestamp": iso(created + timedelta(hours=number % 3)),
        "User": {"Name": f"{first} {last}", "Email": email} if number % 4 == 0 else None,
        "Order": _demo_order(form, number, created),
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


def _demo_order(form: Form, number: int, created: datetime) -> dict[str, Any] | None:
    """Event tickets are paid for: their entries carry an Order (the other demo forms take no payment)."""
    if form.id != "3":
        return None
    paid = number % 9 != 0
    return {
        "Id": f"ORD-{form.id}-{number:05d}",
        "Date": iso(created + timedelta(minutes=4)),
        "OrderAmount": float(25 * (1 + number % 4)),
        "PaymentStatus": "Paid" if paid else "Unpaid",
        "PaymentMessage": None if paid else "Awaiting payment.",
    }
