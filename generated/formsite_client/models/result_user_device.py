from typing import Literal

ResultUserDevice = Literal["Desktop", "Mobile", "Tablet"]

RESULT_USER_DEVICE_VALUES: set[ResultUserDevice] = {
    "Desktop",
    "Mobile",
    "Tablet",
}


def check_result_user_device(value: str) -> ResultUserDevice:
    if value in RESULT_USER_DEVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESULT_USER_DEVICE_VALUES!r}")
