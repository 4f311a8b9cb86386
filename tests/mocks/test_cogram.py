"""The Cogram mock behaves as the Cogram guide (and specs/cogram.yaml's stated assumptions) say.

Every response any test receives is checked against the spec: its status must be declared for
the operation and its body must validate against the declared schema (see tests/mocks/_conformance.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from formclients.mocks import FakeClock, MockSettings
from formclients.mocks.cogram import DEMO_KEY, EXPIRED_KEY, SYNC_KEY, CogramMock
from tests.mocks._conformance import Conformance

ACTIVE_PROJECTS = 123
ALL_PROJECTS = 130
USERS = 120  # more than the largest page
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"

Factory = Callable[..., httpx.Client]


@pytest.fixture
def mock(clock: FakeClock) -> CogramMock:
    return CogramMock(MockSettings(rate_limits=False, clock=clock))


def make_factory(mock: CogramMock) -> Iterator[Factory]:
    clients: list[httpx.Client] = []
    conformance = Conformance(mock)

    def factory(key: str | None = DEMO_KEY, **headers: str) -> httpx.Client:
        all_headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
        all_headers.update({name.replace("_", "-"): value for name, value in headers.items()})
        client = httpx.Client(
            base_url=mock.base_url,
            transport=mock.transport(),
            headers=all_headers,
            event_hooks={"response": [conformance.hook]},
        )
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()


@pytest.fixture
def connect(mock: CogramMock) -> Iterator[Factory]:
    yield from make_factory(mock)


@pytest.fixture
def api(connect: Factory) -> httpx.Client:
    return connect()


def error_of(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]["code"]


def all_items(api: httpx.Client, path: str, **params: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every item of a list, following `pages`; and every page envelope seen."""
    items: list[dict[str, Any]] = []
    envelopes: list[dict[str, Any]] = []
    page = 1
    while True:
        body = api.get(path, params={**params, "page": page}).raise_for_status().json()
        envelopes.append(body)
        items += body["items"]
        if page >= body["pages"]:
            return items, envelopes
        page += 1


def first_project(api: httpx.Client, **params: Any) -> dict[str, Any]:
    project: dict[str, Any] = api.get("/v1/projects", params=params).json()["items"][0]
    return project


def archived_project(api: httpx.Client) -> dict[str, Any]:
    items, _ = all_items(api, "/v1/projects", include_archived="true", page_size=100)
    return next(project for project in items if project["status"] == "archived")


# -- auth --------------------------------------------------------------------------------------------


def test_missing_invalid_and_expired_keys_get_their_documented_codes(connect: Factory) -> None:
    assert error_of(connect(None).get("/v1/projects")) == (401, "api_key_missing")
    assert connect(None).get("/v1/projects").json()["error"]["message"] == "No API key provided"
    assert error_of(connect("cgk_live_not_a_real_key").get("/v1/projects")) == (401, "api_key_invalid")
    assert error_of(connect(EXPIRED_KEY).get("/v1/projects")) == (401, "api_key_expired")
    assert connect(EXPIRED_KEY).get("/v1/projects").json()["error"]["message"] == "API key has expired"
    assert error_of(connect(None, Authorization="Bearer ").get("/v1/projects")) == (401, "api_key_missing")
    assert error_of(connect(None, Authorization="Bearer").get("/v1/projects")) == (401, "api_key_missing")
    not_bearer = connect(None, Authorization=f"Basic {DEMO_KEY}").get("/v1/projects")
    assert error_of(not_bearer) == (401, "api_key_invalid")
    assert connect(SYNC_KEY).get("/v1/projects").status_code == 200


def test_a_key_expires_when_the_clock_passes_its_expiration_date(connect: Factory, clock: FakeClock) -> None:
    sync = connect(SYNC_KEY)
    assert sync.get("/v1/users").status_code == 200
    clock.advance(6 * 365 * 86400)  # 2026-01-15 + 6 years > 2030-12-31
    assert error_of(sync.get("/v1/users")) == (401, "api_key_expired")
    assert connect(DEMO_KEY).get("/v1/users").status_code == 200, "a key without expiration date keeps working"


def test_auth_is_checked_on_every_operation(mock: CogramMock, connect: Factory) -> None:
    anonymous = connect(None)
    project, user = "3f0c6a52-9f1e-4b8e-a2d4-5c7e1f9b0a11", "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    for operation in mock.spec.operations:
        path = operation.path.replace("{id}", project).replace("{user_id}", user)
        response = anonymous.request(operation.method, path, json={"name": "x", "role": "viewer"})
        assert error_of(response) == (401, "api_key_missing"), operation.operation_id


# -- pagination ----------------------------------------------------------------------------------------


def test_projects_page_at_100_in_two_pages(api: httpx.Client) -> None:
    items, envelopes = all_items(api, "/v1/projects", page_size=100)
    assert [len(e["items"]) for e in envelopes] == [100, ACTIVE_PROJECTS - 100]
    assert {(e["total"], e["pages"], e["page_size"]) for e in envelopes} == {(ACTIVE_PROJECTS, 2, 100)}
    assert [e["page"] for e in envelopes] == [1, 2]
    assert len({project["id"] for project in items}) == ACTIVE_PROJECTS
    assert [p["created_at"] for p in items] == sorted(p["created_at"] for p in items), "oldest first"


def test_default_page_size_is_50(api: httpx.Client) -> None:
    body = api.get("/v1/projects").json()
    assert (len(body["items"]), body["page"], body["page_size"], body["pages"]) == (50, 1, 50, 3)
    items, envelopes = all_items(api, "/v1/projects")
    assert [len(e["items"]) for e in envelopes] == [50, 50, ACTIVE_PROJECTS - 100]
    by_hundred, _ = all_items(api, "/v1/projects", page_size=100)
    assert items == by_hundred, "the same order whatever the page size"


def test_a_page_past_the_last_is_empty(api: httpx.Client) -> None:
    body = api.get("/v1/projects", params={"page": 9, "page_size": 100}).json()
    assert body == {"items": [], "total": ACTIVE_PROJECTS, "page": 9, "page_size": 100, "pages": 2}


@pytest.mark.parametrize("params", [{"page_size": 0}, {"page_size": 101}, {"page": 0}, {"page": "two"}])
def test_out_of_range_paging_is_a_validation_error(api: httpx.Client, params: dict[str, Any]) -> None:
    for path in ("/v1/projects", "/v1/users", f"/v1/projects/{first_project(api)['id']}/members"):
        response = api.get(path, params=params)
        assert error_of(response) == (422, "validation_error")
        assert next(iter(params)) in response.json()["error"]["message"]


def test_users_and_members_page_the_same_way(api: httpx.Client) -> None:
    users, envelopes = all_items(api, "/v1/users", page_size=25)
    assert [len(e["items"]) for e in envelopes] == [25, 25, 25, 25, 20]
    assert len({user["id"] for user in users}) == USERS
    assert {user["role"] for user in users} == {"admin", "member", "guest"}
    flagship = first_project(api)
    members, envelopes = all_items(api, f"/v1/projects/{flagship['id']}/members", page_size=50)
    assert [len(e["items"]) for e in envelopes] == [50, 50, 20]
    assert {m["user_id"] for m in members} == {u["id"] for u in users}
    assert {m["project_id"] for m in members} == {flagship["id"]}
    assert {m["role"] for m in members} == {"owner", "editor", "viewer"}


def test_users_and_flagship_members_need_two_pages_at_the_largest_size(api: httpx.Client) -> None:
    users, envelopes = all_items(api, "/v1/users", page_size=100)
    assert [len(e["items"]) for e in envelopes] == [100, USERS - 100]
    assert len({user["email"] for user in users}) == USERS, "every user has their own email"
    linked = [user["external_id"] for user in users if user["external_id"] is not None]
    assert len(set(linked)) == len(linked), "external ids are unique"
    members, envelopes = all_items(api, f"/v1/projects/{first_project(api)['id']}/members", page_size=100)
    assert [len(e["items"]) for e in envelopes] == [100, USERS - 100]
    assert [m["user_id"] for m in members] == [u["id"] for u in users]


def test_an_internal_failure_is_a_documented_500(
    mock: CogramMock, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(call: Any) -> Any:
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr(mock, "get_project", broken)
    response = api.get(f"/v1/projects/{first_project(api)['id']}")
    assert error_of(response) == (500, "internal_error")
    assert "fire" not in response.text, "no internal detail leaks"


# -- projects, archive on delete, conflicts ---------------------------------------------------------------


def test_create_get_update_archive(api: httpx.Client, clock: FakeClock) -> None:
    created = api.post("/v1/projects", json={"name": "Bridge", "external_id": "crm-42"})
    assert created.status_code == 201
    project = created.json()
    assert project["status"] == "active" and project["archived_at"] is None
    assert project["created_at"] == project["updated_at"] == "2026-01-15T12:00:00Z"
    assert project["description"] is None
    assert api.get(f"/v1/projects/{project['id']}").json() == project

    clock.advance(60)
    updated = api.patch(f"/v1/projects/{project['id']}", json={"description": "North approach"}).json()
    assert updated["description"] == "North approach" and updated["name"] == "Bridge", "other fields untouched"
    assert updated["updated_at"] == "2026-01-15T12:01:00Z"
    cleared = api.patch(f"/v1/projects/{project['id']}", json={"description": None, "external_id": None}).json()
    assert cleared["description"] is None and cleared["external_id"] is None

    clock.advance(60)
    archived = api.delete(f"/v1/projects/{project['id']}")
    assert archived.status_code == 200
    assert archived.json()["status"] == "archived"
    assert archived.json()["archived_at"] == "2026-01-15T12:02:00Z"
    assert api.get(f"/v1/projects/{project['id']}").json() == archived.json(), "still readable, flagged"

    clock.advance(60)
    again = api.delete(f"/v1/projects/{project['id']}")
    assert again.status_code == 200 and again.json() == archived.json(), "archiving twice changes nothing"


def test_archived_projects_are_listed_only_on_request(api: httpx.Client) -> None:
    project = first_project(api)
    api.delete(f"/v1/projects/{project['id']}")
    active, _ = all_items(api, "/v1/projects", page_size=100)
    assert len(active) == ACTIVE_PROJECTS - 1 and project["id"] not in {p["id"] for p in active}
    everything, _ = all_items(api, "/v1/projects", page_size=100, include_archived="true")
    assert len(everything) == ALL_PROJECTS
    statuses = {p["id"]: p["status"] for p in everything}
    assert statuses[project["id"]] == "archived"
    assert list(statuses.values()).count("archived") == ALL_PROJECTS - ACTIVE_PROJECTS + 1
    assert all(p["archived_at"] is not None for p in everything if p["status"] == "archived")
    assert error_of(api.get("/v1/projects", params={"include_archived": "yes"})) == (422, "validation_error")


def test_an_archived_project_refuses_changes(api: httpx.Client) -> None:
    project = archived_project(api)
    members = api.get(f"/v1/projects/{project['id']}/members").json()["items"]
    assert members, "the members of an archived project can still be listed"
    user_id = members[0]["user_id"]
    assert error_of(api.patch(f"/v1/projects/{project['id']}", json={"name": "x"})) == (409, "conflict")
    put = api.put(f"/v1/projects/{project['id']}/members/{user_id}", json={"role": "viewer"})
    assert error_of(put) == (409, "conflict")
    assert error_of(api.delete(f"/v1/projects/{project['id']}/members/{user_id}")) == (409, "conflict")
    assert api.get(f"/v1/projects/{project['id']}").json() == project


def test_duplicate_external_ids_conflict(api: httpx.Client) -> None:
    taken = first_project(api)["external_id"]
    assert taken is not None
    duplicate = api.post("/v1/projects", json={"name": "Copy", "external_id": taken})
    assert error_of(duplicate) == (409, "conflict")
    assert taken in duplicate.json()["error"]["message"]
    archived = archived_project(api)
    assert archived["external_id"] is not None
    assert error_of(api.post("/v1/projects", json={"name": "x", "external_id": archived["external_id"]}))[0] == 409

    mine = api.post("/v1/projects", json={"name": "Mine", "external_id": "crm-1"}).json()
    assert error_of(api.patch(f"/v1/projects/{mine['id']}", json={"external_id": taken})) == (409, "conflict")
    assert api.patch(f"/v1/projects/{mine['id']}", json={"external_id": "crm-1"}).status_code == 200
    assert api.post("/v1/projects", json={"name": "Mine"}).status_code == 201, "names need not be unique"
    assert api.post("/v1/projects", json={"name": "Mine", "external_id": None}).status_code == 201


def test_external_id_lookups(api: httpx.Client) -> None:
    project = first_project(api)
    found = api.get("/v1/projects", params={"external_id": project["external_id"]}).json()
    assert [p["id"] for p in found["items"]] == [project["id"]] and found["total"] == 1
    assert api.get("/v1/projects", params={"external_id": "nobody"}).json() == {
        "items": [],
        "total": 0,
        "page": 1,
        "page_size": 50,
        "pages": 0,
    }
    user = api.get("/v1/users").json()["items"][3]
    assert api.get("/v1/users", params={"external_id": user["external_id"]}).json()["items"] == [user]


def test_unknown_and_malformed_ids(api: httpx.Client) -> None:
    assert error_of(api.get(f"/v1/projects/{UNKNOWN_ID}")) == (404, "not_found")
    assert error_of(api.patch(f"/v1/projects/{UNKNOWN_ID}", json={"name": "x"})) == (404, "not_found")
    assert error_of(api.delete(f"/v1/projects/{UNKNOWN_ID}")) == (404, "not_found")
    assert error_of(api.get(f"/v1/projects/{UNKNOWN_ID}/members")) == (404, "not_found")
    assert error_of(api.patch(f"/v1/users/{UNKNOWN_ID}", json={"role": "member"})) == (404, "not_found")
    malformed = api.get("/v1/projects/not-a-uuid")
    assert error_of(malformed) == (422, "validation_error")
    assert "'id'" in malformed.json()["error"]["message"]


# -- members ---------------------------------------------------------------------------------------------


def test_add_change_and_remove_a_member(api: httpx.Client) -> None:
    project = api.post("/v1/projects", json={"name": "Team"}).json()
    user = api.get("/v1/users").json()["items"][5]
    path = f"/v1/projects/{project['id']}/members/{user['id']}"
    added = api.put(path, json={"role": "viewer"})
    assert added.status_code == 201
    assert added.json()["role"] == "viewer" and added.json()["email"] == user["email"]
    changed = api.put(path, json={"role": "owner"})
    assert changed.status_code == 200 and changed.json()["role"] == "owner"
    assert changed.json()["added_at"] == added.json()["added_at"]
    listed = api.get(f"/v1/projects/{project['id']}/members").json()
    assert [(m["user_id"], m["role"]) for m in listed["items"]] == [(user["id"], "owner")]
    assert api.delete(path).status_code == 204
    assert api.get(f"/v1/projects/{project['id']}/members").json()["total"] == 0
    assert error_of(api.delete(path)) == (404, "not_found")
    assert api.get("/v1/users", params={"external_id": user["external_id"]}).json()["total"] == 1, "still in the org"


def test_member_errors(api: httpx.Client) -> None:
    project = first_project(api)
    user = api.get("/v1/users").json()["items"][0]
    assert error_of(api.put(f"/v1/projects/{project['id']}/members/{UNKNOWN_ID}", json={"role": "viewer"}))[0] == 404
    assert error_of(api.put(f"/v1/projects/{UNKNOWN_ID}/members/{user['id']}", json={"role": "viewer"}))[0] == 404
    bad_role = api.put(f"/v1/projects/{project['id']}/members/{user['id']}", json={"role": "admin"})
    assert error_of(bad_role) == (422, "validation_error")
    assert error_of(api.put(f"/v1/projects/{project['id']}/members/{user['id']}", json={})) == (422, "validation_error")


# -- users -------------------------------------------------------------------------------------------------


def test_update_a_users_role_and_external_id(api: httpx.Client) -> None:
    users = api.get("/v1/users").json()["items"]
    guest = next(user for user in users if user["role"] == "guest")
    promoted = api.patch(f"/v1/users/{guest['id']}", json={"role": "member", "external_id": "emp-9000"})
    assert promoted.status_code == 200
    assert promoted.json() == {**guest, "role": "member", "external_id": "emp-9000"}
    assert api.get("/v1/users", params={"external_id": "emp-9000"}).json()["items"] == [promoted.json()]
    taken = api.patch(f"/v1/users/{guest['id']}", json={"role": "member", "external_id": users[0]["external_id"]})
    assert error_of(taken) == (409, "conflict")
    assert error_of(api.patch(f"/v1/users/{guest['id']}", json={"role": "owner"})) == (422, "validation_error")
    assert error_of(api.patch(f"/v1/users/{guest['id']}", json={"external_id": "x"})) == (422, "validation_error")


# -- audit attribution ---------------------------------------------------------------------------------------


def test_changes_are_attributed_to_x_forwarded_user(mock: CogramMock, connect: Factory) -> None:
    as_ada = connect(DEMO_KEY, X_Forwarded_User="ada@example.com")
    system = connect(SYNC_KEY)
    project = as_ada.post("/v1/projects", json={"name": "Audited", "external_id": "aud-1"}).json()
    user = as_ada.get("/v1/users").json()["items"][2]
    as_ada.patch(f"/v1/projects/{project['id']}", json={"name": "Audited 2"})
    as_ada.put(f"/v1/projects/{project['id']}/members/{user['id']}", json={"role": "editor"})
    system.delete(f"/v1/projects/{project['id']}/members/{user['id']}")
    as_ada.patch(f"/v1/users/{user['id']}", json={"role": "admin"})
    system.delete(f"/v1/projects/{project['id']}")

    log = [(e.action, e.resource_type, e.actor, e.api_key) for e in mock.audit_log]
    assert log == [
        ("create_project", "project", "ada@example.com", "Demo integration"),
        ("update_project", "project", "ada@example.com", "Demo integration"),
        ("add_or_update_project_member", "project_member", "ada@example.com", "Demo integration"),
        ("remove_project_member", "project_member", None, "Nightly sync"),
        ("update_user_role", "user", "ada@example.com", "Demo integration"),
        ("archive_project", "project", None, "Nightly sync"),
    ]
    assert mock.audit_log[0].resource_id == project["id"]
    assert mock.audit_log[0].changes == {"name": "Audited", "description": None, "external_id": "aud-1"}
    assert mock.audit_log[1].changes == {"name": "Audited 2"}
    assert mock.audit_log[2].resource_id == f"{project['id']}/{user['id']}"
    assert mock.audit_log[0].attributed_to == "ada@example.com"
    assert mock.audit_log[-1].attributed_to == "API key Nightly sync"
    assert all(DEMO_KEY not in repr(entry) and SYNC_KEY not in repr(entry) for entry in mock.audit_log)


def test_reads_and_failures_are_not_audited(mock: CogramMock, connect: Factory) -> None:
    as_ada = connect(DEMO_KEY, X_Forwarded_User="ada@example.com")
    project = first_project(as_ada)
    as_ada.get(f"/v1/projects/{project['id']}")
    as_ada.get("/v1/users")
    as_ada.post("/v1/projects", json={"name": "dup", "external_id": project["external_id"]})
    as_ada.patch(f"/v1/projects/{project['id']}", json={"name": project["name"]})  # no change
    assert mock.audit_log == []


def test_x_forwarded_user_is_validated(connect: Factory) -> None:
    too_long = connect(DEMO_KEY, X_Forwarded_User="u" * 256).get("/v1/projects")
    assert error_of(too_long) == (422, "validation_error")
    assert "X-Forwarded-User" in too_long.json()["error"]["message"]
    assert connect(DEMO_KEY, X_Forwarded_User="u" * 255).get("/v1/projects").status_code == 200


# -- bad input never gets a 5xx --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"name": ', "malformed JSON"),
        (b'{"name": 5}', "5 is not of type 'string'"),
        (b'{"name": "x", "colour": "red"}', "Additional properties are not allowed"),
        (b'{"name": ""}', "should be non-empty"),
        (b"\xff\xfe", "not valid UTF-8"),
        (b"", "body: is required"),
        (b"[]", "is not of type 'object'"),
        (b'{"name": "' + b"x" * (1024 * 1024) + b'"}', "larger than"),
    ],
)
def test_bad_bodies_are_validation_errors(api: httpx.Client, content: bytes, problem: str) -> None:
    response = api.post("/v1/projects", content=content, headers={"Content-Type": "application/json"})
    assert error_of(response) == (422, "validation_error")
    assert response.json()["error"]["message"].startswith("Invalid request body")
    assert problem in response.json()["error"]["message"]


def test_wrong_content_type_is_a_validation_error(api: httpx.Client) -> None:
    response = api.post(
        "/v1/projects", content=b"name=x", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert error_of(response) == (422, "validation_error")


def test_unknown_paths_and_methods_use_the_error_shape(api: httpx.Client) -> None:
    assert error_of(api.get("/v1/nothing")) == (404, "not_found")
    wrong = api.put("/v1/projects")
    assert error_of(wrong) == (405, "method_not_allowed")
    assert wrong.headers["Allow"] == "GET, POST"


# -- rate limits ----------------------------------------------------------------------------------------------


def test_1000_requests_per_minute_per_key_with_retry_after() -> None:
    clock = FakeClock()
    limited_mock = CogramMock(MockSettings(clock=clock))
    factory = make_factory(limited_mock)
    connect = next(factory)
    demo, sync = connect(DEMO_KEY), connect(SYNC_KEY)
    assert {demo.get("/v1/users", params={"page_size": 1}).status_code for _ in range(1000)} == {200}
    limited = demo.get("/v1/users")
    assert error_of(limited) == (429, "rate_limit_exceeded")
    assert limited.headers["Retry-After"] == "60"
    assert sync.get("/v1/users").status_code == 200, "each key has its own window"
    clock.advance(30)
    assert demo.get("/v1/users").headers["Retry-After"] == "30"
    clock.advance(30)
    assert demo.get("/v1/users").status_code == 200
    next(factory, None)


# -- reset ------------------------------------------------------------------------------------------------------


def test_reset_restores_the_demo_dataset(mock: CogramMock, api: httpx.Client) -> None:
    before = api.get("/v1/projects", params={"page_size": 100}).json()
    created = api.post("/v1/projects", json={"name": "Temp"}, headers={"X-Forwarded-User": "ada"}).json()
    api.delete(f"/v1/projects/{before['items'][0]['id']}")
    assert mock.audit_log
    mock.reset()
    assert api.get("/v1/projects", params={"page_size": 100}).json() == before
    assert error_of(api.get(f"/v1/projects/{created['id']}")) == (404, "not_found")
    assert mock.audit_log == []
    again = api.post("/v1/projects", json={"name": "Temp"}).json()
    assert again["id"] == created["id"], "ids are deterministic after a reset"


def test_the_conformance_check_itself_catches_drift(mock: CogramMock) -> None:
    request = httpx.Request("GET", f"{mock.base_url}/v1/projects/{UNKNOWN_ID}")
    conformance = Conformance(mock)
    with pytest.raises(AssertionError, match="undeclared 418"):
        conformance.check(httpx.Response(418, json={}, request=request))
    with pytest.raises(AssertionError, match="get_project 200"):
        conformance.check(httpx.Response(200, json={"id": "not-a-uuid"}, request=request))
    with pytest.raises(AssertionError, match="Retry-After"):
        conformance.check(httpx.Response(429, json={"error": {"code": "x", "message": "y"}}, request=request))
