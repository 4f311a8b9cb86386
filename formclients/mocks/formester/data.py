"""The Formester mock's demo organization: its tokens, 25 forms and their submissions (deterministic).

The Feedback Survey has 48 submissions, or 48 x `data_scale`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from .._core import DemoCredential
from .models import FormesterStore

SCHEME = "formesterToken"
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
NAMESPACE = uuid.UUID("4f6d7374-6572-4d6f-636b-000000000000")

FULL_TOKEN = "fmstr_v2_full_3f9a1c7e5b2d4068a1e9"
VIEW_TOKEN = "fmstr_v2_view_8c2e6a4f0d1b3957c6e2"
FORMS_TOKEN = "fmstr_v2_forms_5d7b9e1a3c6f8024b7d1"
FEEDBACK_TOKEN = "fmstr_v2_feedback_1a2b3c4d5e6f7a8b9c0d"
REVOKED_TOKEN = "fmstr_v2_revoked_9e8d7c6b5a4f3e2d1c0b"

CONTACT_FORM_ID = 123
FEEDBACK_FORM_ID = 456
EVENT_FORM_ID = 789

CREDENTIALS: tuple[DemoCredential, ...] = (
    DemoCredential(
        FULL_TOKEN,
        SCHEME,
        ("form.view", "submission.view", "submission.delete"),
        "every scope, every form of the organization",
    ),
    DemoCredential(
        VIEW_TOKEN,
        SCHEME,
        ("form.view", "submission.view"),
        "read-only: list forms and read submissions, no submission.delete",
    ),
    DemoCredential(FORMS_TOKEN, SCHEME, ("form.view",), "forms only: listing submissions answers 403"),
    DemoCredential(
        FEEDBACK_TOKEN,
        SCHEME,
        ("form.view", "submission.view", "submission.delete"),
        f"every scope, restricted to the Feedback Survey (form {FEEDBACK_FORM_ID}); other forms answer 404",
        {"forms": (FEEDBACK_FORM_ID,)},
    ),
    DemoCredential(
        REVOKED_TOKEN,
        SCHEME,
        ("form.view", "submission.view", "submission.delete"),
        "revoked (inactive): every request answers 401 Invalid access token",
        {"active": False},
    ),
)


def demo_store(data_scale: int = 1) -> FormesterStore:
    store = FormesterStore()
    store.add_form(CONTACT_FORM_ID, "550e8400-e29b-41d4-a716-446655440000", "Contact Form", EPOCH - timedelta(days=120))
    store.add_form(
        FEEDBACK_FORM_ID, "660e8400-e29b-41d4-a716-446655440001", "Feedback Survey", EPOCH - timedelta(days=90)
    )
    store.add_form(EVENT_FORM_ID, str(uuid.uuid5(NAMESPACE, "form-789")), "Event Registration", EPOCH)
    for index in range(22):
        form_id = 1001 + index
        store.add_form(
            form_id,
            str(uuid.uuid5(NAMESPACE, f"form-{form_id}")),
            f"Quiz {index + 1:02d}",
            EPOCH - timedelta(days=60 - index, hours=index % 5),
        )
    _seed_contact(store)
    _seed_feedback(store, data_scale)
    _seed_events(store)
    for index in range(22):
        form_id = 1001 + index
        for n in range(index % 3):
            store.add_submission(
                form_id,
                str(uuid.uuid5(NAMESPACE, f"quiz-{form_id}-{n}")),
                {"name": f"Student {index}-{n}", "Score": (index * 3 + n * 7) % 11},
                EPOCH - timedelta(days=30 - index, minutes=n * 10),
            )
    return store


def _seed_contact(store: FormesterStore) -> None:
    people = [
        ("John Doe", "john@example.com", "Hello, I have a question."),
        ("Jane Smith", "jane@example.com", "Great service!"),
        ("Ada Lovelace", "ada@example.org", "Can I book a demo?"),
        ("Alan Turing", "alan@example.org", "Question about pricing"),
        ("Grace Hopper", "grace@example.net", "Please call me back."),
        ("Linus Torvalds", "linus@example.net", "Feature request: dark mode"),
        ("Margaret Hamilton", "margaret@example.com", "Is there an API?"),
        ("Tim Berners-Lee", "tim@example.com", "Hello again"),
    ]
    fixed_ids = {0: "770e8400-e29b-41d4-a716-446655440002", 1: "880e8400-e29b-41d4-a716-446655440003"}
    for index, (name, email, message) in enumerate(people):
        submission_id = fixed_ids.get(index) or str(uuid.uuid5(NAMESPACE, f"contact-{index}"))
        created = EPOCH - timedelta(days=20 - index * 2, hours=index)
        store.add_submission(
            CONTACT_FORM_ID, submission_id, {"email": email, "name": name, "message": message}, created
        )


def _seed_feedback(store: FormesterStore, data_scale: int) -> None:
    first = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas"]
    last = ["Garcia", "Nguyen", "Okafor", "Schmidt", "Rossi", "Tanaka"]
    comments = [
        "Great service, very fast.",
        "The checkout was confusing.",
        "Friendly staff and great coffee.",
        "Too slow on weekends.",
        "Loved it, will come back!",
        "Average experience.",
    ]
    for index in range(48 * data_scale):
        name = f"{first[index % len(first)]} {last[index % len(last)]}"
        created = EPOCH - timedelta(days=60) + timedelta(days=index, hours=(index * 5) % 24, minutes=index % 60)
        store.add_submission(
            FEEDBACK_FORM_ID,
            str(uuid.uuid5(NAMESPACE, f"feedback-{index}")),
            {
                "name": name,
                "email": f"{name.split()[0].lower()}.{index}@example.com",
                "Rating": (index * 7 + 3) % 5 + 1,
                "comments": comments[index % len(comments)],
                "recommend": "Yes" if index % 3 else "No",
                "visit_date": (created - timedelta(days=1)).date().isoformat(),
            },
            created,
        )


def _seed_events(store: FormesterStore) -> None:
    for index, (name, tickets) in enumerate([("Mia Chen", 2), ("Omar Haddad", 1), ("Lena Novak", 4)]):
        store.add_submission(
            EVENT_FORM_ID,
            str(uuid.uuid5(NAMESPACE, f"event-{index}")),
            {"name": name, "tickets": tickets, "dietary": ["vegetarian", "none", "vegan"][index]},
            EPOCH + timedelta(days=3, hours=index),
        )
