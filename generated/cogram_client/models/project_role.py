from typing import Literal, cast

PROJECT_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "editor",
        "owner",
        "viewer",
    }
)


def check_project_role(value: str) -> Literal["editor", "owner", "viewer"]:
    if value in PROJECT_ROLE_VALUES:
        return cast(Literal["editor", "owner", "viewer"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(PROJECT_ROLE_VALUES)!r}")
