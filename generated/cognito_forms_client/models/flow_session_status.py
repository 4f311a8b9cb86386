from typing import Literal

FlowSessionStatus = Literal["canceled", "expired", "failed", "pending_review", "success"]

FLOW_SESSION_STATUS_VALUES: set[FlowSessionStatus] = {
    "canceled",
    "expired",
    "failed",
    "pending_review",
    "success",
}


def check_flow_session_status(value: str) -> FlowSessionStatus:
    if value in FLOW_SESSION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_SESSION_STATUS_VALUES!r}")
