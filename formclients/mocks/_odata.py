"""The OData v4 query subset the Cognito Forms mock's entries listing understands.

`$filter`: comparisons `PROPERTY OP LITERAL` (OP: eq ne gt ge lt le) joined by `and`, and by
`or`, which binds looser; no parentheses, `not` or functions. `$orderby`: properties, each
optionally `asc` / `desc`. `$select`: top-level properties. Each property has a kind (number,
string, datetime, boolean) and a literal must be of that kind or `null`; anything else raises
:class:`ODataError` naming what and where, which the mock answers with 400.

No library: the OData parsers on PyPI either build SQL for an ORM (odata-query) or serve a whole
OData service; this subset needs forty lines of parsing and no SQL.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

Getter = Callable[[str], Any]  # property path -> value (int | float | str | bool | datetime | None)

OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
}
_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')"
    r"|(?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))"
    r"|(?P<number>[+-]?\d+(?:\.\d+)?)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*(?:/[A-Za-z_][A-Za-z0-9_]*)*))"
)


class ODataError(ValueError):
    """A query option this subset cannot read; the message names the option and the place."""


@dataclass(frozen=True)
class Comparison:
    path: str
    op: str
    literal: Any

    def holds(self, get: Getter) -> bool:
        value = get(self.path)
        if value is None or self.literal is None:  # OData: null equals only null and orders nowhere
            return OPERATORS[self.op](value is None, self.literal is None) if self.op in ("eq", "ne") else False
        return OPERATORS[self.op](value, self.literal)


@dataclass(frozen=True)
class Filter:
    """Alternatives (`or`) of conjunctions (`and`) of comparisons."""

    alternatives: tuple[tuple[Comparison, ...], ...]

    def holds(self, get: Getter) -> bool:
        return any(all(c.holds(get) for c in conjunction) for conjunction in self.alternatives)


def _tokens(text: str) -> list[tuple[str, str, int]]:
    tokens, position = [], 0
    while text[position:].strip():
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise ODataError(f"$filter: cannot read {text[position:].strip()[:20]!r} at character {position + 1}")
        kind = match.lastgroup or "word"
        tokens.append((kind, match.group(kind), match.start(kind) + 1))
        position = match.end()
    return tokens


def _literal(kind: str, text: str, expected: str, where: str) -> Any:
    if kind == "word" and text in ("true", "false", "null"):
        value: Any = None if text == "null" else text == "true"
        found = "null" if value is None else "boolean"
    elif kind == "string":
        value, found = text[1:-1].replace("''", "'"), "string"
    elif kind == "number":
        value, found = (float(text) if "." in text else int(text)), "number"
    elif kind == "datetime":
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ODataError(f"$filter: {text!r} at {where} is not a date-time") from None
        found = "datetime"
    else:
        raise ODataError(f"$filter: expected a literal at {where}, found {text!r}")
    if found not in (expected, "null"):
        raise ODataError(f"$filter: a {expected} property compared with a {found} literal at {where}")
    return value


def parse_filter(text: str, kinds: Mapping[str, str]) -> Filter:
    """`$filter` over the properties in `kinds` (path -> number | string | datetime | boolean)."""
    tokens = _tokens(text)
    alternatives: list[tuple[Comparison, ...]] = []
    conjunction: list[Comparison] = []
    index = 0
    while True:
        if index + 3 > len(tokens):
            raise ODataError("$filter: expected PROPERTY OPERATOR VALUE" + (f" at {text!r}" if text else ""))
        (_, path, at), (_, op, op_at), (kind, value, value_at) = tokens[index : index + 3]
        if path not in kinds:
            raise ODataError(f"$filter: unknown property {path!r} at character {at}; use {', '.join(kinds)}")
        if op not in OPERATORS:
            raise ODataError(f"$filter: unknown operator {op!r} at character {op_at}; use {', '.join(OPERATORS)}")
        where = f"character {value_at}"
        conjunction.append(Comparison(path, op, _literal(kind, value, kinds[path], where)))
        index += 3
        if index == len(tokens):
            alternatives.append(tuple(conjunction))
            return Filter(tuple(alternatives))
        _, word, word_at = tokens[index]
        if word == "or":
            alternatives.append(tuple(conjunction))
            conjunction = []
        elif word != "and":
            raise ODataError(f"$filter: expected 'and' or 'or' at character {word_at}, found {word!r}")
        index += 1


def parse_orderby(text: str, kinds: Mapping[str, str]) -> list[tuple[str, bool]]:
    """`$orderby` as (property, descending) pairs."""
    order = []
    for part in text.split(","):
        words = part.split()
        if not words or len(words) > 2 or (len(words) == 2 and words[1] not in ("asc", "desc")):
            raise ODataError(f"$orderby: cannot read {part.strip()!r}; use PROPERTY [asc|desc], comma-separated")
        if words[0] not in kinds:
            raise ODataError(f"$orderby: unknown property {words[0]!r}; use {', '.join(kinds)}")
        order.append((words[0], len(words) == 2 and words[1] == "desc"))
    return order


def sort_key(order: Sequence[tuple[str, bool]], get: Getter) -> tuple[Any, ...]:
    """A key for sorted(): nulls first ascending, each descending property inverted."""
    key: list[Any] = []
    for path, descending in order:
        value = get(path)
        key.append(_Inverted((value is not None, value)) if descending else (value is not None, value))
    return tuple(key)


@dataclass(frozen=True)
class _Inverted:
    value: tuple[bool, Any]

    def __lt__(self, other: _Inverted) -> bool:
        return bool(other.value < self.value)


def parse_select(text: str, allowed: Sequence[str]) -> list[str]:
    """`$select` as a list of top-level properties."""
    chosen = [part.strip() for part in text.split(",")]
    unknown = [name for name in chosen if name not in allowed]
    if unknown or not all(chosen):
        raise ODataError(f"$select: unknown properties {unknown or [text]}; use {', '.join(allowed)}")
    return chosen
