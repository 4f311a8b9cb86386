"""The hand-written runtime that every generated client calls."""

from ._auth import CredentialAuth, Secret
from ._base_client import DEFAULT_TIMEOUT, USER_AGENT, BaseClient, ConfigurationError
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FormclientsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._profile import ErrorShape, ProviderProfile, Quota, RateLimit, SecurityScheme
from ._transports import Throttle, UsageMeter, retry_policy
from .limiter import (
    InProcessLimiter,
    Limiter,
    LimiterUnavailableError,
    RedisLimiter,
    SQLiteLimiter,
    open_limiter,
)
from .quota import QuotaAccount, QuotaExhaustedError, QuotaStatus

__all__ = [
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BaseClient",
    "ConfigurationError",
    "ConflictError",
    "CredentialAuth",
    "ErrorShape",
    "FormclientsError",
    "InProcessLimiter",
    "InternalServerError",
    "Limiter",
    "LimiterUnavailableError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProviderProfile",
    "Quota",
    "QuotaAccount",
    "QuotaExhaustedError",
    "QuotaStatus",
    "RateLimit",
    "RateLimitError",
    "RedisLimiter",
    "SQLiteLimiter",
    "Secret",
    "SecurityScheme",
    "Throttle",
    "UnprocessableEntityError",
    "UsageMeter",
    "open_limiter",
    "retry_policy",
]
