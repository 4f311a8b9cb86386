"""The Formsite mock's demo dataset: three forms of the `demo` account, deterministic to the byte.

The contact form has 250 results, or 250 x `data_scale` spread over the same months of 2025
(`formclients mock formsite --data-scale 400`: 100,000).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from .models import FormData, FormsiteStore, ItemDef, iso

EPOCH = datetime(2025, 9, 1, 8, 0, tzinfo=UTC)  # the demo results start here and end before 2026-01-01

FIRST = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Frances", "Dennis", "Radia")
LAST = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Thompson", "Allen", "Ritchie")
MESSAGES = (
    "Please call me back about pricing.",
    "Do you offer a nonprofit discount?",
    "The upload field rejects PDF files.",
    "Great service, thank you!",
    "How do I export results to CSV?",
    "Can I change my billing date?",
    "I would like a demo for my team.",
)
SOURCES = ("Search engine", "Friend", "Advertisement", "Other")
PRODUCTS = ("Forms", "Surveys", "Payments", "Reports")
BROWSERS = ("Chrome", "Firefox", "Safari", "Edge")
DEVICES = ("Desktop", "Mobile", "Tablet")
REFERRERS = ("https://www.example.com/contact.html", "https://www.google.com/", "N/A")


def contact_form(count: int = 250) -> FormData:
    """250 results (`count` with --data-scale) with three text items and two multiple choice items
    (one radio, one checkbox)."""
    form = FormData(
        directory="contact",
        name="Contact Us",
        state="open",
        description="Website contact form",
        files_size=0,
        items=[
            ItemDef("100", 0, "What is your name?"),
            ItemDef("101", 1, "Email address"),
            ItemDef("102", 2, "Your message"),
            ItemDef("200", 3, "How did you hear about us?", SOURCES),
            ItemDef("201", 4, "Which products interest you?", PRODUCTS),
        ],
        views={"12": ("100", "101")},
        labels={"11": {"100": "Name", "101": "Email", "102": "Message", "200": "Source", "201": "Products"}},
    )
    for index in range(count):
        first, last = FIRST[index % len(FIRST)], LAST[(index * 7) % len(LAST)]
        start = EPOCH + timedelta(hours=7 * index * 250 / count, minutes=13 * (index % 5))  # scaled: same 2025 span
        finish = start + timedelta(seconds=45 + (index * 37) % 600)
        update = finish + timedelta(days=2) if index % 10 == 9 else finish
        domain = "example.org" if index % 3 == 0 else "example.com"
        source = index % len(SOURCES)
        chosen_source: dict[str, Any] = {"position": source, "value": SOURCES[source]}
        if SOURCES[source] == "Other":
            chosen_source["other"] = "Podcast" if index % 2 else "Conference"
        result: dict[str, Any] = {
            "id": str(1001000 + 3 * index + (3000 if index >= 250 else 0)),  # scaled: past the other forms' ids
            "date_start": iso(start),
            "date_update": iso(update),
            "result_status": "Complete",
            "user_ip": f"203.0.113.{index % 250 + 1}",
            "user_browser": BROWSERS[index % len(BROWSERS)],
            "user_device": DEVICES[index % len(DEVICES)],
            "user_referrer": REFERRERS[index % len(REFERRERS)],
            "items": [
                {"id": "100", "position": 0, "value": f"{first} {last}"},
                {"id": "101", "position": 1, "value": f"{first.lower()}.{last.lower()}{index}@{domain}"},
                {"id": "102", "position": 2, "value": MESSAGES[index % len(MESSAGES)]},
                {"id": "200", "position": 3, "values": [chosen_source]},
                {
                    "id": "201",
                    "position": 4,
                    "values": [
                        {"position": bit, "value": PRODUCTS[bit]} for bit in range(len(PRODUCTS)) if (index >> bit) & 1
                    ],
                },
            ],
        }
        if index % 25 == 24:  # saved with Save & Return, not finished
            result["result_status"] = "Incomplete"
            result["login_username"] = f"{first.lower()}{index}"
            result["login_email"] = f"{first.lower()}.{last.lower()}{index}@{domain}"
        else:
            result["date_finish"] = iso(finish)
        form.results.append(result)
    return form


def order_form() -> FormData:
    """An order form: results carry payment_amount and payment_status."""
    sizes = ("Small", "Medium", "Large")
    form = FormData(
        directory="order",
        name="T-Shirt Order",
        state="open",
        files_size=48213,
        items=[ItemDef("100", 0, "Name"), ItemDef("200", 1, "Size", sizes), ItemDef("101", 2, "Quantity")],
    )
    for index in range(12):
        moment = datetime(2025, 11, 3, 15, 0, tzinfo=UTC) + timedelta(days=index, minutes=17 * index)
        quantity = index % 3 + 1
        form.results.append(
            {
                "id": str(1002000 + index),
                "date_start": iso(moment - timedelta(minutes=3)),
                "date_finish": iso(moment),
                "date_update": iso(moment),
                "result_status": "Complete",
                "payment_amount": round(19.5 * quantity, 2),
                "payment_status": "Payment Successful" if index % 6 else "Payment Pending",
                "user_ip": f"198.51.100.{index + 10}",
                "user_browser": BROWSERS[index % len(BROWSERS)],
                "user_device": DEVICES[index % len(DEVICES)],
                "user_referrer": "N/A",
                "items": [
                    {"id": "100", "position": 0, "value": f"{FIRST[index % len(FIRST)]} {LAST[index % len(LAST)]}"},
                    {"id": "200", "position": 1, "values": [{"position": index % 3, "value": sizes[index % 3]}]},
                    {"id": "101", "position": 2, "value": str(quantity)},
                ],
            }
        )
    return form


def survey_form() -> FormData:
    """A closed survey with a Matrix item (its sub-items are listed as `children`)."""
    scale = ("Poor", "Fair", "Good", "Excellent")
    form = FormData(
        directory="survey2025",
        name="Customer Survey 2025",
        state="closed (Form closing date reached)",
        description="Annual satisfaction survey",
        items=[
            ItemDef("300", 0, "Rate our service", children=("301", "302")),
            ItemDef("301", 1, "Speed", scale),
            ItemDef("302", 2, "Friendliness", scale),
            ItemDef("303", 3, "Comments"),
        ],
    )
    for index in range(5):
        moment = datetime(2025, 12, 1, 10, 0, tzinfo=UTC) + timedelta(hours=5 * index)
        form.results.append(
            {
                "id": str(1003000 + index),
                "date_start": iso(moment - timedelta(minutes=4)),
                "date_finish": iso(moment),
                "date_update": iso(moment),
                "result_status": "Complete",
                "user_ip": f"192.0.2.{index + 20}",
                "user_browser": BROWSERS[index % len(BROWSERS)],
                "user_device": DEVICES[index % len(DEVICES)],
                "user_referrer": "https://www.example.com/survey.html",
                "items": [
                    {"id": "301", "position": 1, "values": [{"position": index % 4, "value": scale[index % 4]}]},
                    {"id": "302", "position": 2, "values": [{"position": 3, "value": scale[3]}]},
                    {"id": "303", "position": 3, "value": ("Keep it up", "", "Faster replies please")[index % 3]},
                ],
            }
        )
    return form


def demo_store(data_scale: int = 1) -> FormsiteStore:
    """The demo account: contact (250 x `data_scale` results), order and survey2025; one webhook on order."""
    forms = {form.directory: form for form in (contact_form(250 * data_scale), order_form(), survey_form())}
    webhooks: dict[str, list[dict[str, str]]] = {directory: [] for directory in forms}
    webhooks["order"].append(
        {
            "event": "result_completed",
            "url": "https://hooks.example.com/formsite/orders",
            "handshake_key": "orders-handshake-key",
        }
    )
    return FormsiteStore(forms, webhooks)
