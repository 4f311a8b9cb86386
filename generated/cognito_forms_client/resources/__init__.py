"""One resource class per tag of the Cognito Forms API, sync and async, with their raw-response twins."""

from .documents import (
    AsyncDocuments,
    AsyncDocumentsWithRawResponse,
    Documents,
    DocumentsWithRawResponse,
)
from .entries import (
    AsyncEntries,
    AsyncEntriesWithRawResponse,
    Entries,
    EntriesWithRawResponse,
)
from .files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    Files,
    FilesWithRawResponse,
)
from .forms import (
    AsyncForms,
    AsyncFormsWithRawResponse,
    Forms,
    FormsWithRawResponse,
)
from .webhooks import (
    AsyncWebhooks,
    AsyncWebhooksWithRawResponse,
    Webhooks,
    WebhooksWithRawResponse,
)

__all__ = (
    "AsyncDocuments",
    "AsyncDocumentsWithRawResponse",
    "AsyncEntries",
    "AsyncEntriesWithRawResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncForms",
    "AsyncFormsWithRawResponse",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Documents",
    "DocumentsWithRawResponse",
    "Entries",
    "EntriesWithRawResponse",
    "Files",
    "FilesWithRawResponse",
    "Forms",
    "FormsWithRawResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
)
