"""Every response a mock sends is declared for its operation and fits the declared schema."""

from __future__ import annotations

import re
from typing import Any

import httpx
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from formclients.mocks import ProviderMock


class Conformance:
    """Checks responses against the mock's own spec; install `hook` as an httpx response event hook."""

    def __init__(self, mock: ProviderMock) -> None:
        self.spec = mock.spec
        self.registry: Registry[Any] = Registry().with_resource(
            "urn:spec", Resource.from_contents(mock.spec.spec, DRAFT202012)
        )
        self.checked = 0

    def hook(self, response: httpx.Response) -> None:
        """An httpx response event hook: read the body, then check it."""
        response.read()
        self.check(response)

    def check(self, response: httpx.Response) -> None:
        operation = self.operation_for(response.request)
        if operation is None:
            return  # unknown path or method: no operation to conform to
        status = str(response.status_code)
        assert status in operation.statuses, f"{operation.operation_id} sent undeclared {status}"
        declared = self.spec.resolve(operation.raw["responses"][status])
        content = declared.get("content", {})
        if not content:
            assert not response.content, f"{operation.operation_id} {status}: a body where the spec declares none"
        else:
            media_type = response.headers.get("content-type", "").partition(";")[0].strip()
            assert media_type in content, f"{operation.operation_id} {status}: undeclared {media_type!r}"
            body = response.json() if media_type == "application/json" else response.text
            schema = _anchored(content[media_type]["schema"])  # local refs, nested ones too, resolve in the spec
            validator = Draft202012Validator(schema, registry=self.registry, format_checker=FormatChecker())
            errors = [error.message for error in validator.iter_errors(body)]
            assert not errors, f"{operation.operation_id} {status}: {errors}"
        for name, header in declared.get("headers", {}).items():
            if self.spec.resolve(header).get("required"):
                assert name in response.headers, f"{operation.operation_id} {status}: no {name} header"
        self.checked += 1

    def operation_for(self, request: httpx.Request) -> Any:
        # The base path may hold server variables (Formsite's /api/v2/{user_dir}).
        base = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(self.spec.base_path))
        path = re.sub(f"^{base}", "", request.url.path)
        for operation in self.spec.operations:
            if operation.method == request.method and operation.pattern.match(path):
                return operation
        return None


def _anchored(schema: Any) -> Any:
    """The schema with every local `$ref` ("#/components/...") pointed at the registered spec."""
    if isinstance(schema, dict):
        return {
            key: "urn:spec" + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _anchored(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_anchored(item) for item in schema]
    return schema
