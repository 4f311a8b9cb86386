"""Schemathesis: the cognito_forms spec against its mock (see _harness.py; tolerances in tolerances.py)."""

from ._harness import property_tests

test_api, TestStateful = property_tests("cognito_forms")
