"""Each schemathesis tolerance matches the documented case it names and not its neighbour.

A neighbour is the same-looking failure without the documented cause: the response the
tolerance looks for, for a request that does not have the problem (the spec's own create
example, a spec-valid date next to an unknown sort_id, a URL the service can call ...).
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest
from schemathesis.openapi.checks import AuthScenario

from formclients.mocks._paging import encode_cursor

from . import tolerances as t


class FakeResponse:
    def __init__(self, status: int, body: Any) -> None:
        self.status_code = status
        self.text = json.dumps(body)
        self._body = body

    def json(self) -> Any:
        return self._body


def case(operation: str, path: dict[str, Any] | None = None, query: Any = None, body: Any = None) -> Any:
    definition = SimpleNamespace(raw={"operationId": operation})
    return SimpleNamespace(
        operation=SimpleNamespace(definition=definition), path_parameters=path or {}, query=query, body=body
    )


def cognito_400(message: str, errors: list[str] | None = None) -> FakeResponse:
    return FakeResponse(400, {"Message": message, "Type": "InvalidRequest", "Data": {"Errors": errors or []}})


CONTACT = {"Name": {"First": "Jane", "Last": "Doe"}, "Email": "jane@example.com", "Subject": "Support", "Message": "Hi"}
NO_SUBJECT = {k: v for k, v in CONTACT.items() if k != "Subject"}
INVALID_SUBJECT = cognito_400("The entry is invalid: Subject: Subject is required", ["Subject: Subject is required"])
PROJECT = "7162456b-6276-5c99-9775-d30abe6193c8"
UUID = "3f0c6a52-9f1e-4b8e-a2d4-5c7e1f9b0a11"

CASES = [
    # (predicate, failure, documented case, neighbouring case)
    (
        t.cognito_entry_breaks_form,
        None,
        (case("create_entry", {"form": "1"}, body=NO_SUBJECT), INVALID_SUBJECT),
        (case("create_entry", {"form": "1"}, body=CONTACT), INVALID_SUBJECT),  # the spec's example, refused
    ),
    (
        t.cognito_entry_breaks_form,
        None,
        (
            case("create_entry", {"form": "1"}, body={**CONTACT, "Nope": 1}),
            cognito_400("The entry is invalid: Nope", ["Nope: no such field"]),
        ),
        (
            case("create_entry", {"form": "1"}, body={**CONTACT, "Nope": 1}),
            cognito_400("The entry is invalid: Email", ["Email: bad"]),
        ),
    ),
    (
        t.cognito_subscription_refused,
        None,
        (
            case("subscribe_new_entry", query={"publisher": "1"}, body={"notificationUrl": "ftp://x.test/h"}),
            cognito_400("The request is invalid: notificationUrl: not an absolute http or https URL"),
        ),
        (
            case("subscribe_new_entry", query={"publisher": "1"}, body={"notificationUrl": "https://x.test/h"}),
            cognito_400("The request is invalid: notificationUrl: not an absolute http or https URL"),
        ),
    ),
    (
        t.cognito_unsubscribe_without_id,
        None,
        (
            case("unsubscribe", query={}),
            cognito_400("The request is invalid: id: the subscription to remove is required"),
        ),
        (
            case("unsubscribe", query={"id": "sub-1"}),
            cognito_400("The request is invalid: id: the subscription to remove is required"),
        ),
    ),
    (
        t.cognito_odata_query_refused,
        None,
        (
            case("list_entries", {"form": "1", "view": 1}, {"$filter": "Nope eq 1"}),
            cognito_400("The request is invalid: $filter: unknown property 'Nope'"),
        ),
        (
            case("list_entries", {"form": "1", "view": 1}, {"$filter": "Entry/Number gt 3"}),
            cognito_400("The request is invalid: $filter: unknown property 'Entry/Number'"),
        ),
    ),
    (
        t.formsite_names_nothing_on_the_form,
        None,
        (
            case("get_form_results", {"form_dir": "contact"}, {"search_equals": {"999": "x"}}),
            FakeResponse(
                422, {"error": {"message": "Invalid parameter: search_equals[999]: no such item", "status": 422}}
            ),
        ),
        (  # the date bug the old tolerance swallowed: a spec-valid date refused next to an unknown sort_id
            case("get_form_results", {"form_dir": "contact"}, {"after_date": "2024-02-29 12:00:00", "sort_id": "x"}),
            FakeResponse(422, {"error": {"message": "Invalid parameter: after_date: not a valid date", "status": 422}}),
        ),
    ),
    (  # an unknown item id holding ": " (schemathesis sends such ids); the neighbour names an item that exists
        t.formsite_names_nothing_on_the_form,
        None,
        (
            case("get_form_results", {"form_dir": "contact"}, {"search_equals[a: b]": "x"}),
            FakeResponse(
                422, {"error": {"message": "Invalid parameter: search_equals[a: b]: no item 'a: b'", "status": 422}}
            ),
        ),
        (
            case("get_form_results", {"form_dir": "contact"}, {"search_contains[100]": "a: b"}),
            FakeResponse(422, {"error": {"message": "Invalid parameter: search_contains[100]: a: b", "status": 422}}),
        ),
    ),
    (
        t.formsite_one_webhook_deleted,
        SimpleNamespace(message="deleted with `DELETE /forms/contact/webhooks?url=https%3A%2F%2Fx.test`"),
        (case("get_webhooks", {"form_dir": "contact"}), FakeResponse(200, {"webhooks": []})),
        (case("get_form", {"form_dir": "contact"}), FakeResponse(200, {"forms": []})),
    ),
    (
        t.cogram_archived_project,
        SimpleNamespace(message=f"deleted with `DELETE /v1/projects/{PROJECT}`"),
        (case("get_project", {"id": PROJECT}), FakeResponse(200, {"id": PROJECT, "status": "archived"})),
        (case("get_project", {"id": PROJECT}), FakeResponse(200, {"id": PROJECT, "status": "active"})),
    ),
    (  # archiving a project leaves its member list readable; removing a member is not tolerated
        t.cogram_archived_project,
        SimpleNamespace(message=f"deleted with `DELETE /v1/projects/{PROJECT}`"),
        (case("list_project_members", {"id": PROJECT}), FakeResponse(200, {"items": []})),
        (case("list_project_members", {"id": UUID}), FakeResponse(200, {"items": []})),
    ),
    (
        t.formester_missing_form,
        None,
        (case("list_submissions", query={}), FakeResponse(400, {"message": "form_id or form_uuid is required"})),
        (
            case("list_submissions", query={"form_id": 1}),
            FakeResponse(400, {"message": "form_id or form_uuid is required"}),
        ),
    ),
    (
        t.formester_uuid_as_form_id,
        None,
        (
            case("list_submissions", query={"form_id": UUID}),
            FakeResponse(400, {"message": "'form_id': not an integer"}),
        ),
        (
            case("list_submissions", query={"form_id": "12"}),
            FakeResponse(400, {"message": "'form_id': not an integer"}),
        ),
    ),
    (
        t.formr_answers_break_form,
        None,
        (
            case("submit_form", {"id": "form_123"}, body={"answers": {"nope": "x"}}),
            FakeResponse(400, {"error": "Validation failed: nope is not a field of this form"}),
        ),
        (
            case("submit_form", {"id": "form_123"}, body={"answers": {"name": "Jo Doe", "email": "jo@example.com"}}),
            FakeResponse(400, {"error": "Validation failed: name is too short"}),
        ),
    ),
    (
        t.formr_cursor_not_issued,
        None,
        (
            case("list_responses", query={"cursor": "garbage"}),
            FakeResponse(400, {"error": "Invalid request: invalid cursor"}),
        ),
        (
            case("list_responses", query={"cursor": encode_cursor({"id": "rsp_456"})}),
            FakeResponse(400, {"error": "Invalid request: invalid cursor"}),
        ),
    ),
]


@pytest.mark.parametrize(
    ("predicate", "failure", "documented", "neighbour"), CASES, ids=lambda v: getattr(v, "__name__", "")
)
def test_a_tolerance_matches_its_documented_case_and_not_the_neighbour(
    predicate: Any, failure: Any, documented: Any, neighbour: Any
) -> None:
    assert predicate(failure, *documented) is True
    assert predicate(failure, *neighbour) is False


@pytest.mark.parametrize(
    ("scenario", "message", "tolerated"),
    [
        (AuthScenario.NO_AUTH, "Expected 401 or 403, got `400 Bad Request` for `GET /forms`", True),
        (AuthScenario.NO_AUTH, "Expected 401 or 403, got `200 OK` for `GET /forms`", False),  # auth ignored
        (AuthScenario.GENERATED_AUTH, "Expected 401 or 403, got `400 Bad Request` for `GET /forms`", False),
    ],
)
def test_formester_tolerates_only_its_documented_400_for_a_missing_or_malformed_token(
    scenario: AuthScenario, message: str, tolerated: bool
) -> None:
    failure = SimpleNamespace(scenario=scenario, message=message)
    assert t.formester_token_refused_with_400(failure, None, None) is tolerated


def test_a_removed_member_still_readable_is_not_tolerated() -> None:
    failure = SimpleNamespace(message=f"deleted with `DELETE /v1/projects/{PROJECT}/members/{UUID}`")
    read = case("list_project_members", {"id": PROJECT})
    assert t.cogram_archived_project(failure, read, FakeResponse(200, {"items": []})) is False


def test_every_tolerance_has_a_case_here() -> None:
    tested = {predicate for predicate, *_ in CASES} | {t.formester_token_refused_with_400}
    declared = {item.matches for items in t.TOLERATED.values() for item in items}
    assert declared == tested
