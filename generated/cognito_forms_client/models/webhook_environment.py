from typing import Literal

WebhookEnvironment = Literal["production", "sandbox"]

WEBHOOK_ENVIRONMENT_VALUES: set[WebhookEnvironment] = {
    "production",
    "sandbox",
}


def check_webhook_environment(value: str) -> WebhookEnvironment:
    if value in WEBHOOK_ENVIRONMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_ENVIRONMENT_VALUES!r}")
