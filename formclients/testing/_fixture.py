"""What the pytest fixtures yield: a fresh mock, and a client already pointed at it."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

if TYPE_CHECKING:
    from cognito_forms_client import AsyncCognitoForms, CognitoForms
    from cogram_client import AsyncCogram, Cogram
    from formester_client import AsyncFormester, Formester
    from formr_client import AsyncFormr, Formr
    from formsite_client import AsyncFormsite, Formsite

    from formclients.mocks import Clock, ProviderMock
    from formclients.mocks.cognito_forms import CognitoFormsMock
    from formclients.mocks.cogram import CogramMock
    from formclients.mocks.formester import FormesterMock
    from formclients.mocks.formr import FormrMock
    from formclients.mocks.formsite import FormsiteMock

M = TypeVar("M", bound="ProviderMock")
C = TypeVar("C")
A = TypeVar("A")


@dataclass
class MockedAPI(Generic[M, C, A]):
    """A mock, and the provider's client objects (sync and async) talking to it in-process.

    Clients your own code creates while the fixture is active (with no transport argument)
    are routed to the same mock, as with `formclients.testing.mock(...)`.
    """

    mock: M
    client: C  # e.g. formsite_client.Formsite, with the mock's default demo credential
    async_client: A  # e.g. formsite_client.AsyncFormsite, the same
    _clients: list[Any] = field(default_factory=list, repr=False)

    @property
    def clock(self) -> Clock:
        return self.mock.clock

    def advance(self, seconds: float, *, settle: float = 10.0) -> None:
        """Move the mock's clock forward, then wait (up to `settle` s) for webhook re-deliveries now due."""
        self.mock.clock.advance(seconds)
        self.mock.webhooks.settle(settle)

    def client_for(self, credential: str, *, auth_scheme: str | None = None, **options: Any) -> C:
        """Another client object with `credential` (e.g. a read-only demo key), routed to the mock."""
        client: C = make_client(self.mock, credential, auth_scheme=auth_scheme, **options)
        self._clients.append(client)
        return client

    def close(self) -> None:
        for client in [self.client, *self._clients]:
            client.close()


def client_class(provider: str, *, asynchronous: bool = False) -> Any:
    """The provider's client object class (`formsite_client.Formsite`, or `AsyncFormsite`)."""
    package = importlib.import_module(f"{provider}_client")
    objects = [name for name in package.__all__ if name not in ("AuthenticatedClient", "Client")]
    return getattr(package, next(n for n in objects if n.startswith("Async") == asynchronous))


def make_client(
    mock: ProviderMock, credential: str, *, auth_scheme: str | None = None, asynchronous: bool = False, **options: Any
) -> Any:
    """A client object of the mock's provider with `credential`, at the mock's base URL; the active
    switch (the fixture's) gives it its in-process transport and a throttle on the mock's clock."""
    if auth_scheme is None:
        auth_scheme = next((c.scheme for c in mock.credentials if c.value == credential), None)
    cls = client_class(mock.provider, asynchronous=asynchronous)
    return cls(credential, base_url=mock.base_url, auth_scheme=auth_scheme, **options)


# What to annotate fixture arguments with: `def test_x(formsite_mock: FormsiteMocked) -> None`.
CognitoFormsMocked: TypeAlias = "MockedAPI[CognitoFormsMock, CognitoForms, AsyncCognitoForms]"
FormsiteMocked: TypeAlias = "MockedAPI[FormsiteMock, Formsite, AsyncFormsite]"
FormesterMocked: TypeAlias = "MockedAPI[FormesterMock, Formester, AsyncFormester]"
CogramMocked: TypeAlias = "MockedAPI[CogramMock, Cogram, AsyncCogram]"
FormrMocked: TypeAlias = "MockedAPI[FormrMock, Formr, AsyncFormr]"
