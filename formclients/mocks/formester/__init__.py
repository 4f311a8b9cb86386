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

The package: models.py (forms and submissions, filters and sorting), data.py (the demo
organization and its tokens), responses.py (:class:`FormesterMock`, the handlers).
"""

from .data import (
    CONTACT_FORM_ID,
    CREDENTIALS,
    EPOCH,
    EVENT_FORM_ID,
    FEEDBACK_FORM_ID,
    FEEDBACK_TOKEN,
    FORMS_TOKEN,
    FULL_TOKEN,
    NAMESPACE,
    REVOKED_TOKEN,
    SCHEME,
    VIEW_TOKEN,
    demo_store,
)
from .models import (
    ATTRIBUTES,
    OPERATORS,
    FormesterStore,
    as_datetime,
    as_number,
    as_text,
    compare,
    equals,
    sort_key,
    timestamp,
)
from .responses import PER_PAGE, TOKEN_FORMAT, FormesterMock

__all__ = [
    "ATTRIBUTES",
    "CONTACT_FORM_ID",
    "CREDENTIALS",
    "EPOCH",
    "EVENT_FORM_ID",
    "FEEDBACK_FORM_ID",
    "FEEDBACK_TOKEN",
    "FORMS_TOKEN",
    "FULL_TOKEN",
    "NAMESPACE",
    "OPERATORS",
    "PER_PAGE",
    "REVOKED_TOKEN",
    "SCHEME",
    "TOKEN_FORMAT",
    "VIEW_TOKEN",
    "FormesterMock",
    "FormesterStore",
    "as_datetime",
    "as_number",
    "as_text",
    "compare",
    "demo_store",
    "equals",
    "sort_key",
    "timestamp",
]
