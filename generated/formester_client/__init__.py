"""A client library for accessing Formester API"""

from ._client import AsyncFormester, Formester
from .client import AuthenticatedClient, Client

__all__ = (
    "AsyncFormester",
    "AuthenticatedClient",
    "Client",
    "Formester",
)
