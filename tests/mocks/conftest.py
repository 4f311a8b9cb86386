from collections.abc import Iterator

import pytest

from formclients.mocks import ProviderMock

from ._conformance import Conformance


@pytest.fixture
def conformance(mock: ProviderMock) -> Iterator[Conformance]:
    """Checks every response of the module's `mock` against its spec (see _conformance.py)."""
    checker = Conformance(mock)
    yield checker
    assert checker.checked > 0, "the test sent no request to a documented operation"
