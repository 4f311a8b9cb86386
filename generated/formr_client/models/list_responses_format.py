from typing import Literal, cast

LIST_RESPONSES_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "csv",
        "json",
    }
)


def check_list_responses_format(value: str) -> Literal["csv", "json"]:
    if value in LIST_RESPONSES_FORMAT_VALUES:
        return cast(Literal["csv", "json"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(LIST_RESPONSES_FORMAT_VALUES)!r}")
