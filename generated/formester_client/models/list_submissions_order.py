from typing import Literal

ListSubmissionsOrder = Literal["asc", "desc"]

LIST_SUBMISSIONS_ORDER_VALUES: set[ListSubmissionsOrder] = {
    "asc",
    "desc",
}


def check_list_submissions_order(value: str) -> ListSubmissionsOrder:
    if value in LIST_SUBMISSIONS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SUBMISSIONS_ORDER_VALUES!r}")
