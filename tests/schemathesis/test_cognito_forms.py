"""Schemathesis: the cognito_forms spec against its mock (see _harness.py)."""

from typing import Any

from schemathesis.openapi.checks import RejectedPositiveData

from ._harness import Tolerated, property_tests


def _entry_invalid_for_form(_: Any, __: Any, response: Any) -> bool:
    if response.status_code != 400:
        return False
    body = response.json()
    return body.get("Type") == "InvalidRequest" and body.get("Message", "").startswith("The entry is invalid")


test_api, TestStateful = property_tests(
    "cognito_forms",
    [
        Tolerated(
            RejectedPositiveData,
            _entry_invalid_for_form,
            "An entry's fields are defined per form (the spec's Entry schema is open), so a schema-valid entry"
            " can miss a field that form requires; Cognito answers its documented 400 InvalidRequest Error.",
        )
    ],
)
