"""The hand-written runtime that every generated client calls."""

from ._auth import AsyncCredentialTransport, Credential, CredentialTransport, Secret
from ._base_client import DEFAULT_TIMEOUT, USER_AGENT, BaseClient, ClientOptions, ConfigurationError
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
from ._logs import setup_logging
from ._profile import ErrorShape, ProviderProfile, Quota, RateLimit, SecurityScheme
from ._retries import ALREADY_DELETED, RetryPolicy, RetryTransport, retry_policy
from ._transports import Throttle, UsageMeter
from .limiter import (
    InProcessLimiter,
    Limiter,
    LimiterUnavailableError,
    RedisLimiter,
    SQLiteLimiter,
    open_limiter,
)
from .quota import QuotaAccount, QuotaExhaustedError, QuotaStatus

setup_logging()  # FORMCLIENTS_LOG=info|debug: a stderr handler on the `formclients` logger

__all__ = [
    "ALREADY_DELETED",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCredentialTransport",
    "AuthenticationError",
    "BadRequestError",
    "BaseClient",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "Credential",
    "CredentialTransport",
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
    "RetryPolicy",
    "RetryTransport",
    "SQLiteLimiter",
    "Secret",
    "SecurityScheme",
    "Throttle",
    "UnprocessableEntityError",
    "UsageMeter",
    "open_limiter",
    "retry_policy",
    "setup_logging",
]
