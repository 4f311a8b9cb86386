from typing import Literal, cast

GET_FORM_RESULTS_SEARCH_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "and",
        "or",
    }
)


def check_get_form_results_search_method(value: str) -> Literal["and", "or"]:
    if value in GET_FORM_RESULTS_SEARCH_METHOD_VALUES:
        return cast(Literal["and", "or"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(GET_FORM_RESULTS_SEARCH_METHOD_VALUES)!r}")
