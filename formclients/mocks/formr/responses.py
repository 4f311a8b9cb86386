"""The Formr mock's handlers: one method per operationId, over the store in models.py."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from datetime import datetime
from typing import Any, ClassVar

from formclients.runtime import RateLimit

from .._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply, retry_after
from .._model import StoreAttribute, next_month, seconds_until
from .._paging import decode_cursor, encode_cursor
from .._store import Collection
from .data import CREDENTIALS, demo_store
from .models import STATUS_FOR_ACTION, Form, FormrStore, Submission, parse_timestamp, timestamp


class FormrMock(ProviderMock):
    """Formr Submissions API at https://api.formr.xyz (in-process: http://mock.local)."""

    provider = "formr"
    validation_status = 400
    credentials: ClassVar[tuple[DemoCredential, ...]] = CREDENTIALS

    store: FormrStore
    forms: StoreAttribute[dict[str, Form]] = StoreAttribute()
    """The forms by id, with their validation, spam and PII configuration."""
    submissions: StoreAttribute[dict[str, Submission]] = StoreAttribute()
    """Every stored submission by id, in insertion order."""
    quota_used: StoreAttribute[dict[tuple[str, str, str], int]] = StoreAttribute()
    """Accepted submissions per (owner user id, environment, "YYYY-MM"): the monthly quota counters."""
    plans: StoreAttribute[dict[str, str]] = StoreAttribute()
    """Each user's plan (a key of the spec's x-quota plans)."""
    outbox: StoreAttribute[list[dict[str, str]]] = StoreAttribute()
    """Every reply sent: messageId, submissionId, to, subject, message, sentAt."""
    rejected: StoreAttribute[list[dict[str, Any]]] = StoreAttribute()
    """Submissions refused as spam (not stored): formId, reason, answers."""

    def seed(self) -> None:
        self.store = demo_store()

    def _store(
        self, form: Form, answers: dict[str, Any], when: datetime, status: str = "completed", sid: str | None = None
    ) -> Submission:
        """Store a submission as if it had been made (for tests that change the data under a client)."""
        return self.store.add(form, answers, when, status, sid)

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
        reset = next_month(now)
        raise ApiError(
            429,
            {
                "error": f"Quota exceeded. You have used {used} of {limit} submissions this month.",
                "quotaExceeded": True,
                "remaining": 0,
                "resetAt": timestamp(reset),
            },
            {"Retry-After": str(seconds_until(reset, now))},
        )

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
        problems = form.validate(answers)
        token = body.get("recaptchaToken")
        if form.recaptcha and token is None:
            problems.append("recaptchaToken is required for this form")
        if problems:
            raise self.error(400, "Validation failed: " + "; ".join(problems))
        action, reason = form.spam_action(answers, token)
        if action == "reject":
            self.rejected.append({"formId": form.id, "reason": reason, "answers": dict(answers)})
            raise self.error(400, "Submission rejected as spam.")
        submission = self.store.add(form, answers, self.now().replace(microsecond=0), STATUS_FOR_ACTION[action])
        submission.session_id = body.get("sessionId")
        key = self.quota_key(form)
        self.quota_used[key] = self.quota_used.get(key, 0) + 1
        return Reply(
            {
                "id": submission.id,
                "submittedAt": timestamp(submission.submitted_at),
                "answers": self.store.shown_answers(submission),
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
        matching = self.store.responses(form, low, high)
        if call.param("format") == "csv":
            return Reply(self.store.export_csv(form, matching), media_type="text/csv")
        cursor: str | None = call.param("cursor")
        if cursor is not None:
            after = self._cursor_position(cursor, form)
            matching = [s for s in matching if s.order > after]
        limit = int(call.param("limit", 50))
        page, more = matching[:limit], len(matching) > limit
        return Reply(
            {
                "items": [self.store.item(s) for s in page],
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
        return Reply(self.store.item(submission))

    def mark_submission_read(self, call: Call) -> Reply:
        self._owned_submission(call).read = True
        return Reply({"success": True})

    def star_submission(self, call: Call) -> Reply:
        submission = self._owned_submission(call)
        submission.starred = bool(call.body["starred"])
        return Reply({"success": True, "starred": submission.starred})

    def add_submission_note(self, call: Call) -> Reply:
        submission = self._owned_submission(call)
        note = {"id": self.store.new_id("note"), "note": str(call.body["note"]), "createdAt": timestamp(self.now())}
        submission.notes.append(note)
        return Reply(dict(note))

    def reply_to_submission(self, call: Call) -> Reply:
        submission = self._owned_submission(call)
        form = self.forms[submission.form_id]
        address = self.store.reply_address(submission)
        if not address:
            raise self.error(400, "This submission has no email address to reply to")
        message_id = self.store.new_id("msg")
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
