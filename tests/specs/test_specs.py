"""Each spec is valid OpenAPI 3.1, its examples fit its schemas, and our x- extensions are sound."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from formclients.runtime import ProviderProfile

from ..conftest import PROVIDERS

METHODS = ("get", "put", "post", "delete", "patch")
EXPECTED_PROVIDERS = ["cognito_forms", "cogram", "formester", "formr", "formsite"]


def test_every_provider_has_a_spec() -> None:
    assert PROVIDERS == EXPECTED_PROVIDERS


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def iter_examples(node: Any, pointer: str = "") -> Iterator[tuple[str, str, Any]]:
    """(schema pointer, example pointer, example value) for every example next to a schema."""
    if isinstance(node, dict):
        schema_pointer = f"{pointer}/schema" if "schema" in node else pointer
        if "schema" in node or "type" in node or "$ref" in node or "properties" in node:
            if "example" in node:
                yield schema_pointer, f"{pointer}/example", node["example"]
            examples = node.get("examples")
            if isinstance(examples, dict):  # media type / parameter: named Example objects
                for name, example in examples.items():
                    if isinstance(example, dict) and "value" in example:
                        yield schema_pointer, f"{pointer}/examples/{name}", example["value"]
            elif isinstance(examples, list) and "schema" not in node:  # JSON Schema `examples`
                for index, value in enumerate(examples):
                    yield pointer, f"{pointer}/examples/{index}", value
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from iter_examples(value, f"{pointer}/{escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_examples(value, f"{pointer}/{index}")


def escape(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def test_every_example_validates_against_its_schema(provider: str, spec: dict[str, Any]) -> None:
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(spec, DRAFT202012))
    examples = list(iter_examples(spec))
    assert len(examples) >= 3, f"{provider}: the docs' examples belong in the spec"
    failures = []
    for schema_pointer, example_pointer, value in examples:
        validator = Draft202012Validator(
            {"$ref": f"urn:spec#{schema_pointer}"}, registry=registry, format_checker=FormatChecker()
        )
        failures += [f"{example_pointer}: {error.message}" for error in validator.iter_errors(value)]
    assert not failures, "\n".join(failures)


def test_operations_are_named_tagged_and_document_errors(spec: dict[str, Any]) -> None:
    seen = set()
    for path, method, operation in operations(spec):
        where = f"{method.upper()} {path}"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", operation.get("operationId", "")), where
        assert operation["operationId"] not in seen, where
        seen.add(operation["operationId"])
        assert len(operation.get("tags", [])) == 1, where
        assert any(str(status).startswith("4") for status in operation["responses"]), f"{where}: no 4xx documented"


def test_error_extension_points_into_the_error_schema(spec: dict[str, Any]) -> None:
    error = spec["x-error"]
    schema = resolve(spec, {"$ref": error["schema"]})
    for key in ("message", "code", "status"):
        if key in error:
            node = schema
            for part in error[key].strip("/").split("/"):
                node = resolve(spec, node)
                node = node["properties"][part]
            assert node, f"x-error.{key} {error[key]} is not in {error['schema']}"


def test_pagination_extension_points_at_the_item_array(spec: dict[str, Any]) -> None:
    paginated = [(p, m, op) for p, m, op in operations(spec) if "x-pagination" in op]
    for path, method, operation in paginated:
        pagination = operation["x-pagination"]
        success = resolve(spec, operation["responses"]["200"])
        node = resolve(spec, success["content"]["application/json"]["schema"])
        for part in pagination["items"].strip("/").split("/"):
            node = resolve(spec, node["properties"][part])
        assert node["type"] == "array", f"{method.upper()} {path}: x-pagination.items is not an array"
        parameters = {resolve(spec, p)["name"] for p in operation.get("parameters", [])}
        for key in ("page_param", "size_param", "cursor_param"):
            if key in pagination:
                assert pagination[key] in parameters, f"{method.upper()} {path}: {key} is not a parameter"


PAGINATED = {
    "cognito_forms": {"list_entries"},  # the REST docs describe no paging; the OData list pages with $top/$skip
    "formsite": {"get_form_results"},
    "formester": {"list_forms", "list_submissions"},
    "cogram": {"list_projects", "list_project_members", "list_users"},
    "formr": {"list_responses"},
}


def test_list_operations_that_page_declare_it(provider: str, spec: dict[str, Any]) -> None:
    assert {op["operationId"] for _, _, op in operations(spec) if "x-pagination" in op} == PAGINATED[provider]


def test_profile_reads_auth_servers_and_limits(provider: str, spec: dict[str, Any]) -> None:
    profile = ProviderProfile.from_spec(provider, spec)
    assert profile.security_schemes
    assert profile.server_url.startswith("https://")
    for limit in profile.rate_limits:
        assert limit.requests > 0 and limit.period > 0


@pytest.mark.parametrize(
    ("provider", "limits"),
    [
        ("formsite", {(50, 60.0), (10000, 86400.0)}),
        ("formester", {(10, 60.0)}),
        ("cogram", {(1000, 60.0)}),
    ],
)
def test_documented_rate_limits(provider: str, limits: set[tuple[int, float]]) -> None:
    from ..conftest import load_spec

    profile = ProviderProfile.from_spec(provider, load_spec(provider))
    assert {(limit.requests, limit.period) for limit in profile.rate_limits} == limits
