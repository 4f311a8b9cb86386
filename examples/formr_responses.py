"""Formr: submit a registration, triage the week's responses, copy every response with a checkpoint,
and export them as CSV.

Configuration comes from the environment: FORMR_TOKEN (a secret key; a publishable key can only
submit), and FORMR_BASE_URL for a mock (`formclients mock formr --port 0 --print-env`). Responses
are read per environment: a form lives in `development` or `production`.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import formr_client
from formr_client import errors
from formr_client.models import NoteRequest, StarRequest, SubmitRequest

CHECKPOINT = Path("formr-signup.checkpoint")
FORM, ENVIRONMENT = "form_signup", "production"

with formr_client.Formr() as formr:
    answers = {"full_name": "Ada Lovelace", "email": "ada@example.com", "age": 36, "ticket": "vip", "consent": True}
    # What the page's form posts to your backend, reCAPTCHA token included (this form requires one).
    posted = {"answers": answers, "recaptchaToken": "token-from-the-recaptcha-widget"}
    sent = formr.submit.send(FORM, body=SubmitRequest.from_dict(posted))
    print(f"submitted {sent.id} at {sent.submitted_at:%H:%M:%S} (spam checked: {sent.spam_checked})")

    # Triage: star the VIP registrations of the last week and leave a note.
    recent = formr.responses.list(form_id=FORM, environment=ENVIRONMENT, from_=datetime.now(UTC) - timedelta(days=7))
    for item in recent.items:
        if item.submission.answers["ticket"] == "vip" and not item.meta.starred:
            formr.responses.star(item.submission.id, body=StarRequest(starred=True))
            formr.responses.add_note(item.submission.id, body=NoteRequest(note="Send the VIP welcome pack"))
            print(f"starred {item.submission.id} ({item.submission.answers['full_name']})")

    saved = CHECKPOINT.read_text() if CHECKPOINT.exists() else None
    pages = formr.responses.iter_pages(form_id=FORM, environment=ENVIRONMENT, checkpoint=saved)
    copied = 0
    for page in pages:
        copied += len(page.items)  # store them here
        CHECKPOINT.write_text(page.checkpoint)
    print(f"copied {copied} responses in {pages.pages_fetched} requests ({pages.strategy}, {pages.guarantee})")

    rows = list(csv.DictReader(io.StringIO(formr.responses.export_csv(form_id=FORM, environment=ENVIRONMENT, limit=5))))
    print(f"CSV columns: {', '.join(rows[0])}")

    try:
        formr.submit.send(FORM, body=SubmitRequest.from_dict({**posted, "answers": {"full_name": "No Email"}}))
    except errors.FormrError as error:
        print(f"typed error: {type(error).__name__} {error.status}: {error.message}")
