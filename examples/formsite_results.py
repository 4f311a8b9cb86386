"""Formsite: search results, copy every result of a form with a checkpoint, receive result_completed.

Configuration comes from the environment, as the client reads it: FORMSITE_TOKEN and either
FORMSITE_SERVER + FORMSITE_USER_DIR (the real API) or FORMSITE_BASE_URL (a mock:
`formclients mock formsite --port 0 --print-env`). Run it twice: the second run carries on from
the checkpoint the first one saved, so it reads only results completed since.
"""

from __future__ import annotations

import os
import queue
import secrets
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import formsite_client
from formsite_client import errors
from formsite_client.models import Result, WebhookRequest
from formsite_models import ResultCompletedEvent

from formclients.testing import MockControl
from formclients.webhooks import WebhookVerificationError, verify_formsite

CHECKPOINT = Path("formsite-contact.checkpoint")
HANDSHAKE_KEY = secrets.token_urlsafe(16)
completed: queue.Queue[ResultCompletedEvent] = queue.Queue()


def answer(result: Result, item_id: str) -> str:
    """The text answer to one item ("" if the result has none)."""
    return next((str(item.value) for item in result.items if item.id == item_id and item.value), "")


class ResultCompletedHook(BaseHTTPRequestHandler):
    """The endpoint Formsite posts each completed result to."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            completed.put(verify_formsite(body, handshake_key=HANDSHAKE_KEY))
            self.send_response(200)
        except WebhookVerificationError:
            self.send_response(400)  # not ours; 410 would make Formsite delete the webhook
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


with formsite_client.Formsite() as fs:
    # Search: text items match case-insensitively; multiple choice items by choice position.
    found = fs.results.list("contact", search_contains={"100": "lovelace"}, sort_direction="asc", limit=3)
    for result in found.results:
        print(f"found  {result.id}  {answer(result, '100'):<18} {result.date_update:%Y-%m-%d}")

    # Everything since the last run, exactly once even while people keep submitting.
    saved = CHECKPOINT.read_text() if CHECKPOINT.exists() else None
    pages = fs.results.iter_pages("contact", checkpoint=saved)
    copied = 0
    for page in pages:
        copied += len(page.items)  # store page.items in your database here
        CHECKPOINT.write_text(page.checkpoint)  # a killed run resumes right after this page
    print(f"copied {copied} results in {pages.pages_fetched} requests ({pages.strategy}, {pages.guarantee})")

    # A webhook: Formsite posts each completed result to our endpoint, with our handshake key.
    receiver = HTTPServer(("127.0.0.1", 0), ResultCompletedHook)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{receiver.server_port}/formsite"
    hook = fs.webhooks.create_or_update(
        "contact", body=WebhookRequest(event="result_completed", url=url, handshake_key=HANDSHAKE_KEY)
    )
    print(f"webhook {hook.webhook.event} -> {hook.webhook.url}")
    # Somebody completes the form. Formsite has no API for that: the mock's control API stands in.
    with MockControl(os.environ["FORMSITE_BASE_URL"]) as mock:
        mock.action("complete_result", form_dir="contact", answers={"100": "Ada Lovelace", "200": 1})
    event = completed.get(timeout=10)
    print(f"result_completed {event.id}: {event.items[0].value} (verified handshake key)")
    fs.webhooks.delete("contact", url_query=url)
    receiver.shutdown()

    try:
        fs.forms.get("no-such-form")
    except errors.NotFoundError as error:
        print(f"typed error: {type(error).__name__} {error.status}: {error.message}")
