"""The Cogram mock's demo organization, Acme Construction: API keys, 120 users, 130 projects and their members."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .._core import DemoCredential
from .models import CogramStore, demo_id, timestamp

SCHEME = "bearerAuth"
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

DEMO_KEY = "cgk_live_demo_4f7a1c9e2b8d6035e1a7"
SYNC_KEY = "cgk_live_sync_8e2b5d1f7c3a9046b2d8"
EXPIRED_KEY = "cgk_live_expired_1d6e3a8f5c2b7094c3e9"

CREDENTIALS: tuple[DemoCredential, ...] = (
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


def demo_store() -> CogramStore:
    store = CogramStore()
    for n in range(USER_COUNT):
        role = "admin" if n < 2 else "member" if n < 20 or n % 4 == 1 else "guest"
        # the first 24 users are first[n] last[n]; then each first name meets another surname
        first, last = FIRST_NAMES[n % len(FIRST_NAMES)], LAST_NAMES[(n + n // len(FIRST_NAMES)) % len(LAST_NAMES)]
        user_id = demo_id("user", n)
        local = f"{first.lower()}.{last.lower().replace(' ', '').replace('-', '')}"
        store.users[user_id] = {
            "id": user_id,
            "email": f"{local}@example.com" if n < len(FIRST_NAMES) else f"{local}{n}@example.com",
            "name": f"{first} {last}",
            "role": role,
            "external_id": f"emp-{n + 1:04d}" if role != "guest" else None,
            "created_at": timestamp(EPOCH - timedelta(days=240) + timedelta(days=n, hours=9)),
        }
    user_ids = list(store.users)

    for n in range(PROJECT_COUNT):
        created = EPOCH - timedelta(days=180) + timedelta(hours=12 * n)
        updated = created + timedelta(days=n % 9, hours=n % 5)
        archived = n % 20 == 7
        archived_at = created + timedelta(days=30) if archived else None
        project_id = demo_id("project", n)
        store.projects[project_id] = {
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
        store.members[project_id] = {}
        for j, user_id in enumerate(chosen):
            added = timestamp(created + timedelta(hours=j))
            role = "owner" if j == 0 else "editor" if j % 2 else "viewer"
            store.members[project_id][user_id] = {"role": role, "added_at": added, "updated_at": added}
    return store
