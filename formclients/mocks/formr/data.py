"""The Formr mock's demo data: two users with their keys, four forms with their rules, 230 submissions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from random import Random
from typing import Any

from .._core import DemoCredential
from .models import Field, Form, FormrStore, SpamRule, timestamp

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


SECRET_KEY = "sk_live_demo_4eC39HqLyjWDarjtT1zdp7dc"
PUBLISHABLE_KEY = "pk_live_demo_TYooMQauvdEDq54NiTphI7jx"
SESSION_TOKEN = "sess_demo_owner_9f86d081884c7d659a2feaa0"
OTHER_SESSION_TOKEN = "sess_demo_other_2c26b46b68ffc68ff99b453c"
OTHER_SECRET_KEY = "sk_live_other_7Jm2Qx9LpR4sT6vW8yZ0aB1c"
EXPIRED_SESSION_TOKEN = "sess_demo_expired_fcde2b2edba56bf408601fb7"
REVOKED_SECRET_KEY = "sk_live_revoked_0Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk"

OWNER = "usr_demo"
OTHER_USER = "usr_other"

CONTACT_FORM = "form_123"
SIGNUP_FORM = "form_signup"
INTAKE_FORM = "form_intake"
FEEDBACK_FORM = "form_feedback"

CREDENTIALS: tuple[DemoCredential, ...] = (
    DemoCredential(
        SECRET_KEY,
        "secretKey",
        (),
        f"secret API key of {OWNER}: submit (limited per user) and read {OWNER}'s responses",
        {"user": OWNER},
    ),
    DemoCredential(
        PUBLISHABLE_KEY,
        "publishableKey",
        (),
        f"publishable key of {OWNER}: submit only (public, limited per IP); responses endpoints answer 403",
        {"user": OWNER},
    ),
    DemoCredential(
        SESSION_TOKEN,
        "sessionToken",
        (),
        f"session token of {OWNER}, owner of {CONTACT_FORM}, {SIGNUP_FORM}, {INTAKE_FORM}",
        {"user": OWNER},
    ),
    DemoCredential(
        OTHER_SESSION_TOKEN,
        "sessionToken",
        (),
        f"session token of {OTHER_USER}, owner of {FEEDBACK_FORM} only: {OWNER}'s forms answer 403",
        {"user": OTHER_USER},
    ),
    DemoCredential(
        OTHER_SECRET_KEY,
        "secretKey",
        (),
        f"secret API key of {OTHER_USER} (owner of {FEEDBACK_FORM})",
        {"user": OTHER_USER},
    ),
    DemoCredential(
        EXPIRED_SESSION_TOKEN,
        "sessionToken",
        (),
        "expired session token: every request answers 401",
        {"user": OWNER, "expired": True},
    ),
    DemoCredential(
        REVOKED_SECRET_KEY,
        "secretKey",
        (),
        "revoked secret API key: every request answers 401",
        {"user": OWNER, "revoked": True},
    ),
)


def contact_form() -> Form:
    return Form(
        id=CONTACT_FORM,
        name="Contact Form",
        owner=OWNER,
        environment="development",
        fields=(
            Field("name", "text", required=True, min_length=2, max_length=100),
            Field("email", "email", required=True),
            Field("message", "textarea", max_length=2000),
        ),
        honeypot="website",
        honeypot_action="reject",
        rules=(
            SpamRule("message", "contains", ("casino",), "flag"),
            SpamRule("message", "contains", ("viagra", "crypto giveaway"), "reject"),
        ),
    )


def signup_form() -> Form:
    return Form(
        id=SIGNUP_FORM,
        name="Event Registration",
        owner=OWNER,
        environment="production",
        fields=(
            Field("full_name", "text", required=True, min_length=2, max_length=100),
            Field("email", "email", required=True, pii="masked"),
            Field("age", "number", required=True, minimum=16, maximum=120, integer=True),
            Field("ticket", "select", required=True, options=("standard", "vip", "student")),
            Field("student_id", "text", required=True, pattern=r"S\d{6}", show_if=("ticket", "student")),
            Field("dietary", "multiselect", max_length=3, options=("vegetarian", "vegan", "gluten_free", "halal")),
            Field("website", "url"),
            Field("arrival", "date"),
            Field("consent", "checkbox", required=True),
        ),
        recaptcha=True,
        recaptcha_action="reject",
        rules=(SpamRule("email", "domain", ("mailinator.com", "tempmail.dev"), "quarantine"),),
    )


def intake_form() -> Form:
    return Form(
        id=INTAKE_FORM,
        name="Patient Intake",
        owner=OWNER,
        environment="production",
        fields=(
            Field("patient_name", "text", required=True, min_length=2, max_length=100),
            Field("email", "email", required=True, pii="encrypted"),
            Field("phone", "phone", pii="hashed"),
            Field("national_id", "text", pattern=r"\d{3}-\d{2}-\d{4}", pii="masked"),
            Field("date_of_birth", "date", pii="dropped"),
            Field("symptoms", "textarea", required=True, min_length=3, max_length=1000),
        ),
        honeypot="fax",
        honeypot_action="quarantine",
        rules=(SpamRule("symptoms", "pattern", (r"https?://",), "flag"),),
    )


def feedback_form() -> Form:
    return Form(
        id=FEEDBACK_FORM,
        name="Product Feedback",
        owner=OTHER_USER,
        environment="development",
        fields=(
            Field("rating", "number", required=True, minimum=1, maximum=5, integer=True),
            Field("comment", "textarea", max_length=500),
            Field("email", "email", pii="hashed"),
        ),
    )


def demo_store() -> FormrStore:
    forms = (contact_form(), signup_form(), intake_form(), feedback_form())
    store = FormrStore({form.id: form for form in forms}, {OWNER: "free", OTHER_USER: "free"})
    random = Random(20260101)
    _seed_contact(store, random)
    _seed_signup(store, random)
    _seed_intake(store, random)
    _seed_feedback(store, random)
    return store


def _seed_contact(store: FormrStore, random: Random) -> None:
    form = store.forms[CONTACT_FORM]
    # The docs' own examples first: rsp_456 (John Doe) and the CSV export's Jane Smith.
    john = store.add(
        form,
        {"name": "John Doe", "email": "john@example.com", "message": "Hello"},
        datetime(2024, 1, 1, tzinfo=UTC),
        sid="rsp_456",
    )
    store.add(
        form,
        {"name": "Jane Smith", "email": "jane@example.com", "message": "Hi"},
        datetime(2024, 1, 2, tzinfo=UTC),
    )
    john.read = True
    first = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas", "Mia"]
    last = ["Garcia", "Nguyen", "Okafor", "Schmidt", "Rossi", "Tanaka", "Kowalski"]
    messages = [
        "Can I book a demo?",
        "Question about pricing",
        "Please call me back.",
        "Is there an API?",
        "Feature request: dark mode",
        "",
        "Win big at our casino tonight!",
        "Hello again",
    ]
    start = EPOCH - timedelta(days=92)
    for index in range(178):
        name = f"{first[index % len(first)]} {last[(index * 3) % len(last)]}"
        message = messages[index % len(messages)]
        answers: dict[str, Any] = {"name": name, "email": f"{name.split()[0].lower()}.{index}@example.com"}
        if message:
            answers["message"] = message
        when = start + timedelta(hours=12 * index, minutes=random.randrange(0, 600))
        status = "flagged" if "casino" in message else "completed"
        submission = store.add(form, answers, when, status)
        submission.read = index < 120
        submission.starred = index % 7 == 0
        if index % 15 == 0:
            submission.tags = ["lead"] if index % 2 == 0 else ["support"]
        if index % 25 == 0:
            submission.notes.append(
                {"id": store.new_id("note"), "note": "Follow up needed", "createdAt": timestamp(when)}
            )


def _seed_signup(store: FormrStore, random: Random) -> None:
    form = store.forms[SIGNUP_FORM]
    start = EPOCH - timedelta(days=40)
    tickets = ["standard", "vip", "student"]
    for index in range(30):
        ticket = tickets[index % 3]
        answers: dict[str, Any] = {
            "full_name": f"Attendee {index + 1:02d}",
            "email": f"attendee{index + 1}@example.com" if index % 10 != 9 else f"attendee{index + 1}@mailinator.com",
            "age": 18 + (index * 7) % 50,
            "ticket": ticket,
            "consent": True,
        }
        if ticket == "student":
            answers["student_id"] = f"S{100000 + index * 37:06d}"
        if index % 4 == 0:
            answers["dietary"] = ["vegetarian"] if index % 8 == 0 else ["vegan", "gluten_free"]
        when = start + timedelta(days=index, minutes=random.randrange(0, 1440))
        store.add(form, answers, when, "quarantined" if index % 10 == 9 else "completed")


def _seed_intake(store: FormrStore, random: Random) -> None:
    form = store.forms[INTAKE_FORM]
    start = EPOCH - timedelta(days=14)
    for index in range(12):
        answers: dict[str, Any] = {
            "patient_name": f"Patient {index + 1:02d}",
            "email": f"patient{index + 1}@example.org",
            "phone": f"+1 555 010 {index:04d}",
            "national_id": f"{100 + index:03d}-{10 + index:02d}-{1000 + index * 11:04d}",
            "date_of_birth": (date(1980, 1, 1) + timedelta(days=400 * index)).isoformat(),
            "symptoms": "Headache and fever" if index % 2 else "Persistent cough",
        }
        store.add(form, answers, start + timedelta(days=index, minutes=random.randrange(0, 600)))


def _seed_feedback(store: FormrStore, random: Random) -> None:
    form = store.forms[FEEDBACK_FORM]
    start = EPOCH - timedelta(days=10)
    for index in range(8):
        answers: dict[str, Any] = {"rating": index % 5 + 1, "comment": f"Feedback number {index + 1}"}
        if index % 2 == 0:
            answers["email"] = f"reviewer{index}@example.com"
        store.add(form, answers, start + timedelta(days=index, minutes=random.randrange(0, 600)))
