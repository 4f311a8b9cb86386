from typing import Literal, cast

WEBHOOK_ENVIRONMENT_VALUES: frozenset[str] = frozenset(
    {
        "production",
        "sandbox",
    }
)


def check_webhook_environment(value: str) -> Literal["production", "sandbox"]:
    if value in WEBHOOK_ENVIRONMENT_VALUES:
        return cast(Literal["production", "sandbox"], value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(WEBHOOK_ENVIRONMENT_VALUES)!r}")
