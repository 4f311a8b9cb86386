from typing import Literal, cast

USER_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "admin",
        "guest",
        "member",
    }
)


def check_user_role(value: str) -> Literal["admin", "guest", "member"]:
    if value in USER_ROLE_VALUES:
        return cast(Literal["admin", "guest", "member"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(USER_ROLE_VALUES)!r}")
