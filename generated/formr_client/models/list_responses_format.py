from typing import Literal

ListResponsesFormat = Literal["csv", "json"]

LIST_RESPONSES_FORMAT_VALUES: set[ListResponsesFormat] = {
    "csv",
    "json",
}


def check_list_responses_format(value: str) -> ListResponsesFormat:
    if value in LIST_RESPONSES_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RESPONSES_FORMAT_VALUES!r}")
