"""formclients: typed clients, stateful mocks and property tests for five form and project APIs.

The generated client packages (``formsite_client`` ...) and their models live beside this
package; ``formclients.runtime`` is the hand-written code they call, ``formclients.mocks``
the local mocks of each API.
"""

__version__ = "0.1.0"
