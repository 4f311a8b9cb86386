"""Each generated client against its mock, in-process: list, page, a typed result, a typed error.

Run after `scripts/generate.py` (as `nox -s demo` does). Rate limits are off in the mocks and
the clients' throttles are off here, so the demo does not wait out Formester's 10 requests per
minute in real time; `nox -s bench` shows the throttle at work on a simulated clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cognito_forms_client
import cogram_client
import formester_client
import formr_client
import formsite_client
from cognito_forms_client.api.entries import get_entry
from cognito_forms_client.api.forms import get_form_fields, get_forms
from cogram_client.api.projects import archive_project, create_project, get_project, list_projects
from cogram_client.models import ProjectCreate
from formester_client.api.forms import list_forms
from formester_client.api.submissions import get_submission, list_submissions
from formr_client.api.responses import list_responses
from formsite_client.api.forms import get_form
from formsite_client.api.forms import get_forms as get_formsite_forms
from formsite_client.api.results import get_form_results

from formclients.mocks import ProviderMock, create_mock
from formclients.runtime import APIStatusError


def connect(module: Any, mock: ProviderMock, credential: int = 0) -> Any:
    chosen = mock.credentials[credential]
    return module.AuthenticatedClient(
        chosen.value,
        base_url=mock.base_url,
        auth_scheme=chosen.scheme,
        transport=mock.transport(),
        async_transport=mock.async_transport(),
        throttle=False,
        limiter="memory",  # count quotas for this run only, not in the shared store of real runs
    )


def show_error(call: Callable[[], object]) -> None:
    try:
        call()
    except APIStatusError as error:  # every provider's errors share this base
        print(f"  typed error: {type(error).__module__}.{type(error).__name__}: {error}")
    else:
        raise SystemExit("expected a typed error")


def formsite() -> None:
    mock = create_mock("formsite", rate_limits=False)
    client = connect(formsite_client, mock)
    forms = get_formsite_forms.sync(client=client)
    for form in forms.forms:
        pages = list(get_form_results.iter_pages(form.directory, client=client))
        results = sum(len(page.items) for page in pages)
        print(f"  form {form.directory!r} ({form.name}): {results} results in {len(pages)} pages")
    first = next(get_form_results.iter_items(forms.forms[0].directory, client=client, sort_direction="asc"))
    print(f"  first result: id={first.id} finished={first.date_finish} items={len(first.items)}")
    show_error(lambda: get_form.sync("no-such-form", client=client))


def formester() -> None:
    mock = create_mock("formester", rate_limits=False)
    client = connect(formester_client, mock)
    for form in list(list_forms.iter_items(client=client))[:3]:
        submissions = list(list_submissions.iter_items(client=client, form_id=form.id))
        print(f"  form {form.id} ({form.name}): {len(submissions)} submissions")
    good = list(list_submissions.iter_items(client=client, form_id=456, filters={"Rating__gte": "4"}))
    print(f"  form 456: {len(good)} submissions with Rating >= 4, e.g. {good[0].data}")
    show_error(lambda: get_submission.sync("00000000-0000-0000-0000-000000000000", client=client))


def cogram() -> None:
    mock = create_mock("cogram", rate_limits=False)
    client = connect(cogram_client, mock)
    projects = list(list_projects.iter_items(client=client, page_size=100))
    print(f"  {len(projects)} projects; first: {projects[0].name!r}")
    body = ProjectCreate(name="Demo bridge", external_id="demo-42")
    project = create_project.sync(client=client, body=body, x_forwarded_user="ada@example.com")
    archive_project.sync(project.id, client=client)
    archived = get_project.sync(project.id, client=client)
    print(f"  created and archived {archived.name!r}: status={archived.status}")
    show_error(lambda: create_project.sync(client=client, body=body))  # external_id taken: 409


def formr() -> None:
    mock = create_mock("formr", rate_limits=False)
    owner = next(i for i, c in enumerate(mock.credentials) if c.scheme == "sessionToken")
    client = connect(formr_client, mock, owner)
    items = list(list_responses.iter_items(client=client, form_id="form_signup", environment="production"))
    print(f"  form_signup: {len(items)} responses; first submitted {items[0].submission.submitted_at}")
    csv_text = list_responses.export_csv_sync(client=client, form_id="form_signup", environment="production")
    print(f"  CSV export: {len(csv_text.splitlines()) - 1} rows, header {csv_text.splitlines()[0][:60]!r}...")
    expired = next(i for i, c in enumerate(mock.credentials) if "expired" in c.value)
    stale = connect(formr_client, mock, expired)
    show_error(lambda: list_responses.sync(client=stale, form_id="form_signup", environment="production"))


def cognito_forms() -> None:
    mock = create_mock("cognito_forms", rate_limits=False)
    client = connect(cognito_forms_client, mock)
    forms = get_forms.sync(client=client)
    print(f"  {len(forms)} forms: {', '.join(form.name for form in forms)}")
    fields = get_form_fields.sync(forms[0].id, client=client)
    entry = get_entry.sync(forms[0].id, f"{forms[0].id}-1", client=client)  # entry ids are <form>-<number>
    print(f"  form {forms[0].name!r}: {len(fields)} fields; entry {forms[0].id}-1 has {len(entry.to_dict())} values")
    print(f"  billed requests so far: {client.usage.billed}")
    show_error(lambda: get_entry.sync(forms[0].id, f"{forms[0].id}-999999", client=client))


if __name__ == "__main__":
    for demo in (formsite, formester, cogram, formr, cognito_forms):
        print(f"{demo.__name__}:")
        demo()
