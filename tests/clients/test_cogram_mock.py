"""The generated Cogram client against the Cogram mock: every operation, paging, flows, errors, limits."""

from __future__ import annotations

from functools import partial
from http import HTTPStatus
from typing import Any
from uuid import UUID

import pytest
from cogram_client import AuthenticatedClient, Client
from cogram_client.api.members import add_or_update_project_member, list_project_members, remove_project_member
from cogram_client.api.projects import archive_project, create_project, get_project, list_projects, update_project
from cogram_client.api.users import list_users, update_user_role
from cogram_client.errors import (
    AuthenticationError,
    CogramError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from cogram_client.models import (
    Project,
    ProjectCreate,
    ProjectMember,
    ProjectMemberPage,
    ProjectMemberUpsert,
    ProjectPage,
    ProjectUpdate,
    User,
    UserPage,
    UserUpdate,
)

from formclients.mocks import FakeClock, create_mock
from formclients.mocks.cogram import DEMO_KEY, EXPIRED_KEY, FLAGSHIP, SYNC_KEY, CogramMock, demo_id
from formclients.runtime import Throttle, retry_policy

from .conftest import Watch, connect, every_operation, raised

UNKNOWN = UUID("00000000-0000-4000-8000-000000000000")
FLAGSHIP_ID = UUID(demo_id("project", FLAGSHIP))


@pytest.fixture
def mock(clock: FakeClock) -> CogramMock:
    created = create_mock("cogram", rate_limits=False, clock=clock)
    assert isinstance(created, CogramMock)
    return created


@pytest.fixture
def client(mock: CogramMock) -> AuthenticatedClient:
    made: AuthenticatedClient = connect("cogram", mock)
    return made


def active_ids(mock: CogramMock) -> list[str]:
    return [project_id for project_id, project in mock.projects.items() if project["status"] == "active"]


# -- every operation, typed ------------------------------------------------------------------------


def test_every_operation_answers_typed_results(client: AuthenticatedClient, mock: CogramMock) -> None:
    page = list_projects.sync(client=client)
    assert isinstance(page, ProjectPage)
    assert (page.page, page.page_size, len(page.items)) == (1, 50, 50), "the server's default page size"
    assert page.total == len(active_ids(mock)) and all(isinstance(p, Project) for p in page.items)

    created = create_project.sync(client=client, body=ProjectCreate(name="Harbour Bridge", external_id="crm-42"))
    assert isinstance(created, Project)
    assert (created.status, created.external_id, created.archived_at) == ("active", "crm-42", None)
    got = get_project.sync(created.id, client=client)
    assert got == created
    updated = update_project.sync(created.id, client=client, body=ProjectUpdate(description="North approach"))
    assert isinstance(updated, Project) and updated.description == "North approach" and updated.name == created.name

    users = list_users.sync(client=client, page_size=5)
    assert isinstance(users, UserPage) and len(users.items) == 5 and all(isinstance(u, User) for u in users.items)
    user = users.items[3]
    added = add_or_update_project_member.sync_detailed(
        created.id, user.id, client=client, body=ProjectMemberUpsert(role="editor")
    )
    assert added.status_code == HTTPStatus.CREATED
    assert isinstance(added.parsed, ProjectMember)
    assert (added.parsed.user_id, added.parsed.role, added.parsed.email) == (user.id, "editor", user.email)
    members = list_project_members.sync(created.id, client=client)
    assert isinstance(members, ProjectMemberPage)
    assert [(m.user_id, m.role) for m in members.items] == [(user.id, "editor")]
    removed = remove_project_member.sync_detailed(created.id, user.id, client=client)
    assert removed.status_code == HTTPStatus.NO_CONTENT and removed.content == b""

    promoted = update_user_role.sync(user.id, client=client, body=UserUpdate(role="admin", external_id="hr-7"))
    assert isinstance(promoted, User) and (promoted.role, promoted.external_id) == ("admin", "hr-7")

    archived = archive_project.sync(created.id, client=client)
    assert isinstance(archived, Project) and archived.status == "archived" and archived.archived_at is not None

    assert set(mock.answered) == every_operation(mock)


# -- auto-pagination: the largest page, then windows that overlap what was read (x-iteration: overlap) -----


def paging(watch: Watch) -> list[tuple[str, str]]:
    return [(r.url.params["page"], r.url.params["page_size"]) for r in watch.requests]


def test_list_projects_pages_at_100_sync(mock: CogramMock) -> None:
    watch = Watch(mock.transport())
    client = connect("cogram", mock, transport=watch)
    ids = [str(project.id) for project in list_projects.iter_items(client=client)]
    assert ids == active_ids(mock), "every active project once, oldest first"
    assert paging(watch) == [("1", "100"), ("2", "99")], "[0, 100), then [99, 198): one item of overlap"
    everything = [str(project.id) for project in list_projects.iter_items(client=client, include_archived=True)]
    assert everything == list(mock.projects) and len(everything) == 130
    assert len(watch.requests) == 4, "two requests per listing"


async def test_list_projects_pages_at_100_async(client: AuthenticatedClient, mock: CogramMock) -> None:
    ids = [str(project.id) async for project in list_projects.aiter_items(client=client)]
    assert ids == active_ids(mock) and len(ids) > 100
    assert mock.answered["list_projects"] == 2


def test_list_users_pages_at_100_sync(mock: CogramMock) -> None:
    watch = Watch(mock.transport())
    client = connect("cogram", mock, transport=watch)
    ids = [str(user.id) for user in list_users.iter_items(client=client)]
    assert ids == list(mock.users) and len(set(ids)) == len(ids) > 100
    assert paging(watch) == [("1", "100"), ("2", "99")], "[0, 100), then [99, 198): one item of overlap"


async def test_list_users_pages_at_100_async(client: AuthenticatedClient, mock: CogramMock) -> None:
    emails = [user.email async for user in list_users.aiter_items(client=client)]
    assert emails == [user["email"] for user in mock.users.values()] and len(set(emails)) == len(emails) > 100
    assert mock.answered["list_users"] == 2


def test_list_project_members_pages_at_100_sync(mock: CogramMock) -> None:
    watch = Watch(mock.transport())
    client = connect("cogram", mock, transport=watch)
    members = list(list_project_members.iter_items(FLAGSHIP_ID, client=client))
    user_ids = [str(member.user_id) for member in members]
    assert user_ids == list(mock.members[str(FLAGSHIP_ID)]) and len(set(user_ids)) == len(mock.users) > 100
    assert {member.project_id for member in members} == {FLAGSHIP_ID}
    assert paging(watch) == [("1", "100"), ("2", "99")], "[0, 100), then [99, 198): one item of overlap"


async def test_list_project_members_pages_at_100_async(client: AuthenticatedClient, mock: CogramMock) -> None:
    roles = [member.role async for member in list_project_members.aiter_items(FLAGSHIP_ID, client=client)]
    assert len(roles) == len(mock.users) > 100 and set(roles) == {"owner", "editor", "viewer"}
    assert mock.answered["list_project_members"] == 2


# -- flows ---------------------------------------------------------------------------------------------


def test_create_update_archive_then_get_shows_archived(
    client: AuthenticatedClient, mock: CogramMock, clock: FakeClock
) -> None:
    created = create_project.sync(
        client=client,
        body=ProjectCreate(name="Riverside Depot", description="Bus depot", external_id="erp-9001"),
        x_forwarded_user="ada@example.com",
    )
    clock.advance(120)
    renamed = update_project.sync(
        created.id, client=client, body=ProjectUpdate(name="Riverside Depot (Phase 2)"), x_forwarded_user="ada"
    )
    assert renamed.updated_at > created.updated_at and renamed.external_id == "erp-9001"
    clock.advance(60)
    archive_project.sync(created.id, client=client, x_forwarded_user="grace@example.com")
    shown = get_project.sync(created.id, client=client)
    assert (shown.status, shown.name, shown.external_id) == ("archived", "Riverside Depot (Phase 2)", "erp-9001")
    assert shown.archived_at == shown.updated_at and shown.archived_at is not None
    by_external_id = list(list_projects.iter_items(client=client, external_id="erp-9001", include_archived=True))
    assert [project.id for project in by_external_id] == [created.id]
    assert list(list_projects.iter_items(client=client, external_id="erp-9001")) == [], "archived: not listed"

    duplicate = ProjectCreate(name="Copy", external_id="erp-9001")
    with pytest.raises(ConflictError) as raised:
        create_project.sync(client=client, body=duplicate, x_forwarded_user="ada@example.com")
    assert (raised.value.status, raised.value.code) == (409, "conflict") and "erp-9001" in raised.value.message
    with pytest.raises(ConflictError):
        update_project.sync(created.id, client=client, body=ProjectUpdate(name="x"))

    audit = [(entry.action, entry.resource_id, entry.actor, entry.api_key) for entry in mock.audit_log]
    assert audit == [
        ("create_project", str(created.id), "ada@example.com", "Demo integration"),
        ("update_project", str(created.id), "ada", "Demo integration"),
        ("archive_project", str(created.id), "grace@example.com", "Demo integration"),
    ], "every change attributed to the X-Forwarded-User that made it; refused changes are not logged"
    assert mock.audit_log[0].changes["external_id"] == "erp-9001"


def test_without_x_forwarded_user_the_key_is_credited(mock: CogramMock) -> None:
    system = connect("cogram", mock, credential=1)
    as_user = connect("cogram", mock, headers={"X-Forwarded-User": "sync-bot@example.com"})
    member = next(iter(mock.users))
    project = UUID(active_ids(mock)[1])
    add_or_update_project_member.sync(project, UUID(member), client=system, body=ProjectMemberUpsert(role="viewer"))
    add_or_update_project_member.sync(project, UUID(member), client=as_user, body=ProjectMemberUpsert(role="owner"))
    credited = [(entry.actor, entry.attributed_to, entry.changes) for entry in mock.audit_log]
    assert credited == [
        (None, "API key Nightly sync", {"role": "viewer"}),
        ("sync-bot@example.com", "sync-bot@example.com", {"role": "owner"}),
    ]
    assert all(SYNC_KEY not in repr(entry) and DEMO_KEY not in repr(entry) for entry in mock.audit_log)


# -- every documented error status raises its typed exception -----------------------------------------


def test_401_missing_invalid_and_expired_keys(mock: CogramMock) -> None:
    anonymous = Client(base_url=mock.base_url, transport=mock.transport(), retry=False, throttle=False)
    cases = [
        (anonymous, "api_key_missing", "No API key provided"),
        (connect("cogram", mock, "cgk_live_not_a_key"), "api_key_invalid", "API key not found or incorrect"),
        (connect("cogram", mock, EXPIRED_KEY), "api_key_expired", "API key has expired"),
    ]
    for client, code, message in cases:
        error = raised(CogramError, partial(list_projects.sync, client=client))
        assert isinstance(error, AuthenticationError)
        assert (error.status, error.code, error.message) == (401, code, message)


def test_a_key_expires_on_the_mock_clock(mock: CogramMock, clock: FakeClock) -> None:
    nightly = connect("cogram", mock, SYNC_KEY)
    assert isinstance(list_users.sync(client=nightly, page_size=1), UserPage)
    clock.advance(5 * 366 * 86400)
    error = raised(CogramError, lambda: list_users.sync(client=nightly, page_size=1))
    assert isinstance(error, AuthenticationError) and error.code == "api_key_expired"


def test_404_not_found(client: AuthenticatedClient) -> None:
    for call in (
        lambda: get_project.sync(UNKNOWN, client=client),
        lambda: list_project_members.sync(UNKNOWN, client=client),
        lambda: update_user_role.sync(UNKNOWN, client=client, body=UserUpdate(role="guest")),
        lambda: remove_project_member.sync_detailed(FLAGSHIP_ID, UNKNOWN, client=client),
    ):
        error = raised(CogramError, call)
        assert isinstance(error, NotFoundError) and (error.status, error.code) == (404, "not_found")


def test_409_conflict_on_duplicate_external_ids(client: AuthenticatedClient, mock: CogramMock) -> None:
    taken_project = next(p["external_id"] for p in mock.projects.values() if p["external_id"])
    error = raised(
        CogramError, lambda: create_project.sync(client=client, body=ProjectCreate(name="x", external_id=taken_project))
    )
    assert isinstance(error, ConflictError) and error.code == "conflict"
    users = list(mock.users.values())
    taken_user = users[0]["external_id"]
    body = UserUpdate(role="member", external_id=taken_user)
    error = raised(CogramError, lambda: update_user_role.sync(UUID(users[1]["id"]), client=client, body=body))
    assert isinstance(error, ConflictError) and taken_user in error.message


def test_422_validation_error(client: AuthenticatedClient) -> None:
    error = raised(CogramError, lambda: list_users.sync(client=client, page_size=101))
    assert isinstance(error, UnprocessableEntityError)
    assert (error.status, error.code) == (422, "validation_error") and "page_size" in error.message
    error = raised(CogramError, lambda: create_project.sync(client=client, body=ProjectCreate(name="")))
    assert isinstance(error, UnprocessableEntityError) and error.message.startswith("Invalid request body")


def test_500_internal_error(client: AuthenticatedClient, mock: CogramMock, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(call: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(mock, "list_users", broken)
    error = raised(CogramError, lambda: list_users.sync(client=client))
    assert isinstance(error, InternalServerError) and (error.status, error.code) == (500, "internal_error")


# -- the documented limit, with the mock's real limits on -----------------------------------------------


def test_throttled_bulk_never_sees_a_429(clock: FakeClock) -> None:
    limited = create_mock("cogram", clock=clock)
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.advance(seconds)

    throttle = Throttle(AuthenticatedClient.profile.rate_limits, clock=clock.now, sleep=sleep)
    watch = Watch(limited.transport())
    client = connect("cogram", limited, transport=watch, throttle=throttle)
    start = clock.now()
    for _ in range(1010):
        get_project.sync_detailed(FLAGSHIP_ID, client=client)
    elapsed = clock.now() - start
    assert watch.statuses == [200] * 1010, "no 429 ever came over the wire"
    assert len(sleeps) == 1 and 60 <= elapsed <= 61, "1010 requests at 1000 per minute: one full window"


def test_429_raises_rate_limit_exceeded_and_retries_honour_retry_after(clock: FakeClock) -> None:
    limited = create_mock("cogram", clock=clock)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds)

    watch = Watch(limited.transport())
    raising = connect("cogram", limited, transport=watch)
    for _ in range(1000):
        get_project.sync_detailed(FLAGSHIP_ID, client=raising)
    clock.advance(20)
    error = raised(CogramError, lambda: get_project.sync(FLAGSHIP_ID, client=raising))
    assert isinstance(error, RateLimitError)
    assert (error.status, error.code, error.retry_after) == (429, "rate_limit_exceeded", 40)
    assert isinstance(list_users.sync(client=connect("cogram", limited, SYNC_KEY)), UserPage), (
        "each key has its own window"
    )

    clock.advance(11)
    retrying = connect("cogram", limited, transport=watch, retry=retry_policy(sleep=sleep))
    project = get_project.sync(FLAGSHIP_ID, client=retrying)
    assert project.id == FLAGSHIP_ID
    assert watch.statuses[1000:] == [429, 429, 200], "refused, then refused once more and retried"
    assert waits == [29.0], "the retry waited exactly the Retry-After the mock sent (60 - 20 - 11 s)"
