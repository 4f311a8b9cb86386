from typing import Literal

GetFormResultsSortDirection = Literal["asc", "desc"]

GET_FORM_RESULTS_SORT_DIRECTION_VALUES: set[GetFormResultsSortDirection] = {
    "asc",
    "desc",
}


def check_get_form_results_sort_direction(value: str) -> GetFormResultsSortDirection:
    if value in GET_FORM_RESULTS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FORM_RESULTS_SORT_DIRECTION_VALUES!r}")
