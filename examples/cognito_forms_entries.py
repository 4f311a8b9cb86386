"""Cognito Forms: filter entries, copy every entry of a form with a checkpoint, create and update an
entry, and receive the signed webhook Cognito posts for it.

Configuration comes from the environment: COGNITO_FORMS_TOKEN (sent as a Bearer token), and
COGNITO_FORMS_BASE_URL for a mock (`formclients mock cognito_forms --port 0 --print-env`).
COGNITO_FORMS_WEBHOOK_SECRET is your receiver's signing secret (the mock prints its own).
"""

from __future__ import annotations

import os
import queue
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import cognito_forms_client
from cognito_forms_client import errors
from cognito_forms_client.models import EntryInput, SubscriptionRequest
from cognito_forms_models import Entry

from formclients.webhooks import Deduplicator, WebhookVerificationError, verify_cognito_forms

CHECKPOINT = Path("cognito-contact.checkpoint")
SECRET = os.environ["COGNITO_FORMS_WEBHOOK_SECRET"]
created: queue.Queue[Entry] = queue.Queue()
seen = Deduplicator()


class NewEntryHook(BaseHTTPRequestHandler):
    """The endpoint Cognito posts each new entry to, signed (Standard Webhooks)."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            entry = verify_cognito_forms(body, dict(self.headers), secret=SECRET)
        except WebhookVerificationError:
            self.send_response(400)
        else:
            if seen.first_time(self.headers["webhook-id"]):  # re-deliveries carry the same id
                created.put(entry)
            self.send_response(200)  # anything else: Cognito re-delivers, up to 7 times
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


with cognito_forms_client.CognitoForms() as cognito:
    forms = {form.internal_name: form.id for form in cognito.forms.list()}
    print("forms:", ", ".join(f"{name} ({id_})" for name, id_ in forms.items()))

    # OData: view 1 holds every entry; $filter, $orderby, $top as the API takes them.
    sales = cognito.entries.list("ContactUs", 1, filter_="Subject eq 'Sales'", top=3, count=True)
    for row in sales.value:
        print(f"sales  {row['Email']:<30} {row['Message']}")
    print(f"{sales.odata_count} entries about sales")

    saved = CHECKPOINT.read_text() if CHECKPOINT.exists() else None
    entries = cognito.entries.iter_pages("ContactUs", 1, checkpoint=saved)
    copied = 0
    for page in entries:
        copied += len(page.items)  # store them here
        CHECKPOINT.write_text(page.checkpoint)
    print(f"copied {copied} entries in {entries.pages_fetched} requests ({entries.strategy}, {entries.guarantee})")

    receiver = HTTPServer(("127.0.0.1", 0), NewEntryHook)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{receiver.server_port}/cognito"
    subscription = cognito.webhooks.subscribe_new_entry(
        publisher=forms["ContactUs"], body=SubscriptionRequest(notification_url=url)
    )

    contact = {"Name": {"First": "Ada", "Last": "Lovelace"}, "Email": "ada@example.com", "Subject": "Sales"}
    entry = cognito.entries.create("ContactUs", body=EntryInput.from_dict({**contact, "Message": "Call me."}))
    entry = cognito.entries.update(
        "ContactUs", entry.id, body=EntryInput.from_dict({**contact, "Message": "Call me after 3 pm."})
    )
    print(f"created and updated entry {entry.id} (#{entry.entry.number}): {entry['Message']}")
    delivered = created.get(timeout=10)
    email = delivered.model_dump()["Email"]  # the form's fields are extra fields of the model
    print(f"webhook: new entry {delivered.Id} (#{delivered.Entry.Number}) from {email}, verified")
    cognito.webhooks.unsubscribe(id=subscription.id)
    receiver.shutdown()

    try:
        cognito.entries.create("ContactUs", body=EntryInput.from_dict({"Email": "no-name@example.com"}))
    except errors.BadRequestError as error:
        print(f"typed error: {type(error).__name__} {error.status}: {error.message}")
