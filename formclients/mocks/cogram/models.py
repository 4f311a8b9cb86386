"""The Cogram mock's state: the organization's users, its projects and their members, the audit log.

Nothing here knows HTTP: the handlers (responses.py) change the store through :class:`CogramStore`,
which keeps its invariants (external ids unique, archived projects unchanged) by raising
:class:`Refused` with the status the API answers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .._model import Refused, utc_seconds

timestamp = utc_seconds  # ISO 8601 UTC to the second with `Z`

NAMESPACE = uuid.UUID("c0691a40-0000-4000-8000-00000000c0de")

Record = dict[str, Any]


def parse_timestamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def demo_id(kind: str, number: int) -> str:
    """A stable UUID for the n-th seeded (or created) thing of a kind."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}-{number}"))


def conflict(message: str) -> Refused:
    return Refused(409, message, "conflict")


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


@dataclass
class CogramStore:
    users: dict[str, Record] = field(default_factory=dict)
    """The organization's members by id, in the order they joined."""
    projects: dict[str, Record] = field(default_factory=dict)
    """Projects by id, oldest first; archived ones stay here with `status: archived`."""
    members: dict[str, dict[str, Record]] = field(default_factory=dict)
    """project id -> user id -> {role, added_at, updated_at}, in the order members were added."""
    audit_log: list[AuditEntry] = field(default_factory=list)
    """Every change made through the API, oldest first, with its X-Forwarded-User attribution."""
    created: int = 0  # projects created through the API (their ids are demo_id("created-project", n))

    # invariants ---------------------------------------------------------------------------------------

    @staticmethod
    def refuse_if_archived(project: Mapping[str, Any]) -> None:
        if project["status"] == "archived":
            raise conflict("Project is archived and cannot be changed")

    def check_project_external_id(self, external_id: Any, own_id: str | None = None) -> None:
        if external_id is None:
            return
        for other in self.projects.values():
            if other["external_id"] == external_id and other["id"] != own_id:
                raise conflict(f"A project with external_id {external_id!r} already exists")

    # projects -----------------------------------------------------------------------------------------

    def active_projects(self, include_archived: bool, external_id: str | None) -> list[Record]:
        return [
            project
            for project in self.projects.values()
            if (include_archived or project["status"] == "active")
            and (external_id is None or project["external_id"] == external_id)
        ]

    def create_project(self, body: Mapping[str, Any], now: datetime) -> Record:
        self.check_project_external_id(body.get("external_id"))
        at = timestamp(now)
        project_id = demo_id("created-project", self.created)
        self.created += 1
        project = {
            "id": project_id,
            "name": body["name"],
            "description": body.get("description"),
            "external_id": body.get("external_id"),
            "status": "active",
            "created_at": at,
            "updated_at": at,
            "archived_at": None,
        }
        self.projects[project_id] = project
        self.members[project_id] = {}
        return project

    def update_project(self, project: Record, body: Mapping[str, Any], now: datetime) -> dict[str, Any]:
        """Apply the fields of `body` that differ; the changes made (none: nothing changed)."""
        self.refuse_if_archived(project)
        if "external_id" in body:
            self.check_project_external_id(body["external_id"], own_id=project["id"])
        changes = {key: value for key, value in body.items() if project[key] != value}
        if changes:
            project.update(changes)
            project["updated_at"] = timestamp(now)
        return changes

    @staticmethod
    def archive_project(project: Record, now: datetime) -> bool:
        """Archive the project; False when it already was."""
        if project["status"] == "archived":
            return False
        at = timestamp(now)
        project.update(status="archived", archived_at=at, updated_at=at)
        return True

    # members ------------------------------------------------------------------------------------------

    def render_member(self, project_id: str, user_id: str) -> Record:
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

    def set_member(self, project: Record, user: Record, role: str, now: datetime) -> tuple[bool, bool]:
        """Add the user to the project with `role`, or change their role: (added, changed)."""
        self.refuse_if_archived(project)
        members = self.members[project["id"]]
        at = timestamp(now)
        existing = members.get(user["id"])
        if existing is None:
            members[user["id"]] = {"role": role, "added_at": at, "updated_at": at}
            return True, True
        if existing["role"] != role:
            existing.update(role=role, updated_at=at)
            return False, True
        return False, False

    def remove_member(self, project: Record, user_id: str) -> None:
        self.refuse_if_archived(project)
        del self.members[project["id"]][user_id]

    # users --------------------------------------------------------------------------------------------

    def update_user(self, user: Record, body: Mapping[str, Any]) -> dict[str, Any]:
        """Apply the fields of `body` that differ; the changes made."""
        if body.get("external_id") is not None:
            for other in self.users.values():
                if other["external_id"] == body["external_id"] and other["id"] != user["id"]:
                    raise conflict(f"A user with external_id {body['external_id']!r} already exists")
        changes = {key: value for key, value in body.items() if user[key] != value}
        if changes:
            user.update(changes)
        return changes

    # the store as JSON (seeds, the control API) ---------------------------------------------------

    def export(self) -> dict[str, Any]:
        return {
            "users": [dict(user) for user in self.users.values()],
            "projects": [dict(project) for project in self.projects.values()],
            "members": {p: [self.render_member(p, u) for u in members] for p, members in self.members.items()},
        }

    def imported(
        self, data: Mapping[str, Any]
    ) -> tuple[dict[str, Record], dict[str, Record], dict[str, dict[str, Record]]]:
        """The users, projects and members `data` makes (the current ones where it names none);
        ValueError names a repeated id or external_id, or a member of no project or no user."""
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
        return users, projects, members

    def replace(self, imported: tuple[dict[str, Record], dict[str, Record], dict[str, dict[str, Record]]]) -> None:
        self.users, self.projects, self.members = imported

    def describe(self) -> dict[str, Any]:
        return {
            "users": len(self.users),
            "projects": len(self.projects),
            "archived_projects": sum(1 for p in self.projects.values() if p["status"] == "archived"),
        }
