"""Every Cogram call the sync makes: projects, their members, and users, each a whole list.

Cogram has no forms and no change feed: each list is read whole every run with the client's
exact iterator (overlapping windows: every row that exists for the whole read comes out once),
and only rows that differ from the last run's are written; a key that is gone is written back
with `_deleted_at` (exactness makes absence mean deletion).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, MutableMapping
from typing import Any
from uuid import UUID

import cogram_client

from .._columns import Field
from .._model import Collection, FormRef, Reading, Record

PAGE = 100


class CogramApi:
    provider = "cogram"
    record_table = ""  # no forms: only whole-list collections
    lists_forms = True
    waiting: str | None = None

    def __init__(self, client: cogram_client.Cogram) -> None:
        self.client = client
        self._projects: list[dict[str, Any]] | None = None

    def forms(self) -> list[FormRef]:
        return []

    def fields(self, form: FormRef) -> list[Field] | None:
        return None

    def changes(self, form: FormRef, state: MutableMapping[str, Any], run: str) -> Iterator[list[Record]]:
        return iter(())

    def everything(self, form: FormRef) -> Iterator[list[Record]]:
        return iter(())

    def count(self, form: FormRef) -> int | None:
        return None

    def projects(self) -> Iterator[dict[str, Any]]:
        if self._projects is None:  # members need the project ids too: read them once per sync
            pages = self.client.projects.iter_items(page_size=PAGE, include_archived=True)
            self._projects = [project.to_dict() for project in pages]
        return iter(self._projects)

    def members(self) -> Iterator[dict[str, Any]]:
        for project in self.projects():
            for member in self.client.members.iter_items(UUID(str(project["id"])), page_size=PAGE):
                yield {"project_id": str(project["id"]), **member.to_dict()}

    def users(self) -> Iterator[dict[str, Any]]:
        return (user.to_dict() for user in self.client.users.iter_items(page_size=PAGE))

    def collections(self) -> list[Collection]:
        return [
            Collection("projects", ("id",), self.projects),
            Collection("members", ("project_id", "user_id"), self.members),
            Collection("users", ("id",), self.users),
        ]

    def readings(self) -> list[Reading]:
        whole = "whole list every run: overlapping windows (page_size 100), only changed rows written"
        exact = "exact: changes and deletions (absent keys marked _deleted_at), found by comparing with the last run"
        return [Reading(name, whole, exact) for name in ("projects", "members", "users")]

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        projects = self.client.projects.list(page=1, page_size=1, include_archived=True)
        users = self.client.users.list(page=1, page_size=1)
        project_pages = max(1, math.ceil(projects.total / PAGE))
        return {
            "projects": project_pages,
            "members": projects.total,  # at least one page per project
            "users": max(1, math.ceil(users.total / PAGE)),
        }
