from typing import Literal, cast

MODULE_VALUES: frozenset[str] = frozenset(
    {
        "forms",
    }
)


def check_module(value: str) -> Literal["forms"]:
    if value in MODULE_VALUES:
        return cast(Literal["forms"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(MODULE_VALUES)!r}")
