from typing import Literal

FlowSessionStep = Literal[
    "accept_tos", "documentary_verification", "kyc_check", "risk_check", "screening", "selfie_check", "verify_sms"
]

FLOW_SESSION_STEP_VALUES: set[FlowSessionStep] = {
    "accept_tos",
    "documentary_verification",
    "kyc_check",
    "risk_check",
    "screening",
    "selfie_check",
    "verify_sms",
}


def check_flow_session_step(value: str) -> FlowSessionStep:
    if value in FLOW_SESSION_STEP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_SESSION_STEP_VALUES!r}")
