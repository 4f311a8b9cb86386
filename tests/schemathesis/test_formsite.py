"""Schemathesis: the formsite spec against its mock (see _harness.py)."""

from typing import Any

from schemathesis.openapi.checks import RejectedPositiveData, UseAfterFree

from ._harness import Tolerated, deleted_by, property_tests


def _invalid_parameter(_: Any, __: Any, response: Any) -> bool:
    return response.status_code == 422 and response.json()["error"]["message"].startswith("Invalid parameter")


def _one_webhook_deleted(failure: Any, _: Any, __: Any) -> bool:
    deleted = deleted_by(failure)
    return deleted.startswith("DELETE /forms/") and deleted.endswith("/webhooks`")


test_api, TestStateful = property_tests(
    "formsite",
    [
        Tolerated(
            RejectedPositiveData,
            _invalid_parameter,
            "Formsite documents 422 'Invalid parameter' for well-formed values that name nothing on the form"
            " (an unknown item id in search_equals[...], an unknown results_labels id); the schema cannot"
            " know a form's item ids, so such requests are schema-valid and still rejected.",
        ),
        Tolerated(
            UseAfterFree,
            _one_webhook_deleted,
            "DELETE /forms/{form_dir}/webhooks removes the one webhook named by `url`, not the form's webhook"
            " list, which stays readable; tests/mocks/test_formsite.py checks the URL is gone from it.",
        ),
    ],
)
