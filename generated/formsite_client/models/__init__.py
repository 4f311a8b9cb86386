"""Contains all the data models used in inputs/outputs"""

from .empty import Empty
from .error import Error
from .error_error import ErrorError
from .form import Form
from .form_list import FormList
from .form_publish import FormPublish
from .form_stats import FormStats
from .item import Item
from .item_list import ItemList
from .result import Result
from .result_completed_event import ResultCompletedEvent
from .result_item import ResultItem
from .result_item_choice import ResultItemChoice
from .result_list import ResultList
from .search_criteria import SearchCriteria
from .webhook import Webhook
from .webhook_envelope import WebhookEnvelope
from .webhook_list import WebhookList
from .webhook_request import WebhookRequest

__all__ = (
    "Empty",
    "Error",
    "ErrorError",
    "Form",
    "FormList",
    "FormPublish",
    "FormStats",
    "Item",
    "ItemList",
    "Result",
    "ResultCompletedEvent",
    "ResultItem",
    "ResultItemChoice",
    "ResultList",
    "SearchCriteria",
    "Webhook",
    "WebhookEnvelope",
    "WebhookList",
    "WebhookRequest",
)
