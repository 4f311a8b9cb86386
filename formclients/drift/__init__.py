"""Drift detection: learn when a provider's API no longer matches its spec.

- In a client: ``formsite_client.AuthenticatedClient(token, validate_responses=True)`` (or ``"warn"``), or
  ``FORMCLIENTS_VALIDATE=1`` / ``=warn`` in the environment, checks every response: its status is
  declared, its body fits the schema for that status and content type, its declared headers have their
  declared types. A mismatch raises (or warns) `SchemaDriftError`. Off by default, and free when off.
- On recorded traffic: ``formclients verify FILE.har`` (see `formclients.drift.verify`).

Both need the ``validate`` extra: ``pip install 'formclients[validate]'``.
"""

from ._errors import Mismatch, SchemaDriftError
from ._hook import ENVIRONMENT, drift_checker, drift_mode

__all__ = ["ENVIRONMENT", "Mismatch", "SchemaDriftError", "drift_checker", "drift_mode"]
