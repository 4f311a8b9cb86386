"""A client library for accessing Formsite API"""

from ._client import AsyncFormsite, Formsite
from .client import AuthenticatedClient, Client

__all__ = (
    "AsyncFormsite",
    "AuthenticatedClient",
    "Client",
    "Formsite",
)
