"""The hand-written runtime that every generated client calls."""

from ._auth import CredentialAuth, Secret
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
from ._profile import ErrorShape, ProviderProfile, Quota, RateLimit, SecurityScheme
from ._transports import Throttle, UsageMeter, retry_policy

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
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "CredentialAuth",
    "ErrorShape",
    "FormclientsError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProviderProfile",
    "Quota",
    "RateLimit",
    "RateLimitError",
    "Secret",
    "SecurityScheme",
    "Throttle",
    "UnprocessableEntityError",
    "UsageMeter",
    "retry_policy",
]
