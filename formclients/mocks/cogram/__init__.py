"""Cogram API v1 mock: projects (archive on delete), project members and roles, users, audit log.

Behaviour follows the provider guide (see specs/cogram.yaml for every assumption):

- organization-scoped bearer API keys that can expire: missing 401 `api_key_missing`,
  unknown 401 `api_key_invalid`, past their expiration date 401 `api_key_expired`
  (checked against the mock's clock on every request);
- 1000 requests per 60 s per key (the core enforces the spec's x-rate-limits), 429
  `rate_limit_exceeded` with Retry-After;
- every error is `{"error": {"code", "message"}}`; invalid input 422 `validation_error`;
- lists page with `page` / `page_size` (default 50, max 100) in `{items, total, page,
  page_size, pages}`, oldest first;
- DELETE /v1/projects/{id} archives: the project stays readable, flagged `status: archived`,
  is left out of list_projects unless `include_archived=true`, and refuses changes (409);
- `external_id` is unique per organization among projects and among users (409 `conflict`);
- project members have the roles owner / editor / viewer; PUT adds (201) or changes (200);
- every change is recorded in :attr:`CogramMock.audit_log`, attributed to `X-Forwarded-User`
  when the request carries it, else to the API key alone.

The package: models.py (users, projects, members, the audit log and their invariants), data.py
(the demo organization and its API keys), responses.py (:class:`CogramMock`, the handlers).
"""

from .data import (
    CREDENTIALS,
    DEMO_KEY,
    EPOCH,
    EXPIRED_KEY,
    FIRST_NAMES,
    FLAGSHIP,
    KINDS,
    LAST_NAMES,
    PLACES,
    PROJECT_COUNT,
    SCHEME,
    SYNC_KEY,
    USER_COUNT,
    demo_store,
)
from .models import NAMESPACE, AuditEntry, CogramStore, demo_id, parse_timestamp, timestamp
from .responses import CODES, FORWARDED_USER, CogramMock, page_envelope

__all__ = [
    "CODES",
    "CREDENTIALS",
    "DEMO_KEY",
    "EPOCH",
    "EXPIRED_KEY",
    "FIRST_NAMES",
    "FLAGSHIP",
    "FORWARDED_USER",
    "KINDS",
    "LAST_NAMES",
    "NAMESPACE",
    "PLACES",
    "PROJECT_COUNT",
    "SCHEME",
    "SYNC_KEY",
    "USER_COUNT",
    "AuditEntry",
    "CogramMock",
    "CogramStore",
    "demo_id",
    "demo_store",
    "page_envelope",
    "parse_timestamp",
    "timestamp",
]
