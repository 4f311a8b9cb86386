"""The schemathesis failures each provider's documented behaviour explains, and nothing more.

Each tolerance names one documented case and its predicate recomputes that case from the
request itself (the form definitions come from the mock's demo dataset, which the API exposes
through its own form / item / field operations): a response that merely *looks* like the
documented error, for a request that does not have the documented problem, is not tolerated.
tests/schemathesis/test_tolerances.py shows each predicate refusing its neighbouring case.

Used by the pytest harness (_harness.py) and by the CLI fuzz run (fuzz_hooks.py, `nox -s fuzz`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from schemathesis.core.failures import Failure
from schemathesis.openapi.checks import AuthScenario, IgnoredAuth, RejectedPositiveData, UseAfterFree

from formclients.mocks import cognito_forms, formr, formsite
from formclients.mocks._paging import decode_cursor

Predicate = Callable[[Any, Any, Any], bool]  # (failure, case, response) -> tolerated


@dataclass(frozen=True)
class Tolerated:
    """A failure a provider's documented behaviour explains, dropped only when `matches` says so."""

    failure: type[Failure]
    matches: Predicate
    reason: str


def deleted_by(failure: Any) -> str:
    """The request a use_after_free failure names as the delete, e.g. "DELETE /v1/projects/7`"."""
    return str(failure.message).split("deleted with `", 1)[-1]


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _body(case: Any) -> Any:
    body = case.body
    return body if isinstance(body, dict) else None


def _query(case: Any) -> Mapping[str, Any]:
    return case.query or {}


def _operation_id(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


# -- Cognito Forms -----------------------------------------------------------------------------

COGNITO_FORMS = {form.id: form for form in cognito_forms._form_definitions()}
COGNITO_TEXT_KINDS = {"Textbox", "Textarea", "Phone", "Email", "Choice", "Date"}


def _cognito_form(case: Any) -> Any:
    wanted = (case.path_parameters or {}).get("form")
    return next((f for f in COGNITO_FORMS.values() if wanted in (f.id, f.internal_name)), None)


def _cognito_value_breaks_field(kind: str, value: Any, choices: tuple[str, ...]) -> bool:
    if value is None:
        return False
    if kind in COGNITO_TEXT_KINDS and not isinstance(value, str):
        return True
    if kind == "Choice" and value not in choices:
        return True
    if kind == "Number":
        return isinstance(value, bool) or not isinstance(value, int | float)
    if kind == "YesNo":
        return not isinstance(value, bool)
    if kind == "Name":
        return not isinstance(value, dict) or any(p is not None and not isinstance(p, str) for p in value.values())
    if kind == "File":
        return not isinstance(value, list) or any(not isinstance(item, dict) for item in value)
    if kind == "Date":
        return not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    if kind == "Email":
        return not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value)
    return False


def cognito_entry_breaks_form(_: Any, case: Any, response: Any) -> bool:
    """400 "The entry is invalid" for a create/update body that breaks the form's own fields:
    it names a field the form lacks, leaves a required field empty (on create: absent), or gives
    a field a value of the wrong kind, and the error names that field. A body that fits the form
    is never tolerated."""
    body = _json(response)
    if response.status_code != 400 or not isinstance(body, dict):
        return False
    if not str(body.get("Message", "")).startswith("The entry is invalid"):
        return False
    form, entry = _cognito_form(case), _body(case)
    if form is None or entry is None or _operation_id(case) not in ("create_entry", "update_entry"):
        return False
    creating = _operation_id(case) == "create_entry"
    envelope = {"Id", "Form", "Entry"}
    fields = {f.internal: f for f in form.fields}
    broken = {key for key in entry if key not in fields and key not in envelope}
    for name, field in fields.items():
        value = entry.get(name)
        if field.required and (name in entry or creating) and value in (None, "", [], {}):
            broken.add(name)
        if name in entry and _cognito_value_breaks_field(field.kind, value, field.choices):
            broken.add(name)
    named = {str(problem).split(":", 1)[0] for problem in (body.get("Data") or {}).get("Errors", [])}
    return bool(named & broken)  # the service named a field that really breaks the form


def _is_http_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", value)


def cognito_subscription_refused(_: Any, case: Any, response: Any) -> bool:
    """Cognito's own 400 for a subscribe request whose notificationUrl is not an absolute http(s)
    URL or whose publisher is empty (the real definition leaves both plain strings)."""
    body = _json(response)
    if response.status_code != 400 or not isinstance(body, dict) or body.get("Type") != "InvalidRequest":
        return False
    if not _operation_id(case).startswith("subscribe_"):
        return False
    message = str(body.get("Message", ""))
    request = _body(case) or {}
    if "notificationUrl" in message and not _is_http_url(request.get("notificationUrl")):
        return True
    return "publisher" in message and _query(case).get("publisher") == ""


def cognito_unsubscribe_without_id(_: Any, case: Any, response: Any) -> bool:
    """Cognito's own 400 for an unsubscribe that names no subscription (`id` is optional in the real definition)."""
    body = _json(response)
    return (
        response.status_code == 400
        and _operation_id(case) == "unsubscribe"
        and not _query(case).get("id")
        and isinstance(body, dict)
        and "id" in str(body.get("Message", ""))
    )


ODATA_METADATA = {
    "Id": "string",
    "Entry/Number": "number",
    "Entry/Status": "string",
    "Entry/DateCreated": "datetime",
    "Entry/DateSubmitted": "datetime",
    "Entry/DateUpdated": "datetime",
}
ODATA_FIELD_KINDS = {"Number": "number", "YesNo": "boolean"} | dict.fromkeys(COGNITO_TEXT_KINDS | {"Date"}, "string")
ODATA_LITERAL = (
    r"(?P<string>'(?:[^']|'')*')|(?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))"
    r"|(?P<number>[+-]?\d+(?:\.\d+)?)|(?P<boolean>true|false)|(?P<null>null)"
)
ODATA_COMPARISON = re.compile(
    rf"\s*(?P<path>[A-Za-z_][A-Za-z0-9_]*(?:/[A-Za-z_][A-Za-z0-9_]*)*)\s+(?:eq|ne|gt|ge|lt|le)\s+(?:{ODATA_LITERAL})\s*"
)


def _odata_view_fields(case: Any) -> list[Any] | None:
    """The fields the case's form and view show (None: no such form or view)."""
    wanted = str((case.path_parameters or {}).get("form", "")).strip("'")
    form = next((f for f in COGNITO_FORMS.values() if wanted in (f.id, f.internal_name)), None)
    wanted_view = str((case.path_parameters or {}).get("view"))
    view = next((v for v in form.views if str(v.number) == wanted_view), None) if form else None
    if form is None or view is None:
        return None
    return [f for f in form.fields if view.fields is None or f.internal in view.fields]


def _outside_filter_subset(text: str, kinds: Mapping[str, str]) -> bool:
    """Whether `$filter` falls outside the documented subset (grammar, properties, literal kinds)."""
    parts = re.split(r"\s(?:and|or)\s", text)
    for part in parts:
        match = ODATA_COMPARISON.fullmatch(part)
        if match is None or match.group("path") not in kinds:
            return True
        literal = next(kind for kind in ("string", "datetime", "number", "boolean", "null") if match.group(kind))
        if literal != "null" and literal != kinds[match.group("path")]:
            return True
        if literal == "datetime" and not _is_real_date(match.group("datetime")):
            return True
    return False


def _is_real_date(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def cognito_odata_query_refused(_: Any, case: Any, response: Any) -> bool:
    """400 naming `$filter`, `$orderby` or `$select` for a value outside the subset list_entries
    documents (its grammar, the form's and view's properties, literals of the property's kind)."""
    body = _json(response)
    if response.status_code != 400 or _operation_id(case) != "list_entries" or not isinstance(body, dict):
        return False
    shown = _odata_view_fields(case)
    match = re.match(r"The request is invalid: \$(filter|orderby|select):", str(body.get("Message", "")))
    value = _query(case).get(f"${match.group(1)}") if match else None
    if shown is None or match is None or not isinstance(value, str):
        return False
    kinds = ODATA_METADATA | {f.internal: ODATA_FIELD_KINDS[f.kind] for f in shown if f.kind in ODATA_FIELD_KINDS}
    parts = [part.strip() for part in value.split(",")]
    if match.group(1) == "filter":
        return _outside_filter_subset(value, kinds)
    if match.group(1) == "orderby":
        return any(not re.fullmatch(r"\S+(?: (?:asc|desc))?", part) or part.split()[0] not in kinds for part in parts)
    selectable = {"Id", "Form", "Entry", *(f.internal for f in shown)}
    return any(part not in selectable for part in parts)


# -- Formsite ----------------------------------------------------------------------------------

FORMSITE_FORMS = {
    form.directory: form for form in (formsite.contact_form(), formsite.order_form(), formsite.survey_form())
}


def _criteria(query: Mapping[str, Any], kind: str) -> dict[str, str]:
    """`search_equals` as schemathesis holds it: a dict, or `search_equals[x]` keys."""
    found: dict[str, str] = {}
    nested = query.get(kind)
    if isinstance(nested, dict):
        found.update({str(k): str(v) for k, v in nested.items()})
    for key, value in query.items():
        match = re.fullmatch(rf"{kind}\[([^\]]*)\]", str(key))
        if match:
            found[match.group(1)] = str(value)
    return found


def formsite_names_nothing_on_the_form(_: Any, case: Any, response: Any) -> bool:
    """422 'Invalid parameter: NAME: ...' where NAME is a well-formed value that names nothing on the
    form: a search on an item id the form lacks, contains/begins/ends on a multiple choice or meta
    item, a multiple choice search_equals that is not a position number, or an unknown sort_id,
    results_view or results_labels id. The parameter the message names must be that very one:
    a 422 for anything else (a date the spec admits, say) is not tolerated."""
    body = _json(response)
    if response.status_code != 422 or not isinstance(body, dict):
        return False
    text = str(body.get("error", {}).get("message", ""))
    form = FORMSITE_FORMS.get(str((case.path_parameters or {}).get("form_dir")))
    if form is None:
        return False
    query = _query(case)
    # A search's name holds its item id, and an item id may hold a colon: match the names sent.
    searches = [f"{kind}[{item_id}]" for kind in formsite.SEARCH_KINDS for item_id in _criteria(query, kind)]
    named = next((name for name in searches if text.startswith(f"Invalid parameter: {name}: ")), None)
    if named is None:
        message = re.fullmatch(r"Invalid parameter: ([^:]+): .*", text, re.S)
        if message is None:
            return False
        named = message.group(1)
    storing = {item.id: item for item in form.items if item.children is None}
    search = re.fullmatch(r"(search_(?:equals|contains|begins|ends))\[(.*)\]", named, re.S)
    if search is not None:
        kind, item_id = search.groups()
        wanted = _criteria(query, kind).get(item_id)
        if wanted is None:
            return False
        if item_id in formsite.META_SEARCHABLE:
            return kind != "search_equals"
        item = storing.get(item_id)
        if item is None:
            return True
        return item.choices is not None and (kind != "search_equals" or not re.fullmatch(r"[0-9]+", wanted.strip()))
    value = query.get(named)
    if value is None:
        return False
    if named == "sort_id":
        return str(value) not in formsite.META_SORTABLE and str(value) not in storing
    if named == "results_view":
        return str(value) not in form.views
    if named == "results_labels":
        return str(value) not in form.labels
    return False


def formsite_one_webhook_deleted(failure: Any, case: Any, __: Any) -> bool:
    """DELETE /forms/{form_dir}/webhooks removes one webhook (by `url`); the list stays readable."""
    deleted = deleted_by(failure)
    return (
        deleted.startswith("DELETE /forms/")
        and "/webhooks" in deleted.split("?")[0]
        and _operation_id(case) == "get_webhooks"
    )


# -- Cogram ------------------------------------------------------------------------------------


def cogram_archived_project(failure: Any, case: Any, response: Any) -> bool:
    """DELETE /v1/projects/{id} archives the project: it (and its member list) stays readable."""
    deleted = deleted_by(failure).rstrip("`")
    match = re.fullmatch(r"DELETE /v1/projects/([^/?]+)", deleted)
    if match is None:
        return False
    project = match.group(1)
    if case.path_parameters.get("id") != project:
        return False
    body = _json(response)
    if _operation_id(case) == "get_project":
        return isinstance(body, dict) and body.get("status") == "archived"
    return _operation_id(case) == "list_project_members"


# -- Formester ---------------------------------------------------------------------------------

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def formester_missing_form(_: Any, case: Any, response: Any) -> bool:
    """list_submissions needs form_id or form_uuid; with neither, Formester's documented 400."""
    query = _query(case)
    return (
        response.status_code == 400
        and _json(response) == {"message": "form_id or form_uuid is required"}
        and "form_id" not in query
        and "form_uuid" not in query
    )


def formester_uuid_as_form_id(_: Any, case: Any, response: Any) -> bool:
    """A form's UUID linked into the integer `form_id` by name: the mock's 400 naming form_id is right."""
    form_id = str(_query(case).get("form_id", ""))
    return response.status_code == 400 and UUID.fullmatch(form_id) is not None and "'form_id'" in response.text


def formester_token_refused_with_400(failure: Any, _: Any, __: Any) -> bool:
    """Formester answers a request without X-FORMESTER-TOKEN, or with a malformed one, with 400 (not
    401/403). Only that probe outcome is tolerated: a probe that got a 2xx (auth ignored) is not."""
    scenario = getattr(failure, "scenario", None)
    return scenario in (AuthScenario.NO_AUTH, AuthScenario.INVALID_AUTH) and "got `400 Bad Request`" in str(
        failure.message
    )


# -- Formr -------------------------------------------------------------------------------------

FORMR_FORMS = {
    form.id: form for form in (formr.contact_form(), formr.signup_form(), formr.intake_form(), formr.feedback_form())
}


def formr_answers_break_form(_: Any, case: Any, response: Any) -> bool:
    """400 'Validation failed' for answers naming a field the form lacks or leaving an
    unconditional required field empty. Answers that fit those rules are not tolerated."""
    body = _json(response)
    if response.status_code != 400 or not isinstance(body, dict):
        return False
    if not str(body.get("error", "")).startswith("Validation failed"):
        return False
    form = FORMR_FORMS.get(str((case.path_parameters or {}).get("id")))
    answers = (_body(case) or {}).get("answers")
    if form is None or not isinstance(answers, dict):
        return False
    if any(form.field(name) is None and name != form.honeypot for name in answers):
        return True
    return any(
        field.required and field.show_if is None and formr.empty(answers.get(field.name)) for field in form.fields
    )


def formr_cursor_not_issued(_: Any, case: Any, response: Any) -> bool:
    """`cursor` is opaque: a string no page issued is refused with Formr's documented 400."""
    cursor = _query(case).get("cursor")
    if cursor is None or response.status_code != 400:
        return False
    if _json(response) != {"error": "Invalid request: invalid cursor"}:
        return False
    try:
        position = decode_cursor(str(cursor))
    except ValueError:
        return True
    return not isinstance(position.get("id"), str)


TOLERATED: dict[str, tuple[Tolerated, ...]] = {
    "cognito_forms": (
        Tolerated(
            RejectedPositiveData,
            cognito_entry_breaks_form,
            "An entry's fields are defined per form (the spec's EntryInput is open), so a schema-valid body can"
            " name a field the form lacks, leave a required one empty or give one the wrong kind of value;"
            " Cognito answers its 400 InvalidRequest Error.",
        ),
        Tolerated(
            RejectedPositiveData,
            cognito_subscription_refused,
            "The real definition leaves notificationUrl and publisher plain strings; the service itself"
            " refuses an empty publisher or a notificationUrl that is not an absolute http(s) URL with 400.",
        ),
        Tolerated(
            RejectedPositiveData,
            cognito_odata_query_refused,
            "list_entries documents a subset of OData's $filter/$orderby/$select (spec and mock docstring);"
            " a string outside it is schema-valid (the options are plain strings) and refused with 400.",
        ),
        Tolerated(
            RejectedPositiveData,
            cognito_unsubscribe_without_id,
            "Unsubscribe's `id` is optional in the real definition; without one there is nothing to remove"
            " and Cognito answers 400 naming `id`.",
        ),
    ),
    "formsite": (
        Tolerated(
            RejectedPositiveData,
            formsite_names_nothing_on_the_form,
            "Formsite documents 422 'Invalid parameter' for well-formed values that name nothing on the form"
            " (an unknown item id in search_equals[...], an unknown results_labels id ...); the schema cannot"
            " know a form's item ids.",
        ),
        Tolerated(
            UseAfterFree,
            formsite_one_webhook_deleted,
            "DELETE /forms/{form_dir}/webhooks removes the one webhook named by `url`, not the form's webhook"
            " list, which stays readable; tests/mocks/test_formsite.py checks the URL is gone from it.",
        ),
    ),
    "cogram": (
        Tolerated(
            UseAfterFree,
            cogram_archived_project,
            "Cogram documents DELETE /v1/projects/{id} as 'Archive a project': the project stays, flagged"
            " status: archived, so it and its member list are still readable. Removed members are not tolerated.",
        ),
    ),
    "formester": (
        Tolerated(
            RejectedPositiveData,
            formester_missing_form,
            "list_submissions needs form_id or form_uuid (one of the two), which OpenAPI query parameters"
            " cannot express; the mock answers the documented 400 when both are absent.",
        ),
        Tolerated(
            RejectedPositiveData,
            formester_uuid_as_form_id,
            "schemathesis infers a link from a submission's `formId` (the form's UUID) to the integer `form_id`"
            " parameter by name; the declared link uses form_uuid. The mock's 400 for a UUID in form_id is right.",
        ),
        Tolerated(
            IgnoredAuth,
            formester_token_refused_with_400,
            "Formester documents 400 (not 401/403) for a missing ('Access Token not found') or malformed"
            " ('Invalid token provided') X-FORMESTER-TOKEN.",
        ),
    ),
    "formr": (
        Tolerated(
            RejectedPositiveData,
            formr_answers_break_form,
            "A form's fields are configured per form (the spec's answers object is open), so schema-valid"
            " answers can name a field the form lacks or leave a required one empty; Formr answers its"
            " documented 400 'Validation failed'.",
        ),
        Tolerated(
            RejectedPositiveData,
            formr_cursor_not_issued,
            "`cursor` is an opaque token only a previous page's nextCursor can supply; any other string is"
            " schema-valid and still refused with Formr's documented 400.",
        ),
    ),
}


def tolerated(provider: str, failure: Any, case: Any, response: Any) -> bool:
    """Whether `failure` is one of the provider's documented cases."""
    return any(
        isinstance(failure, t.failure) and t.matches(failure, case, response) for t in TOLERATED.get(provider, ())
    )
