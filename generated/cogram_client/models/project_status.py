from typing import Literal, cast

PROJECT_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "active",
        "archived",
    }
)


def check_project_status(value: str) -> Literal["active", "archived"]:
    if value in PROJECT_STATUS_VALUES:
        return cast(Literal["active", "archived"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(PROJECT_STATUS_VALUES)!r}")
