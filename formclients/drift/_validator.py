"""Checking one response against a provider's spec: status declared, body fits the schema, headers typed.

A body is first checked with jsonschema-rs (a 100-result Formsite page: half a millisecond, against
over 100 ms with jsonschema); only a body that fails is walked again with jsonschema, whose errors
carry what a readable report needs (the keyword, its value, the offending instance) and whose
best_match picks the closest alternative of a oneOf.

Needs the `validate` extra (jsonschema, jsonschema-rs, referencing, PyYAML); importing this module
without it raises ImportError, which the callers turn into a message naming the extra.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .._specfiles import load_spec
from ..runtime._auth import Secret
from ..runtime._redact import REDACTED
from ._errors import Mismatch

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SECRET_NAME = re.compile(r"(?i)token|secret|passw|api[-_]?key|authori[sz]ation|signature|credential|cookie|session")
MAX_MISMATCHES = 20  # per response: enough to see what changed
SHOWN = 80  # characters of a seen value


@dataclass(frozen=True)
class HeaderSpec:
    name: str
    schema: Mapping[str, Any]  # resolved, to know how to read the text of the header
    pointer: str  # of the schema, for the validator
    required: bool


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # as declared: "200", "4XX" or "default"
    content: Mapping[str, str | None]  # media type -> pointer of its schema (None: no schema)
    headers: Mapping[str, HeaderSpec]  # by lower-case name


@dataclass(frozen=True)
class OperationSpec:
    provider: str
    operation_id: str
    method: str  # upper case
    path: str  # as written in the spec, e.g. /forms/{form_dir}/results
    pattern: re.Pattern[str] = field(compare=False)  # the whole URL path, base path included
    responses: Mapping[str, ResponseSpec] = field(compare=False)
    literal_length: int = 0  # characters outside {parameters}: the more, the more specific the match

    def response_for(self, status: int) -> ResponseSpec | None:
        return (
            self.responses.get(str(status)) or self.responses.get(f"{status // 100}XX") or self.responses.get("default")
        )


class ResponseValidator:
    """A provider's operations and their declared responses, with compiled schema validators."""

    def __init__(self, provider: str, spec: Mapping[str, Any]) -> None:
        self.provider = provider
        self.spec = spec
        self._registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(spec, DRAFT202012))
        self._validators: dict[str, Draft202012Validator] = {}
        self._fast_registry = jsonschema_rs.Registry([("urn:spec", dict(spec))])
        self._fast: dict[str, Any] = {}
        server = urlsplit(spec["servers"][0]["url"].replace("{", "%7B").replace("}", "%7D"))
        self.host = re.compile(_template_regex(server.netloc.replace("%7B", "{").replace("%7D", "}"), "[^./]+") + r"\Z")
        base = server.path.replace("%7B", "{").replace("%7D", "}").rstrip("/")
        self.operations = {operation.operation_id: operation for operation in self._operations(base)}

    def match(self, method: str, path: str) -> OperationSpec | None:
        """The operation a request's method and URL path (base path included) is for, the most specific first."""
        found = [
            operation
            for operation in self.operations.values()
            if operation.method == method.upper() and operation.pattern.match(path)
        ]
        return max(found, key=lambda operation: operation.literal_length, default=None)

    def check(
        self,
        operation: OperationSpec,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        hidden: Secret | None = None,
    ) -> list[Mismatch]:
        """Every way the response differs from what the spec declares for it (nothing: it fits).

        `hidden` (a client's credential) is replaced wherever a seen value shows it, before truncating.
        """
        response = operation.response_for(status)
        if response is None:
            declared = ", ".join(operation.responses) or "none"
            return [Mismatch("status", f"one of {declared}", str(status))]
        mismatches = list(self._check_headers(response, headers))
        mismatches += self._check_body(operation, response, headers.get("content-type"), body)
        return [_finished(mismatch, hidden) for mismatch in mismatches[:MAX_MISMATCHES]]

    # -- building -----------------------------------------------------------------------------

    def _operations(self, base: str) -> Iterator[OperationSpec]:
        for path, item in self.spec.get("paths", {}).items():
            for method in METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                yield OperationSpec(
                    provider=self.provider,
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    pattern=re.compile(_template_regex(base + path, "[^/]+") + r"/?\Z"),
                    responses={
                        str(status): self._response(str(status), _pointer("paths", path, method, "responses", status))
                        for status in operation.get("responses", {})
                    },
                    literal_length=len(re.sub(r"\{[^}]*\}", "", path)),
                )

    def _response(self, status: str, pointer: str) -> ResponseSpec:
        pointer, response = self._resolve(pointer)
        headers = {}
        for name in response.get("headers", {}):
            header_pointer, header = self._resolve(f"{pointer}/headers/{_escape(name)}")
            schema_pointer, schema = self._resolve(f"{header_pointer}/schema") if "schema" in header else ("", {})
            headers[name.lower()] = HeaderSpec(name, schema, schema_pointer, bool(header.get("required")))
        content = {
            media_type.split(";")[0].strip().lower(): (
                f"{pointer}/content/{_escape(media_type)}/schema" if "schema" in media else None
            )
            for media_type, media in response.get("content", {}).items()
        }
        return ResponseSpec(status, content, headers)

    def _resolve(self, pointer: str) -> tuple[str, Mapping[str, Any]]:
        """A node and its pointer, through $refs."""
        node: Any = self._at(pointer)
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            pointer = node["$ref"][1:]
            node = self._at(pointer)
        return pointer, node if isinstance(node, dict) else {}

    def _at(self, pointer: str) -> Any:
        node: Any = self.spec
        for part in pointer.strip("/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node.get(part, {})
        return node

    def _fast_validator(self, pointer: str) -> Any:
        """Compiled once per schema, on first use."""
        validator = self._fast.get(pointer)
        if validator is None:
            reference = {"$ref": "urn:spec#" + quote(pointer, safe="/~")}
            validator = jsonschema_rs.validator_for(reference, registry=self._fast_registry, validate_formats=True)
            self._fast[pointer] = validator
        return validator

    def _validator(self, pointer: str) -> Draft202012Validator:
        """Compiled once per schema, on first use."""
        validator = self._validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": f"urn:spec#{pointer}"}, registry=self._registry, format_checker=FormatChecker()
            )
            self._validators[pointer] = validator
        return validator

    # -- checking ----------------------------------------------------------------------------

    def _check_headers(self, response: ResponseSpec, headers: Mapping[str, str]) -> Iterator[Mismatch]:
        lowered = {name.lower(): value for name, value in headers.items()}
        for key, header in response.headers.items():
            where = f"header {header.name}"
            if key not in lowered:
                if header.required:
                    yield Mismatch(where, "the header (required)", "nothing")
                continue
            text = lowered[key]
            value, readable = _header_value(text, header.schema)
            if not readable:
                yield Mismatch(where, f"type {header.schema.get('type')!r}", _shown(text, secret=_is_secret(key)))
            elif header.pointer:
                for error in self._errors(header.pointer, value):
                    _, expected, seen = _describe(error)
                    yield Mismatch(where, expected, _shown(seen, secret=_is_secret(key)))

    def _check_body(
        self, operation: OperationSpec, response: ResponseSpec, content_type: str | None, body: bytes
    ) -> list[Mismatch]:
        media_type = (content_type or "").split(";")[0].strip().lower()
        if not response.content:
            seen = f"{len(body)} bytes" + (f" of {media_type}" if media_type else "")
            return [Mismatch("body", "no body", seen)] if body and operation.method != "HEAD" else []
        if not body:
            return []  # an empty body says nothing about a schema (HEAD, or a body the recorder dropped)
        declared = next((t for t in response.content if _media_matches(t, media_type)), None)
        if declared is None:
            return [Mismatch("content-type", " or ".join(response.content), media_type or "none")]
        pointer = response.content[declared]
        if pointer is None or not _is_json(media_type):
            return []  # CSV, PDF, ...: the type is what the spec can say about them
        try:
            document = json.loads(body)
        except ValueError:
            return [Mismatch("$", f"a JSON body ({media_type})", _shown(body.decode("utf-8", "replace")))]
        mismatches = []
        for error in self._errors(pointer, document):
            path, expected, seen = _describe(error)
            mismatches.append(Mismatch(_json_path(path), expected, _shown(seen, secret=_is_secret(*path))))
        return sorted(mismatches, key=lambda mismatch: mismatch.path)

    def _errors(self, pointer: str, value: Any) -> Iterator[ValidationError]:
        fast = self._fast_validator(pointer)
        if fast.is_valid(value):
            return
        found = False
        for error in self._validator(pointer).iter_errors(value):
            while error.context:  # oneOf / anyOf: the alternative that came closest
                error = best_match(error.context)
            found = True
            yield error
        if not found:  # the two disagree (a format, say): report what jsonschema-rs found
            for rs_error in fast.iter_errors(value):
                yield ValidationError(
                    rs_error.message, validator=FAST, path=rs_error.instance_path, instance=rs_error.instance
                )


@functools.cache
def validator_for(provider: str) -> ResponseValidator:
    """The validator of a provider's packaged spec, built once per process."""
    return ResponseValidator(provider, load_spec(provider))


# -- helpers -------------------------------------------------------------------------------------

MISSING = object()
FAST = "jsonschema-rs"  # the keyword of an error only jsonschema-rs found: its message is all there is


def _describe(error: ValidationError) -> tuple[list[str | int], str, Any]:
    """(JSON path, what the schema expects, what was there) of a jsonschema error, in plain words."""
    path: list[str | int] = list(error.absolute_path)
    keyword, instance = error.validator, error.instance
    value: Any = error.validator_value
    if keyword == "required" and isinstance(instance, dict):
        missing = next((name for name in value if name not in instance), "?")
        return [*path, missing], "a value (required)", MISSING
    if keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        extra = re.findall(r"'([^']+)'", error.message.split("(")[-1])
        name = next((key for key in extra if key in instance), None)
        if name is not None:
            return [*path, name], "no such property", instance[name]
    if keyword == FAST:
        return path, f"what the schema says ({error.message})", instance
    if keyword == "type":
        expected = " or ".join(value) if isinstance(value, list) else str(value)
        return path, f"type {expected}", instance
    if keyword == "enum":
        shown = ", ".join(json.dumps(v) for v in value[:8]) + (", ..." if len(value) > 8 else "")
        return path, f"one of {shown}", instance
    if keyword == "const":
        return path, json.dumps(value), instance
    return path, f"{keyword} {value if isinstance(value, str) else _shown(value)}", instance


def _shown(value: Any, *, secret: bool = False) -> str:
    """A value as JSON text (whole: `_finished` hides credentials in it, then cuts it short)."""
    if secret:
        return REDACTED
    if value is MISSING:
        return "nothing"
    return json.dumps(value, ensure_ascii=False, default=str)


def _finished(mismatch: Mismatch, hidden: Secret | None) -> Mismatch:
    seen = mismatch.seen
    if hidden is not None:  # .reveal() inline: no local holds the credential
        seen = seen.replace(hidden.reveal(), REDACTED).replace(quote(hidden.reveal(), safe=""), REDACTED)
    return Mismatch(mismatch.path, _cut(mismatch.expected), _cut(seen))


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _is_secret(*names: str | int) -> bool:
    return any(isinstance(name, str) and SECRET_NAME.search(name) for name in names)


def _json_path(parts: list[str | int]) -> str:
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part)}]"
    return out


def _header_value(text: str, schema: Mapping[str, Any]) -> tuple[Any, bool]:
    """A header's text as the value its schema describes, and whether it could be read as one."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(text.strip()), True
        if kind == "number":
            return float(text.strip()), True
    except ValueError:
        return text, False
    if kind == "boolean":
        lowered = text.strip().lower()
        return lowered == "true", lowered in ("true", "false")
    return text, True


def _media_matches(declared: str, seen: str) -> bool:
    if declared in ("*/*", seen):
        return True
    return declared.endswith("/*") and seen.startswith(declared[:-1])


def _is_json(media_type: str) -> bool:
    return media_type in ("application/json", "text/json") or media_type.endswith("+json")


def _template_regex(template: str, variable: str) -> str:
    """A regex for a path (or host) template: {name} matches `variable`, the rest literally."""
    out = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]*)\})?", template):
        out += re.escape(literal) + (f"(?:{variable})" if name else "")
    return "^" + out


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _pointer(*parts: str | int) -> str:
    return "/" + "/".join(_escape(str(part)) for part in parts)
