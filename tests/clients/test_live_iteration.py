"""Iterators stay exact while the list changes under them (issue 10).

Between any two page requests, hypothesis inserts, deletes and updates items in the mock's
state (a transport wrapper applies them just before each request after the first). For
every list operation of every provider, sync and async, with its default strategy: no item
comes out twice, and every item that existed throughout comes out. The one documented
at-most-once fallback (Formester submissions in an order the caller chose) is held to its
weaker promise, and `test_the_fallback_really_can_miss_*` shows that weakening is needed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest
from cognito_forms_client.api.entries import list_entries
from cogram_client.api.members import list_project_members
from cogram_client.api.projects import list_projects
from cogram_client.api.users import list_users
from formester_client.api.forms import list_forms
from formester_client.api.submissions import list_submissions
from formr_client.api.responses import list_responses
from formsite_client.api.results import get_form_results
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from formclients.mocks import FakeClock, ProviderMock, create_mock
from formclients.mocks.cogram import CogramMock
from formclients.mocks.formester import FormesterMock
from formclients.mocks.formr import CONTACT_FORM, FormrMock
from formclients.mocks.formsite import FormsiteMock
from formclients.runtime.pagination import AsyncItemIterator, ItemIterator

from ..conftest import PROVIDERS, ROOT, load_spec
from .conftest import connect

KEEP = 20  # items each list starts with: several small pages, fast examples

# -- one list operation, as the property sees it ----------------------------------------------------------


@dataclass
class Arena:
    """A list operation with the mutations a test can make to the mock behind it."""

    name: str
    provider: str
    operation: Any  # the generated module: iter_items, aiter_items, PAGINATION
    arguments: Callable[[Any], dict[str, Any]]  # mock -> the iterator's arguments
    small: dict[str, Any]  # a small page size where the API lets the caller set one
    guarantee: str
    setup: Callable[[Any], None]  # trims the demo data to a short list
    ids: Callable[[Any], set[str]]  # what the list holds right now
    insert: Callable[[Any, int], str]  # makes the n-th new item of an example, returns its id
    delete: Callable[[Any, int], str]  # deletes the n-th item (modulo the length), returns its id
    update: Callable[[Any, int], None]  # changes a field that does not decide the order
    item_id: Callable[[Any], str]
    mocks: dict[str, ProviderMock] = field(default_factory=dict)

    def items(self, client: Any, mock: Any, **size: Any) -> ItemIterator[Any]:
        return self.operation.iter_items(client=client, **self.arguments(mock), **size)

    def aitems(self, client: Any, mock: Any, **size: Any) -> AsyncItemIterator[Any]:
        return self.operation.aiter_items(client=client, **self.arguments(mock), **size)


def new_uuid(kind: str, number: int) -> str:
    """Deterministic, so that hypothesis can replay and shrink an example."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"live-iteration/{kind}/{number}"))


def nth(values: Iterable[str], index: int) -> str:
    ordered = sorted(values)
    return ordered[index % len(ordered)]


# Formsite: the demo "order" form, 3 results a page.


def formsite_setup(mock: FormsiteMock) -> None:
    mock.forms["order"].results[:] = mock.forms["order"].results[:12]


def formsite_ids(mock: FormsiteMock) -> set[str]:
    return {str(result["id"]) for result in mock.forms["order"].results}


def formsite_insert(mock: FormsiteMock, number: int) -> str:
    return str(mock.complete_result("order", {"100": "New Buyer", "200": [1], "101": "2"})["id"])


def formsite_delete(mock: FormsiteMock, index: int) -> str:
    results = mock.forms["order"].results
    return str(results.pop(index % len(results))["id"])


def formsite_update(mock: FormsiteMock, index: int) -> None:
    results = mock.forms["order"].results
    results[index % len(results)]["items"][2]["value"] = str(index % 9 + 1)  # the quantity, not the name


# Formester: forms (ascending id) and the Feedback Survey's submissions, fixed 20 a page.


def formester_forms_setup(mock: FormesterMock) -> None:
    for _ in range(KEEP):  # 45 forms: three pages of 20
        formester_forms_insert(mock, -1 - _)


def formester_forms_insert(mock: FormesterMock, number: int) -> str:
    form_id = max(mock.forms) + 1
    mock._add_form(form_id, new_uuid("form", number), f"New form {form_id}", mock.now())
    return str(form_id)


def formester_forms_delete(mock: FormesterMock, index: int) -> str:
    form_id = nth((str(f) for f in mock.forms), index)
    del mock.forms[int(form_id)]
    return form_id


def formester_forms_update(mock: FormesterMock, index: int) -> None:
    form = mock.forms[int(nth((str(f) for f in mock.forms), index))]
    form["name"] += " (renamed)"


def feedback(mock: FormesterMock) -> list[dict[str, Any]]:
    return [s for s in mock.submissions.values() if s["formId"] == mock.forms[456]["uuid"]]


def formester_submissions_ids(mock: FormesterMock) -> set[str]:
    return {s["id"] for s in feedback(mock)}


def formester_submissions_insert(mock: FormesterMock, number: int) -> str:
    assert isinstance(mock.clock, FakeClock)
    mock.clock.advance(1)  # time passes between two submissions
    submission_id = new_uuid("submission", number)
    data = {"name": "New Person", "email": "new@example.com", "Rating": len(mock.submissions) % 5 + 1}
    mock._add_submission(456, submission_id, data | {"comments": "New", "recommend": "Yes"}, mock.now())
    return submission_id


def formester_submissions_delete(mock: FormesterMock, index: int) -> str:
    submission_id = nth(formester_submissions_ids(mock), index)
    del mock.submissions[submission_id]
    return submission_id


def formester_submissions_update(mock: FormesterMock, index: int) -> None:
    submission = mock.submissions[nth(formester_submissions_ids(mock), index)]
    submission["data"]["comments"] = "Edited"  # neither created_at nor the caller's sort field (Rating)


# Cogram: users, projects and the flagship project's members, 4 a page.


def cogram_users_setup(mock: CogramMock) -> None:
    for user_id in list(mock.users)[KEEP:]:
        del mock.users[user_id]


def cogram_users_insert(mock: CogramMock, number: int) -> str:
    user_id = new_uuid("user", number)
    created = mock.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    mock.users[user_id] = {
        "id": user_id,
        "email": f"{user_id[:8]}@example.com",
        "name": "New Person",
        "role": "member",
        "external_id": None,
        "created_at": created,
    }
    return user_id


def cogram_users_delete(mock: CogramMock, index: int) -> str:
    user_id = nth(mock.users, index)
    del mock.users[user_id]
    return user_id


def cogram_users_update(mock: CogramMock, index: int) -> None:
    mock.users[nth(mock.users, index)]["name"] += " Jr."


def active_projects(mock: CogramMock) -> set[str]:
    return {p["id"] for p in mock.projects.values() if p["status"] == "active"}


def cogram_projects_setup(mock: CogramMock) -> None:
    for project_id in sorted(active_projects(mock))[KEEP:]:
        del mock.projects[project_id]


def cogram_projects_insert(mock: CogramMock, number: int) -> str:
    project_id = new_uuid("project", number)
    created = mock.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    mock.projects[project_id] = {
        "id": project_id,
        "name": "New project",
        "description": None,
        "external_id": None,
        "status": "active",
        "created_at": created,
        "updated_at": created,
        "archived_at": None,
    }
    mock.members[project_id] = {}
    return project_id


def cogram_projects_delete(mock: CogramMock, index: int) -> str:
    project_id = nth(active_projects(mock), index)
    mock.projects[project_id]["status"] = "archived"  # what DELETE does: gone from the default list
    return project_id


def cogram_projects_update(mock: CogramMock, index: int) -> None:
    mock.projects[nth(active_projects(mock), index)]["name"] += " (phase 2)"


def flagship_id(mock: CogramMock) -> str:
    """The demo project every user is a member of."""
    return next(iter(mock.projects))


def flagship(mock: CogramMock) -> dict[str, dict[str, Any]]:
    return mock.members[flagship_id(mock)]


def member_identity(user_id: str, added_at: str) -> str:
    """A member who leaves and rejoins is a new membership: identity is the user and when they were added."""
    return f"{user_id}@{added_at}"


def cogram_members_ids(mock: CogramMock) -> set[str]:
    return {member_identity(user_id, m["added_at"]) for user_id, m in flagship(mock).items()}


def cogram_members_setup(mock: CogramMock) -> None:
    members = flagship(mock)
    for user_id in list(members)[KEEP:]:
        del members[user_id]


def cogram_members_insert(mock: CogramMock, number: int) -> str:
    assert isinstance(mock.clock, FakeClock)
    mock.clock.advance(1)
    members = flagship(mock)
    user_id = next((u for u in mock.users if u not in members), None) or cogram_users_insert(mock, number)
    when = mock.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    members[user_id] = {"role": "viewer", "added_at": when, "updated_at": when}
    return member_identity(user_id, when)


def cogram_members_delete(mock: CogramMock, index: int) -> str:
    members = flagship(mock)
    user_id = nth(members, index)
    return member_identity(user_id, members.pop(user_id)["added_at"])


def cogram_members_update(mock: CogramMock, index: int) -> None:
    membership = flagship(mock)[nth(flagship(mock), index)]
    membership["role"] = "editor" if membership["role"] == "viewer" else "viewer"


# Cognito Forms: form 1's entries through OData, 4 a page.


def cognito_entries(mock: Any) -> dict[int, Any]:
    entries: dict[int, Any] = mock.forms["1"].entries
    return entries


def cognito_ids(mock: Any) -> set[str]:
    return {f"1-{number}" for number in cognito_entries(mock)}


def cognito_setup(mock: Any) -> None:
    for number in sorted(cognito_entries(mock))[KEEP:]:
        del cognito_entries(mock)[number]


def cognito_insert(mock: Any, number: int) -> str:
    form = mock.forms["1"]
    template = next(iter(form.entries.values()))
    new = form.next_number
    form.next_number += 1
    form.entries[new] = dataclasses.replace(template, number=new, meta={**template.meta, "Number": new})
    return f"1-{new}"


def cognito_delete(mock: Any, index: int) -> str:
    number = int(nth(cognito_ids(mock), index).removeprefix("1-"))
    del cognito_entries(mock)[number]
    return f"1-{number}"


def cognito_update(mock: Any, index: int) -> None:
    entry = cognito_entries(mock)[int(nth(cognito_ids(mock), index).removeprefix("1-"))]
    entry.meta = {**entry.meta, "Version": entry.meta.get("Version", 1) + 1}


# Formr: the contact form's responses, 4 a page.


def formr_ids(mock: FormrMock) -> set[str]:
    return {s.id for s in mock.submissions.values() if s.form_id == CONTACT_FORM}


def formr_setup(mock: FormrMock) -> None:
    for submission_id in sorted(formr_ids(mock), key=lambda s: mock.submissions[s].order)[KEEP:]:
        del mock.submissions[submission_id]


def formr_insert(mock: FormrMock, number: int) -> str:
    assert isinstance(mock.clock, FakeClock)
    mock.clock.advance(1)
    answers = {"name": "New Person", "email": "new@example.com", "message": "Hello"}
    return mock._store(mock.forms[CONTACT_FORM], answers, mock.now()).id


def formr_delete(mock: FormrMock, index: int) -> str:
    submission_id = nth(formr_ids(mock), index)
    del mock.submissions[submission_id]
    return submission_id


def formr_update(mock: FormrMock, index: int) -> None:
    submission = mock.submissions[nth(formr_ids(mock), index)]
    submission.starred = not submission.starred


ARENAS = [
    Arena(
        "formsite.get_form_results",
        "formsite",
        get_form_results,
        lambda mock: {"form_dir": "order"},
        {"limit": 3},
        "exact",
        formsite_setup,
        formsite_ids,
        formsite_insert,
        formsite_delete,
        formsite_update,
        lambda item: str(item.id),
    ),
    Arena(
        "formsite.get_form_results sorted by name (overlap)",
        "formsite",
        get_form_results,
        lambda mock: {"form_dir": "order", "sort_id": "100"},
        {"limit": 3},
        "exact",
        formsite_setup,
        formsite_ids,
        formsite_insert,
        formsite_delete,
        formsite_update,
        lambda item: str(item.id),
    ),
    Arena(
        "formester.list_forms",
        "formester",
        list_forms,
        lambda mock: {},
        {},
        "exact",
        formester_forms_setup,
        lambda mock: {str(f) for f in mock.forms},
        formester_forms_insert,
        formester_forms_delete,
        formester_forms_update,
        lambda item: str(item.id),
    ),
    Arena(
        "formester.list_submissions",
        "formester",
        list_submissions,
        lambda mock: {"form_id": 456},
        {},
        "exact",
        lambda mock: None,
        formester_submissions_ids,
        formester_submissions_insert,
        formester_submissions_delete,
        formester_submissions_update,
        lambda item: str(item.id),
    ),
    Arena(
        "formester.list_submissions sorted by Rating (pages fallback)",
        "formester",
        list_submissions,
        lambda mock: {"form_id": 456, "sort": "Rating"},
        {},
        "at-most-once",
        lambda mock: None,
        formester_submissions_ids,
        formester_submissions_insert,
        formester_submissions_delete,
        formester_submissions_update,
        lambda item: str(item.id),
    ),
    Arena(
        "cogram.list_users",
        "cogram",
        list_users,
        lambda mock: {},
        {"page_size": 4},
        "exact",
        cogram_users_setup,
        lambda mock: set(mock.users),
        cogram_users_insert,
        cogram_users_delete,
        cogram_users_update,
        lambda item: str(item.id),
    ),
    Arena(
        "cogram.list_projects",
        "cogram",
        list_projects,
        lambda mock: {},
        {"page_size": 4},
        "exact",
        cogram_projects_setup,
        active_projects,
        cogram_projects_insert,
        cogram_projects_delete,
        cogram_projects_update,
        lambda item: str(item.id),
    ),
    Arena(
        "cogram.list_project_members",
        "cogram",
        list_project_members,
        lambda mock: {"id": uuid.UUID(flagship_id(mock))},
        {"page_size": 4},
        "exact",
        cogram_members_setup,
        cogram_members_ids,
        cogram_members_insert,
        cogram_members_delete,
        cogram_members_update,
        lambda item: member_identity(str(item.user_id), f"{item.added_at:%Y-%m-%dT%H:%M:%SZ}"),
    ),
    Arena(
        "cognito_forms.list_entries",
        "cognito_forms",
        list_entries,
        lambda mock: {"form": "1", "view": 1},
        {"top": 4},
        "exact",
        cognito_setup,
        cognito_ids,
        cognito_insert,
        cognito_delete,
        cognito_update,
        lambda item: str(item.id),
    ),
    Arena(
        "cognito_forms.list_entries with an `or` filter (overlap)",
        "cognito_forms",
        list_entries,
        lambda mock: {"form": "1", "view": 1, "filter_": "Entry/Number gt 0 or Entry/Number lt 0"},
        {"top": 4},
        "exact",
        cognito_setup,
        cognito_ids,
        cognito_insert,
        cognito_delete,
        cognito_update,
        lambda item: str(item.id),
    ),
    Arena(
        "formr.list_responses",
        "formr",
        list_responses,
        lambda mock: {"form_id": CONTACT_FORM, "environment": "development"},
        {"limit": 4},
        "exact",
        formr_setup,
        formr_ids,
        formr_insert,
        formr_delete,
        formr_update,
        lambda item: item.submission.id,
    ),
]

CREDENTIAL = {"formsite": 0, "formester": 0, "cogram": 0, "formr": 2, "cognito_forms": 0}  # Formr: the owner's session


# -- the transport that changes the list between requests ----------------------------------------------------


# Up to 2 inserts and 2 deletes or updates before each of the first requests: fewer new items than a page
# holds (a list that grows faster than it is read never ends), and then the list stops changing.
CHANGING_REQUESTS = 16
STEPS = st.lists(st.tuples(st.sampled_from(["insert", "delete", "update"]), st.integers(0, 999)), max_size=4).filter(
    lambda steps: sum(kind == "insert" for kind, _ in steps) <= 2
)


@dataclass
class Changes:
    """Draws and applies the mutations before each request after the first; remembers what it did."""

    arena: Arena
    mock: Any
    draw: Callable[[Any], Any]
    requests: int = 0
    inserted: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)

    def before_request(self) -> None:
        self.requests += 1
        if not 1 < self.requests <= CHANGING_REQUESTS:
            return
        steps = self.draw(STEPS)
        with self.mock.lock:
            for kind, index in steps:
                if kind == "insert":
                    self.inserted.add(self.arena.insert(self.mock, len(self.inserted)))
                elif kind == "delete" and self.arena.ids(self.mock):
                    self.deleted.add(self.arena.delete(self.mock, index))
                elif kind == "update" and self.arena.ids(self.mock):
                    self.arena.update(self.mock, index)


class Mutating(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, changes: Changes) -> None:
        self.inner, self.changes = inner, changes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.changes.before_request()
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncMutating(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, changes: Changes) -> None:
        self.inner, self.changes = inner, changes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.changes.before_request()
        return await self.inner.handle_async_request(request)


def fresh_mock(arena: Arena) -> Any:
    """The provider's mock (made once per arena), reset to its demo data and trimmed by the arena."""
    mock = arena.mocks.get("mock")
    if mock is None:
        mock = arena.mocks["mock"] = create_mock(
            arena.provider, rate_limits=False, clock=FakeClock(), deliver_webhooks=False
        )
    mock.reset()
    arena.setup(mock)
    return mock


def run(arena: Arena, draw: Callable[[Any], Any], mode: str) -> tuple[list[str], set[str], Changes]:
    mock = fresh_mock(arena)
    before = arena.ids(mock)
    changes = Changes(arena, mock, draw)
    credential = CREDENTIAL[arena.provider]
    if mode == "sync":
        client = connect(arena.provider, mock, credential, transport=Mutating(mock.transport(), changes))
        with client:
            got = [arena.item_id(item) for item in arena.items(client, mock, **arena.small)]
    else:
        client = connect(
            arena.provider, mock, credential, async_transport=AsyncMutating(mock.async_transport(), changes)
        )

        async def collect() -> list[str]:
            async with client:
                return [arena.item_id(item) async for item in arena.aitems(client, mock, **arena.small)]

        got = asyncio.run(collect())
    return got, before, changes


def check(arena: Arena, got: list[str], before: set[str], changes: Changes) -> None:
    assert len(got) == len(set(got)), f"duplicates: {sorted(i for i in set(got) if got.count(i) > 1)}"
    assert set(got) <= before | changes.inserted, "only items that existed at some point"
    throughout = before - changes.deleted
    if arena.guarantee == "exact" or not changes.deleted:
        assert throughout <= set(got), f"missed {sorted(throughout - set(got))} (deleted: {sorted(changes.deleted)})"


# -- the properties ----------------------------------------------------------------------------------------------

# Bounded for CI: a dozen examples of a few small pages each. No shrinking: an example is a long series of
# draws (one per request) and shrinking it takes minutes; the failing draws are printed as they are.
LIVE = settings(
    max_examples=12,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)


@pytest.mark.parametrize("arena", ARENAS, ids=[a.name for a in ARENAS])
@LIVE
@given(data=st.data())
def test_iter_items_on_live_data(arena: Arena, data: st.DataObject) -> None:
    got, before, changes = run(arena, data.draw, "sync")
    check(arena, got, before, changes)


@pytest.mark.parametrize("arena", ARENAS, ids=[a.name for a in ARENAS])
@LIVE
@given(data=st.data())
def test_aiter_items_on_live_data(arena: Arena, data: st.DataObject) -> None:
    got, before, changes = run(arena, data.draw, "async")
    check(arena, got, before, changes)


def test_the_fallback_really_can_miss_and_the_default_does_not() -> None:
    """The at-most-once fallback is weaker for a reason: after its first page, someone deletes a submission it
    has read; the 21st submission slides onto page 1 and page 2 starts after it. The default walk (reverse, by
    created_at) gets every submission in the same situation."""
    missed: dict[str, set[str]] = {}
    for sort in ("Rating", None):
        mock = create_mock("formester", rate_limits=False, clock=FakeClock())
        assert isinstance(mock, FormesterMock)
        before = formester_submissions_ids(mock)
        with connect("formester", mock) as client:
            pages = list_submissions.iter_pages(client=client, form_id=456, sort=sort)
            first = next(pages)
            gone = str(first.items[0].id)
            del mock.submissions[gone]
            got = [str(s.id) for page in [first, *pages] for s in page.items]
        assert len(got) == len(set(got))
        missed[pages.strategy] = before - {gone} - set(got)
    assert len(missed["pages"]) == 1, "the fallback misses the one that slid back onto page 1"
    assert missed["reverse"] == set()


def test_each_example_makes_only_a_few_requests() -> None:
    """The property runs stay bounded: a list that changes before each request is still read in a few."""
    arena = next(a for a in ARENAS if a.name == "cogram.list_users")
    steps = iter([[("insert", 0), ("delete", 3)]] * 20)
    _, before, changes = run(arena, lambda strategy: next(steps, []), "sync")
    assert changes.requests <= 2 * len(before)


def test_the_readme_table_says_what_each_spec_promises() -> None:
    """Every strategy of every list operation has a README row with its walk and its guarantee."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Iterating live data") : text.index("## Rate limits")]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in section.splitlines() if line[:2] == "| "]
    listed = 0
    for provider in PROVIDERS:
        for path, item in load_spec(provider)["paths"].items():
            for operation in item.values():
                iteration = operation.get("x-iteration") if isinstance(operation, dict) else None
                for strategy in (iteration or {}).get("strategies", []):
                    promise = "exact" if strategy["guarantee"] == "exact" else "at most once"
                    assert any(
                        f"`{operation['operationId']}`" in row[0]
                        and row[1].startswith(strategy["strategy"])
                        and promise in row[2]
                        for row in rows
                    ), f"README.md has no row for {provider} {path} {strategy['strategy']} ({promise})"
                    listed += 1
    assert listed >= 10
