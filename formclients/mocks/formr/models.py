"""The Formr mock's state: forms with their validation, spam and PII rules; submissions; quotas and replies.

Nothing here knows HTTP: the handlers (responses.py) check, store and show submissions through
:class:`Form` and :class:`FormrStore`.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from .._model import utc_seconds

timestamp = utc_seconds  # ISO 8601 UTC to the second with `Z`

ACTIONS = {"flag": 1, "quarantine": 2, "reject": 3}
STATUS_FOR_ACTION = {None: "completed", "flag": "flagged", "quarantine": "quarantined"}
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
URL = re.compile(r"https?://[^\s/$.?#].[^\s]*", re.IGNORECASE)
PHONE = re.compile(r"\+?[0-9 ()-]{7,20}")
KMS_KEY = b"formr-mock-demo-kms-key"


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

    def check(self, value: Any) -> list[str]:
        """What is wrong with `value` as an answer to this field (nothing: [])."""
        name = self.name
        if self.type == "number":
            # ints are compared exactly (a 400-digit answer must not overflow a float conversion)
            if isinstance(value, bool) or not isinstance(value, int | float):
                return [f"{name} must be a number"]
            if isinstance(value, float) and not math.isfinite(value):
                return [f"{name} must be a number"]
            if self.integer and isinstance(value, float) and not value.is_integer():
                return [f"{name} must be a whole number"]
            problems = []
            if self.minimum is not None and value < self.minimum:
                problems.append(f"{name} must be at least {as_text(self.minimum)}")
            if self.maximum is not None and value > self.maximum:
                problems.append(f"{name} must be at most {as_text(self.maximum)}")
            return problems
        if self.type == "checkbox":
            return [] if isinstance(value, bool) else [f"{name} must be true or false"]
        if self.type == "multiselect":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return [f"{name} must be a list of options"]
            problems = [
                f"{name}: {v!r} is not one of {', '.join(self.options)}" for v in value if v not in self.options
            ]
            if len(set(value)) != len(value):
                problems.append(f"{name} must not repeat an option")
            if self.min_length is not None and len(value) < self.min_length:
                problems.append(f"{name} must have at least {self.min_length} options")
            if self.max_length is not None and len(value) > self.max_length:
                problems.append(f"{name} must have at most {self.max_length} options")
            return problems
        if not isinstance(value, str):
            return [f"{name} must be a string"]
        problems = []
        if self.type == "email" and not EMAIL.fullmatch(value):
            problems.append(f"{name} must be a valid email address")
        elif self.type == "url" and not URL.fullmatch(value):
            problems.append(f"{name} must be a valid URL")
        elif self.type == "phone" and not PHONE.fullmatch(value):
            problems.append(f"{name} must be a valid phone number")
        elif self.type == "select" and value not in self.options:
            problems.append(f"{name} must be one of {', '.join(self.options)}")
        elif self.type == "date":
            try:
                date.fromisoformat(value)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    raise ValueError(value)
            except ValueError:
                problems.append(f"{name} must be a date (YYYY-MM-DD)")
        if self.min_length is not None and len(value) < self.min_length:
            problems.append(f"{name} must be at least {self.min_length} characters")
        if self.max_length is not None and len(value) > self.max_length:
            problems.append(f"{name} must be at most {self.max_length} characters")
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            problems.append(f"{name} does not match the required format")
        return problems


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

    def visible(self, answers: Mapping[str, Any]) -> set[str]:
        """The fields the form's conditional logic shows for these answers."""
        visible: set[str] = set()
        for item in self.fields:
            if item.show_if is None:
                visible.add(item.name)
                continue
            controller, wanted = item.show_if
            value = answers.get(controller)
            shown = wanted in value if isinstance(value, list) else value == wanted
            if controller in visible and shown:
                visible.add(item.name)
        return visible

    def validate(self, answers: Mapping[str, Any]) -> list[str]:
        """Every problem of `answers` as a submission of this form (none: [])."""
        problems: list[str] = []
        visible = self.visible(answers)
        for name in answers:
            if name != self.honeypot and self.field(name) is None:
                problems.append(f"{name} is not a field of this form")
        for item in self.fields:
            value = answers.get(item.name)
            if item.name not in visible:
                if not empty(value):
                    problems.append(f"{item.name} is hidden by the form's conditional logic")
                continue
            if empty(value) or (item.type == "checkbox" and item.required and value is False):
                if item.required:
                    problems.append(f"{item.name} is required")
                continue
            problems.extend(item.check(value))
        return problems

    def spam_action(self, answers: Mapping[str, Any], token: str | None) -> tuple[str | None, str]:
        """The strictest action the form's spam checks call for (None: clean), and why."""
        found: list[tuple[str, str]] = []
        if self.honeypot and not empty(answers.get(self.honeypot)):
            found.append((self.honeypot_action, "honeypot"))
        if self.recaptcha and token is not None and token.lower().startswith("fail"):
            found.append((self.recaptcha_action, "recaptcha"))
        for rule in self.rules:
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

    def stored_answers(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """PII handling at rest: hashed and encrypted values replace the value, dropped fields vanish."""
        stored: dict[str, Any] = {}
        for item in self.fields:
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


@dataclass
class FormrStore:
    forms: dict[str, Form]
    """The forms by id, with their validation, spam and PII configuration."""
    plans: dict[str, str]
    """Each user's plan (a key of the spec's x-quota plans)."""
    submissions: dict[str, Submission] = field(default_factory=dict)
    """Every stored submission by id, in insertion order."""
    quota_used: dict[tuple[str, str, str], int] = field(default_factory=dict)
    """Accepted submissions per (owner user id, environment, "YYYY-MM"): the monthly quota counters."""
    outbox: list[dict[str, str]] = field(default_factory=list)
    """Every reply sent: messageId, submissionId, to, subject, message, sentAt."""
    rejected: list[dict[str, Any]] = field(default_factory=list)
    """Submissions refused as spam (not stored): formId, reason, answers."""
    next: dict[str, int] = field(default_factory=lambda: {"rsp": 1000, "note": 1, "msg": 1})
    """The next number of each kind of id (`rsp_1000`, `note_1`, `msg_1`)."""

    def new_id(self, prefix: str) -> str:
        number = self.next[prefix]
        self.next[prefix] += 1
        return f"{prefix}_{number}"

    def add(
        self, form: Form, answers: dict[str, Any], when: datetime, status: str = "completed", sid: str | None = None
    ) -> Submission:
        """Store a submission of `form` (answers as given: PII handling happens here)."""
        submission = Submission(
            id=sid or self.new_id("rsp"),
            form_id=form.id,
            submitted_at=when,
            answers=form.stored_answers(answers),
            status=status,
            seq=len(self.submissions),
        )
        self.submissions[submission.id] = submission
        return submission

    def responses(self, form: Form, low: datetime | None, high: datetime | None) -> list[Submission]:
        """The form's submissions with low <= submittedAt < high, oldest first."""
        return sorted(
            (
                s
                for s in self.submissions.values()
                if s.form_id == form.id
                and (low is None or s.submitted_at >= low)
                and (high is None or s.submitted_at < high)
            ),
            key=lambda s: s.order,
        )

    def reply_address(self, submission: Submission) -> str | None:
        """Where a reply goes: the first email answer the mock can read (plain, masked or encrypted)."""
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
        return address

    # -- rendering --------------------------------------------------------------------------------------

    def shown_answers(self, submission: Submission) -> dict[str, Any]:
        """The answers as the API shows them: masked fields partially masked."""
        form = self.forms[submission.form_id]
        shown: dict[str, Any] = {}
        for name, value in submission.answers.items():
            item = form.field(name)
            shown[name] = mask(value) if item is not None and item.pii == "masked" else value
        return shown

    def item(self, submission: Submission) -> dict[str, Any]:
        """The submission as list_responses and get_submission show it."""
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

    def export_csv(self, form: Form, submissions: list[Submission]) -> str:
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

    # -- the store as JSON (seeds, the control API) ------------------------------------------------

    def export(self) -> dict[str, Any]:
        responses: dict[str, list[dict[str, Any]]] = {form_id: [] for form_id in self.forms}
        for submission in sorted(self.submissions.values(), key=lambda s: s.seq):
            item = self.item(submission)
            item["submission"]["answers"] = dict(submission.answers)
            if submission.session_id is not None:
                item["submission"]["sessionId"] = submission.session_id
            responses[submission.form_id].append(item)
        return {"responses": responses}

    def imported(self, data: Mapping[str, Any]) -> dict[str, Submission]:
        """The submissions `data` makes; ValueError names an unknown form or field, or a repeated id."""
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
        return imported

    def replace(self, submissions: dict[str, Submission]) -> None:
        """Put what `imported` made in place; new ids continue after the largest `rsp_N` imported."""
        numbers = [int(i[4:]) for i in submissions if re.fullmatch(r"rsp_[0-9]+", i)]
        self.submissions = submissions
        self.next["rsp"] = max([self.next["rsp"], *(n + 1 for n in numbers)])

    def describe(self) -> dict[str, Any]:
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
