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

The package: models.py (forms and their rules, submissions, quotas, replies), data.py (the demo
users, keys, forms and submissions), responses.py (:class:`FormrMock`, the handlers).
"""

from .data import (
    CONTACT_FORM,
    CREDENTIALS,
    EPOCH,
    EXPIRED_SESSION_TOKEN,
    FEEDBACK_FORM,
    INTAKE_FORM,
    OTHER_SECRET_KEY,
    OTHER_SESSION_TOKEN,
    OTHER_USER,
    OWNER,
    PUBLISHABLE_KEY,
    REVOKED_SECRET_KEY,
    SECRET_KEY,
    SESSION_TOKEN,
    SIGNUP_FORM,
    contact_form,
    demo_store,
    feedback_form,
    intake_form,
    signup_form,
)
from .models import (
    ACTIONS,
    EMAIL,
    FORMULA_TRIGGERS,
    KMS_KEY,
    PHONE,
    STATUS_FOR_ACTION,
    URL,
    Field,
    Form,
    FormrStore,
    SpamRule,
    Submission,
    as_text,
    decrypt,
    empty,
    encrypt,
    mask,
    neutralise,
    parse_timestamp,
    sha256,
    timestamp,
)
from .responses import FormrMock

__all__ = [
    "ACTIONS",
    "CONTACT_FORM",
    "CREDENTIALS",
    "EMAIL",
    "EPOCH",
    "EXPIRED_SESSION_TOKEN",
    "FEEDBACK_FORM",
    "FORMULA_TRIGGERS",
    "INTAKE_FORM",
    "KMS_KEY",
    "OTHER_SECRET_KEY",
    "OTHER_SESSION_TOKEN",
    "OTHER_USER",
    "OWNER",
    "PHONE",
    "PUBLISHABLE_KEY",
    "REVOKED_SECRET_KEY",
    "SECRET_KEY",
    "SESSION_TOKEN",
    "SIGNUP_FORM",
    "STATUS_FOR_ACTION",
    "URL",
    "Field",
    "Form",
    "FormrMock",
    "FormrStore",
    "SpamRule",
    "Submission",
    "as_text",
    "contact_form",
    "decrypt",
    "demo_store",
    "empty",
    "encrypt",
    "feedback_form",
    "intake_form",
    "mask",
    "neutralise",
    "parse_timestamp",
    "sha256",
    "signup_form",
    "timestamp",
]
