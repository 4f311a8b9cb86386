"""Cogram: mirror a CRM record as a project, add a member, copy every project with a checkpoint.

Configuration comes from the environment: COGRAM_TOKEN (an organization API key), and
COGRAM_BASE_URL for a mock (`formclients mock cogram --port 0 --print-env`). Changes are
attributed in Cogram's audit log to the user named in X-Forwarded-User.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import cogram_client
from cogram_client import errors
from cogram_client.models import ProjectCreate, ProjectMemberUpsert, ProjectUpdate

CHECKPOINT = Path("cogram-projects.checkpoint")
ACTOR = "ada@example.com"  # whom the audit log names

with cogram_client.Cogram() as cogram:
    saved = CHECKPOINT.read_text() if CHECKPOINT.exists() else None
    pages = cogram.projects.iter_pages(include_archived=True, checkpoint=saved)
    copied = 0
    for page in pages:
        copied += len(page.items)  # store them here
        CHECKPOINT.write_text(page.checkpoint)
    print(f"copied {copied} projects in {pages.pages_fetched} requests ({pages.strategy}, {pages.guarantee})")

    crm_id = f"crm-{uuid.uuid4().hex[:8]}"  # the record in your CRM this project mirrors
    body = ProjectCreate(name="Bridge inspection", external_id=crm_id)
    project = cogram.projects.create(body=body, x_forwarded_user=ACTOR)
    project = cogram.projects.update(project.id, body=ProjectUpdate(description="Spans 3 to 7"), x_forwarded_user=ACTOR)
    found = cogram.projects.list(external_id=crm_id)  # look a project up by its external id
    print(f"project {found.items[0].name!r} ({found.items[0].external_id}): {found.items[0].description}")

    engineer = cogram.users.list(page_size=1).items[0]
    cogram.members.add_or_update(project.id, engineer.id, body=ProjectMemberUpsert(role="editor"))
    members = [f"{member.name} ({member.role})" for member in cogram.members.iter_items(project.id)]
    print("members:", ", ".join(members))

    try:
        cogram.projects.create(body=body, x_forwarded_user=ACTOR)  # the same external id again
    except errors.ConflictError as error:
        print(f"typed error: {type(error).__name__} {error.status}: {error.message}")

    archived = cogram.projects.archive(project.id, x_forwarded_user=ACTOR)  # None if a retry found it gone
    print("archived:", archived.archived_at if archived else "already")
