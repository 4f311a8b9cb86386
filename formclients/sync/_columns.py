"""Typed columns for one form's answers: the fields, their stable column names, and coercion.

A form's fields come from the provider's own schema information where it has some (Formsite
items, Cognito's form schema) and are inferred from the answers otherwise (Formester, Formr).
Each field keeps its provider id; its column is named from its label the first time it is
seen and never renamed after (the name is kept in dlt's state), so a label edit cannot move a
column. Values that do not fit their column's type go to NULL there, stay in the raw JSON, and
are reported as problems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

FieldType = Literal["text", "bigint", "double", "bool", "date", "timestamp", "json"]
FIELD_TYPES: tuple[FieldType, ...] = ("text", "bigint", "double", "bool", "date", "timestamp", "json")

RAW = "_raw"  # the record exactly as the API sent it
PROBLEMS = "_problems"  # what did not fit its column, or None
DELETED_AT = "_deleted_at"  # when a sync found the record deleted at the source, or None

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
INTEGER = re.compile(r"[+-]?\d+")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


@dataclass(frozen=True)
class Field:
    """One answer field of a form: the provider's id, its current label and its type."""

    id: str
    label: str
    type: FieldType


@dataclass(frozen=True)
class FormSchema:
    """What discovery learned about one form."""

    provider: str
    form_id: str
    form_name: str
    fields: tuple[Field, ...]
    inferred: bool  # True: types guessed from answers (the API publishes no field list)


def slug(text: str, fallback: str = "field") -> str:
    """A lower_snake_case identifier from a label ("What is your name?" -> what_is_your_name)."""
    words = re.sub(r"[^0-9a-zA-Z]+", " ", text).strip().lower().split()
    name = "_".join(words)[:48].rstrip("_") or fallback
    return f"f_{name}" if name[0].isdigit() else name


def assign_columns(fields: Iterable[Field], known: MutableMapping[str, str], reserved: Iterable[str]) -> dict[str, str]:
    """Field id -> column name. `known` (kept in dlt state) holds earlier choices, which win;
    a new field is named from its label, with its id appended when that name is taken."""
    taken = set(known.values()) | set(reserved)
    for item in fields:
        if item.id in known:
            continue
        name = slug(item.label, fallback=slug(item.id))
        if name in taken:
            name = f"{name}_{slug(item.id)}"
        while name in taken:  # two fields with the same label and a slug-equal id
            name += "_"
        known[item.id] = name
        taken.add(name)
    return dict(known)


def infer_type(value: Any) -> FieldType | None:
    """The column type an answer suggests, or None for a missing answer."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "bigint"
    if isinstance(value, float):
        return "double"
    if isinstance(value, dict | list):
        return "json"
    if isinstance(value, str):
        if DATE.fullmatch(value):
            return "date"
        if TIMESTAMP.fullmatch(value) and _timestamp(value) is not None:
            return "timestamp"
    return "text"


def widen(old: FieldType | None, new: FieldType | None) -> FieldType | None:
    """The type that holds both (bigint and double make double; anything else mixed makes text)."""
    if old is None or old == new:
        return new
    if new is None:
        return old
    if {old, new} == {"bigint", "double"}:
        return "double"
    return "text" if "json" not in (old, new) else "json"


def infer_fields(answers: Iterable[Mapping[str, Any]], known: Mapping[str, FieldType]) -> dict[str, FieldType]:
    """Field name -> type over a batch of answer dicts. Types in `known` (earlier batches, kept
    in state) are never changed: a later misfit is a problem for that row, not a new column type."""
    found: dict[str, FieldType | None] = {}
    for answer in answers:
        for name, value in answer.items():
            if name in known:
                continue
            found[name] = widen(found.get(name), infer_type(value))
    return dict(known) | {name: kind or "text" for name, kind in found.items()}


def coerce(value: Any, kind: FieldType) -> tuple[Any, str | None]:
    """(value in the column's type, None), or (None, what is wrong) when it does not fit."""
    if value is None:
        return None, None
    if kind == "json":
        return value, None
    if value == "" and kind != "text":
        return None, None
    converted = _convert(value, kind)
    if converted is None:
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        return None, f"expected {kind}, got {type(value).__name__} {shown}"
    return converted, None


def _convert(value: Any, kind: FieldType) -> Any:
    if kind == "text":
        if isinstance(value, str):
            return value
        return str(value) if isinstance(value, int | float | bool) else None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        return None
    if isinstance(value, bool):  # a bool is an int to Python, never a number to a form
        return None
    if kind == "bigint":
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return int(value) if isinstance(value, str) and INTEGER.fullmatch(value.strip()) else None
    if kind == "double":
        if isinstance(value, int | float):
            return float(value)
        return float(value) if isinstance(value, str) and NUMBER.fullmatch(value.strip()) else None
    if not isinstance(value, str):
        return None
    if kind == "date":
        try:
            return date.fromisoformat(value) if DATE.fullmatch(value) else None
        except ValueError:
            return None
    return _timestamp(value)


def _timestamp(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment


def typed_row(
    answers: Mapping[str, Any], fields: Mapping[str, Field], columns: Mapping[str, str]
) -> tuple[dict[str, Any], list[str]]:
    """The answer columns of one record and the problems met filling them."""
    row: dict[str, Any] = {}
    problems: list[str] = []
    for field_id, value in answers.items():
        item = fields.get(field_id)
        if item is None:  # not in the form's schema: kept in the raw column only
            problems.append(f"{field_id}: not a field of the form")
            continue
        converted, problem = coerce(value, item.type)
        row[columns[field_id]] = converted
        if problem:
            problems.append(f"{field_id} ({columns[field_id]}): {problem}")
    return row, problems


def column_hints(fields: Iterable[Field], columns: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """dlt column hints for the answer columns and the bookkeeping columns."""
    hints: dict[str, dict[str, Any]] = {
        columns[item.id]: {"data_type": item.type, "nullable": True} for item in fields if item.id in columns
    }
    hints[RAW] = {"data_type": "json", "nullable": True}
    hints[PROBLEMS] = {"data_type": "text", "nullable": True}
    hints[DELETED_AT] = {"data_type": "timestamp", "nullable": True}
    return hints
