"""Formr Submissions API mock: public/authenticated submit with validation, spam checks and PII
handling; owner-only responses (cursor pages, CSV export), read/star/notes/reply.

Behaviour follows the provider docs (see specs/formr.yaml for every assumption):

- submit needs no credential; a publishable key counts as public. Public submissions are rate
  limited per IP, secret-key submissions per user (x-rate-limits, whose `schemes` say which
  credentials each limit counts; 429 with Retry-After);
- every accepted submission counts against the form owner's monthly quota per environment;
  over it, 429 with `{error, quotaExceeded: true, remaining: 0, resetAt}` and Retry-After until
  the next calendar month (UTC). `quota_used` holds the counters;
- answers are validated against the form: unknown fields, required fields, types (text,
  textarea, email, url, phone, number, select, multiselect, checkbox, date), min/max length,
  min/max value, patterns, conditional logic (answers to hidden fields are refused; hidden
  required fields are not required); a required checkbox must be true;
- spam checks where configured: a honeypot field that must stay empty, reCAPTCHA (a form with
  it needs `recaptchaToken`; tokens starting with `fail` fail verification, any other passes)
  and custom rules (keywords, regex, email domains). Each check has an action: reject (400,
  not stored, not counted), quarantine or flag (stored with that status). The strictest wins;
- PII per field: plain; masked (stored, shown masked: `j***@example.com`, `*******6789`);
  hashed (SHA-256 hex of the value, the value is gone); encrypted (`kms:v1:` ciphertext, shown
  as such; the mock can decrypt it to send a reply); dropped (never stored);
- the responses endpoints take the owner's session token or secret key: a missing, invalid or
  expired one answers 401, a publishable key 403, another user's forms 403 "not form owner";
- list_responses: oldest first by submittedAt then id, `from` inclusive, `to` exclusive,
  cursor pages of `limit` (default 50, max 100) with `pagination.nextCursor`/`hasMore`
  (the cursor is base64 JSON `{"id": <last id>}`, like the docs' example), `format=csv`
  exports every matching response (fields in form order, then submittedAt);
- replies go to the submission's email answer and are recorded in `outbox`.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import math
import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from random import Random
from typing import Any, ClassVar

from formclients.runtime import RateLimit

from ._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply, retry_after
from ._paging import decode_cursor, encode_cursor
from ._store import Collection

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

ACTIONS = {"flag": 1, "quarantine": 2, "reject": 3}
STATUS_FOR_ACTION = {None: "completed", "flag": "flagged", "quarantine": "quarantined"}
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
URL = re.compile(r"https?://[^\s/$.?#].[^\s]*", re.IGNORECASE)
PHONE = re.compile(r"\+?[0-9 ()-]{7,20}")
KMS_KEY = b"formr-mock-demo-kms-key"


def timestamp(moment: datetime) -> str:
    """ISO 8601 UTC with `Z` and whole seconds, as the docs write timestamps."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(as_text(item) for item in value)
    return "" if value is None else str(value)


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection: what a spreadsheet may evaluate


def neutralise(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text: one starting with = + - @ TAB or CR gets a leading `'`
    (OWASP's rule), so `=HYPERLINK(...)`, `+1+2` or a DDE `=cmd|...` is never evaluated."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def mask(value: Any) -> str:
    """Partially masked: an email keeps its first character and domain, anything else its last 4 characters."""
    text = as_text(value)
    if EMAIL.fullmatch(text):
        local, _, domain = text.partition("@")
        return f"{local[0]}***@{domain}"
    return "*" * max(0, len(text) - 4) + text[-4:] if len(text) > 4 else "*" * len(text)


def sha256(value: Any) -> str:
    return hashlib.sha256(as_text(value).encode("utf-8")).hexdigest()


def _keystream(length: int) -> bytes:
    stream = b""
    counter = 0
    while len(stream) < length:
        stream += hashlib.sha256(KMS_KEY + counter.to_bytes(4, "big")).digest()
        counter += 1
    return stream[:length]


def encrypt(value: Any) -> str:
    """Stand-in for KMS envelope encryption: opaque `kms:v1:` ciphertext the mock can decrypt."""
    plain = as_text(value).encode("utf-8")
    cipher = bytes(a ^ b for a, b in zip(plain, _keystream(len(plain)), strict=True))
    return "kms:v1:" + base64.urlsafe_b64encode(cipher).decode().rstrip("=")


def decrypt(ciphertext: str) -> str:
    data = ciphertext.removeprefix("kms:v1:")
    cipher = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    return bytes(a ^ b for a, b in zip(cipher, _keystream(len(cipher)), strict=True)).decode("utf-8")


# -- forms ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One field of a form and its validation rules."""

    name: str
    type: str  # text | textarea | email | url | phone | number | select | multiselect | checkbox | date
    required: bool = False
    min_length: int | None = None  # characters, or selected options for multiselect
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    pattern: str | None = None
    options: tuple[str, ...] = ()
    show_if: tuple[str, Any] | None = None  # conditional logic: visible when answers[field] == value
    pii: str = "plain"  # plain | masked | hashed | encrypted | dropped


@dataclass(frozen=True)
class SpamRule:
    """A custom, field-based spam rule."""

    field: str
    kind: str  # contains (any keyword, case-insensitive) | pattern (regex search) | domain (email domain)
    values: tuple[str, ...]
    action: str  # reject | flag | quarantine


@dataclass(frozen=True)
class Form:
    id: str
    name: str
    owner: str
    environment: str
    fields: tuple[Field, ...]
    honeypot: str | None = None
    honeypot_action: str = "reject"
    recaptcha: bool = False
    recaptcha_action: str = "reject"
    rules: tuple[SpamRule, ...] = ()

    @property
    def spam_protected(self) -> bool:
        return bool(self.honeypot or self.recaptcha or self.rules)

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass
class Submission:
    """A stored submission: answers as stored after PII handling (masked fields are stored plain)."""

    id: str
    form_id: str
    submitted_at: datetime
    answers: dict[str, Any]
    status: str = "completed"
    session_id: str | None = None
    read: bool = False
    starred: bool = False
    notes: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    seq: int = 0  # insertion order: breaks ties between submissions made in the same second

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.submitted_at, self.seq)


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


# -- the mock ---------------------------------------------------------------------------------------


class FormrMock(ProviderMock):
    """Formr Submissions API at https://api.formr.xyz (in-process: http://mock.local)."""

    provider = "formr"
    validation_status = 400
    credentials: ClassVar[tuple[DemoCredential, ...]] = (
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

    forms: dict[str, Form]
    """The forms by id, with their validation, spam and PII configuration."""
    submissions: dict[str, Submission]
    """Every stored submission by id, in insertion order."""
    quota_used: dict[tuple[str, str, str], int]
    """Accepted submissions per (owner user id, environment, "YYYY-MM"): the monthly quota counters."""
    plans: dict[str, str]
    """Each user's plan (a key of the spec's x-quota plans)."""
    outbox: list[dict[str, str]]
    """Every reply sent: messageId, submissionId, to, subject, message, sentAt."""
    rejected: list[dict[str, Any]]
    """Submissions refused as spam (not stored): formId, reason, answers."""

    # -- the demo dataset -------------------------------------------------------------------------

    def seed(self) -> None:
        self.forms = {form.id: form for form in (contact_form(), signup_form(), intake_form(), feedback_form())}
        self.submissions = {}
        self.quota_used = {}
        self.plans = {OWNER: "free", OTHER_USER: "free"}
        self.outbox = []
        self.rejected = []
        self._next = {"rsp": 1000, "note": 1, "msg": 1}
        random = Random(20260101)
        self._seed_contact(random)
        self._seed_signup(random)
        self._seed_intake(random)
        self._seed_feedback(random)

    def _new_id(self, prefix: str) -> str:
        number = self._next[prefix]
        self._next[prefix] += 1
        return f"{prefix}_{number}"

    def _store(
        self, form: Form, answers: dict[str, Any], when: datetime, status: str = "completed", sid: str | None = None
    ) -> Submission:
        submission = Submission(
            id=sid or self._new_id("rsp"),
            form_id=form.id,
            submitted_at=when,
            answers=self._stored_answers(form, answers),
            status=status,
            seq=len(self.submissions),
        )
        self.submissions[submission.id] = submission
        return submission

    def _seed_contact(self, random: Random) -> None:
        form = self.forms[CONTACT_FORM]
        # The docs' own examples first: rsp_456 (John Doe) and the CSV export's Jane Smith.
        john = self._store(
            form,
            {"name": "John Doe", "email": "john@example.com", "message": "Hello"},
            datetime(2024, 1, 1, tzinfo=UTC),
            sid="rsp_456",
        )
        self._store(
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
            submission = self._store(form, answers, when, status)
            submission.read = index < 120
            submission.starred = index % 7 == 0
            if index % 15 == 0:
                submission.tags = ["lead"] if index % 2 == 0 else ["support"]
            if index % 25 == 0:
                submission.notes.append(
                    {"id": self._new_id("note"), "note": "Follow up needed", "createdAt": timestamp(when)}
                )

    def _seed_signup(self, random: Random) -> None:
        form = self.forms[SIGNUP_FORM]
        start = EPOCH - timedelta(days=40)
        tickets = ["standard", "vip", "student"]
        for index in range(30):
            ticket = tickets[index % 3]
            answers: dict[str, Any] = {
                "full_name": f"Attendee {index + 1:02d}",
                "email": f"attendee{index + 1}@example.com"
                if index % 10 != 9
                else f"attendee{index + 1}@mailinator.com",
                "age": 18 + (index * 7) % 50,
                "ticket": ticket,
                "consent": True,
            }
            if ticket == "student":
                answers["student_id"] = f"S{100000 + index * 37:06d}"
            if index % 4 == 0:
                answers["dietary"] = ["vegetarian"] if index % 8 == 0 else ["vegan", "gluten_free"]
            when = start + timedelta(days=index, minutes=random.randrange(0, 1440))
            self._store(form, answers, when, "quarantined" if index % 10 == 9 else "completed")

    def _seed_intake(self, random: Random) -> None:
        form = self.forms[INTAKE_FORM]
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
            self._store(form, answers, start + timedelta(days=index, minutes=random.randrange(0, 600)))

    def _seed_feedback(self, random: Random) -> None:
        form = self.forms[FEEDBACK_FORM]
        start = EPOCH - timedelta(days=10)
        for index in range(8):
            answers: dict[str, Any] = {"rating": index % 5 + 1, "comment": f"Feedback number {index + 1}"}
            if index % 2 == 0:
                answers["email"] = f"reviewer{index}@example.com"
            self._store(form, answers, start + timedelta(days=index, minutes=random.randrange(0, 600)))

    # -- auth and errors ----------------------------------------------------------------------------

    def authenticate(self, call: Call, scheme: str, value: str) -> Principal:
        for credential in self.credentials:
            if credential.value != value:
                continue
            if credential.attributes.get("expired"):
                raise self.error(401, "Unauthorized: session expired")
            if credential.attributes.get("revoked"):
                raise self.error(401, "Unauthorized: API key revoked")
            if credential.scheme == scheme:
                return Principal(credential)
            if credential.scheme == "publishableKey":
                raise self.error(403, "Forbidden: publishable keys can only submit forms")
            if credential.scheme == "sessionToken":
                raise self.error(401, "Unauthorized: submit with a secret or publishable key, not a session token")
        raise self.invalid_credential(call, value)

    def missing_credential(self, call: Call) -> ApiError:
        return self.error(401, "Unauthorized: a session token is required")

    def invalid_credential(self, call: Call, credential: str) -> ApiError:
        return self.error(401, "Unauthorized: invalid credentials")

    def invalid_request(self, call: Call | None, problems: list[str]) -> ApiError:
        missing = [p for p in problems if p.endswith(": is required") and "parameter" in p]
        if missing and len(missing) == len(problems):
            names = ", ".join(p.split("'")[1] for p in missing)
            return self.error(400, f"Missing required parameters: {names}")
        return self.error(400, "Invalid request: " + "; ".join(problems))

    def not_found(self, message: str = "Not found") -> ApiError:
        return self.error(404, message)

    def rate_limited(self, call: Call, limit: RateLimit, wait: float) -> ApiError:
        header = retry_after(wait)
        return ApiError(
            429,
            {"error": f"Rate limit exceeded. Try again in {header['Retry-After']} seconds.", "quotaExceeded": False},
            header,
        )

    def rate_limit_key(self, call: Call, limit: RateLimit) -> Hashable | None:
        """Each limit counts the calls of the schemes its spec entry names (public submissions, with no
        credential or a publishable key, per IP; secret-key ones per user), keyed by its scope."""
        if not limit.applies_to(call.principal.credential.scheme if call.principal else None):
            return None
        if limit.scope == "user" and call.principal is not None:
            return ("user", self._user(call.principal))
        return super().rate_limit_key(call, limit)

    @staticmethod
    def _user(principal: Principal) -> str:
        return str(principal.credential.attributes["user"])

    # -- quota ----------------------------------------------------------------------------------------

    def quota_limit(self, user: str) -> int:
        """The user's monthly submission quota, from the spec's x-quota plans."""
        quota = self.profile.quota
        assert quota is not None
        return int(quota.plans[self.plans.get(user, quota.default_plan or "free")])

    def quota_key(self, form: Form) -> tuple[str, str, str]:
        return (form.owner, form.environment, self.now().strftime("%Y-%m"))

    def _check_quota(self, form: Form) -> None:
        used = self.quota_used.get(self.quota_key(form), 0)
        limit = self.quota_limit(form.owner)
        if used < limit:
            return
        now = self.now()
        reset = datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)
        raise ApiError(
            429,
            {
                "error": f"Quota exceeded. You have used {used} of {limit} submissions this month.",
                "quotaExceeded": True,
                "remaining": 0,
                "resetAt": timestamp(reset),
            },
            {"Retry-After": str(max(1, math.ceil((reset - now).total_seconds())))},
        )

    # -- submission processing --------------------------------------------------------------------------

    def _visible(self, form: Form, answers: Mapping[str, Any]) -> set[str]:
        visible: set[str] = set()
        for item in form.fields:
            if item.show_if is None:
                visible.add(item.name)
                continue
            controller, wanted = item.show_if
            value = answers.get(controller)
            shown = wanted in value if isinstance(value, list) else value == wanted
            if controller in visible and shown:
                visible.add(item.name)
        return visible

    def _validate(self, form: Form, answers: Mapping[str, Any]) -> list[str]:
        problems: list[str] = []
        visible = self._visible(form, answers)
        for name in answers:
            if name != form.honeypot and form.field(name) is None:
                problems.append(f"{name} is not a field of this form")
        for item in form.fields:
            value = answers.get(item.name)
            if item.name not in visible:
                if not empty(value):
                    problems.append(f"{item.name} is hidden by the form's conditional logic")
                continue
            if empty(value) or (item.type == "checkbox" and item.required and value is False):
                if item.required:
                    problems.append(f"{item.name} is required")
                continue
            problems.extend(self._check_value(item, value))
        return problems

    def _check_value(self, item: Field, value: Any) -> list[str]:
        name = item.name
        if item.type == "number":
            # ints are compared exactly (a 400-digit answer must not overflow a float conversion)
            if isinstance(value, bool) or not isinstance(value, int | float):
                return [f"{name} must be a number"]
            if isinstance(value, float) and not math.isfinite(value):
                return [f"{name} must be a number"]
            if item.integer and isinstance(value, float) and not value.is_integer():
                return [f"{name} must be a whole number"]
            problems = []
            if item.minimum is not None and value < item.minimum:
                problems.append(f"{name} must be at least {as_text(item.minimum)}")
            if item.maximum is not None and value > item.maximum:
                problems.append(f"{name} must be at most {as_text(item.maximum)}")
            return problems
        if item.type == "checkbox":
            return [] if isinstance(value, bool) else [f"{name} must be true or false"]
        if item.type == "multiselect":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return [f"{name} must be a list of options"]
            problems = [
                f"{name}: {v!r} is not one of {', '.join(item.options)}" for v in value if v not in item.options
            ]
            if len(set(value)) != len(value):
                problems.append(f"{name} must not repeat an option")
            if item.min_length is not None and len(value) < item.min_length:
                problems.append(f"{name} must have at least {item.min_length} options")
            if item.max_length is not None and len(value) > item.max_length:
                problems.append(f"{name} must have at most {item.max_length} options")
            return problems
        if not isinstance(value, str):
            return [f"{name} must be a string"]
        problems = []
        if item.type == "email" and not EMAIL.fullmatch(value):
            problems.append(f"{name} must be a valid email address")
        elif item.type == "url" and not URL.fullmatch(value):
            problems.append(f"{name} must be a valid URL")
        elif item.type == "phone" and not PHONE.fullmatch(value):
            problems.append(f"{name} must be a valid phone number")
        elif item.type == "select" and value not in item.options:
            problems.append(f"{name} must be one of {', '.join(item.options)}")
        elif item.type == "date":
            try:
                date.fromisoformat(value)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    raise ValueError(value)
            except ValueError:
                problems.append(f"{name} must be a date (YYYY-MM-DD)")
        if item.min_length is not None and len(value) < item.min_length:
            problems.append(f"{name} must be at least {item.min_length} characters")
        if item.max_length is not None and len(value) > item.max_length:
            problems.append(f"{name} must be at most {item.max_length} characters")
        if item.pattern is not None and not re.fullmatch(item.pattern, value):
            problems.append(f"{name} does not match the required format")
        return problems

    def _spam_action(self, form: Form, answers: Mapping[str, Any], token: str | None) -> tuple[str | None, str]:
        """The strictest action the form's spam checks call for (None: clean), and why."""
        found: list[tuple[str, str]] = []
        if form.honeypot and not empty(answers.get(form.honeypot)):
            found.append((form.honeypot_action, "honeypot"))
        if form.recaptcha and token is not None and token.lower().startswith("fail"):
            found.append((form.recaptcha_action, "recaptcha"))
        for rule in form.rules:
            value = answers.get(rule.field)
            if empty(value):
                continue
            text = as_text(value)
            if rule.kind == "contains":
                hit = any(word.casefold() in text.casefold() for word in rule.values)
            elif rule.kind == "pattern":
                hit = any(re.search(pattern, text) for pattern in rule.values)
            else:
                hit = text.rpartition("@")[2].casefold() in {d.casefold() for d in rule.values}
            if hit:
                found.append((rule.action, f"rule:{rule.field}"))
        if not found:
            return None, ""
        return max(found, key=lambda hit: ACTIONS[hit[0]])

    def _stored_answers(self, form: Form, answers: Mapping[str, Any]) -> dict[str, Any]:
        """PII handling at rest: hashed and encrypted values replace the value, dropped fields vanish."""
        stored: dict[str, Any] = {}
        for item in form.fields:
            value = answers.get(item.name)
            if empty(value) or item.pii == "dropped":
                continue
            if item.pii == "hashed":
                stored[item.name] = sha256(value)
            elif item.pii == "encrypted":
                stored[item.name] = encrypt(value)
            else:
                stored[item.name] = value
        return stored

    def shown_answers(self, submission: Submission) -> dict[str, Any]:
        """The answers as the API shows them: masked fields partially masked."""
        form = self.forms[submission.form_id]
        shown: dict[str, Any] = {}
        for name, value in submission.answers.items():
            item = form.field(name)
            shown[name] = mask(value) if item is not None and item.pii == "masked" else value
        return shown

    # -- rendering --------------------------------------------------------------------------------------

    def _item(self, submission: Submission) -> dict[str, Any]:
        return {
            "submission": {
                "id": submission.id,
                "formId": submission.form_id,
                "submittedAt": timestamp(submission.submitted_at),
                "answers": self.shown_answers(submission),
                "status": submission.status,
            },
            "meta": {
                "read": submission.read,
                "starred": submission.starred,
                "notes": [dict(note) for note in submission.notes],
                "tags": list(submission.tags),
            },
        }

    def _csv(self, form: Form, submissions: list[Submission]) -> str:
        """RFC 4180 CSV (CRLF records, any field with a comma, quote, CR or LF quoted), every cell
        neutralised against formula injection so that the export is safe to open in a spreadsheet."""
        columns = [item.name for item in form.fields if item.pii != "dropped"]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(name) for name in [*columns, "submittedAt"]])
        for submission in submissions:
            shown = self.shown_answers(submission)
            cells = [*(as_text(shown.get(name)) for name in columns), timestamp(submission.submitted_at)]
            writer.writerow([neutralise(cell) for cell in cells])
        return out.getvalue()

    # -- lookups ------------------------------------------------------------------------------------------

    def _owned_form(self, call: Call) -> Form:
        form = self.forms.get(call.param("form_id"))
        if form is None or form.environment != call.param("environment"):
            raise self.not_found("Form not found")
        self._check_owner(call, form)
        return form

    def _check_owner(self, call: Call, form: Form) -> None:
        if call.principal is None or self._user(call.principal) != form.owner:
            raise self.error(403, "Forbidden: not form owner")

    def _owned_submission(self, call: Call) -> Submission:
        submission = self.submissions.get(call.param("submissionId"))
        if submission is None:
            raise self.not_found("Submission not found")
        self._check_owner(call, self.forms[submission.form_id])
        return submission

    # -- operations ---------------------------------------------------------------------------------------

    def submit_form(self, call: Call) -> Reply:
        form = self.forms.get(call.param("id"))
        if form is None:
            raise self.not_found("Form not found")
        self._check_quota(form)
        body: dict[str, Any] = call.body
        answers: dict[str, Any] = body["answers"]
        problems = self._validate(form, answers)
        token = body.get("recaptchaToken")
        if form.recaptcha and token is None:
            problems.append("recaptchaToken is required for this form")
        if problems:
            raise self.error(400, "Validation failed: " + "; ".join(problems))
        action, reason = self._spam_action(form, answers, token)
        if action == "reject":
            self.rejected.append({"formId": form.id, "reason": reason, "answers": dict(answers)})
            raise self.error(400, "Submission rejected as spam.")
        submission = self._store(form, answers, self.now().replace(microsecond=0), STATUS_FOR_ACTION[action])
        submission.session_id = body.get("sessionId")
        key = self.quota_key(form)
        self.quota_used[key] = self.quota_used.get(key, 0) + 1
        return Reply(
            {
                "id": submission.id,
                "submittedAt": timestamp(submission.submitted_at),
                "answers": self.shown_answers(submission),
                "spamChecked": form.spam_protected,
            },
            status=201,
        )

    def list_responses(self, call: Call) -> Reply:
        form = self._owned_form(call)
        start: str | None = call.param("from")
        end: str | None = call.param("to")
        try:
            low = parse_timestamp(start) if start else None
            high = parse_timestamp(end) if end else None
        except ValueError:
            raise self.error(400, "Invalid request: from and to must be ISO 8601 date-times") from None
        matching = sorted(
            (
                s
                for s in self.submissions.values()
                if s.form_id == form.id
                and (low is None or s.submitted_at >= low)
                and (high is None or s.submitted_at < high)
            ),
            key=lambda s: s.order,
        )
        if call.param("format") == "csv":
            return Reply(self._csv(form, matching), media_type="text/csv")
        cursor: str | None = call.param("cursor")
        if cursor is not None:
            after = self._cursor_position(cursor, form)
            matching = [s for s in matching if s.order > after]
        limit = int(call.param("limit", 50))
        page, more = matching[:limit], len(matching) > limit
        return Reply(
            {
                "items": [self._item(s) for s in page],
                "pagination": {
                    "nextCursor": encode_cursor({"id": page[-1].id}) if more else None,
                    "hasMore": more,
                },
            }
        )

    def _cursor_position(self, cursor: str, form: Form) -> tuple[datetime, int]:
        try:
            position = decode_cursor(cursor)
        except ValueError:
            raise self.error(400, "Invalid request: invalid cursor") from None
        submission = self.submissions.get(str(position.get("id")))
        if submission is None or submission.form_id != form.id:
            raise self.error(400, "Invalid request: invalid cursor")
        return submission.order

    def get_submission(self, call: Call) -> Reply:
        form = self._owned_form(call)
        submission = self.submissions.get(call.param("submissionId"))
        if submission is None or submission.form_id != form.id:
            raise self.not_found("Submission not found")
        return Reply(self._item(submission))

    def mark_submission_read(self, call: Call) -> Reply:
        self._owned_submission(call).read = True
        return Reply({"success": True})

    def star_submission(self, call: Call) -> Reply:
        submission = self._owned_submission(call)
        submission.starred = bool(call.body["starred"])
        return Reply({"success": True, "starred": submission.starred})

    def add_submission_note(self, call: Call) -> Reply:
        submission = self._owned_submission(call)
        note = {"id": self._new_id("note"), "note": str(call.body["note"]), "createdAt": timestamp(self.now())}
        submission.notes.append(note)
        return Reply(dict(note))

    def reply_to_submission(self, call: Call) -> Reply:
        submission = self._owned_submission(call)
        form = self.forms[submission.form_id]
        address = None
        for item in form.fields:
            if item.type != "email" or item.name not in submission.answers:
                continue
            if item.pii in ("plain", "masked"):
                address = str(submission.answers[item.name])
            elif item.pii == "encrypted":
                address = decrypt(str(submission.answers[item.name]))
            if address:
                break
        if not address:
            raise self.error(400, "This submission has no email address to reply to")
        message_id = self._new_id("msg")
        self.outbox.append(
            {
                "messageId": message_id,
                "submissionId": submission.id,
                "to": address,
                "subject": str(call.body.get("subject") or f"Re: {form.name}"),
                "message": str(call.body["message"]),
                "sentAt": timestamp(self.now()),
            }
        )
        return Reply({"success": True, "messageId": message_id})

    # -- the store as JSON (seeds, the control API) ------------------------------------------------

    store_collections: ClassVar[Mapping[str, Collection]] = {
        "responses": Collection(
            "ResponseItem",
            "form",
            "each form's responses by form id, answers as stored (masked fields plain, hashed and encrypted"
            " fields in their stored form, dropped fields absent)",
        ),
    }

    def export_store(self) -> dict[str, Any]:
        responses: dict[str, list[dict[str, Any]]] = {form_id: [] for form_id in self.forms}
        for submission in sorted(self.submissions.values(), key=lambda s: s.seq):
            item = self._item(submission)
            item["submission"]["answers"] = dict(submission.answers)
            if submission.session_id is not None:
                item["submission"]["sessionId"] = submission.session_id
            responses[submission.form_id].append(item)
        return {"responses": responses}

    def import_store(self, data: Mapping[str, Any]) -> None:
        imported: dict[str, Submission] = {}
        for form_id, items in data["responses"].items():
            form = self.forms.get(form_id)
            if form is None:
                raise ValueError(f"responses: no form {form_id!r}; the forms are {', '.join(self.forms)}")
            for index, item in enumerate(items):
                record, meta = item["submission"], item["meta"]
                where = f"responses[{form_id!r}][{index}]"
                if record["formId"] != form_id:
                    raise ValueError(f"{where}: formId {record['formId']!r} is not {form_id!r}")
                if record["id"] in imported:
                    raise ValueError(f"{where}: submission id {record['id']!r} repeats")
                unknown = sorted(set(record["answers"]) - {f.name for f in form.fields})
                if unknown:
                    raise ValueError(f"{where}: form {form_id!r} has no fields {unknown}")
                imported[record["id"]] = Submission(
                    id=record["id"],
                    form_id=form_id,
                    submitted_at=parse_timestamp(record["submittedAt"]),
                    answers=dict(record["answers"]),
                    status=record["status"],
                    session_id=record.get("sessionId"),
                    read=meta["read"],
                    starred=meta["starred"],
                    notes=[dict(note) for note in meta["notes"]],
                    tags=list(meta.get("tags", [])),
                    seq=len(imported),
                )
        numbers = [int(i[4:]) for i in imported if re.fullmatch(r"rsp_[0-9]+", i)]
        with self.lock:
            self.submissions = imported
            self._next["rsp"] = max([self._next["rsp"], *(n + 1 for n in numbers)])

    def describe_data(self) -> dict[str, Any]:
        return {
            "forms": [
                {
                    "id": form.id,
                    "name": form.name,
                    "owner": form.owner,
                    "environment": form.environment,
                    "responses": sum(1 for s in self.submissions.values() if s.form_id == form.id),
                    "required": [f.name for f in form.fields if f.required],
                    "fields": [
                        {"name": f.name, "type": f.type, "required": f.required, "pii": f.pii}
                        | ({"options": list(f.options)} if f.options else {})
                        | ({"shown_if": list(f.show_if)} if f.show_if else {})
                        for f in form.fields
                    ],
                }
                for form in self.forms.values()
            ],
            "note": "list_responses needs environment= the form's environment; submits need the form's required fields",
        }
