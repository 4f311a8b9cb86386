from typing import Literal, cast

FLOW_SESSION_STEP_VALUES: frozenset[str] = frozenset(
    {
        "accept_tos",
        "documentary_verification",
        "kyc_check",
        "risk_check",
        "screening",
        "selfie_check",
        "verify_sms",
    }
)


def check_flow_session_step(
    value: str,
) -> Literal[
    "accept_tos", "documentary_verification", "kyc_check", "risk_check", "screening", "selfie_check", "verify_sms"
]:
    if value in FLOW_SESSION_STEP_VALUES:
        return cast(
            Literal[
                "accept_tos",
                "documentary_verification",
                "kyc_check",
                "risk_check",
                "screening",
                "selfie_check",
                "verify_sms",
            ],
            value,
        )
    raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(FLOW_SESSION_STEP_VALUES)!r}")
