"""Clients for the Formr Submissions API.

Both are thin: every behaviour lives in `formclients.runtime.BaseClient`; the facts about
this provider (servers, security schemes, limits) come from `._profile`, extracted from
the spec at generation time.
"""

from collections.abc import Mapping
from typing import ClassVar

from formclients.runtime import APIStatusError, BaseClient, ProviderProfile

from ._profile import PROFILE
from .errors import ERROR_CLASSES, FormrError, InternalServerError


class _FormrClient(BaseClient):
    profile: ClassVar[ProviderProfile] = PROFILE
    error_classes: ClassVar[Mapping[int, type[APIStatusError]]] = ERROR_CLASSES
    error_base: ClassVar[type[APIStatusError]] = FormrError
    server_error: ClassVar[type[APIStatusError]] = InternalServerError


class Client(_FormrClient):
    """A client without credentials, for the operations that need none."""


class AuthenticatedClient(_FormrClient):
    """A client that sends a credential with every request.

    `token` is required (or `FORMR_TOKEN` in the environment).
    Security schemes this API documents (choose with `auth_scheme=`, the first is the default):
    - `secretKey`
    - `publishableKey`
    - `sessionToken`
    """

    requires_credential: ClassVar[bool] = True
