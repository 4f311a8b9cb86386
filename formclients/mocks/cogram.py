"""Cogram API v1 mock: projects (archive on delete), project members and roles, users, audit log.

Behaviour follows the provider guide (see specs/cogram.yaml for every assumption):

- organization-scoped bearer API keys that can expire: missing 401 `api_key_missing`,
  unknown 401 `api_key_invalid`, past their expiration date 401 `api_key_expired`
  (checked against the mock's clock on every request);
- 1000 requests per 60 s per key (the core enforces the spec's x-rate-limits), 429
  `rate_limit_exceeded` with Retry-After;
- every error is `{"error": {"code", "message"}}`; invalid input 422 `validation_error`;
- lists page with `page` / `page_size` (default 50, max 100) in `{items, total, page,
  page_size, pages}`, oldest first;
- DELETE /v1/projects/{id} archives: the project stays readable, flagged `status: archived`,
  is left out of list_projects unless `include_archived=true`, and refuses changes (409);
- `external_id` is unique per organization among projects and among users (409 `conflict`);
- project members have the roles owner / editor / viewer; PUT adds (201) or changes (200);
- every change is recorded in :attr:`CogramMock.audit_log`, attributed to `X-Forwarded-User`
  when the request carries it, else to the API key alone.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from formclients.runtime import RateLimit

from ._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply, retry_after
from ._paging import page_of
from ._store import Collection

SCHEME = "bearerAuth"
FORWARDED_USER = "X-Forwarded-User"
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
NAMESPACE = uuid.UUID("c0691a40-0000-4000-8000-00000000c0de")

DEMO_KEY = "cgk_live_demo_4f7a1c9e2b8d6035e1a7"
SYNC_KEY = "cgk_live_sync_8e2b5d1f7c3a9046b2d8"
EXPIRED_KEY = "cgk_live_expired_1d6e3a8f5c2b7094c3e9"

CODES = {
    401: "api_key_invalid",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "validation_error",
    429: "rate_limit_exceeded",
    500: "internal_error",
}

FIRST_NAMES = (
    "Ada", "Grace", "Alan", "Margaret", "Linus", "Barbara", "Dennis", "Frances",
    "Ken", "Radia", "Edsger", "Hedy", "Tim", "Katherine", "Donald", "Sophie",
    "John", "Mary", "Niklaus", "Jean", "Bjarne", "Anita", "Guido", "Lynn",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Hopper", "Turing", "Hamilton", "Torvalds", "Liskov", "Ritchie", "Allen",
    "Thompson", "Perlman", "Dijkstra", "Lamarr", "Berners-Lee", "Johnson", "Knuth", "Wilson",
    "McCarthy", "Keller", "Wirth", "Sammet", "Stroustrup", "Borg", "van Rossum", "Conway",
)  # fmt: skip
PLACES = (
    "Riverside", "Harbour", "Northgate", "Elm Street", "Lakeside", "Old Town", "Westfield",
    "Hillcrest", "Mill Lane", "Station Square", "Kingsway", "Meadowbrook", "Queens Park",
)  # fmt: skip
KINDS = (
    "Library Renovation", "Bridge Retrofit", "Primary School", "Medical Centre", "Office Tower",
    "Housing Block", "Parking Structure", "Sports Hall", "Water Treatment Plant", "Fire Station",
)  # fmt: skip

USER_COUNT = 120  # more than the largest page (100), so every user list and the flagship's members page twice
PROJECT_COUNT = len(PLACES) * len(KINDS)  # 130
FLAGSHIP = 0  # the project every user is a member of (to page through members)


def timestamp(moment: datetime) -> str:
    """ISO 8601 UTC to the second, with `Z`."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def demo_id(kind: str, number: int) -> str:
    """A stable UUID for the n-th seeded (or created) thing of a kind."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}-{number}"))


def page_envelope(items: list[Any], page: int, size: int, render: Any) -> dict[str, Any]:
    chunk, _ = page_of(items, page, size)
    return {
        "items": [render(item) for item in chunk],
        "total": len(items),
        "page": page,
        "page_size": size,
        "pages": math.ceil(len(items) / size),
    }


@dataclass(frozen=True)
class AuditEntry:
    """One change recorded in the organization's audit log."""

    at: str  # when (ISO 8601 UTC)
    action: str  # the operationId, e.g. "create_project"
    resource_type: str  # project | project_member | user
    resource_id: str  # the project id, "<project id>/<user id>" for a membership, or the user id
    actor: str | None  # the X-Forwarded-User header; None when the request had none
    api_key: str  # the name of the API key that made the request (never the key itself)
    changes: Mapping[str, Any] = field(default_factory=dict)

    @property
    def attributed_to(self) -> str:
        """Who the audit log names: the forwarded user when given, else the API key."""
        return self.actor if self.actor is not None else f"API key {self.api_key}"


class CogramMock(ProviderMock):
    provider = "cogram"
    validation_status = 422
    credentials: ClassVar[tuple[DemoCredential, ...]] = (
        DemoCredential(
            DEMO_KEY,
            SCHEME,
            (),
            "Organization API key 'Demo integration', no expiration date",
            {"name": "Demo integration", "organization": "Acme Construction", "expires_at": None},
        ),
        DemoCredential(
            SYNC_KEY,
            SCHEME,
            (),
            "Organization API key 'Nightly sync', expires 2030-12-31T23:59:59Z (own rate-limit window)",
            {"name": "Nightly sync", "organization": "Acme Construction", "expires_at": "2030-12-31T23:59:59Z"},
        ),
        DemoCredential(
            EXPIRED_KEY,
            SCHEME,
            (),
            "Organization API key 'Old export', expired 2025-12-31T23:59:59Z: answers 401 api_key_expired",
            {"name": "Old export", "organization": "Acme Construction", "expires_at": "2025-12-31T23:59:59Z"},
        ),
    )

    # state ---------------------------------------------------------------------------------------

    def seed(self) -> None:
        self.users: dict[str, dict[str, Any]] = {}
        """The organization's members by id, in the order they joined."""
        self.projects: dict[str, dict[str, Any]] = {}
        """Projects by id, oldest first; archived ones stay here with `status: archived`."""
        self.members: dict[str, dict[str, dict[str, Any]]] = {}
        """project id -> user id -> {role, added_at, updated_at}, in the order members were added."""
        self.audit_log: list[AuditEntry] = []
        """Every change made through the API, oldest first, with its X-Forwarded-User attribution."""
        self._created = 0

        for n in range(USER_COUNT):
            role = "admin" if n < 2 else "member" if n < 20 or n % 4 == 1 else "guest"
            # the first 24 users are first[n] last[n]; then each first name meets another surname
            first, last = FIRST_NAMES[n % len(FIRST_NAMES)], LAST_NAMES[(n + n // len(FIRST_NAMES)) % len(LAST_NAMES)]
            user_id = demo_id("user", n)
            local = f"{first.lower()}.{last.lower().replace(' ', '').replace('-', '')}"
            self.users[user_id] = {
                "id": user_id,
                "email": f"{local}@example.com" if n < len(FIRST_NAMES) else f"{local}{n}@example.com",
                "name": f"{first} {last}",
                "role": role,
                "external_id": f"emp-{n + 1:04d}" if role != "guest" else None,
                "created_at": timestamp(EPOCH - timedelta(days=240) + timedelta(days=n, hours=9)),
            }
        user_ids = list(self.users)

        for n in range(PROJECT_COUNT):
            created = EPOCH - timedelta(days=180) + timedelta(hours=12 * n)
            updated = created + timedelta(days=n % 9, hours=n % 5)
            archived = n % 20 == 7
            archived_at = created + timedelta(days=30) if archived else None
            project_id = demo_id("project", n)
            self.projects[project_id] = {
                "id": project_id,
                "name": f"{PLACES[n % len(PLACES)]} {KINDS[n // len(PLACES)]}",
                "description": None if n % 4 == 3 else f"Demo project {n + 1}: design coordination and site meetings.",
                "external_id": f"PRJ-2025-{n + 1:03d}" if n % 3 != 2 else None,
                "status": "archived" if archived else "active",
                "created_at": timestamp(created),
                "updated_at": timestamp(max(updated, archived_at) if archived_at else updated),
                "archived_at": timestamp(archived_at) if archived_at else None,
            }
            if n == FLAGSHIP:
                chosen = user_ids
            else:
                chosen = [user_ids[n % 20]]  # an admin or member owns it
                for j in range(n % 5):
                    candidate = user_ids[(n * 7 + j * 5 + 1) % USER_COUNT]
                    if candidate not in chosen:
                        chosen.append(candidate)
            self.members[project_id] = {}
            for j, user_id in enumerate(chosen):
                added = timestamp(created + timedelta(hours=j))
                role = "owner" if j == 0 else "editor" if j % 2 else "viewer"
                self.members[project_id][user_id] = {"role": role, "added_at": added, "updated_at": added}

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

    def conflict(self, message: str) -> ApiError:
        return self.error(409, message, "conflict")

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

    def project(self, call: Call) -> dict[str, Any]:
        project = self.projects.get(call.param("id"))
        if project is None:
            raise self.not_found("Project not found")
        return project

    def user(self, user_id: str) -> dict[str, Any]:
        user = self.users.get(user_id)
        if user is None:
            raise self.not_found("User not found")
        return user

    def refuse_if_archived(self, project: Mapping[str, Any]) -> None:
        if project["status"] == "archived":
            raise self.conflict("Project is archived and cannot be changed")

    def check_project_external_id(self, external_id: Any, own_id: str | None = None) -> None:
        if external_id is None:
            return
        for other in self.projects.values():
            if other["external_id"] == external_id and other["id"] != own_id:
                raise self.conflict(f"A project with external_id {external_id!r} already exists")

    def render_member(self, project_id: str, user_id: str) -> dict[str, Any]:
        user = self.users[user_id]
        membership = self.members[project_id][user_id]
        return {
            "project_id": project_id,
            "user_id": user_id,
            "email": user["email"],
            "name": user["name"],
            "role": membership["role"],
            "added_at": membership["added_at"],
            "updated_at": membership["updated_at"],
        }

    # projects ------------------------------------------------------------------------------------

    def list_projects(self, call: Call) -> Reply:
        include_archived = call.param("include_archived", False)
        external_id = call.param("external_id")
        matching = [
            project
            for project in self.projects.values()
            if (include_archived or project["status"] == "active")
            and (external_id is None or project["external_id"] == external_id)
        ]
        return Reply(page_envelope(matching, call.param("page", 1), call.param("page_size", 50), dict))

    def create_project(self, call: Call) -> Reply:
        body = call.body
        self.check_project_external_id(body.get("external_id"))
        now = timestamp(self.now())
        project_id = demo_id("created-project", self._created)
        self._created += 1
        project = {
            "id": project_id,
            "name": body["name"],
            "description": body.get("description"),
            "external_id": body.get("external_id"),
            "status": "active",
            "created_at": now,
            "updated_at": now,
            "archived_at": None,
        }
        self.projects[project_id] = project
        self.members[project_id] = {}
        self.audit(call, "project", project_id, {key: project[key] for key in ("name", "description", "external_id")})
        return Reply(dict(project), status=201)

    def get_project(self, call: Call) -> Reply:
        return Reply(dict(self.project(call)))

    def update_project(self, call: Call) -> Reply:
        project = self.project(call)
        self.refuse_if_archived(project)
        if "external_id" in call.body:
            self.check_project_external_id(call.body["external_id"], own_id=project["id"])
        changes = {key: value for key, value in call.body.items() if project[key] != value}
        if changes:
            project.update(changes)
            project["updated_at"] = timestamp(self.now())
            self.audit(call, "project", project["id"], changes)
        return Reply(dict(project))

    def archive_project(self, call: Call) -> Reply:
        project = self.project(call)
        if project["status"] != "archived":
            now = timestamp(self.now())
            project.update(status="archived", archived_at=now, updated_at=now)
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
                lambda user_id: self.render_member(project["id"], user_id),
            )
        )

    def add_or_update_project_member(self, call: Call) -> Reply:
        project = self.project(call)
        user = self.user(call.param("user_id"))
        self.refuse_if_archived(project)
        members = self.members[project["id"]]
        role = call.body["role"]
        now = timestamp(self.now())
        existing = members.get(user["id"])
        resource_id = f"{project['id']}/{user['id']}"
        if existing is None:
            members[user["id"]] = {"role": role, "added_at": now, "updated_at": now}
            self.audit(call, "project_member", resource_id, {"role": role})
            return Reply(self.render_member(project["id"], user["id"]), status=201)
        if existing["role"] != role:
            existing.update(role=role, updated_at=now)
            self.audit(call, "project_member", resource_id, {"role": role})
        return Reply(self.render_member(project["id"], user["id"]))

    def remove_project_member(self, call: Call) -> Reply:
        project = self.project(call)
        members = self.members[project["id"]]
        user_id = call.param("user_id")
        if user_id not in members:
            raise self.not_found("User is not a member of this project")
        self.refuse_if_archived(project)
        del members[user_id]
        self.audit(call, "project_member", f"{project['id']}/{user_id}", {"removed": True})
        return Reply(status=204)

    # users ---------------------------------------------------------------------------------------

    def list_users(self, call: Call) -> Reply:
        external_id = call.param("external_id")
        matching = [user for user in self.users.values() if external_id is None or user["external_id"] == external_id]
        return Reply(page_envelope(matching, call.param("page", 1), call.param("page_size", 50), dict))

    def update_user_role(self, call: Call) -> Reply:
        user = self.user(call.param("user_id"))
        if call.body.get("external_id") is not None:
            for other in self.users.values():
                if other["external_id"] == call.body["external_id"] and other["id"] != user["id"]:
                    raise self.conflict(f"A user with external_id {call.body['external_id']!r} already exists")
        changes = {key: value for key, value in call.body.items() if user[key] != value}
        if changes:
            user.update(changes)
            self.audit(call, "user", user["id"], changes)
        return Reply(dict(user))

    # the store as JSON (seeds, the control API) ---------------------------------------------------

    store_collections: ClassVar[Mapping[str, Collection]] = {
        "users": Collection("User", description="the organization's members"),
        "projects": Collection("Project", description="projects, archived ones included"),
        "members": Collection("ProjectMember", "project", "each project's members by project id"),
    }

    def export_store(self) -> dict[str, Any]:
        return {
            "users": [dict(user) for user in self.users.values()],
            "projects": [dict(project) for project in self.projects.values()],
            "members": {p: [self.render_member(p, u) for u in members] for p, members in self.members.items()},
        }

    def import_store(self, data: Mapping[str, Any]) -> None:
        users = {u["id"]: dict(u) for u in data["users"]} if "users" in data else self.users
        projects = {p["id"]: dict(p) for p in data["projects"]} if "projects" in data else self.projects
        for name, records, imported in (
            ("users", data.get("users"), users),
            ("projects", data.get("projects"), projects),
        ):
            if records is not None and len(records) != len(imported):
                raise ValueError(f"{name}: ids repeat")
        for name, records in (("users", users.values()), ("projects", projects.values())):
            external = [r["external_id"] for r in records if r["external_id"] is not None]
            if len(external) != len(set(external)):
                raise ValueError(f"{name}: external_id repeats (unique within the organization)")
        if "members" in data:
            source = {p: {m["user_id"]: m for m in members} for p, members in data["members"].items()}
        else:
            source = {p: {u: {**m, "user_id": u} for u, m in members.items()} for p, members in self.members.items()}
        members: dict[str, dict[str, dict[str, Any]]] = {project_id: {} for project_id in projects}
        for project_id, by_user in source.items():
            if project_id not in projects:
                raise ValueError(f"members: no project {project_id!r}")
            for user_id, member in by_user.items():
                if user_id not in users:
                    raise ValueError(f"members[{project_id!r}]: no user {user_id!r}")
                if member.get("project_id", project_id) != project_id:
                    raise ValueError(f"members[{project_id!r}]: a member of project {member['project_id']!r}")
                members[project_id][user_id] = {k: member[k] for k in ("role", "added_at", "updated_at")}
        with self.lock:
            self.users, self.projects, self.members = users, projects, members

    def describe_data(self) -> dict[str, Any]:
        return {
            "users": len(self.users),
            "projects": len(self.projects),
            "archived_projects": sum(1 for p in self.projects.values() if p["status"] == "archived"),
            "flagship_project": demo_id("project", FLAGSHIP),
            "note": "send X-Forwarded-User: <email> to attribute changes in the audit log",
        }
