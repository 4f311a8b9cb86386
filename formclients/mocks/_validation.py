"""Turning a raw HTTP request into typed, schema-checked values, or a list of what is wrong with it."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from ._spec import Operation

MAX_BODY_BYTES = 1024 * 1024  # the docs give no limit; no form API accepts megabytes of JSON
FORM_ENCODED = "application/x-www-form-urlencoded"


class InvalidRequest(Exception):
    """The request does not fit the spec; `problems` name each field and what is wrong with it."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def parse_parameters(
    operation: Operation,
    path_values: Mapping[str, str],
    query: list[tuple[str, str]],
    headers: Mapping[str, str],
) -> dict[str, Any]:
    """Coerce each declared parameter to its schema type and validate it; collect every problem."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    declared_query = {p.name for p in operation.parameters if p.location == "query" and not p.free_form}
    deep_prefixes = {p.name for p in operation.parameters if p.free_form and p.style == "deepObject"}
    for parameter in operation.parameters:
        where = f"{parameter.location} parameter {parameter.name!r}"
        raw: Any
        if parameter.location == "path":
            raw = path_values.get(parameter.name)
        elif parameter.location == "header":
            raw = headers.get(parameter.name.lower())
        elif parameter.free_form and parameter.style == "deepObject":
            raw, repeated = _deep_object(parameter.name, query)
            if repeated:  # e.g. Formsite: "you can't use the same parameter with the same item multiple times"
                problems += [f"{where}: {parameter.name}[{key}] given more than once" for key in repeated]
                continue
            raw = raw or None
        elif parameter.free_form:  # style form, explode: every key no other parameter claims
            raw = {
                key: value
                for key, value in query
                if key not in declared_query and not any(key.startswith(f"{p}[") for p in deep_prefixes)
            } or None
        elif parameter.schema.get("type") == "array":
            raw = [value for key, value in query if key == parameter.name] or None
        else:
            matches = [value for key, value in query if key == parameter.name]
            if len(matches) > 1:
                problems.append(f"{where}: given {len(matches)} times")
                continue
            raw = matches[0] if matches else None
        if raw is None:
            if parameter.required:
                problems.append(f"{where}: is required")
            continue
        try:
            value = coerce(raw, parameter.schema)
        except ValueError as error:
            problems.append(f"{where}: {error}")
            continue
        errors = sorted(parameter.validator.iter_errors(value), key=lambda e: list(e.path))
        if errors:
            problems.extend(f"{where}: {describe(error)}" for error in errors)
            continue
        values[parameter.name] = value
    if problems:
        raise InvalidRequest(problems)
    return values


def parse_body(operation: Operation, content_type: str, body: bytes) -> Any:
    """Decode and validate the body an operation declares; None when it declares none.

    Any media type the spec lists for the body is accepted: JSON ones (`application/json`,
    Cognito's `text/json`) are parsed as JSON, `application/x-www-form-urlencoded` (Formsite's
    webhook requests) into an object of strings, each field given once (the schemas that take it
    have only string properties; any other type would be refused by the validation).
    """
    if not operation.body_media_types:
        return None
    if len(body) > MAX_BODY_BYTES:
        raise InvalidRequest([f"body: larger than {MAX_BODY_BYTES} bytes"])
    if not body.strip():
        if operation.body_required:
            raise InvalidRequest(["body: is required"])
        return None
    media_type = content_type.partition(";")[0].strip().lower() or "application/json"
    validator = operation.body_media_types.get(media_type)
    if validator is None:
        raise InvalidRequest(
            [f"body: content type {media_type!r} is not accepted; use {sorted(operation.body_media_types)}"]
        )
    value: Any = _form_fields(body) if media_type == FORM_ENCODED else _json_body(body)
    try:
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
    except RecursionError:
        raise InvalidRequest(["body: JSON nested too deeply"]) from None
    if errors:
        raise InvalidRequest([f"body: {describe(error)}" for error in errors])
    return value


def _form_fields(body: bytes) -> dict[str, str]:
    """A form-encoded body as an object of strings, each field given once."""
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True, errors="strict")
    except UnicodeDecodeError:
        raise InvalidRequest(["body: is not valid UTF-8"]) from None
    except ValueError as error:
        raise InvalidRequest([f"body: malformed form encoding: {error}"]) from None
    fields: dict[str, str] = {}
    problems = []
    for name, value in pairs:
        if name in fields:
            problems.append(f"body: {name}: given more than once")
        fields[name] = value
    if problems:
        raise InvalidRequest(problems)
    return fields


def _json_body(body: bytes) -> Any:
    try:
        value = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidRequest(["body: is not valid UTF-8"]) from None
    except json.JSONDecodeError as error:
        raise InvalidRequest(
            [f"body: malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"]
        ) from None
    except RecursionError:
        raise InvalidRequest(["body: JSON nested too deeply"]) from None
    except ValueError as error:  # e.g. an integer literal longer than Python's 4300-digit conversion limit
        raise InvalidRequest([f"body: malformed JSON: a number literal is too long ({type(error).__name__})"]) from None
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a \ud800-style escape of a lone surrogate: not Unicode text, cannot be echoed
        raise InvalidRequest(["body: contains an escaped lone surrogate (not valid Unicode)"]) from None
    return value


def describe(error: Any) -> str:
    location = "".join(f"[{part!r}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    return f"{location.lstrip('.') or 'value'}: {error.message}" if location else error.message


def _deep_object(name: str, query: list[tuple[str, str]]) -> tuple[dict[str, str], list[str]]:
    """The `name[key]=value` pairs as a dict, and the keys given more than once."""
    pattern = re.compile(rf"^{re.escape(name)}\[([^\]]*)\]$")
    found: dict[str, str] = {}
    repeated: list[str] = []
    for key, value in query:
        match = pattern.match(key)
        if match:
            if match.group(1) in found:
                repeated.append(match.group(1))
            found[match.group(1)] = value
    return found, repeated


def coerce(raw: Any, schema: Mapping[str, Any]) -> Any:
    """Text from a URL or header to the type its schema declares (validation happens after)."""
    kinds = schema.get("type")
    if isinstance(kinds, list):
        kinds = next((kind for kind in kinds if kind != "null"), None)
    if isinstance(raw, list):
        items = schema.get("items", {})
        return [coerce(item, items) for item in raw]
    if isinstance(raw, dict):
        properties = schema.get("additionalProperties", {})
        return {key: coerce(value, properties if isinstance(properties, dict) else {}) for key, value in raw.items()}
    if kinds == "integer":
        if not re.fullmatch(r"[+-]?\d+", raw.strip()):
            raise ValueError(f"{raw!r} is not an integer")
        return int(raw)
    if kinds == "number":
        try:
            number = float(raw)
        except ValueError:
            raise ValueError(f"{raw!r} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(f"{raw!r} is not a finite number")
        return number
    if kinds == "boolean":
        if raw.lower() not in ("true", "false"):
            raise ValueError(f"{raw!r} is not true or false")
        return raw.lower() == "true"
    return raw
