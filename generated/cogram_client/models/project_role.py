from typing import Literal

ProjectRole = Literal["editor", "owner", "viewer"]

PROJECT_ROLE_VALUES: set[ProjectRole] = {
    "editor",
    "owner",
    "viewer",
}


def check_project_role(value: str) -> ProjectRole:
    if value in PROJECT_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_ROLE_VALUES!r}")
