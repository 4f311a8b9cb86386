"""The Cogram mock's handlers: one method per operationId, over the store in models.py."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from formclients.runtime import RateLimit

from .._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply, retry_after
from .._model import StoreAttribute
from .._paging import page_of
from .._store import Collection
from .data import CREDENTIALS, FLAGSHIP, demo_store
from .models import AuditEntry, CogramStore, Record, demo_id, parse_timestamp, timestamp

FORWARDED_USER = "X-Forwarded-User"
CODES = {
    401: "api_key_invalid",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "validation_error",
    429: "rate_limit_exceeded",
    500: "internal_error",
}


def page_envelope(items: list[Any], page: int, size: int, render: Callable[[Any], Any]) -> dict[str, Any]:
    chunk, _ = page_of(items, page, size)
    return {
        "items": [render(item) for item in chunk],
        "total": len(items),
        "page": page,
        "page_size": size,
        "pages": math.ceil(len(items) / size),
    }


class CogramMock(ProviderMock):
    provider = "cogram"
    validation_status = 422
    credentials: ClassVar[tuple[DemoCredential, ...]] = CREDENTIALS

    store: CogramStore
    users: StoreAttribute[dict[str, Record]] = StoreAttribute()
    """The organization's members by id, in the order they joined."""
    projects: StoreAttribute[dict[str, Record]] = StoreAttribute()
    """Projects by id, oldest first; archived ones stay here with `status: archived`."""
    members: StoreAttribute[dict[str, dict[str, Record]]] = StoreAttribute()
    """project id -> user id -> {role, added_at, updated_at}, in the order members were added."""
    audit_log: StoreAttribute[list[AuditEntry]] = StoreAttribute()
    """Every change made through the API, oldest first, with its X-Forwarded-User attribution."""

    def seed(self) -> None:
        self.store = demo_store()

    # auth and errors in Cogram's shape -------------------------------------------------------------

    def error_body(self, status: int, message: str, code: str | None = None) -> Any:
        return {"error": {"code": code or CODES.get(status, "error"), "message": message}}

    def authenticate(self, call: Call, scheme: str, value: str) -> Principal:
        word, _, rest = call.headers.get("authorization", "").strip().partition(" ")
        if word.lower() == "bearer" and not rest.strip():  # `Bearer` and no key: no API key provided
            raise self.missing_credential(call)
        principal = super().authenticate(call, scheme, value)
        expires_at = principal.credential.attributes.get("expires_at")
        if expires_at is not None and self.now() >= parse_timestamp(expires_at):
            raise self.error(401, "API key has expired", "api_key_expired")
        return principal

    def missing_credential(self, call: Call) -> ApiError:
        return self.error(401, "No API key provided", "api_key_missing")

    def invalid_credential(self, call: Call, credential: str) -> ApiError:
        return self.error(401, "API key not found or incorrect", "api_key_invalid")

    def invalid_request(self, call: Call | None, problems: list[str]) -> ApiError:
        subject = "Invalid request body" if all(p.startswith("body") for p in problems) else "Invalid request"
        return self.error(422, f"{subject}: " + "; ".join(problems), "validation_error")

    def not_found(self, message: str = "Resource does not exist") -> ApiError:
        return self.error(404, message, "not_found")

    def rate_limited(self, call: Call, limit: RateLimit, wait: float) -> ApiError:
        return self.error(
            429,
            f"Too many requests: the limit is {limit.requests} requests per {limit.period:g} seconds per API key",
            "rate_limit_exceeded",
            headers=retry_after(wait),
        )

    # helpers -------------------------------------------------------------------------------------

    def audit(self, call: Call, resource_type: str, resource_id: str, changes: Mapping[str, Any]) -> None:
        key_name = str(call.principal.credential.attributes.get("name", "")) if call.principal else ""
        self.audit_log.append(
            AuditEntry(
                at=timestamp(self.now()),
                action=call.operation.operation_id,
                resource_type=resource_type,
                resource_id=resource_id,
                actor=call.param(FORWARDED_USER),
                api_key=key_name,
                changes=dict(changes),
            )
        )

    def project(self, call: Call) -> Record:
        project = self.projects.get(call.param("id"))
        if project is None:
            raise self.not_found("Project not found")
        return project

    def user(self, user_id: str) -> Record:
        user = self.users.get(user_id)
        if user is None:
            raise self.not_found("User not found")
        return user

    # projects ------------------------------------------------------------------------------------

    def list_projects(self, call: Call) -> Reply:
        matching = self.store.active_projects(call.param("include_archived", False), call.param("external_id"))
        return Reply(page_envelope(matching, call.param("page", 1), call.param("page_size", 50), dict))

    def create_project(self, call: Call) -> Reply:
        project = self.store.create_project(call.body, self.now())
        self.audit(
            call, "project", project["id"], {key: project[key] for key in ("name", "description", "external_id")}
        )
        return Reply(dict(project), status=201)

    def get_project(self, call: Call) -> Reply:
        return Reply(dict(self.project(call)))

    def update_project(self, call: Call) -> Reply:
        project = self.project(call)
        changes = self.store.update_project(project, call.body, self.now())
        if changes:
            self.audit(call, "project", project["id"], changes)
        return Reply(dict(project))

    def archive_project(self, call: Call) -> Reply:
        project = self.project(call)
        if self.store.archive_project(project, self.now()):
            self.audit(call, "project", project["id"], {"status": "archived"})
        return Reply(dict(project))

    # members -------------------------------------------------------------------------------------

    def list_project_members(self, call: Call) -> Reply:
        project = self.project(call)
        user_ids = list(self.members[project["id"]])
        return Reply(
            page_envelope(
                user_ids,
                call.param("page", 1),
                call.param("page_size", 50),
                lambda user_id: self.store.render_member(project["id"], user_id),
            )
        )

    def add_or_update_project_member(self, call: Call) -> Reply:
        project = self.project(call)
        user = self.user(call.param("user_id"))
        role = call.body["role"]
        added, changed = self.store.set_member(project, user, role, self.now())
        if changed:
            self.audit(call, "project_member", f"{project['id']}/{user['id']}", {"role": role})
        return Reply(self.store.render_member(project["id"], user["id"]), status=201 if added else 200)

    def remove_project_member(self, call: Call) -> Reply:
        project = self.project(call)
        user_id = call.param("user_id")
        if user_id not in self.members[project["id"]]:
            raise self.not_found("User is not a member of this project")
        self.store.remove_member(project, user_id)
        self.audit(call, "project_member", f"{project['id']}/{user_id}", {"removed": True})
        return Reply(status=204)

    # users ---------------------------------------------------------------------------------------

    def list_users(self, call: Call) -> Reply:
        external_id = call.param("external_id")
        matching = [user for user in self.users.values() if external_id is None or user["external_id"] == external_id]
        return Reply(page_envelope(matching, call.param("page", 1), call.param("page_size", 50), dict))

    def update_user_role(self, call: Call) -> Reply:
        user = self.user(call.param("user_id"))
        changes = self.store.update_user(user, call.body)
        if changes:
            self.audit(call, "user", user["id"], changes)
        return Reply(dict(user))

    # the store as JSON (seeds, the control API) ---------------------------------------------------

    store_collections: ClassVar[Mapping[str, Collection]] = {
        "users": Collection("User", description="the organization's members"),
        "projects": Collection("Project", description="projects, archived ones included"),
        "members": Collection("ProjectMember", "project", "each project's members by project id"),
    }

    def describe_data(self) -> dict[str, Any]:
        return self.store.describe() | {
            "flagship_project": demo_id("project", FLAGSHIP),
            "note": "send X-Forwarded-User: <email> to attribute changes in the audit log",
        }
