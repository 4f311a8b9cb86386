"""Schemathesis: the cogram spec against its mock (see _harness.py)."""

from typing import Any

from schemathesis.openapi.checks import UseAfterFree

from ._harness import Tolerated, deleted_by, property_tests


def _archived_project(failure: Any, _: Any, __: Any) -> bool:
    deleted = deleted_by(failure)
    return deleted.startswith("DELETE /v1/projects/") and "/members/" not in deleted


test_api, TestStateful = property_tests(
    "cogram",
    [
        Tolerated(
            UseAfterFree,
            _archived_project,
            "Cogram documents DELETE /v1/projects/{id} as 'Archive a project': the project stays, flagged"
            " status: archived, so it and its (empty) member list are still readable after the DELETE."
            " Removed members are not tolerated here.",
        )
    ],
)
