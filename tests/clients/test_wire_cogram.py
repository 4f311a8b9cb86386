"""Cogram: the exact requests the generated client sends, and typed parsing of documented responses."""

from __future__ import annotations

import json
import math
from typing import Any
from uuid import UUID

import httpx
import pytest
from cogram_client import AuthenticatedClient
from cogram_client.api.members import add_or_update_project_member, list_project_members, remove_project_member
from cogram_client.api.projects import archive_project, create_project, get_project, list_projects, update_project
from cogram_client.api.users import list_users, update_user_role
from cogram_client.errors import ERROR_CLASSES, CogramError, InternalServerError
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

from formclients.runtime import ConfigurationError

from ..conftest import load_spec
from .conftest import Recorder

KEY = "cgk_live_wire_0123456789abcdef"
PROJECT = UUID("3f0c6a52-9f1e-4b8e-a2d4-5c7e1f9b0a11")
USER = UUID("5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
SPEC = load_spec("cogram")


def client(recorder: Recorder, key: str | None = KEY, **kwargs: Any) -> AuthenticatedClient:
    return AuthenticatedClient(key, transport=recorder.transport, retry=False, throttle=False, **kwargs)


def documented(path: str, method: str, status: str) -> Any:
    """The spec's example body for one response (illustrative: the guide shows no bodies)."""
    examples = SPEC["paths"][path][method]["responses"][status]["content"]["application/json"]["examples"]
    return next(iter(examples.values()))["value"]


def test_list_sends_bearer_key_forwarded_user_and_paging(recorder: Recorder) -> None:
    recorder.respond(json=documented("/v1/projects", "get", "200"))
    list_projects.sync(client=client(recorder), page=2, page_size=25, x_forwarded_user="ada@example.com")
    request = recorder.last
    assert request.method == "GET"
    assert str(request.url).startswith("https://api.cogram.com/v1/projects?")
    assert recorder.query() == [("page", "2"), ("page_size", "25"), ("include_archived", "false")]
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["X-Forwarded-User"] == "ada@example.com"
    assert request.headers["User-Agent"].startswith("formclients/")


def test_x_forwarded_user_is_left_out_unless_given(recorder: Recorder) -> None:
    recorder.respond(json=documented("/v1/users", "get", "200"))
    list_users.sync(client=client(recorder))
    assert "X-Forwarded-User" not in recorder.last.headers
    assert recorder.query() == [("page", "1")], "no page_size: the server's default of 50 applies"
    list_users.sync(client=client(recorder, headers={"X-Forwarded-User": "hr-sync"}))
    assert recorder.last.headers["X-Forwarded-User"] == "hr-sync", "a client-wide attribution"


def test_iter_items_asks_for_100_a_page_then_overlapping_windows_until_the_last(recorder: Recorder) -> None:
    user = documented("/v1/users", "get", "200")["items"][0]
    everyone = [user | {"id": str(UUID(int=n))} for n in range(130)]

    def answer(request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
        chunk = everyone[(page - 1) * size : page * size]
        body = {"items": chunk, "total": 130, "page": page, "page_size": size, "pages": math.ceil(130 / size)}
        return httpx.Response(200, json=body)

    recorder.answer = answer
    users = list(list_users.iter_items(client=client(recorder), x_forwarded_user="ada"))
    assert [str(u.id) for u in users] == [u["id"] for u in everyone] and all(isinstance(u, User) for u in users)
    assert [r.url.params.multi_items() for r in recorder.requests] == [
        [("page", "1"), ("page_size", "100")],
        [("page", "2"), ("page_size", "99")],  # [99, 198): starts at the last user read
    ]
    assert {r.headers["X-Forwarded-User"] for r in recorder.requests} == {"ada"}


def test_writes_send_json_bodies_to_the_documented_paths(recorder: Recorder) -> None:
    recorder.respond(201, json=documented("/v1/projects", "post", "201"))
    create_project.sync(
        client=client(recorder), body=ProjectCreate(name="Harbour Bridge Retrofit", external_id="crm-42")
    )
    assert (recorder.last.method, recorder.last.url.path) == ("POST", "/v1/projects")
    assert recorder.last.headers["Content-Type"] == "application/json"
    assert json.loads(recorder.last.content) == {"name": "Harbour Bridge Retrofit", "external_id": "crm-42"}

    recorder.respond(json=documented("/v1/projects", "post", "201"))
    update_project.sync(PROJECT, client=client(recorder), body=ProjectUpdate(description=None))
    assert (recorder.last.method, recorder.last.url.path) == ("PATCH", f"/v1/projects/{PROJECT}")
    assert json.loads(recorder.last.content) == {"description": None}, "null clears; absent fields stay"

    recorder.respond(json=documented("/v1/projects/{id}", "get", "200"))
    archive_project.sync(PROJECT, client=client(recorder))
    assert (recorder.last.method, recorder.last.url.path) == ("DELETE", f"/v1/projects/{PROJECT}")

    recorder.respond(201, json=documented("/v1/projects/{id}/members/{user_id}", "put", "201"))
    add_or_update_project_member.sync(PROJECT, USER, client=client(recorder), body=ProjectMemberUpsert(role="viewer"))
    assert (recorder.last.method, recorder.last.url.path) == ("PUT", f"/v1/projects/{PROJECT}/members/{USER}")
    assert json.loads(recorder.last.content) == {"role": "viewer"}

    recorder.respond(204)
    removed = remove_project_member.sync_detailed(PROJECT, USER, client=client(recorder))
    assert (recorder.last.method, recorder.last.url.path) == ("DELETE", f"/v1/projects/{PROJECT}/members/{USER}")
    assert removed.status_code == 204

    recorder.respond(json=documented("/v1/users/{user_id}", "patch", "200"))
    update_user_role.sync(USER, client=client(recorder), body=UserUpdate(role="admin"))
    assert (recorder.last.method, recorder.last.url.path) == ("PATCH", f"/v1/users/{USER}")
    assert json.loads(recorder.last.content) == {"role": "admin"}
    assert {r.headers["Authorization"] for r in recorder.requests} == {f"Bearer {KEY}"}


def test_documented_success_bodies_parse_into_typed_models(recorder: Recorder) -> None:
    recorder.respond(json=documented("/v1/projects", "get", "200"))
    page = list_projects.sync(client=client(recorder))
    assert isinstance(page, ProjectPage)
    assert (page.total, page.page, page.page_size, page.pages) == (124, 2, 25, 5)
    assert page.items[0].id == PROJECT and page.items[0].external_id == "PRJ-2025-001"
    assert page.items[0].status == "active" and page.items[0].archived_at is None

    recorder.respond(json=documented("/v1/projects/{id}", "get", "200"))
    archived = get_project.sync(PROJECT, client=client(recorder))
    assert isinstance(archived, Project) and archived.status == "archived"
    assert archived.archived_at is not None and archived.archived_at.isoformat() == "2025-12-20T09:15:00+00:00"
    assert archived.description is None and archived.external_id is None

    recorder.respond(json=documented("/v1/projects/{id}/members", "get", "200"))
    members = list_project_members.sync(PROJECT, client=client(recorder))
    assert isinstance(members, ProjectMemberPage)
    assert [(m.user_id, m.role, m.email) for m in members.items] == [(USER, "owner", "ada@example.com")]

    recorder.respond(201, json=documented("/v1/projects/{id}/members/{user_id}", "put", "201"))
    member = add_or_update_project_member.sync(
        PROJECT, USER, client=client(recorder), body=ProjectMemberUpsert(role="editor")
    )
    assert isinstance(member, ProjectMember) and member.role == "editor"

    recorder.respond(json=documented("/v1/users", "get", "200"))
    users = list_users.sync(client=client(recorder))
    assert isinstance(users, UserPage) and users.items[0].role == "admin" and users.items[0].external_id == "emp-0001"

    recorder.respond(json=documented("/v1/users/{user_id}", "patch", "200"))
    user = update_user_role.sync(USER, client=client(recorder), body=UserUpdate(role="admin"))
    assert isinstance(user, User) and user.id == USER and user.external_id is None


def documented_errors() -> list[tuple[int, str, str]]:
    """Every (status, code, message) the spec's error responses show."""
    found: set[tuple[int, str, str]] = set()
    for item in SPEC["paths"].values():
        for method, operation in item.items():
            if method == "parameters":
                continue
            for status, response in operation["responses"].items():
                if int(status) < 400:
                    continue
                name = response["$ref"].rsplit("/", 1)[-1]
                examples = SPEC["components"]["responses"][name]["content"]["application/json"]["examples"]
                for example in examples.values():
                    error = example["value"]["error"]
                    found.add((int(status), error["code"], error["message"]))
    return sorted(found)


def test_every_documented_code_is_covered() -> None:
    codes = {code for _, code, _ in documented_errors()}
    assert codes >= {
        "api_key_missing",
        "api_key_invalid",
        "api_key_expired",
        "not_found",
        "conflict",
        "validation_error",
        "rate_limit_exceeded",
    }


@pytest.mark.parametrize(("status", "code", "message"), documented_errors())
def test_documented_error_bodies_raise_typed_exceptions(
    recorder: Recorder, status: int, code: str, message: str
) -> None:
    headers = {"Retry-After": "30"} if status == 429 else {}
    recorder.respond(status, json={"error": {"code": code, "message": message}}, headers=headers)
    with pytest.raises(CogramError) as raised:
        get_project.sync(PROJECT, client=client(recorder))
    assert type(raised.value) is ERROR_CLASSES.get(status, InternalServerError)
    assert (raised.value.status, raised.value.code, raised.value.message) == (status, code, message)
    assert f"[{code}]" in str(raised.value) and KEY not in str(raised.value)
    if status == 429:
        assert raised.value.retry_after == 30


# -- construction from the environment ---------------------------------------------------------------


def test_key_and_base_url_from_the_environment(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COGRAM_TOKEN", "cgk_from_the_environment")
    monkeypatch.setenv("COGRAM_BASE_URL", "http://127.0.0.1:8001")
    recorder.respond(json=documented("/v1/projects/{id}", "get", "200"))
    get_project.sync(PROJECT, client=client(recorder, key=None))
    assert recorder.last.headers["Authorization"] == "Bearer cgk_from_the_environment"
    assert str(recorder.last.url) == f"http://127.0.0.1:8001/v1/projects/{PROJECT}"


def test_explicit_arguments_win_over_the_environment(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COGRAM_TOKEN", "cgk_from_the_environment")
    monkeypatch.setenv("COGRAM_BASE_URL", "http://127.0.0.1:8001")
    recorder.respond(json=documented("/v1/projects/{id}", "get", "200"))
    get_project.sync(PROJECT, client=client(recorder, base_url="https://staging.example.test"))
    assert recorder.last.headers["Authorization"] == f"Bearer {KEY}"
    assert str(recorder.last.url) == f"https://staging.example.test/v1/projects/{PROJECT}"


def test_no_key_anywhere_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COGRAM_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="COGRAM_TOKEN"):
        AuthenticatedClient()
