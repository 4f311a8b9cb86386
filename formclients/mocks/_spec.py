"""Reading a provider's spec for its mock: where operations live and how to validate what they receive."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .._specfiles import load_spec, spec_path

__all__ = ["CompiledSpec", "Operation", "Parameter", "load_spec", "pointer", "spec_path"]

METHODS = ("get", "put", "post", "delete", "patch")


def pointer(*parts: str) -> str:
    return "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header
    required: bool
    schema: Mapping[str, Any]
    style: str
    explode: bool
    validator: Draft202012Validator = field(compare=False, repr=False)

    @property
    def free_form(self) -> bool:
        return self.location == "query" and self.schema.get("type") == "object"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str  # as written in the spec, e.g. /forms/{form_dir}
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_media_types: Mapping[str, Draft202012Validator]
    security: tuple[Mapping[str, tuple[str, ...]], ...]  # alternatives; {} means anonymous is fine
    statuses: frozenset[str]
    raw: Mapping[str, Any]

    @property
    def pagination(self) -> Mapping[str, Any]:
        pagination: Mapping[str, Any] = self.raw.get("x-pagination", {})
        return pagination


class CompiledSpec:
    """The parts of one spec a mock needs, resolved and with validators compiled once."""

    def __init__(self, provider: str, spec: Mapping[str, Any]) -> None:
        self.provider = provider
        self.spec = spec
        self._registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(spec, DRAFT202012))
        server = spec["servers"][0]
        self.server_url: str = server["url"]
        self.server_variables: dict[str, str | None] = {
            name: var.get("default") for name, var in server.get("variables", {}).items()
        }
        self.base_path = (
            urlsplit(self.server_url.replace("{", "%7B").replace("}", "%7D"))
            .path.replace("%7B", "{")
            .replace("%7D", "}")
            .rstrip("/")
        )
        self.security_schemes: Mapping[str, Any] = spec.get("components", {}).get("securitySchemes", {})
        self.operations = tuple(self._operations())
        self.by_id = {operation.operation_id: operation for operation in self.operations}

    def validator(self, schema_pointer: str) -> Draft202012Validator:
        return Draft202012Validator(
            {"$ref": f"urn:spec#{schema_pointer}"}, registry=self._registry, format_checker=FormatChecker()
        )

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def schema(self, name: str) -> Mapping[str, Any]:
        schema: Mapping[str, Any] = self.spec["components"]["schemas"][name]
        return schema

    def _operations(self) -> Iterator[Operation]:
        default_security = self.spec.get("security", [])
        for path, item in self.spec["paths"].items():
            for method in METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                yield Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    pattern=self._path_pattern(path),
                    parameters=tuple(self._parameters(path, method, item, raw)),
                    body_required=bool(self.resolve(raw.get("requestBody", {})).get("required", False)),
                    body_media_types=self._body_validators(path, method, raw),
                    security=tuple(
                        {scheme: tuple(scopes) for scheme, scopes in requirement.items()}
                        for requirement in raw.get("security", default_security)
                    ),
                    statuses=frozenset(str(status) for status in raw.get("responses", {})),
                    raw=raw,
                )

    def _path_pattern(self, path: str) -> re.Pattern[str]:
        regex = ""
        for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", path):
            regex += re.escape(literal)
            if name:
                if not name.isidentifier():
                    raise ValueError(f"path parameter {name!r} in {path} must be an identifier")
                regex += f"(?P<{name}>[^/]+)"
        return re.compile(f"^{regex}$")

    def _parameters(
        self, path: str, method: str, item: Mapping[str, Any], raw: Mapping[str, Any]
    ) -> Iterator[Parameter]:
        declared = [*item.get("parameters", []), *raw.get("parameters", [])]
        for index, reference in enumerate(declared):
            parameter = self.resolve(reference)
            if isinstance(reference, dict) and "$ref" in reference:
                schema_pointer = reference["$ref"].removeprefix("#") + "/schema"
            elif index < len(item.get("parameters", [])):
                schema_pointer = pointer("paths", path, "parameters") + f"/{index}/schema"
            else:
                offset = index - len(item.get("parameters", []))
                schema_pointer = pointer("paths", path, method, "parameters") + f"/{offset}/schema"
            location = parameter["in"]
            yield Parameter(
                name=parameter["name"],
                location=location,
                required=bool(parameter.get("required", location == "path")),
                schema=self.resolve(parameter.get("schema", {})),
                style=parameter.get("style", "form" if location == "query" else "simple"),
                explode=bool(parameter.get("explode", parameter.get("style", "form") == "form")),
                validator=self.validator(schema_pointer),
            )

    def _body_validators(self, path: str, method: str, raw: Mapping[str, Any]) -> dict[str, Draft202012Validator]:
        body = raw.get("requestBody")
        if body is None:
            return {}
        base = body["$ref"].removeprefix("#") if "$ref" in body else pointer("paths", path, method, "requestBody")
        return {
            media_type: self.validator(f"{base}/content/{media_type.replace('/', '~1')}/schema")
            for media_type in self.resolve(body).get("content", {})
        }
