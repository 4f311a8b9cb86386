"""A client library for accessing Cognito Forms API"""

from ._client import AsyncCognitoForms, CognitoForms
from .client import AuthenticatedClient, Client

__all__ = (
    "AsyncCognitoForms",
    "AuthenticatedClient",
    "Client",
    "CognitoForms",
)
