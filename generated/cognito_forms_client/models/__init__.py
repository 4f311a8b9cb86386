"""Contains all the data models used in inputs/outputs"""

from .entry import Entry
from .entry_collection import EntryCollection
from .entry_form_ref import EntryFormRef
from .entry_input import EntryInput
from .entry_metadata import EntryMetadata
from .entry_order import EntryOrder
from .entry_origin import EntryOrigin
from .entry_row import EntryRow
from .entry_user import EntryUser
from .error import Error
from .error_data import ErrorData
from .file_data_ref import FileDataRef
from .flow_session_data import FlowSessionData
from .flow_session_retried_event import FlowSessionRetriedEvent
from .flow_session_status_data import FlowSessionStatusData
from .flow_session_status_updated_event import FlowSessionStatusUpdatedEvent
from .flow_session_step_data import FlowSessionStepData
from .flow_session_step_updated_event import FlowSessionStepUpdatedEvent
from .form_availability import FormAvailability
from .form_availability_request import FormAvailabilityRequest
from .form_field import FormField
from .form_ref import FormRef
from .form_schema import FormSchema
from .form_schema_properties import FormSchemaProperties
from .form_schema_properties_additional_property import FormSchemaPropertiesAdditionalProperty
from .subscription_request import SubscriptionRequest
from .webhook_subscription import WebhookSubscription

__all__ = (
    "Entry",
    "EntryCollection",
    "EntryFormRef",
    "EntryInput",
    "EntryMetadata",
    "EntryOrder",
    "EntryOrigin",
    "EntryRow",
    "EntryUser",
    "Error",
    "ErrorData",
    "FileDataRef",
    "FlowSessionData",
    "FlowSessionRetriedEvent",
    "FlowSessionStatusData",
    "FlowSessionStatusUpdatedEvent",
    "FlowSessionStepData",
    "FlowSessionStepUpdatedEvent",
    "FormAvailability",
    "FormAvailabilityRequest",
    "FormField",
    "FormRef",
    "FormSchema",
    "FormSchemaProperties",
    "FormSchemaPropertiesAdditionalProperty",
    "SubscriptionRequest",
    "WebhookSubscription",
)
