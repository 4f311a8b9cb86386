from typing import Literal, cast

LIST_SUBMISSIONS_ORDER_VALUES: frozenset[str] = frozenset(
    {
        "asc",
        "desc",
    }
)


def check_list_submissions_order(value: str) -> Literal["asc", "desc"]:
    if value in LIST_SUBMISSIONS_ORDER_VALUES:
        return cast(Literal["asc", "desc"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(LIST_SUBMISSIONS_ORDER_VALUES)!r}")
