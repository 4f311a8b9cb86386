from typing import Literal

Module = Literal["forms"]

MODULE_VALUES: set[Module] = {
    "forms",
}


def check_module(value: str) -> Module:
    if value in MODULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODULE_VALUES!r}")
