from typing import Literal, cast

FLOW_SESSION_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "canceled",
        "expired",
        "failed",
        "pending_review",
        "success",
    }
)


def check_flow_session_status(value: str) -> Literal["canceled", "expired", "failed", "pending_review", "success"]:
    if value in FLOW_SESSION_STATUS_VALUES:
        return cast(Literal["canceled", "expired", "failed", "pending_review", "success"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(FLOW_SESSION_STATUS_VALUES)!r}")
