"""Formester API v2 mock: forms and submissions, field filters and sorting, scoped tokens.

Behaviour follows the provider docs (see specs/formester.yaml for every assumption):

- the token travels in `X-FORMESTER-TOKEN`; missing: 400 "Access Token not found"; malformed:
  400 "Invalid token provided"; unknown or inactive: 401 "Invalid access token"; missing scope:
  403 "You do not have permission to perform this action. Required scope: <scope>";
- a token may be restricted to some forms: other forms and their submissions answer 404;
- 10 requests per 60 s per token (the core enforces the spec's x-rate-limits), 429 "You have
  exceeded api rate limit" with Retry-After;
- both lists page at a fixed 20 per page with a `meta` object;
- list_submissions needs form_id or form_uuid, filters `{field}` (case-insensitive substring,
  numeric equality for numbers) and `{field}__gte/__gt/__lte/__lt` (numeric, date or text
  comparison), sorts by `sort` / `order`.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from formclients.runtime import RateLimit

from ._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply, retry_after
from ._paging import page_of
from ._store import Collection

SCHEME = "formesterToken"
PER_PAGE = 20
TOKEN_FORMAT = re.compile(r"[A-Za-z0-9._-]{16,128}")
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
NAMESPACE = uuid.UUID("4f6d7374-6572-4d6f-636b-000000000000")
OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "gte": lambda a, b: bool(a >= b),
    "gt": lambda a, b: bool(a > b),
    "lte": lambda a, b: bool(a <= b),
    "lt": lambda a, b: bool(a < b),
}
# Submission attributes that `sort` and the filters accept besides the form's own fields.
ATTRIBUTES = {"created_at": "createdAt", "updated_at": "updatedAt", "createdAt": "createdAt", "updatedAt": "updatedAt"}

FULL_TOKEN = "fmstr_v2_full_3f9a1c7e5b2d4068a1e9"
VIEW_TOKEN = "fmstr_v2_view_8c2e6a4f0d1b3957c6e2"
FORMS_TOKEN = "fmstr_v2_forms_5d7b9e1a3c6f8024b7d1"
FEEDBACK_TOKEN = "fmstr_v2_feedback_1a2b3c4d5e6f7a8b9c0d"
REVOKED_TOKEN = "fmstr_v2_revoked_9e8d7c6b5a4f3e2d1c0b"

CONTACT_FORM_ID = 123
FEEDBACK_FORM_ID = 456
EVENT_FORM_ID = 789


def timestamp(moment: datetime) -> str:
    """ISO 8601 UTC with milliseconds and `Z`, as the docs write timestamps."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*", value):
        return float(value)
    return None


def as_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(as_text(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def compare(operator: str, field_value: Any, wanted: str) -> bool:
    """`field <op> wanted`: numbers as numbers, ISO 8601 dates as instants, anything else as text."""
    test = OPERATORS[operator]
    number, wanted_number = as_number(field_value), as_number(wanted)
    if number is not None and wanted_number is not None:
        return test(number, wanted_number)
    moment, wanted_moment = as_datetime(field_value), as_datetime(wanted)
    if moment is not None and wanted_moment is not None:
        return test(moment, wanted_moment)
    return test(as_text(field_value).casefold(), wanted.casefold())


def equals(field_value: Any, wanted: str) -> bool:
    """The documented "exact match or substring": numbers by value, text case-insensitively contained."""
    number, wanted_number = as_number(field_value), as_number(wanted)
    if number is not None and wanted_number is not None and not isinstance(field_value, str):
        return number == wanted_number
    return wanted.casefold() in as_text(field_value).casefold()


def sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before dates before text, each in its natural order."""
    number = as_number(value)
    if number is not None and not isinstance(value, str):
        return (0, number)
    moment = as_datetime(value)
    if moment is not None:
        return (1, moment.timestamp())
    if number is not None:
        return (0, number)
    return (2, as_text(value).casefold())


class FormesterMock(ProviderMock):
    """Formester API v2 at https://app.formester.com/api/v2 (in-process: http://mock.local/api/v2)."""

    provider = "formester"
    validation_status = 400
    credentials: ClassVar[tuple[DemoCredential, ...]] = (
        DemoCredential(
            FULL_TOKEN,
            SCHEME,
            ("form.view", "submission.view", "submission.delete"),
            "every scope, every form of the organization",
        ),
        DemoCredential(
            VIEW_TOKEN,
            SCHEME,
            ("form.view", "submission.view"),
            "read-only: list forms and read submissions, no submission.delete",
        ),
        DemoCredential(FORMS_TOKEN, SCHEME, ("form.view",), "forms only: listing submissions answers 403"),
        DemoCredential(
            FEEDBACK_TOKEN,
            SCHEME,
            ("form.view", "submission.view", "submission.delete"),
            f"every scope, restricted to the Feedback Survey (form {FEEDBACK_FORM_ID}); other forms answer 404",
            {"forms": (FEEDBACK_FORM_ID,)},
        ),
        DemoCredential(
            REVOKED_TOKEN,
            SCHEME,
            ("form.view", "submission.view", "submission.delete"),
            "revoked (inactive): every request answers 401 Invalid access token",
            {"active": False},
        ),
    )

    forms: dict[int, dict[str, Any]]
    """The organization's forms by numeric id (without `submissionsCount`, which is counted live)."""
    submissions: dict[str, dict[str, Any]]
    """Every submission by its UUID, in creation order; delete_submission removes from here."""
    deleted: list[str]
    """UUIDs of the submissions deleted through the API since the last reset, in order."""

    # -- the demo dataset -----------------------------------------------------------------------

    def seed(self) -> None:
        self.forms = {}
        self.submissions = {}
        self.deleted = []
        self._add_form(
            CONTACT_FORM_ID, "550e8400-e29b-41d4-a716-446655440000", "Contact Form", EPOCH - timedelta(days=120)
        )
        self._add_form(
            FEEDBACK_FORM_ID, "660e8400-e29b-41d4-a716-446655440001", "Feedback Survey", EPOCH - timedelta(days=90)
        )
        self._add_form(EVENT_FORM_ID, str(uuid.uuid5(NAMESPACE, "form-789")), "Event Registration", EPOCH)
        for index in range(22):
            form_id = 1001 + index
            self._add_form(
                form_id,
                str(uuid.uuid5(NAMESPACE, f"form-{form_id}")),
                f"Quiz {index + 1:02d}",
                EPOCH - timedelta(days=60 - index, hours=index % 5),
            )
        self._seed_contact()
        self._seed_feedback()
        self._seed_events()
        for index in range(22):
            form_id = 1001 + index
            for n in range(index % 3):
                self._add_submission(
                    form_id,
                    str(uuid.uuid5(NAMESPACE, f"quiz-{form_id}-{n}")),
                    {"name": f"Student {index}-{n}", "Score": (index * 3 + n * 7) % 11},
                    EPOCH - timedelta(days=30 - index, minutes=n * 10),
                )

    def _add_form(self, form_id: int, form_uuid: str, name: str, created: datetime) -> None:
        self.forms[form_id] = {
            "id": form_id,
            "uuid": form_uuid,
            "name": name,
            "createdAt": timestamp(created),
            "updatedAt": timestamp(created + timedelta(days=5, hours=4, minutes=15)),
        }

    def _add_submission(self, form_id: int, submission_id: str, data: dict[str, Any], created: datetime) -> None:
        self.submissions[submission_id] = {
            "id": submission_id,
            "formId": self.forms[form_id]["uuid"],
            "data": data,
            "createdAt": timestamp(created),
            "updatedAt": timestamp(created),
        }

    def _seed_contact(self) -> None:
        people = [
            ("John Doe", "john@example.com", "Hello, I have a question."),
            ("Jane Smith", "jane@example.com", "Great service!"),
            ("Ada Lovelace", "ada@example.org", "Can I book a demo?"),
            ("Alan Turing", "alan@example.org", "Question about pricing"),
            ("Grace Hopper", "grace@example.net", "Please call me back."),
            ("Linus Torvalds", "linus@example.net", "Feature request: dark mode"),
            ("Margaret Hamilton", "margaret@example.com", "Is there an API?"),
            ("Tim Berners-Lee", "tim@example.com", "Hello again"),
        ]
        fixed_ids = {0: "770e8400-e29b-41d4-a716-446655440002", 1: "880e8400-e29b-41d4-a716-446655440003"}
        for index, (name, email, message) in enumerate(people):
            submission_id = fixed_ids.get(index) or str(uuid.uuid5(NAMESPACE, f"contact-{index}"))
            created = EPOCH - timedelta(days=20 - index * 2, hours=index)
            self._add_submission(
                CONTACT_FORM_ID, submission_id, {"email": email, "name": name, "message": message}, created
            )

    def _seed_feedback(self) -> None:
        first = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas"]
        last = ["Garcia", "Nguyen", "Okafor", "Schmidt", "Rossi", "Tanaka"]
        comments = [
            "Great service, very fast.",
            "The checkout was confusing.",
            "Friendly staff and great coffee.",
            "Too slow on weekends.",
            "Loved it, will come back!",
            "Average experience.",
        ]
        for index in range(48 * self.settings.data_scale):
            name = f"{first[index % len(first)]} {last[index % len(last)]}"
            created = EPOCH - timedelta(days=60) + timedelta(days=index, hours=(index * 5) % 24, minutes=index % 60)
            self._add_submission(
                FEEDBACK_FORM_ID,
                str(uuid.uuid5(NAMESPACE, f"feedback-{index}")),
                {
                    "name": name,
                    "email": f"{name.split()[0].lower()}.{index}@example.com",
                    "Rating": (index * 7 + 3) % 5 + 1,
                    "comments": comments[index % len(comments)],
                    "recommend": "Yes" if index % 3 else "No",
                    "visit_date": (created - timedelta(days=1)).date().isoformat(),
                },
                created,
            )

    def _seed_events(self) -> None:
        for index, (name, tickets) in enumerate([("Mia Chen", 2), ("Omar Haddad", 1), ("Lena Novak", 4)]):
            self._add_submission(
                EVENT_FORM_ID,
                str(uuid.uuid5(NAMESPACE, f"event-{index}")),
                {"name": name, "tickets": tickets, "dietary": ["vegetarian", "none", "vegan"][index]},
                EPOCH + timedelta(days=3, hours=index),
            )

    # -- auth and errors in Formester's words ---------------------------------------------------

    def authenticate(self, call: Call, scheme: str, value: str) -> Principal:
        if not value.strip():
            raise self.missing_credential(call)
        if not TOKEN_FORMAT.fullmatch(value):
            raise self.error(400, "Invalid token provided")
        for credential in self.credentials:
            if credential.scheme == scheme and credential.value == value:
                if credential.attributes.get("active", True) is False:
                    raise self.invalid_credential(call, value)
                return Principal(credential)
        raise self.invalid_credential(call, value)

    def missing_credential(self, call: Call) -> ApiError:
        return self.error(400, "Access Token not found")

    def invalid_credential(self, call: Call, credential: str) -> ApiError:
        return self.error(401, "Invalid access token")

    def missing_scope(self, call: Call, scope: str) -> ApiError:
        return self.error(403, f"You do not have permission to perform this action. Required scope: {scope}")

    def rate_limited(self, call: Call, limit: RateLimit, wait: float) -> ApiError:
        return self.error(429, "You have exceeded api rate limit", headers=retry_after(wait))

    # -- helpers ----------------------------------------------------------------------------------

    def _allowed(self, call: Call, form_id: int) -> bool:
        assert call.principal is not None
        restricted: tuple[int, ...] | None = call.principal.credential.attributes.get("forms")
        return restricted is None or form_id in restricted

    def _form_json(self, form: Mapping[str, Any]) -> dict[str, Any]:
        count = sum(1 for s in self.submissions.values() if s["formId"] == form["uuid"])
        return {**form, "submissionsCount": count}

    def _form_by_uuid(self, form_uuid: str) -> dict[str, Any] | None:
        return next((form for form in self.forms.values() if form["uuid"] == form_uuid.lower()), None)

    def _visible_submission(self, call: Call) -> dict[str, Any]:
        submission = self.submissions.get(str(call.param("id")))
        form = self._form_by_uuid(submission["formId"]) if submission else None
        if submission is None or form is None or not self._allowed(call, form["id"]):
            raise self.not_found("Submission not found")
        return submission

    @staticmethod
    def _field(submission: Mapping[str, Any], name: str) -> tuple[bool, Any]:
        data: Mapping[str, Any] = submission["data"]
        if name in data:
            return True, data[name]
        if name in ATTRIBUTES:
            return True, submission[ATTRIBUTES[name]]
        return False, None

    def _matches(self, submission: Mapping[str, Any], filters: Mapping[str, str]) -> bool:
        for key, wanted in filters.items():
            name, _, operator = key.rpartition("__")
            if not name or operator not in OPERATORS:
                name, operator = key, "eq"
            present, value = self._field(submission, name)
            if not present or value is None:
                return False
            if not (equals(value, wanted) if operator == "eq" else compare(operator, value, wanted)):
                return False
        return True

    # -- operations -------------------------------------------------------------------------------

    def list_forms(self, call: Call) -> Reply:
        page = int(call.param("page", 1))
        forms = [
            self._form_json(f)
            for f in sorted(self.forms.values(), key=lambda f: f["id"])
            if self._allowed(call, f["id"])
        ]
        items, _ = page_of(forms, page, PER_PAGE)
        return Reply({"forms": items, "meta": {"totalCount": len(forms), "page": page, "perPage": PER_PAGE}})

    def list_submissions(self, call: Call) -> Reply:
        page = int(call.param("page", 1))
        form_id, form_uuid = call.param("form_id"), call.param("form_uuid")
        if form_id is None and form_uuid is None:
            raise self.error(400, "form_id or form_uuid is required")
        form = self.forms.get(form_id) if form_id is not None else self._form_by_uuid(form_uuid)
        if form is not None and form_id is not None and form_uuid is not None and form["uuid"] != form_uuid.lower():
            form = None
        if form is None or not self._allowed(call, form["id"]):
            raise self.not_found("Form not found or not authorized")
        filters: Mapping[str, str] = call.param("filters") or {}
        found = [s for s in self.submissions.values() if s["formId"] == form["uuid"] and self._matches(s, filters)]
        found.sort(key=lambda s: (s["createdAt"], s["id"]), reverse=True)  # newest first unless sorted
        sort, descending = call.param("sort"), call.param("order", "asc") == "desc"
        if sort is not None:
            found.sort(key=lambda s: (s["createdAt"], s["id"]))
            present = [s for s in found if self._field(s, sort)[1] is not None]
            missing = [s for s in found if self._field(s, sort)[1] is None]
            present.sort(key=lambda s: sort_key(self._field(s, sort)[1]), reverse=descending)
            found = present + missing
        items, _ = page_of(found, page, PER_PAGE)
        meta = {"formId": form["id"], "formUuid": form["uuid"], "totalCount": len(found), "page": page}
        return Reply({"submissions": items, "meta": {**meta, "perPage": PER_PAGE}})

    def get_submission(self, call: Call) -> Reply:
        return Reply({"submission": self._visible_submission(call)})

    def delete_submission(self, call: Call) -> Reply:
        submission = self._visible_submission(call)
        del self.submissions[submission["id"]]
        self.deleted.append(submission["id"])
        return Reply({"message": "Submission deleted successfully"})

    # -- the store as JSON (seeds, the control API) ------------------------------------------------

    store_collections: ClassVar[Mapping[str, Collection]] = {
        "forms": Collection("Form", description="the organization's forms (submissionsCount is counted, not stored)"),
        "submissions": Collection("Submission", description="every form's submissions"),
    }

    def export_store(self) -> dict[str, Any]:
        return {
            "forms": [self._form_json(form) for form in self.forms.values()],
            "submissions": [dict(submission) for submission in self.submissions.values()],
        }

    def import_store(self, data: Mapping[str, Any]) -> None:
        forms = self.forms
        if "forms" in data:
            forms = {}
            for form in data["forms"]:
                if form["id"] in forms or form["uuid"].lower() in {f["uuid"] for f in forms.values()}:
                    raise ValueError(f"forms: form {form['id']} ({form['uuid']}) repeats")
                forms[form["id"]] = {k: v for k, v in form.items() if k != "submissionsCount"} | {
                    "uuid": form["uuid"].lower()
                }
        submissions = data.get("submissions", list(self.submissions.values()))
        uuids = {form["uuid"] for form in forms.values()}
        imported: dict[str, dict[str, Any]] = {}
        for submission in submissions:
            if submission["id"] in imported:
                raise ValueError(f"submissions: id {submission['id']} repeats")
            if submission["formId"].lower() not in uuids:
                raise ValueError(f"submissions: {submission['id']} belongs to no form (formId {submission['formId']})")
            imported[submission["id"]] = {**submission, "formId": submission["formId"].lower()}
        with self.lock:
            self.forms, self.submissions = forms, imported

    def describe_data(self) -> dict[str, Any]:
        return {
            "forms": [
                {"id": form["id"], "name": form["name"], "submissions": self._form_json(form)["submissionsCount"]}
                for form in self.forms.values()
            ],
            "filterable": "any submission data field, e.g. Rating__gte=4 on form 456 (see filters in the spec)",
        }
