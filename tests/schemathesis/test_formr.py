"""Schemathesis: the formr spec against its mock (see _harness.py)."""

from typing import Any

from schemathesis.openapi.checks import RejectedPositiveData

from ._harness import Tolerated, property_tests


def _answers_invalid_for_form(_: Any, __: Any, response: Any) -> bool:
    return response.status_code == 400 and response.json().get("error", "").startswith("Validation failed")


def _cursor_not_issued(_: Any, case: Any, response: Any) -> bool:
    return (
        response.status_code == 400
        and "cursor" in (case.query or {})
        and response.json() == {"error": "Invalid request: invalid cursor"}
    )


test_api, TestStateful = property_tests(
    "formr",
    [
        Tolerated(
            RejectedPositiveData,
            _answers_invalid_for_form,
            "A form's fields and validation rules are configured per form (the spec's answers object is open),"
            " so schema-valid answers can break that form's rules; Formr answers its documented 400"
            " 'Validation failed'. tests/mocks/test_formr.py covers each rule.",
        ),
        Tolerated(
            RejectedPositiveData,
            _cursor_not_issued,
            "`cursor` is an opaque token only a previous page's nextCursor can supply; any other string is"
            " schema-valid and still refused with Formr's documented 400.",
        ),
    ],
)
