from typing import Literal, cast

GET_FORM_RESULTS_SORT_DIRECTION_VALUES: frozenset[str] = frozenset(
    {
        "asc",
        "desc",
    }
)


def check_get_form_results_sort_direction(value: str) -> Literal["asc", "desc"]:
    if value in GET_FORM_RESULTS_SORT_DIRECTION_VALUES:
        return cast(Literal["asc", "desc"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(GET_FORM_RESULTS_SORT_DIRECTION_VALUES)!r}")
