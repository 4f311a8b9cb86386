"""Formester: filter submissions by an answer, copy every submission of a form with a checkpoint.

Configuration comes from the environment: FORMESTER_TOKEN (sent as X-FORMESTER-TOKEN), and
FORMESTER_BASE_URL for a mock (`formclients mock formester --port 0 --print-env`). Formester allows
10 requests a minute per token; this script makes 4, and the client waits rather than exceed the
limit, sharing the count with every process on this host.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import formester_client
from formester_client import errors

CHECKPOINT = Path("formester-contact.checkpoint")

with formester_client.Formester() as formester:
    # Any answer can be filtered on: `<field>__gte`, `__lte`, `__contains` ... (see the spec's filters).
    happy = formester.submissions.list(form_id=456, filters={"Rating__gte": "4"}, sort="created_at", order="desc")
    for submission in happy.submissions[:3]:
        answers = submission.data
        print(f"rated {answers['Rating']}  {submission.created_at:%Y-%m-%d}  {answers['name']}: {answers['comments']}")
    print(f"{happy.meta.total_count} submissions rated 4 or 5")

    saved = CHECKPOINT.read_text() if CHECKPOINT.exists() else None
    pages = formester.submissions.iter_pages(form_id=123, checkpoint=saved)
    copied = 0
    for page in pages:
        copied += len(page.items)  # store them here
        CHECKPOINT.write_text(page.checkpoint)
    print(f"copied {copied} submissions in {pages.pages_fetched} requests ({pages.strategy}, {pages.guarantee})")

    try:
        formester.submissions.get(str(uuid.uuid4()))
    except errors.NotFoundError as error:
        print(f"typed error: {type(error).__name__} {error.status}: {error.message}")
