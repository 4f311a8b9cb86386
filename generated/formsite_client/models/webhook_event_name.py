from typing import Literal, cast

WEBHOOK_EVENT_NAME_VALUES: frozenset[str] = frozenset(
    {
        "result_completed",
    }
)


def check_webhook_event_name(value: str) -> Literal["result_completed"]:
    if value in WEBHOOK_EVENT_NAME_VALUES:
        return cast(Literal["result_completed"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(WEBHOOK_EVENT_NAME_VALUES)!r}")
