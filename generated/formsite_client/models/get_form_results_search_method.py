from typing import Literal

GetFormResultsSearchMethod = Literal["and", "or"]

GET_FORM_RESULTS_SEARCH_METHOD_VALUES: set[GetFormResultsSearchMethod] = {
    "and",
    "or",
}


def check_get_form_results_search_method(value: str) -> GetFormResultsSearchMethod:
    if value in GET_FORM_RESULTS_SEARCH_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FORM_RESULTS_SEARCH_METHOD_VALUES!r}")
