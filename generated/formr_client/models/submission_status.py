from typing import Literal, cast

SUBMISSION_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "completed",
        "flagged",
        "quarantined",
    }
)


def check_submission_status(value: str) -> Literal["completed", "flagged", "quarantined"]:
    if value in SUBMISSION_STATUS_VALUES:
        return cast(Literal["completed", "flagged", "quarantined"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(SUBMISSION_STATUS_VALUES)!r}")
