"""Clients for the Cognito Forms API.

Both are thin: every behaviour lives in `formclients.runtime.BaseClient`; the facts about
this provider (servers, security schemes, limits) come from `._profile`, extracted from
the spec at generation time.
"""

from typing import ClassVar

from formclients.runtime import BaseClient, ProviderProfile

from ._profile import PROFILE


class Client(BaseClient):
    """A client without credentials, for the operations that need none."""

    profile: ClassVar[ProviderProfile] = PROFILE


class AuthenticatedClient(BaseClient):
    """A client that sends a credential with every request.

    `token` is required (or `COGNITO_FORMS_TOKEN` in the environment).
    Security schemes this API documents (choose with `auth_scheme=`, the first is the default):
    - `bearerAuth`
    - `accessToken`
    """

    profile: ClassVar[ProviderProfile] = PROFILE
    requires_credential: ClassVar[bool] = True
