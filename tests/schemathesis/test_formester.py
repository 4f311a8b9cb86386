"""Schemathesis: the formester spec against its mock (see _harness.py)."""

import re
from typing import Any

from schemathesis.openapi.checks import IgnoredAuth, RejectedPositiveData

from ._harness import Tolerated, property_tests

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _missing_form(_: Any, case: Any, response: Any) -> bool:
    query = case.query or {}
    return (
        response.status_code == 400
        and response.json() == {"message": "form_id or form_uuid is required"}
        and "form_id" not in query
        and "form_uuid" not in query
    )


def _uuid_as_form_id(_: Any, case: Any, response: Any) -> bool:
    form_id = str((case.query or {}).get("form_id", ""))
    return response.status_code == 400 and UUID.fullmatch(form_id) is not None and "'form_id'" in response.text


def _rejected_with_400(failure: Any, _: Any, __: Any) -> bool:
    return "got `400 Bad Request`" in failure.message


test_api, TestStateful = property_tests(
    "formester",
    [
        Tolerated(
            RejectedPositiveData,
            _missing_form,
            "list_submissions needs form_id or form_uuid (one of the two), which OpenAPI query parameters"
            " cannot express; the mock answers the documented 400 when both are absent.",
        ),
        Tolerated(
            RejectedPositiveData,
            _uuid_as_form_id,
            "schemathesis infers a link from a submission's `formId` (the form's UUID, as Formester documents)"
            " to the integer `form_id` parameter by name; the declared link uses form_uuid. The mock's 400 for a"
            " UUID in form_id is right.",
        ),
        Tolerated(
            IgnoredAuth,
            _rejected_with_400,
            "Formester documents 400 (not 401/403) for a missing or malformed X-FORMESTER-TOKEN; a request"
            " that got through without a token would still fail. tests/mocks/test_formester.py asserts"
            " each documented status and message.",
        ),
    ],
)
