"""The Cognito Forms mock: forms, entries, documents, files and webhook subscriptions.

Behaviour follows specs/cognito_forms.yaml (itself the provider's guide plus the Swagger
definition of its Power Platform connector); where both are silent the spec's stated
assumptions are followed and the rest is listed here.

Auth. An API key is accepted as `Authorization: Bearer KEY` or `?access_token=KEY`. Each
demo key belongs to an organization and carries a Form Scope (none / read / read-write) and
an Entry Scope (none / read / read-write / read-write-delete), mapped onto the spec's scopes
(`forms:read`, `forms:write`, `entries:read`, `entries:write`, `entries:delete`). A missing,
malformed, unknown or revoked key answers 401 (the key is never echoed), a missing scope 403,
and a form the key may not see (another organization's, or outside a restricted key's forms
and folders) 404, as if it did not exist; such forms are also left out of get_forms.

Request accounting (``x-quota``). Every request made with a valid key is billed to the key's
organization, whatever its outcome: ceil(body bytes / 102400) units, at least one. The
current month's units are in :attr:`CognitoFormsMock.usage` (organization id -> units), the
month in :attr:`usage_month`, earlier months in :attr:`usage_history`. Requests past the plan's
allowance are billed as overage (see :meth:`overage`), not refused; only an organization whose
``overage_billing`` a test turns off gets the spec's assumed 429 with `Retry-After` (seconds to
the next calendar month, UTC). Requests without a valid key are billed to nobody.

Assumptions beyond the spec (the docs are silent): `{form}` and `publisher` accept the form's
`Id` or its internal name (the connector's readme says to send the internal name); an entry
is addressed by its number (`3`) or its Id (`1-3`);
entry input is checked against the form's fields (unknown fields, wrong types, choices not
offered, missing required values answer 400 with the problems in `Data.Errors`), while the
envelope keys `Id`, `Form` and `Entry` are ignored so a fetched entry can be sent back; file
fields take `[{Name, ContentType, Content (base64)}]` or `[{Id}]` of a file the entry already
has; deleting an entry deletes its files; entry numbers are never reused; a document is
served as JSON FileDataRef unless the `Accept` header prefers the template's own type (PDF
or Word), and when nothing offered is acceptable the raw document is sent in its own type;
a `FileDataRef.File` URL points at get_file on this mock, which also serves documents (JSON
by default, raw bytes when `Accept` prefers application/octet-stream); a subscription needs a
non-empty `publisher` and an absolute http(s) `notificationUrl` (400 otherwise, the service's
own refusal: the schema leaves both plain strings) and answers 201 with a `Location` that a
DELETE unsubscribes; unsubscribe without `id` answers 400.

OData (list_entries). Every form has view 1 (all entries, every field); JobApplication also has
view 2 (open applications: Name, Email, Position). `$filter`, `$orderby` and `$select` follow
the subset the spec documents (see _odata.py), `$top` is at most 1000.

Webhooks. Creating, updating or deleting an entry through the API posts the entry itself (as
get_entry renders it; for a deletion as it was, without links) to every subscription of that
form and event (never a flow_session.* event: those belong to another product), signed per
Standard Webhooks with :attr:`CognitoFormsMock.webhook_secret`
(headers webhook-id = the event id, webhook-timestamp = the mock clock's Unix seconds at
each attempt, webhook-signature). Each subscription gets its own event id, the same on every
re-delivery. Delivery runs on :attr:`webhooks` worker threads, never inside the API call:
any answer but 200 (or no answer) is retried up to 7 times (8 attempts) after the settings'
`webhook_delays`, in no promised order. The guide counts JSON webhooks against the request
allowance, so each event delivered to a subscription is billed once (by its body size) to
the form's organization when it is queued; re-deliveries are not billed (assumed).

The package: models.py (organizations and usage, forms, entries, files, subscriptions), documents.py
(PDF and Word bytes), data.py (the demo keys, organizations, forms and entries), responses.py
(:class:`CognitoFormsMock`, the handlers).
"""

from .data import (
    CREDENTIALS,
    ENTRY_COUNTS,
    ENTRY_SCOPES,
    EPOCH,
    FORM_SCOPES,
    STATUSES,
    _all_credentials,
    _form_definitions,
    demo_key,
    demo_store,
)
from .models import (
    DEFAULT_VIEWS,
    DOCX,
    OCTET_STREAM,
    PDF,
    CognitoStore,
    Form,
    FormField,
    Organization,
    StoredEntry,
    StoredFile,
    Subscription,
    Template,
    View,
)
from .responses import (
    ERROR_TYPES,
    EVENTS,
    NO_CONTENT,
    ODATA_KINDS,
    ODATA_METADATA,
    ODATA_TOP_MAX,
    SCOPE_WORDS,
    UNAUTHORIZED,
    WEBHOOK_ATTEMPTS,
    WEBHOOK_SECRET,
    CognitoFormsMock,
)

__all__ = [
    "CREDENTIALS",
    "DEFAULT_VIEWS",
    "DOCX",
    "ENTRY_COUNTS",
    "ENTRY_SCOPES",
    "EPOCH",
    "ERROR_TYPES",
    "EVENTS",
    "FORM_SCOPES",
    "NO_CONTENT",
    "OCTET_STREAM",
    "ODATA_KINDS",
    "ODATA_METADATA",
    "ODATA_TOP_MAX",
    "PDF",
    "SCOPE_WORDS",
    "STATUSES",
    "UNAUTHORIZED",
    "WEBHOOK_ATTEMPTS",
    "WEBHOOK_SECRET",
    "CognitoFormsMock",
    "CognitoStore",
    "Form",
    "FormField",
    "Organization",
    "StoredEntry",
    "StoredFile",
    "Subscription",
    "Template",
    "View",
    "_all_credentials",
    "_form_definitions",
    "demo_key",
    "demo_store",
]
