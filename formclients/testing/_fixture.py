"""What the pytest fixtures yield: a fresh mock, and a client already pointed at it."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

if TYPE_CHECKING:
    from cognito_forms_client import AuthenticatedClient as CognitoFormsClient
    from cogram_client import AuthenticatedClient as CogramClient
    from formester_client import AuthenticatedClient as FormesterClient
    from formr_client import AuthenticatedClient as FormrClient
    from formsite_client import AuthenticatedClient as FormsiteClient

    from formclients.mocks import Clock, ProviderMock
    from formclients.mocks.cognito_forms import CognitoFormsMock
    from formclients.mocks.cogram import CogramMock
    from formclients.mocks.formester import FormesterMock
    from formclients.mocks.formr import FormrMock
    from formclients.mocks.formsite import FormsiteMock

M = TypeVar("M", bound="ProviderMock")
C = TypeVar("C")


@dataclass
class MockedAPI(Generic[M, C]):
    """A mock and a client of its provider that talks to it in-process.

    Clients your own code creates while the fixture is active (with no transport argument)
    are routed to the same mock, as with `formclients.testing.mock(...)`.
    """

    mock: M
    client: C  # <provider>_client.AuthenticatedClient with the mock's default demo credential
    _clients: list[Any] = field(default_factory=list, repr=False)

    @property
    def clock(self) -> Clock:
        return self.mock.clock

    def advance(self, seconds: float, *, settle: float = 10.0) -> None:
        """Move the mock's clock forward, then wait (up to `settle` s) for webhook re-deliveries now due."""
        self.mock.clock.advance(seconds)
        self.mock.webhooks.settle(settle)

    def client_for(self, credential: str, *, auth_scheme: str | None = None, **options: Any) -> C:
        """Another client of this provider with `credential` (e.g. a read-only demo key), routed to the mock."""
        client: C = make_client(self.mock, credential, auth_scheme=auth_scheme, **options)
        self._clients.append(client)
        return client

    def close(self) -> None:
        for client in [self.client, *self._clients]:
            client.close()


def make_client(mock: ProviderMock, credential: str, *, auth_scheme: str | None = None, **options: Any) -> Any:
    """`<provider>_client.AuthenticatedClient(credential, base_url=...)`; the active switch gives its transport."""
    package = importlib.import_module(f"{mock.provider}_client")
    if auth_scheme is None:
        auth_scheme = next((c.scheme for c in mock.credentials if c.value == credential), None)
    return package.AuthenticatedClient(credential, base_url=mock.base_url, auth_scheme=auth_scheme, **options)


# What to annotate fixture arguments with: `def test_x(formsite_mock: FormsiteMocked) -> None`.
CognitoFormsMocked: TypeAlias = "MockedAPI[CognitoFormsMock, CognitoFormsClient]"
FormsiteMocked: TypeAlias = "MockedAPI[FormsiteMock, FormsiteClient]"
FormesterMocked: TypeAlias = "MockedAPI[FormesterMock, FormesterClient]"
CogramMocked: TypeAlias = "MockedAPI[CogramMock, CogramClient]"
FormrMocked: TypeAlias = "MockedAPI[FormrMock, FormrClient]"
