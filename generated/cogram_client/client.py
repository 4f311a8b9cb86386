"""Clients for the Cogram API.

Both are thin: every behaviour lives in `formclients.runtime.BaseClient`; the facts about
this provider (servers, security schemes, limits) come from `._profile`, extracted from
the spec at generation time.
"""

from collections.abc import Mapping
from typing import ClassVar

from formclients.runtime import APIStatusError, BaseClient, ProviderProfile

from ._profile import PROFILE
from .errors import ERROR_CLASSES, CogramError, InternalServerError


class _CogramClient(BaseClient):
    profile: ClassVar[ProviderProfile] = PROFILE
    error_classes: ClassVar[Mapping[int, type[APIStatusError]]] = ERROR_CLASSES
    error_base: ClassVar[type[APIStatusError]] = CogramError
    server_error: ClassVar[type[APIStatusError]] = InternalServerError


class Client(_CogramClient):
    """A client without credentials, for the operations that need none."""


class AuthenticatedClient(_CogramClient):
    """A client that sends a credential with every request.

    `token` is required (or `COGRAM_TOKEN` in the environment).
    Security schemes this API documents (choose with `auth_scheme=`, the first is the default):
    - `bearerAuth`
    """

    requires_credential: ClassVar[bool] = True
