"""The generated client objects (`formsite_client.Formsite`, `AsyncFormsite`, ...) against the in-process mocks.

Every operation of every spec is a method of its tag's resource, forwarding exactly the arguments of its
per-operation function; every method answers its typed result (or None) and raises typed errors; the async
twins, the raw-response twins and the context managers work; settings come from arguments or the
environment, arguments winning.
"""

from __future__ import annotations

import base64
import importlib
import inspect
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cognito_forms_client
import cogram_client
import formester_client
import formr_client
import formsite_client
import httpx
import pytest
from cognito_forms_client.models import (
    Entry,
    EntryInput,
    FileDataRef,
    FormAvailabilityRequest,
    FormSchema,
    SubscriptionRequest,
    WebhookSubscription,
)
from cogram_client.models import Project, ProjectCreate, ProjectMemberUpsert, ProjectUpdate, UserUpdate
from formester_client.models import Message, SubmissionEnvelope
from formr_client.models import NoteRequest, ReplyRequest, ResponseItem, ResponseList, StarRequest, SubmitRequest
from formsite_client.models import Empty, FormList, Result, ResultList, WebhookList, WebhookRequest

from formclients.mocks import ProviderMock, create_mock
from formclients.mocks.cognito_forms import CognitoFormsMock
from formclients.runtime import BaseClient, ClientOptions, ConfigurationError, FormclientsError, retry_policy

from ..conftest import PROVIDERS, load_spec
from .conftest import Recorder, every_operation

CLIENT_NAMES = {
    "cognito_forms": "CognitoForms",
    "cogram": "Cogram",
    "formester": "Formester",
    "formr": "Formr",
    "formsite": "Formsite",
}
JOHN = "770e8400-e29b-41d4-a716-446655440002"  # a Formester demo submission


def options(mock: ProviderMock, credential: int = 0, **extra: Any) -> dict[str, Any]:
    """The client object's keyword arguments for a mock in-process (no socket, throttle or retries)."""
    return {
        "base_url": mock.base_url,
        "auth_scheme": mock.credentials[credential].scheme,
        "transport": mock.transport(),
        "async_transport": mock.async_transport(),
        "throttle": False,
        "retry": False,
        **extra,
    }


@pytest.fixture
def mocks() -> Iterator[dict[str, ProviderMock]]:
    made = {provider: create_mock(provider, rate_limits=False, deliver_webhooks=False) for provider in PROVIDERS}
    yield made


# -- every operation is a method, with its function's signature ------------------------------------------


def expected_methods(spec: dict[str, Any]) -> dict[str, dict[str, tuple[str, str]]]:
    """{tag: {method: (operationId, the per-operation function it calls)}}, read from the spec itself."""
    expected: dict[str, dict[str, tuple[str, str]]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            methods = expected.setdefault(operation["tags"][0], {})
            op_id, name = operation["operationId"], operation["x-method"]
            methods[name] = (op_id, "sync")
            for variant in operation.get("x-content-methods", {}):
                methods[variant] = (op_id, f"{variant}_sync")
            if "x-pagination" in operation:
                items, pages = (
                    ("iter_items", "iter_pages") if name == "list" else (f"iter_{name}", f"iter_{name}_pages")
                )
                methods[items], methods[pages] = (op_id, "iter_items"), (op_id, "iter_pages")
    return expected


def public_methods(resource: object) -> set[str]:
    return {name for name in dir(resource) if not name.startswith("_") and name != "with_raw_response"}


def without_client(function: Any) -> list[inspect.Parameter]:
    return [p for p in inspect.signature(function).parameters.values() if p.name not in ("client", "self")]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_operation_is_a_method_of_its_tags_resource(provider: str, mocks: dict[str, ProviderMock]) -> None:
    spec = load_spec(provider)
    package = importlib.import_module(f"{provider}_client")
    mock = mocks[provider]
    sync = getattr(package, CLIENT_NAMES[provider])(mock.credentials[0].value, **options(mock))
    asynchronous = getattr(package, f"Async{CLIENT_NAMES[provider]}")(mock.credentials[0].value, **options(mock))
    expected = expected_methods(spec)
    operations = {op_id for methods in expected.values() for op_id, _ in methods.values()}
    assert operations == every_operation(mock), "every operation of the spec, and only those"

    for tag, methods in expected.items():
        for client in (sync, asynchronous, sync.with_raw_response, asynchronous.with_raw_response):
            resource = getattr(client, tag)
            raw = "WithRawResponse" in type(resource).__name__
            wanted = {m for m in methods if not (raw and m.startswith("iter_"))}
            assert public_methods(resource) == wanted, f"{type(resource).__name__}"
        for method, (op_id, function_name) in methods.items():
            module = importlib.import_module(f"{provider}_client.api.{tag}.{op_id}")
            function = getattr(module, function_name)
            assert without_client(getattr(getattr(sync, tag), method)) == without_client(function), (
                f"{tag}.{method} takes exactly the arguments of {op_id}.{function_name}"
            )
            is_iterator = method.startswith("iter_")
            twin = getattr(getattr(asynchronous, tag), method)
            assert inspect.iscoroutinefunction(twin) is not is_iterator, f"async {tag}.{method}"
            documented = inspect.getdoc(getattr(getattr(sync, tag), method)) or ""
            if not is_iterator:
                assert "Raises:" in documented and "errors.APIConnectionError" in documented
                assert "httpx." not in documented, "the runtime's own errors, not httpx's"


def test_the_client_object_takes_every_setting_of_the_base_client() -> None:
    """ClientOptions is what the client objects forward to BaseClient: the two lists must stay the same."""
    base = set(inspect.signature(BaseClient.__init__).parameters) - {"self", "token", "server_variables"}
    assert set(ClientOptions.__annotations__) == base


@pytest.mark.parametrize("provider", ["cogram", "formester", "formr"])
def test_docstrings_describe_every_argument(provider: str) -> None:
    """Every argument is described from the spec (Cognito's and Formsite's specs are being rewritten elsewhere)."""
    root = Path(importlib.import_module(f"{provider}_client").__path__[0])
    undocumented = [str(path) for path in root.rglob("*.py") if "(not documented)" in path.read_text()]
    assert undocumented == []


# -- each provider, every operation through the client object --------------------------------------------


def test_formsite_every_operation(mocks: dict[str, ProviderMock]) -> None:
    mock = mocks["formsite"]
    with formsite_client.Formsite(mock.credentials[0].value, **options(mock)) as fs:
        forms = fs.forms.list()
        assert isinstance(forms, FormList) and [f.directory for f in forms.forms] == ["contact", "order", "survey2025"]
        assert fs.forms.get("order").forms[0].stats.results_count == 12
        assert [item.label for item in fs.items.list("contact", results_labels="11").items][:2] == ["Name", "Email"]
        page = fs.results.list("order", sort_id="payment_amount", sort_direction="asc", results_view=None)
        assert isinstance(page, ResultList) and len(page.results) == 12
        assert all(isinstance(r.date_update, datetime) for r in page.results), "dates are datetimes"
        newest_first = list(fs.results.iter_items("contact"))
        assert len(newest_first) == 250 and all(isinstance(r, Result) for r in newest_first)
        assert [len(p.items) for p in fs.results.iter_pages("contact")] == [100, 100, 50]
        since = newest_first[10].date_update
        later = fs.results.list("contact", after_date=since, limit=100)
        assert later.results and all(r.date_update > since for r in later.results), "a datetime window"

        hook = WebhookRequest(event="result_completed", url="https://example.com/hook", handshake_key="k")
        assert fs.webhooks.create_or_update("contact", body=hook).webhook.url == "https://example.com/hook"
        assert [h.url for h in fs.webhooks.list("contact").webhooks] == ["https://example.com/hook"]
        assert isinstance(fs.webhooks.delete("contact", url_query="https://example.com/hook"), Empty)
        assert fs.webhooks.list("contact") == WebhookList(webhooks=[])
    assert set(mock.answered) == every_operation(mock)


def test_formester_every_operation(mocks: dict[str, ProviderMock]) -> None:
    mock = mocks["formester"]
    with formester_client.Formester(mock.credentials[0].value, **options(mock)) as formester:
        forms = list(formester.forms.iter_items())
        assert len(forms) == 25 and formester.forms.list(page=2).meta.page == 2
        listed = formester.submissions.list(form_id=123, order=None)
        assert listed.meta.form_id == 123 and listed.submissions
        rated = list(formester.submissions.iter_items(form_id=456, filters={"Rating__gte": "4"}))
        assert rated and all(int(s.data["Rating"]) >= 4 for s in rated)
        fetched = formester.submissions.get(JOHN)
        assert isinstance(fetched, SubmissionEnvelope) and fetched.submission.data["name"] == "John Doe"
        deleted = formester.submissions.delete(JOHN)
        assert isinstance(deleted, Message) and deleted.message == "Submission deleted successfully"
    assert set(mock.answered) == every_operation(mock)


def test_cogram_every_operation(mocks: dict[str, ProviderMock]) -> None:
    mock = mocks["cogram"]
    with cogram_client.Cogram(mock.credentials[0].value, **options(mock)) as cogram:
        assert cogram.projects.list(page_size=None, external_id=None).page_size == 50, "None: not sent"
        assert len(list(cogram.projects.iter_items())) == 123
        body = ProjectCreate(name="Harbour", external_id="crm-42")
        created = cogram.projects.create(body=body, x_forwarded_user="ada@example.com")
        assert isinstance(created, Project) and created.status == "active"
        assert cogram.projects.get(created.id) == created
        updated = cogram.projects.update(created.id, body=ProjectUpdate(description="North approach"))
        assert updated.description == "North approach"

        user = cogram.users.list(page_size=5).items[3]
        member = cogram.members.add_or_update(created.id, user.id, body=ProjectMemberUpsert(role="editor"))
        assert (member.user_id, member.role) == (user.id, "editor")
        assert [m.user_id for m in cogram.members.iter_items(created.id)] == [user.id]
        assert cogram.members.list(created.id).total == 1
        cogram.members.remove(created.id, user.id)  # 204: returns None
        assert cogram.members.list(created.id).total == 0
        assert cogram.users.update_role(user.id, body=UserUpdate(role="admin")).role == "admin"
        assert [u.id for u in cogram.users.iter_items()][:4] == [u.id for u in cogram.users.list().items][:4]
        archived = cogram.projects.archive(created.id)  # a DELETE: None if a retry found it already gone
        assert archived is not None and archived.status == "archived"
    assert set(mock.answered) == every_operation(mock)


def test_formr_every_operation(mocks: dict[str, ProviderMock]) -> None:
    mock = mocks["formr"]
    publishable = next(i for i, c in enumerate(mock.credentials) if c.scheme == "publishableKey")
    session = next(i for i, c in enumerate(mock.credentials) if c.scheme == "sessionToken")
    with formr_client.Formr(mock.credentials[publishable].value, **options(mock, publishable)) as public:
        answers = {"name": "Ada", "email": "ada@example.com", "message": "Hello"}
        created = public.submit.send("form_123", body=SubmitRequest.from_dict({"answers": answers}))
    with formr_client.Formr(mock.credentials[session].value, **options(mock, session)) as owner:
        page = owner.responses.list(form_id="form_123", environment="development", limit=10, cursor=None)
        assert isinstance(page, ResponseList) and len(page.items) == 10
        everything = list(owner.responses.iter_items(form_id="form_123", environment="development"))
        assert created.id in {item.submission.id for item in everything}
        exported = owner.responses.export_csv(form_id="form_123", environment="development")
        assert isinstance(exported, str) and exported.startswith("name,email,message,submittedAt\r\n")
        assert len(exported.splitlines()) == len(everything) + 1
        got = owner.responses.get(created.id, form_id="form_123", environment="development")
        assert isinstance(got, ResponseItem) and got.submission.answers.additional_properties == answers
        assert owner.responses.mark_read(created.id).success is True
        assert owner.responses.star(created.id, body=StarRequest(starred=True)).starred is True
        assert owner.responses.add_note(created.id, body=NoteRequest(note="Call back")).note == "Call back"
        assert owner.responses.reply(created.id, body=ReplyRequest(message="Thanks")).success is True
        after = owner.responses.get(created.id, form_id="form_123", environment="development").meta
        assert (after.read, after.starred, [n.note for n in after.notes]) == (True, True, ["Call back"])
    assert set(mock.answered) == every_operation(mock)


def test_cognito_forms_every_operation(mocks: dict[str, ProviderMock]) -> None:
    mock = mocks["cognito_forms"]
    with cognito_forms_client.CognitoForms(mock.credentials[0].value, **options(mock)) as cognito:
        assert [form.name for form in cognito.forms.list()] == ["Contact Us", "Job Application", "Event Registration"]
        assert "Name" in [field.internal_name for field in cognito.forms.get_fields("2")]
        assert isinstance(cognito.forms.get_schema("ContactUs", input_=True, include_links=None), FormSchema)
        window = FormAvailabilityRequest(start=datetime(2026, 3, 1, tzinfo=UTC), message="Closed.")
        assert cognito.forms.set_availability("3", body=window).not_available_message == "Closed."

        url = SubscriptionRequest(notification_url="https://example.com/hooks/cognito")
        subscriptions = [
            cognito.webhooks.subscribe_new_entry(body=url, publisher="1"),
            cognito.webhooks.subscribe_update_entry(body=url, publisher="1", module="forms"),
            cognito.webhooks.subscribe_entry_deleted(body=url, publisher="1", module=None),
        ]
        assert all(isinstance(s, WebhookSubscription) for s in subscriptions)
        for subscription in subscriptions:
            cognito.webhooks.unsubscribe(id=subscription.id)
        assert isinstance(mock, CognitoFormsMock) and mock.subscriptions == {}

        contact = {"Name": {"First": "Ada"}, "Email": "ada@example.com", "Subject": "Sales", "Message": "Call me."}
        created = cognito.entries.create("1", body=EntryInput.from_dict(contact))
        assert isinstance(created, Entry) and cognito.entries.get("1", created.id).to_dict() == created.to_dict()
        updated = cognito.entries.update("1", created.id, body=EntryInput.from_dict({"Message": "Email me."}))
        assert updated["Message"] == "Email me."
        pdf = cognito.documents.download("1", created.id, 1)
        assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
        ref = cognito.documents.get("1", created.id, 1)
        assert isinstance(ref, FileDataRef) and isinstance(ref.content, str) and base64.b64decode(ref.content) == pdf
        resume = cognito.entries.get("2", "2-1")["Resume"][0]["Id"]
        assert cognito.files.get(resume).name.endswith("-resume.txt")
        assert cognito.files.download(resume).startswith(b"Resume of ")
        listed = cognito.entries.list("1", 1, filter_=f"Entry/Number eq {created.entry.number}", count=True)
        assert listed.odata_count == 1 and [row.id for row in listed.value] == [created.id]
        cognito.entries.delete("1", created.id)
        with pytest.raises(cognito_forms_client.errors.NotFoundError):
            cognito.entries.get("1", created.id)
    assert set(mock.answered) == every_operation(mock)


# -- async twins, raw responses, context managers --------------------------------------------------------


async def test_async_client_objects_answer_the_same(mocks: dict[str, ProviderMock]) -> None:
    fs_mock, cogram_mock = mocks["formsite"], mocks["cogram"]
    async with formsite_client.AsyncFormsite(fs_mock.credentials[0].value, **options(fs_mock)) as fs:
        page = await fs.results.list("contact", limit=5)
        assert isinstance(page, ResultList) and len(page.results) == 5
        assert len([r async for r in fs.results.iter_items("contact")]) == 250
        assert [len(p.items) async for p in fs.results.iter_pages("contact", limit=None)] == [100, 100, 50]
        raw = await fs.with_raw_response.results.list("contact", limit=5)
        assert raw.status_code == 200 and raw.headers["Pagination-Page-Last"] == "50"
        assert isinstance(raw.parsed, ResultList) and len(raw.parsed.results) == 5
    async with cogram_client.AsyncCogram(cogram_mock.credentials[0].value, **options(cogram_mock)) as cogram:
        project = await cogram.projects.create(body=ProjectCreate(name="Async bridge"))
        user = (await cogram.users.list(page_size=1)).items[0]
        await cogram.members.add_or_update(project.id, user.id, body=ProjectMemberUpsert(role="viewer"))
        assert [m.role async for m in cogram.members.iter_items(project.id)] == ["viewer"]
        await cogram.members.remove(project.id, user.id)
        assert (await cogram.members.list(project.id)).total == 0
        archived = await cogram.projects.archive(project.id)
        assert archived is not None and archived.status == "archived"
    assert fs_mock.answered["get_form_results"] == 1 + 3 + 3 + 1


def test_raw_response_and_raise_on_error_false(mocks: dict[str, ProviderMock]) -> None:
    """raise_on_error=False: the raw twins return error responses; the plain methods still raise (documented)."""
    mock = mocks["formsite"]
    fs = formsite_client.Formsite(mock.credentials[0].value, **options(mock, raise_on_error=False))
    missing = fs.with_raw_response.forms.get("no-such-form")
    assert (missing.status_code, missing.parsed) == (404, None)
    assert fs.results.with_raw_response.list("contact", limit=1).headers["Pagination-Limit"] == "1"
    with pytest.raises(formsite_client.errors.NotFoundError) as raised:
        fs.forms.get("no-such-form")
    assert raised.value.status == 404 and raised.value.message == "Form not found."
    strict = formsite_client.Formsite(mock.credentials[0].value, **options(mock))
    with pytest.raises(formsite_client.errors.NotFoundError):
        strict.with_raw_response.forms.get("no-such-form")


def test_context_managers_close_their_connections(mocks: dict[str, ProviderMock]) -> None:
    mock = mocks["formester"]
    with formester_client.Formester(mock.credentials[0].value, **options(mock)) as formester:
        formester.forms.list()
        connection = formester.get_httpx_client()
    assert connection.is_closed


async def test_async_context_manager_closes_its_connections(mocks: dict[str, ProviderMock]) -> None:
    mock = mocks["formester"]
    async with formester_client.AsyncFormester(mock.credentials[0].value, **options(mock)) as formester:
        await formester.forms.list()
        connection = formester.get_async_httpx_client()
    assert connection.is_closed


def test_the_client_object_serves_the_per_operation_modules(mocks: dict[str, ProviderMock]) -> None:
    from formsite_client.api.forms import get_forms

    mock = mocks["formsite"]
    fs = formsite_client.Formsite(mock.credentials[0].value, **options(mock))
    assert isinstance(fs, formsite_client.AuthenticatedClient)
    assert get_forms.sync(client=fs) == fs.forms.list()


# -- configuration: arguments win over the environment ------------------------------------------------------


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("TOKEN", "BASE_URL", "SERVER", "USER_DIR"):
        monkeypatch.delenv(f"FORMSITE_{name}", raising=False)
    return monkeypatch


def test_a_forgotten_user_dir_is_an_error_naming_the_argument_and_the_variable(
    clean_environment: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        formsite_client.Formsite("fs_token", server="fs22")
    message = str(raised.value)
    assert "user_dir=" in message and "FORMSITE_USER_DIR" in message
    assert "demo" not in message
    with pytest.raises(ConfigurationError, match="FORMSITE_TOKEN"):
        formsite_client.Formsite(user_dir="acme")


def test_arguments_win_over_the_environment(clean_environment: pytest.MonkeyPatch) -> None:
    env = clean_environment
    assert formsite_client.Formsite("t", server="fs22", user_dir="acme").base_url == (
        "https://fs22.formsite.com/api/v2/acme"
    )
    env.setenv("FORMSITE_SERVER", "fs9")
    env.setenv("FORMSITE_USER_DIR", "envdir")
    env.setenv("FORMSITE_TOKEN", "fs_env_token")
    from_env = formsite_client.Formsite()
    assert from_env.base_url == "https://fs9.formsite.com/api/v2/envdir"
    assert formsite_client.Formsite(user_dir="argdir").base_url == "https://fs9.formsite.com/api/v2/argdir"
    assert formsite_client.Formsite(server="fs3").base_url == "https://fs3.formsite.com/api/v2/envdir"

    env.setenv("FORMSITE_BASE_URL", "http://127.0.0.1:9/api/v2/mockdir")
    assert formsite_client.Formsite().base_url == "http://127.0.0.1:9/api/v2/mockdir"
    assert formsite_client.Formsite(user_dir="acme").base_url == "https://fs9.formsite.com/api/v2/acme", (
        "an explicit server variable wins over FORMSITE_BASE_URL"
    )
    assert formsite_client.Formsite(base_url="http://x.example/api").base_url == "http://x.example/api"
    with pytest.raises(ConfigurationError, match="not both"):
        formsite_client.Formsite(base_url="http://x.example/api", user_dir="acme")


def test_the_token_argument_wins_over_the_environment(
    clean_environment: pytest.MonkeyPatch, mocks: dict[str, ProviderMock]
) -> None:
    mock = mocks["formsite"]
    clean_environment.setenv("FORMSITE_TOKEN", "fs_not_this_one")
    good = formsite_client.Formsite(mock.credentials[0].value, **options(mock))
    assert good.forms.list().forms
    clean_environment.setenv("FORMSITE_TOKEN", mock.credentials[0].value)
    assert formsite_client.Formsite(**options(mock)).forms.list().forms, "the token from the environment"
    with pytest.raises(formsite_client.errors.AuthenticationError):
        formsite_client.Formsite("fs_wrong", **options(mock)).forms.list()


# -- honest models: reprs, enums ----------------------------------------------------------------------------


def test_reprs_show_only_the_fields_that_are_set() -> None:
    assert repr(ProjectUpdate(name="Bridge")) == "ProjectUpdate(name='Bridge')"
    assert repr(ProjectUpdate(description=None)) == "ProjectUpdate(description=None)", "null is set, and shown"
    assert "Unset" not in repr(WebhookRequest(event="result_completed", url="https://example.com/h"))
    assert repr(SubmitRequest.from_dict({"answers": {"a": 1}})) == (
        "SubmitRequest(answers=Answers(additional_properties={'a': 1}))"
    )


def test_model_fields_take_none_for_not_set_and_null_only_where_the_spec_allows_it() -> None:
    assert ReplyRequest(message="Thanks", subject=None).to_dict() == {"message": "Thanks"}, "None: not sent"
    assert ProjectUpdate(name=None, description=None).to_dict() == {"description": None}, "nullable: null"
    assert ProjectUpdate().to_dict() == {}, "omitted: not sent"


def test_enums_are_literal_strings_not_class_lookalikes() -> None:
    assert not hasattr(cogram_client.models, "ProjectRole"), "no class-looking alias to take for an enum"
    hints = inspect.get_annotations(ProjectMemberUpsert.__init__, eval_str=True)
    assert str(hints["role"]) == "typing.Literal['editor', 'owner', 'viewer']"
    assert ProjectMemberUpsert(role="owner").to_dict() == {"role": "owner"}
    with pytest.raises(TypeError, match="Expected one of"):
        ProjectMemberUpsert.from_dict({"role": "OWNER"})


def test_an_undocumented_success_status_raises_rather_than_returning_none(recorder: Recorder) -> None:
    recorder.respond(202, json={"forms": []})
    fs = formsite_client.Formsite("t", user_dir="acme", transport=recorder.transport, retry=False, throttle=False)
    with pytest.raises(formsite_client.errors.UnexpectedStatus) as raised:
        fs.forms.list()
    assert raised.value.status_code == 202 and isinstance(raised.value, FormclientsError)
    assert fs.with_raw_response.forms.list().parsed is None, "the raw form hands the response over as it is"


def test_a_retried_delete_that_finds_it_gone_returns_normally(recorder: Recorder) -> None:
    """The runtime's DELETE rule reaches the plain methods: a body-less DELETE returns None, one with a body
    returns None instead of its body (its type says so); a first-attempt 404 still raises."""
    answers = iter([httpx.Response(503), httpx.Response(404, json={"message": "Submission not found"})])
    recorder.answer = lambda request: next(answers)
    formester = formester_client.Formester(
        "fmstr_token", transport=recorder.transport, throttle=False, retry=retry_policy(sleep=lambda seconds: None)
    )
    assert formester.submissions.delete(JOHN) is None
    assert [r.method for r in recorder.requests] == ["DELETE", "DELETE"]
    recorder.respond(404, json={"message": "Submission not found"})
    with pytest.raises(formester_client.errors.NotFoundError):
        formester.submissions.delete(JOHN)
