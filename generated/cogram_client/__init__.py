"""A client library for accessing Cogram API"""

from ._client import AsyncCogram, Cogram
from .client import AuthenticatedClient, Client

__all__ = (
    "AsyncCogram",
    "AuthenticatedClient",
    "Client",
    "Cogram",
)
