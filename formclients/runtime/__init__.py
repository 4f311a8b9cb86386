"""The hand-written runtime that every generated client calls."""

from ._auth import CredentialAuth, Secret
from ._base_client import DEFAULT_TIMEOUT, USER_AGENT, BaseClient, ConfigurationError
from ._profile import ErrorShape, ProviderProfile, Quota, RateLimit, SecurityScheme

__all__ = [
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "BaseClient",
    "ConfigurationError",
    "CredentialAuth",
    "ErrorShape",
    "ProviderProfile",
    "Quota",
    "RateLimit",
    "Secret",
    "SecurityScheme",
]
