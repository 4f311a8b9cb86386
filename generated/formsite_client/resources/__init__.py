"""One resource class per tag of the Formsite API, sync and async, with their raw-response twins."""

from .forms import (
    AsyncForms,
    AsyncFormsWithRawResponse,
    Forms,
    FormsWithRawResponse,
)
from .items import (
    AsyncItems,
    AsyncItemsWithRawResponse,
    Items,
    ItemsWithRawResponse,
)
from .results import (
    AsyncResults,
    AsyncResultsWithRawResponse,
    Results,
    ResultsWithRawResponse,
)
from .webhooks import (
    AsyncWebhooks,
    AsyncWebhooksWithRawResponse,
    Webhooks,
    WebhooksWithRawResponse,
)

__all__ = (
    "AsyncForms",
    "AsyncFormsWithRawResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncResults",
    "AsyncResultsWithRawResponse",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Forms",
    "FormsWithRawResponse",
    "Items",
    "ItemsWithRawResponse",
    "Results",
    "ResultsWithRawResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
)
