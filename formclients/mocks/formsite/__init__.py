"""Formsite API v2 mock: forms, items, results (search, sort, windows, pages) and webhooks.

Behaviour follows the provider's docs (`provider-docs/formsite.txt`) and `specs/formsite.yaml`;
where the docs are silent the mock does what the spec's descriptions assume:

- one account, user directory ``demo``; a token used with another ``user_dir`` answers 403,
  and so does the token of an account below the Pro 1 plan (API access needs Pro 1);
- ``limit`` above 100 is capped at 100; a page past the last is empty; every results page
  carries ``Pagination-Limit``, ``Pagination-Page-Current`` and ``Pagination-Page-Last``;
- search: text items compare case-insensitively; multiple choice items match
  ``search_equals`` by the chosen choice's position; meta items (result_id, result_status,
  user_ip, user_referrer) only by ``search_equals``, exactly as in the output; contains /
  begins / ends on anything but a text item, or an unknown item id, answer 422;
- date windows compare ``date_update``; ``YYYY-MM-DD HH:MM:SS`` is the account's local time
  (the demo account is at a fixed UTC-05:00); bounds of date and id windows are exclusive;
- webhooks are created or updated by URL and deleted by URL;
- Formsite has no API that creates results, so the mock adds one for tests and demos:
  :meth:`FormsiteMock.complete_result` stores a completed result and posts it (the
  get_form_results format of one result, plus ``handshake_key`` when the webhook has one) to
  every webhook of its form, in the background (``self.webhooks``), once per webhook: any 2xx
  is success, failures are not retried, and an answer of 410 deletes the webhook.

The package: models.py (forms, items, results and webhooks; the results index), results.py (the
get_form_results query), data.py (the demo dataset), responses.py (:class:`FormsiteMock`, the handlers).
"""

from .data import (
    BROWSERS,
    DEVICES,
    EPOCH,
    FIRST,
    LAST,
    MESSAGES,
    PRODUCTS,
    REFERRERS,
    SOURCES,
    contact_form,
    demo_store,
    order_form,
    survey_form,
)
from .models import (
    ACCOUNT,
    ACCOUNT_TIMEZONE,
    CHOICE_POSITION,
    ISO_UTC,
    LOCAL,
    META_SEARCHABLE,
    META_SORTABLE,
    RESULT_META_DEFAULTS,
    RESULT_META_OPTIONAL,
    SEARCH_KINDS,
    FormData,
    FormsiteStore,
    ItemDef,
    ResultIndex,
    ResultList,
    iso,
    parse_date,
)
from .responses import PAGE_SIZE_MAX, FormsiteMock
from .results import Criterion, ResultQuery

__all__ = [
    "ACCOUNT",
    "ACCOUNT_TIMEZONE",
    "BROWSERS",
    "CHOICE_POSITION",
    "DEVICES",
    "EPOCH",
    "FIRST",
    "ISO_UTC",
    "LAST",
    "LOCAL",
    "MESSAGES",
    "META_SEARCHABLE",
    "META_SORTABLE",
    "PAGE_SIZE_MAX",
    "PRODUCTS",
    "REFERRERS",
    "RESULT_META_DEFAULTS",
    "RESULT_META_OPTIONAL",
    "SEARCH_KINDS",
    "SOURCES",
    "Criterion",
    "FormData",
    "FormsiteMock",
    "FormsiteStore",
    "ItemDef",
    "ResultIndex",
    "ResultList",
    "ResultQuery",
    "contact_form",
    "demo_store",
    "iso",
    "order_form",
    "parse_date",
    "survey_form",
]
