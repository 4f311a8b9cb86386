"""The Formsite mock's state: the account's forms with their items, results and webhooks.

Nothing here knows HTTP: the handlers (responses.py) read and change the store through these
classes, and so do the mock-only hooks (`complete_result`). Each form keeps its results indexed by
id (:class:`ResultIndex`); results.py answers get_form_results with that index.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise
from typing import TYPE_CHECKING, Any, SupportsIndex

from .._model import utc_seconds

iso = utc_seconds  # ISO 8601 UTC to the second with `Z`

ACCOUNT = "demo"
ACCOUNT_TIMEZONE = timezone(timedelta(hours=-5))  # the demo account's local time, for `YYYY-MM-DD HH:MM:SS`

# Meta items: what get_form_results can sort by, and the four the docs allow `search_equals` on.
META_SORTABLE = (
    "result_id",
    "date_start",
    "date_finish",
    "date_update",
    "result_status",
    "user_ip",
    "user_browser",
    "user_device",
    "user_referrer",
    "login_username",
    "login_email",
    "payment_status",
    "payment_amount",
)
META_SEARCHABLE = {
    "result_id": "id",
    "result_status": "result_status",
    "user_ip": "user_ip",
    "user_referrer": "user_referrer",
}
SEARCH_KINDS = ("search_equals", "search_contains", "search_begins", "search_ends")
CHOICE_POSITION = re.compile(r"[0-9]+")  # ASCII digits only: str.isdigit() also accepts "²", which int() refuses
# The meta fields complete_result accepts, with the value a new result gets when none is given.
RESULT_META_DEFAULTS: dict[str, Any] = {
    "user_ip": "203.0.113.250",
    "user_browser": "Firefox",
    "user_device": "Desktop",
    "user_referrer": "N/A",
}
RESULT_META_OPTIONAL = ("login_email", "login_username", "payment_amount", "payment_status")


# The two forms of DateParameter, read exactly as the spec admits them: RFC 3339 `date-time` as
# jsonschema checks it (rfc3339-validator on the upper-cased text: no leap second, no year 0) with
# a UTC offset, or `YYYY-MM-DD HH:MM:SS` local time. tests/mocks/test_formsite_dates.py checks that
# the spec's schema and this parser accept the same strings.
ISO_UTC = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d+))?(?:Z|[+-]00:00)", re.ASCII
)
LOCAL = re.compile(r"(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d)", re.ASCII)


def parse_date(text: str) -> datetime:
    """An ISO 8601 UTC date-time, or `YYYY-MM-DD HH:MM:SS` in the account's local time; ValueError otherwise."""
    iso = ISO_UTC.fullmatch(text.upper())
    match = iso or LOCAL.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is neither an ISO 8601 UTC date-time nor YYYY-MM-DD HH:MM:SS")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    micro = int((match.group(7) or "0")[:6].ljust(6, "0")) if iso else 0
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC if iso else ACCOUNT_TIMEZONE)


@dataclass(frozen=True)
class ItemDef:
    """An item of a form. `choices` is set for multiple choice items; text items have none."""

    id: str
    position: int
    label: str
    choices: tuple[str, ...] | None = None
    children: tuple[str, ...] | None = None

    @property
    def is_text(self) -> bool:
        return self.choices is None and self.children is None

    def as_json(self, label: str | None = None) -> dict[str, Any]:
        item: dict[str, Any] = {"id": self.id, "position": self.position, "label": label or self.label}
        if self.children is not None:
            item["children"] = list(self.children)
        return item


class ResultList(list[dict[str, Any]]):
    """A form's results, a plain list that counts the changes the results index cannot follow.

    Adding at the end (append, extend, +=) leaves `version` alone: the index takes the new tail.
    Any other change (pop, slice assignment, sort ...) moves `version` on, and the index is built
    again. A result's `id` is never changed in place (no API can change it).
    """

    version: int

    def __init__(self, results: Iterable[dict[str, Any]] = ()) -> None:
        super().__init__(results)
        self.version = 0

    def _changed(self) -> None:
        self.version += 1

    def __setitem__(self, index: Any, value: Any) -> None:
        super().__setitem__(index, value)
        self._changed()

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        super().__delitem__(index)
        self._changed()

    def __imul__(self, count: SupportsIndex) -> ResultList:
        super().__imul__(count)
        self._changed()
        return self

    def insert(self, index: SupportsIndex, value: dict[str, Any]) -> None:
        super().insert(index, value)
        self._changed()

    def pop(self, index: SupportsIndex = -1) -> dict[str, Any]:
        value = super().pop(index)
        self._changed()
        return value

    def remove(self, value: dict[str, Any]) -> None:
        super().remove(value)
        self._changed()

    def clear(self) -> None:
        super().clear()
        self._changed()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._changed()

    def reverse(self) -> None:
        super().reverse()
        self._changed()


class ResultIndex:
    """A form's results in ascending id order (`ids[i]` is the id of `records[i]`), for binary searches.

    Built from the form's ResultList and valid while the list's `version` stays; results appended
    since are taken in by `current`. Only for unique numeric ids: `build` answers None otherwise,
    and callers then read the list itself, as before there was an index.
    """

    def __init__(self, source: ResultList, ids: list[int], records: list[dict[str, Any]]) -> None:
        self.source = source
        self.version = source.version
        self.size = len(source)  # how much of the list the index holds (its tail may have grown since)
        self.ids = ids
        self.records = records
        # Meta item sorts (results.meta_order): sort id -> (each position's value, positions in order).
        self.orders: dict[str, tuple[list[Any], list[int]]] = {}

    @classmethod
    def build(cls, source: ResultList) -> ResultIndex | None:
        try:
            keyed = sorted((int(result["id"]), position) for position, result in enumerate(source))
        except (KeyError, TypeError, ValueError):
            return None
        ids = [number for number, _ in keyed]
        if any(a == b for a, b in pairwise(ids)):
            return None
        return cls(source, ids, [source[position] for _, position in keyed])

    def current(self, results: list[dict[str, Any]]) -> bool:
        """Whether the index still describes `results`, after taking in what was appended since."""
        if results is not self.source or self.version != self.source.version:
            return False
        for result in self.source[self.size :]:
            try:
                number = int(result["id"])
            except (KeyError, TypeError, ValueError):
                return False
            at = bisect_left(self.ids, number)
            if at < len(self.ids) and self.ids[at] == number:
                return False
            self.ids.insert(at, number)  # at the end for a new result: ids only grow
            self.records.insert(at, result)
            self.size += 1
            self.orders.clear()
        return True

    def window(self, after_id: int | None, before_id: int | None) -> range:
        """The positions of the results with after_id < id < before_id (both bounds exclusive)."""
        low = 0 if after_id is None else bisect_right(self.ids, after_id)
        high = len(self.ids) if before_id is None else bisect_left(self.ids, before_id)
        return range(low, max(low, high))


@dataclass
class FormData:
    """One form with its items, results (in the API's output format), Results Views and Results Labels."""

    directory: str
    name: str
    state: str
    items: list[ItemDef]
    results: list[dict[str, Any]] = field(default_factory=list)  # always a ResultList (see __setattr__)
    description: str | None = None
    files_size: int = 0
    views: dict[str, tuple[str, ...]] = field(default_factory=dict)  # Results View id -> item ids
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # Results Labels id -> item id -> label
    index: ResultIndex | None = field(default=None, init=False, repr=False, compare=False)  # built on first use

    if not TYPE_CHECKING:  # hidden from mypy, which would otherwise accept any attribute name on a form

        def __setattr__(self, name: str, value: Any) -> None:
            if name == "results" and not isinstance(value, ResultList):
                value = ResultList(value)
            super().__setattr__(name, value)

    def item(self, item_id: str) -> ItemDef | None:
        return next((item for item in self.items if item.id == item_id), None)

    def indexed(self) -> ResultIndex | None:
        """The results by id, brought up to date; None when ids repeat or are not numbers."""
        if self.index is None or not self.index.current(self.results):
            assert isinstance(self.results, ResultList)
            self.index = ResultIndex.build(self.results)
        return self.index

    def highest_id(self) -> int | None:
        """The largest result id of the form (None: no results)."""
        index = self.indexed()
        if index is not None:
            return index.ids[-1] if index.ids else None
        return max((int(result["id"]) for result in self.results), default=None)

    def storing_items(self) -> list[ItemDef]:
        """The items that hold answers (a Matrix item only groups its children)."""
        return [item for item in self.items if item.children is None]

    def as_json(self) -> dict[str, Any]:
        form: dict[str, Any] = {
            "directory": self.directory,
            "name": self.name,
            "publish": {
                "embed_code": (
                    f'<script type="text/javascript" src="https://fs1.formsite.com/include/form/embedManager.js"'
                    f' data-form="{ACCOUNT}/{self.directory}"></script>'
                ),
                "link": f"https://fs1.formsite.com/{ACCOUNT}/{self.directory}/index.html",
            },
            "state": self.state,
            "stats": {"filesSize": self.files_size, "resultsCount": len(self.results)},
        }
        if self.description is not None:
            form["description"] = self.description
        return form


Webhook = dict[str, str]  # as the API shows it: {event, url[, handshake_key]}
# What a seed replaces: each form's results, each form's webhooks (None: left as they are).
Imported = tuple[dict[str, list[dict[str, Any]]] | None, dict[str, list[Webhook]] | None]


@dataclass
class FormsiteStore:
    """The demo account's forms by directory, and each form's webhooks in creation order."""

    forms: dict[str, FormData]
    webhook_registrations: dict[str, list[Webhook]]

    # webhooks ---------------------------------------------------------------------------------------

    def put_webhook(self, form_dir: str, webhook: Webhook) -> None:
        """Create the form's webhook, or replace the one with the same URL."""
        hooks = self.webhook_registrations[form_dir]
        existing = next((index for index, hook in enumerate(hooks) if hook["url"] == webhook["url"]), None)
        if existing is None:
            hooks.append(webhook)
        else:
            hooks[existing] = webhook

    def remove_webhook(self, form_dir: str, url: str) -> bool:
        """Delete the form's webhook posting to `url`; False when it has none."""
        hooks = self.webhook_registrations.get(form_dir, [])
        remaining = [hook for hook in hooks if hook["url"] != url]
        if len(remaining) == len(hooks):
            return False
        self.webhook_registrations[form_dir] = remaining
        return True

    # results completed (Formsite has no API that creates results) ------------------------------------

    def complete_result(
        self, form_dir: str, answers: Mapping[str, str | int | Sequence[int]], meta: Mapping[str, Any], now: datetime
    ) -> dict[str, Any]:
        """Store a completed result of `form_dir` dated `now` with the next result id of the account;
        KeyError for an unknown form, ValueError for answers or meta that do not fit it."""
        unknown_meta = set(meta) - set(RESULT_META_DEFAULTS) - set(RESULT_META_OPTIONAL)
        if unknown_meta:
            raise ValueError(f"unknown result fields {sorted(unknown_meta)}")
        form = self.forms[form_dir]
        storing = form.storing_items()
        unknown = set(answers) - {item.id for item in storing}
        if unknown:
            raise ValueError(f"form {form_dir!r} has no items {sorted(unknown)} that store results")
        items = [answer(item, answers.get(item.id)) for item in storing]
        moment = iso(now)
        highest = [number for each in self.forms.values() if (number := each.highest_id()) is not None]
        next_id = 1 + max(highest)
        result: dict[str, Any] = {
            "id": str(next_id),
            "date_start": moment,
            "date_finish": moment,
            "date_update": moment,
            "result_status": "Complete",
            **RESULT_META_DEFAULTS,
            **meta,
            "items": items,
        }
        form.results.append(result)
        return result

    # the store as JSON (seeds, the control API) ------------------------------------------------------

    def export(self) -> dict[str, Any]:
        return {
            "results": {directory: list(form.results) for directory, form in self.forms.items()},
            "webhooks": {
                directory: [dict(hook) for hook in hooks] for directory, hooks in self.webhook_registrations.items()
            },
        }

    def imported(self, data: Mapping[str, Any]) -> Imported:
        """Each form's results and webhooks as `data` gives them (None: left as they are); ValueError names
        what does not fit (an unknown form, a repeated id, an answer to an item the form does not have)."""
        unknown = sorted((set(data.get("results", {})) | set(data.get("webhooks", {}))) - set(self.forms))
        if unknown:
            raise ValueError(f"no form {unknown[0]!r}; the forms are {', '.join(self.forms)}")
        results = {d: list(data["results"].get(d, [])) for d in self.forms} if "results" in data else None
        if results is not None:
            ids = [result["id"] for each in results.values() for result in each]
            if len(ids) != len(set(ids)):
                raise ValueError(f"result ids repeat: {sorted({i for i in ids if ids.count(i) > 1})[:5]}")
            for directory, each in results.items():
                stored = {item.id for item in self.forms[directory].storing_items()}
                for result in each:
                    strange = {item["id"] for item in result["items"]} - stored
                    if strange:
                        raise ValueError(f"result {result['id']}: form {directory!r} has no items {sorted(strange)}")
        webhooks = None
        if "webhooks" in data:
            webhooks = {d: [dict(h) for h in data["webhooks"].get(d, [])] for d in self.forms}
        return results, webhooks

    def replace(self, imported: Imported) -> None:
        results, webhooks = imported
        if results is not None:
            for directory, each in results.items():
                self.forms[directory].results = each
        if webhooks is not None:
            self.webhook_registrations = webhooks

    def describe(self) -> dict[str, Any]:
        return {
            "user_dir": ACCOUNT,
            "forms": [
                {
                    "form_dir": form.directory,
                    "name": form.name,
                    "state": form.state,
                    "results": len(form.results),
                    "items": [
                        {"id": item.id, "label": item.label, "choices": list(item.choices or ())}
                        for item in form.storing_items()
                    ],
                }
                for form in self.forms.values()
            ],
            "note": "Formsite has no API that creates results; in Python, mock.complete_result(form_dir, answers)",
        }


def answer(item: ItemDef, given: str | int | Sequence[int] | None) -> dict[str, Any]:
    """A result's answer to `item`: text for a text item, the chosen choices for a multiple choice item."""
    if item.choices is None:
        if given is not None and not isinstance(given, str):
            raise ValueError(f"item {item.id} is a text item: answer with a string")
        return {"id": item.id, "position": item.position, "value": given or ""}
    if isinstance(given, str):
        raise ValueError(f"item {item.id} is a multiple choice item: answer with choice positions")
    positions = [] if given is None else [given] if isinstance(given, int) else list(given)
    if any(not 0 <= position < len(item.choices) for position in positions):
        raise ValueError(f"item {item.id} has choices 0 to {len(item.choices) - 1}, not {positions}")
    chosen = [{"position": position, "value": item.choices[position]} for position in positions]
    return {"id": item.id, "position": item.position, "values": chosen}
