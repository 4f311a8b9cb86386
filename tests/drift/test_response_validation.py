"""Opt-in response validation: a client checks each response against the spec and raises (or warns) a
SchemaDriftError naming the operation, the JSON path and the expected and seen values, secrets redacted."""

from __future__ import annotations

import sys
import traceback
import warnings
from typing import Any

import httpx
import pytest

from formclients.drift import SchemaDriftError
from formclients.mocks import create_mock
from formclients.runtime import ConfigurationError

from .conftest import REQUESTS, Recording, client_for, recorded_traffic, rewritten


def results_client(doctor: Any = None, **options: Any) -> Any:
    """A Formsite client whose responses from the mock pass through `doctor` first."""
    return client_for("formsite", Recording(create_mock("formsite", rate_limits=False).transport(), doctor), **options)


def results(client: Any) -> httpx.Response:
    response: httpx.Response = client.request("get_form_results", method="GET", url="/forms/contact/results?limit=3")
    return response


def caught(call: Any) -> SchemaDriftError:
    with pytest.raises(SchemaDriftError) as error:
        call()
    return error.value


@pytest.mark.parametrize("provider", sorted(REQUESTS))
def test_what_the_mock_answers_fits_the_spec(provider: str) -> None:
    """No false alarms: every recorded exchange (successes, 4xx, JSON and CSV) passes validation."""
    recording = recorded_traffic(provider)
    with client_for(provider, recording, validate_responses=True) as client:
        for operation_id, method, url, body in REQUESTS[provider]:
            client.request(operation_id, method=method, url=url, json=body)
    assert len(recording.exchanges) == 2 * len(REQUESTS[provider])


def test_a_changed_type_names_operation_path_expected_and_seen() -> None:
    def doctor(response: httpx.Response) -> httpx.Response:
        return rewritten(response, lambda body: body["results"][1].update(id=17))

    error = caught(lambda: results(results_client(doctor, validate_responses=True)))

    assert (error.provider, error.operation_id, error.status) == ("formsite", "get_form_results", 200)
    [mismatch] = error.mismatches
    assert (mismatch.path, mismatch.expected, mismatch.seen) == ("$.results[1].id", "type string", "17")
    assert "formsite get_form_results: GET http://mock.local/api/v2/demo/forms/contact/results" in str(error)
    assert "$.results[1].id: expected type string, seen 17" in str(error)


@pytest.mark.parametrize(
    ("doctor", "path", "expected", "seen"),
    [
        pytest.param(
            lambda r: rewritten(r, lambda body: body["results"][0].pop("date_update")),
            "$.results[0].date_update",
            "a value (required)",
            "nothing",
            id="required field gone",
        ),
        pytest.param(
            lambda r: rewritten(r, lambda body: body["results"][0].update(date_update="yesterday")),
            "$.results[0].date_update",
            "format date-time",
            '"yesterday"',
            id="format",
        ),
        pytest.param(
            lambda r: rewritten(r, lambda body: body.update(results={"0": {}})),
            "$.results",
            "type array",
            '{"0": {}}',
            id="array became object",
        ),
        pytest.param(
            lambda r: rewritten(r, status=418), "status", "one of 200, 401, 403, 404, 422, 429, 5XX", "418", id="status"
        ),
        pytest.param(
            lambda r: rewritten(r, headers={"Content-Type": "text/html"}),
            "content-type",
            "application/json",
            "text/html",
            id="content type",
        ),
        pytest.param(
            lambda r: rewritten(r, headers={"Pagination-Page-Last": "last"}),
            "header Pagination-Page-Last",
            "type 'integer'",
            '"last"',
            id="header type",
        ),
        pytest.param(
            lambda r: rewritten(r, content=b"<html>oops"),
            "$",
            "a JSON body (application/json)",
            '"<html>oops"',
            id="not JSON",
        ),
    ],
)
def test_each_kind_of_drift_is_named(doctor: Any, path: str, expected: str, seen: str) -> None:
    error = caught(lambda: results(results_client(doctor, validate_responses=True)))
    assert [(m.path, m.expected, m.seen) for m in error.mismatches][:1] == [(path, expected, seen)]


def doctored(response: httpx.Response) -> httpx.Response:
    return rewritten(response, lambda body: body["results"][0].update(id=17))


def test_warn_mode_warns_and_returns_the_response() -> None:
    with warnings.catch_warnings(record=True) as caught_warnings:
        warnings.simplefilter("always")
        response = results(results_client(doctored, validate_responses="warn"))
    assert response.status_code == 200
    [warning] = caught_warnings
    assert warning.category is SchemaDriftError
    assert isinstance(warning.message, SchemaDriftError)
    assert warning.message.mismatches[0].path == "$.results[0].id"


def test_off_by_default_even_when_the_response_drifted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORMCLIENTS_VALIDATE", raising=False)
    client = results_client(doctored)
    assert client._drift is None
    assert results(client).status_code == 200


def test_off_costs_no_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off, not even the validator is built: the only cost is one `is None` test per request."""
    import formclients.drift._validator as validator_module

    monkeypatch.delenv("FORMCLIENTS_VALIDATE", raising=False)
    monkeypatch.setattr(validator_module, "validator_for", lambda provider: pytest.fail("validator built"))
    monkeypatch.setattr(validator_module.ResponseValidator, "check", lambda *args: pytest.fail("response checked"))
    assert results(results_client(doctored)).status_code == 200
    assert results(results_client(doctored, validate_responses=False)).status_code == 200


@pytest.mark.parametrize(("value", "raises"), [("1", True), ("true", True), ("warn", False), ("0", None), ("", None)])
def test_the_environment_turns_it_on(monkeypatch: pytest.MonkeyPatch, value: str, raises: bool | None) -> None:
    monkeypatch.setenv("FORMCLIENTS_VALIDATE", value)
    with warnings.catch_warnings(record=True) as caught_warnings:
        warnings.simplefilter("always")
        if raises:
            caught(lambda: results(results_client(doctored)))
        else:
            results(results_client(doctored))
    assert len(caught_warnings) == (1 if raises is False else 0)


def test_the_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORMCLIENTS_VALIDATE", "1")
    assert results(results_client(doctored, validate_responses=False)).status_code == 200


def test_a_wrong_setting_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORMCLIENTS_VALIDATE", "strict")
    with pytest.raises(ConfigurationError, match="FORMCLIENTS_VALIDATE='strict'"):
        results_client()


async def test_async_requests_are_checked_too() -> None:
    mock = create_mock("formsite", rate_limits=False)
    inner = mock.async_transport()

    class Doctor(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await inner.handle_async_request(request)
            await response.aread()
            return doctored(response)

    client = client_for("formsite", mock.transport(), async_transport=Doctor(), validate_responses=True)
    with pytest.raises(SchemaDriftError, match=r"\$\.results\[0\]\.id"):
        await client.arequest("get_form_results", method="GET", url="/forms/contact/results?limit=3")


def test_secrets_never_show(monkeypatch: pytest.MonkeyPatch) -> None:
    """A key sent in the query string and echoed in a body: not in the error, its repr, its mismatches, nor
    the locals of its traceback."""
    mock = create_mock("cognito_forms", rate_limits=False)
    credential = mock.credentials[0]

    def echo(response: httpx.Response) -> httpx.Response:
        def change(body: Any) -> None:
            body[0]["Name"] = {"api_token": credential.value}  # a wrong type: the seen value would be shown

        return rewritten(response, change)

    recording = Recording(mock.transport(), echo)
    client = client_for("cognito_forms", recording, auth_scheme="accessToken", validate_responses=True)
    error = caught(lambda: client.request("get_forms", method="GET", url="/api/forms"))

    assert "access_token=" in str(recording.exchanges[0][0].url), "the key travelled in the query string"
    assert [m.path for m in error.mismatches] == ["$[0].Name"]
    frames = traceback.TracebackException.from_exception(error, capture_locals=True).format()
    shown = "".join([str(error), repr(error), error.url, *map(str, error.mismatches), *frames])
    assert credential.value[:12] not in shown, "not even the part a cut-short value would keep"
    assert error.mismatches[0].seen == '{"api_token": "[REDACTED]"}'


def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # what `import jsonschema` meets without the extra
    monkeypatch.delitem(sys.modules, "formclients.drift._validator", raising=False)
    with pytest.raises(ConfigurationError, match=r"pip install 'formclients\[validate\]'"):
        results_client(validate_responses=True)


def one_operation(schema: dict[str, Any]) -> Any:
    """A validator of a spec with one operation answering 200 with `schema`."""
    from formclients.drift._validator import ResponseValidator

    spec = {
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/hooks": {
                "get": {
                    "operationId": "get_hook",
                    "responses": {"200": {"description": "", "content": {"application/json": {"schema": schema}}}},
                }
            }
        },
    }
    return ResponseValidator("example", spec)


def check_body(schema: dict[str, Any], body: bytes) -> list[Any]:
    validator = one_operation(schema)
    found: list[Any] = validator.check(
        validator.operations["get_hook"], 200, {"content-type": "application/json"}, body
    )
    return found


def test_a_value_under_a_secret_name_is_not_shown() -> None:
    """Even a secret no client registered (a provider's webhook signing secret, say)."""
    schema = {"type": "object", "properties": {"webhook_secret": {"type": "string"}, "name": {"type": "string"}}}
    body = b'{"webhook_secret": ["whsec_not_registered_anywhere"], "name": 7}'
    mismatches = check_body(schema, body)
    assert [(m.path, m.seen) for m in mismatches] == [("$.name", "7"), ("$.webhook_secret", "[REDACTED]")]


def test_what_only_the_fast_validator_refuses_is_still_reported() -> None:
    """jsonschema-rs checks `format: email` more strictly than jsonschema; its verdict stands."""
    schema = {"type": "object", "properties": {"email": {"type": "string", "format": "email"}}}
    assert check_body(schema, b'{"email": "ada@example.com"}') == []
    [mismatch] = check_body(schema, b'{"email": "@"}')
    assert (mismatch.path, mismatch.seen) == ("$.email", '"@"')
    assert "email" in mismatch.expected
