from typing import Literal, cast

RESULT_USER_DEVICE_VALUES: frozenset[str] = frozenset(
    {
        "Desktop",
        "Mobile",
        "Tablet",
    }
)


def check_result_user_device(value: str) -> Literal["Desktop", "Mobile", "Tablet"]:
    if value in RESULT_USER_DEVICE_VALUES:
        return cast(Literal["Desktop", "Mobile", "Tablet"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(RESULT_USER_DEVICE_VALUES)!r}")
