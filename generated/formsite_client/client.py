"""Clients for the Formsite API.

Both are thin: every behaviour lives in `formclients.runtime.BaseClient`; the facts about
this provider (servers, security schemes, limits) come from `._profile`, extracted from
the spec at generation time.
"""

from collections.abc import Mapping
from typing import ClassVar

from formclients.runtime import APIStatusError, BaseClient, ProviderProfile

from ._profile import PROFILE
from .errors import ERROR_CLASSES, FormsiteError, InternalServerError


class _FormsiteClient(BaseClient):
    profile: ClassVar[ProviderProfile] = PROFILE
    error_classes: ClassVar[Mapping[int, type[APIStatusError]]] = ERROR_CLASSES
    error_base: ClassVar[type[APIStatusError]] = FormsiteError
    server_error: ClassVar[type[APIStatusError]] = InternalServerError


class Client(_FormsiteClient):
    """A client without credentials, for the operations that need none."""


class AuthenticatedClient(_FormsiteClient):
    """A client that sends a credential with every request.

    `token` is required (or `FORMSITE_TOKEN` in the environment).
    Security schemes this API documents (choose with `auth_scheme=`, the first is the default):
    - `bearerAuth`
    """

    requires_credential: ClassVar[bool] = True
