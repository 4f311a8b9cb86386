"""Every Cogram call the sync makes: projects (archived ones included), their members, users.

Cogram's lists have no change filter, so each sync reads them whole (100 per page, the
largest page) and writes only the rows that differ from the last sync; a member or user that
is gone is marked deleted. Archived projects stay listed (`include_archived=true`) with their
`status`, as Cogram keeps them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID

import cogram_client
from cogram_client.api.members import list_project_members
from cogram_client.api.projects import list_projects
from cogram_client.api.users import list_users

from .._columns import Field
from .._model import Collection, FormRef, Record

PAGE = 100


class CogramApi:
    provider = "cogram"
    record_table = ""  # no forms: only whole-list collections
    cursor_column = "updated_at"
    waiting: str | None = None

    def __init__(self, client: cogram_client.AuthenticatedClient) -> None:
        self.client = client
        self._projects: list[dict[str, Any]] | None = None

    def forms(self) -> list[FormRef]:
        return []

    def fields(self, form: FormRef) -> list[Field] | None:
        return None

    def pages(self, form: FormRef, since: Any) -> Iterator[list[Record]]:
        return iter(())

    def keys(self, form: FormRef) -> Iterator[str]:
        return iter(())

    def _all(self, fetch: Callable[[int], Any]) -> Iterator[dict[str, Any]]:
        page = 1
        while True:
            body = json.loads(fetch(page).content)
            yield from body["items"]
            if page >= int(body.get("pages") or 0) or not body["items"]:
                return
            page += 1

    def projects(self) -> Iterator[dict[str, Any]]:
        if self._projects is None:  # members need the project ids too: read them once per sync
            self._projects = list(
                self._all(
                    lambda page: list_projects.sync_detailed(
                        client=self.client, page=page, page_size=PAGE, include_archived=True
                    )
                )
            )
        return iter(self._projects)

    def members(self) -> Iterator[dict[str, Any]]:
        for project in self.projects():
            yield from self._members_of(str(project["id"]))

    def _members_of(self, project_id: str) -> Iterator[dict[str, Any]]:
        fetch = lambda page: list_project_members.sync_detailed(  # noqa: E731
            UUID(project_id), client=self.client, page=page, page_size=PAGE
        )
        for member in self._all(fetch):
            yield {"project_id": project_id, **member}

    def users(self) -> Iterator[dict[str, Any]]:
        return self._all(lambda page: list_users.sync_detailed(client=self.client, page=page, page_size=PAGE))

    def collections(self) -> list[Collection]:
        return [
            Collection("projects", ("id",), self.projects),
            Collection("members", ("project_id", "user_id"), self.members),
            Collection("users", ("id",), self.users),
        ]

    def request_estimate(self, forms: list[FormRef]) -> dict[str, int]:
        projects = json.loads(
            list_projects.sync_detailed(client=self.client, page=1, page_size=1, include_archived=True).content
        )
        users = json.loads(list_users.sync_detailed(client=self.client, page=1, page_size=1).content)
        project_pages = max(1, math.ceil(int(projects["total"]) / PAGE))
        return {
            "projects": project_pages,
            "members": project_pages + int(projects["total"]),  # at least one page per project
            "users": max(1, math.ceil(int(users["total"]) / PAGE)),
        }
