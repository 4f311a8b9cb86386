"""What to put in your own tests: the mocks as a test product.

- `mock("formsite")`: a moto-style switch (context manager, async context manager, decorator)
  that routes every client created inside it to a fresh in-process mock;
- the pytest plugin (installed with formclients): fixtures `formsite_mock`, `cognito_forms_mock`,
  `formester_mock`, `cogram_mock`, `formr_mock`, each a `MockedAPI` (mock + client);
- `ThreadedMockServer("formsite")`: a mock on a real socket, served from a thread;
- `MockControl(url)`: a typed client for a served mock's control API (reset, seed, request log,
  faults, clock, webhook log).

Importing this package does not import the mocks (they need `pip install 'formclients[mock]'`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._control import MockControl, MockControlError
    from ._fixture import CognitoFormsMocked, CogramMocked, FormesterMocked, FormrMocked, FormsiteMocked, MockedAPI
    from ._server import ThreadedMockServer
    from ._switch import MockSwitch, SwitchOptions, mock

# Imported on first use, so that loading the pytest plugin (this package's `pytest_plugin`) costs nothing.
_WHERE = {
    "MockControl": "_control",
    "MockControlError": "_control",
    "CognitoFormsMocked": "_fixture",
    "CogramMocked": "_fixture",
    "FormesterMocked": "_fixture",
    "FormrMocked": "_fixture",
    "FormsiteMocked": "_fixture",
    "MockedAPI": "_fixture",
    "ThreadedMockServer": "_server",
    "MockSwitch": "_switch",
    "SwitchOptions": "_switch",
    "mock": "_switch",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CognitoFormsMocked",
    "CogramMocked",
    "FormesterMocked",
    "FormrMocked",
    "FormsiteMocked",
    "MockControl",
    "MockControlError",
    "MockSwitch",
    "MockedAPI",
    "SwitchOptions",
    "ThreadedMockServer",
    "mock",
]
