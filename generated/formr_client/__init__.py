"""A client library for accessing Formr Submissions API"""

from ._client import AsyncFormr, Formr
from .client import AuthenticatedClient, Client

__all__ = (
    "AsyncFormr",
    "AuthenticatedClient",
    "Client",
    "Formr",
)
