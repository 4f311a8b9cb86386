from typing import Literal

WebhookEventName = Literal["result_completed"]

WEBHOOK_EVENT_NAME_VALUES: set[WebhookEventName] = {
    "result_completed",
}


def check_webhook_event_name(value: str) -> WebhookEventName:
    if value in WEBHOOK_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_NAME_VALUES!r}")
