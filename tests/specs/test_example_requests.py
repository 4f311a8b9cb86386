"""Every example request a spec shows is accepted by its mock.

An example request is an operation called with the `example` of each of its parameters and,
for each named example of its request body, that body. A user copying it from the spec (or
the generated docs) must get a 2xx from the mock, or the spec teaches something that fails.

Requests run against one fresh mock per provider, in spec order, with every DELETE last
(nested resources first): a delete example names what an earlier example created (a Formsite
webhook URL, a Cognito subscription id) or a demo record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from formclients.mocks import DemoCredential, ProviderMock, create_mock

from ..conftest import PROVIDERS, load_spec

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class ExampleRequest:
    operation_id: str
    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    media_type: str | None = None
    example: str = ""  # the body example's name

    @property
    def name(self) -> str:
        return f"{self.operation_id}[{self.example}]" if self.example else self.operation_id


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _parameter_example(parameter: Mapping[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    examples = parameter.get("examples") or {}
    for example in examples.values():
        return example["value"]
    return None


def example_requests(spec: Mapping[str, Any]) -> Iterator[ExampleRequest]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            request = ExampleRequest(operation["operationId"], method.upper(), path)
            parameters = [_resolve(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
            for parameter in parameters:
                value = _parameter_example(parameter)
                if value is None:
                    assert not parameter.get("required"), f"{request.name}: required {parameter['name']} has no example"
                    continue
                name, where = parameter["name"], parameter["in"]
                if where == "path":
                    request.path = request.path.replace(f"{{{name}}}", _text(value))
                elif where == "header":
                    request.headers[name] = _text(value)
                elif isinstance(value, dict) and parameter.get("style") == "deepObject":
                    request.query += [(f"{name}[{key}]", _text(v)) for key, v in value.items()]
                elif isinstance(value, dict):
                    request.query += [(key, _text(v)) for key, v in value.items()]
                elif isinstance(value, list):
                    request.query += [(name, _text(v)) for v in value]
                else:
                    request.query.append((name, _text(value)))
            body = _resolve(spec, operation.get("requestBody"))
            if not body:
                yield request
                continue
            bodies = [
                (media_type, name, example["value"])
                for media_type, content in body["content"].items()
                for name, example in (content.get("examples") or {}).items()
            ]
            assert bodies or not body.get("required"), f"{request.name}: a required body without an example"
            if not bodies:
                yield request
            for media_type, name, value in bodies:
                yield ExampleRequest(
                    request.operation_id,
                    request.method,
                    request.path,
                    list(request.query),
                    dict(request.headers),
                    value,
                    media_type,
                    f"{name}, {media_type}" if len(body["content"]) > 1 else name,
                )


def _credential_for(mock: ProviderMock, operation: Mapping[str, Any]) -> tuple[str, DemoCredential] | None:
    """The first demo credential that satisfies one of the operation's security requirements."""
    requirements = operation.get("security", mock.spec.spec.get("security", []))
    for requirement in requirements:
        if not requirement:
            return None
        for scheme, scopes in requirement.items():
            for credential in mock.credentials:
                if credential.scheme == scheme and set(scopes) <= set(credential.scopes):
                    return scheme, credential
    raise AssertionError(f"no demo credential satisfies {requirements}")


def send(mock: ProviderMock, client: httpx.Client, request: ExampleRequest) -> httpx.Response:
    operation = mock.spec.by_id[request.operation_id].raw
    query: list[tuple[str, str | int | float | bool | None]] = list(request.query)
    headers = dict(request.headers)
    auth = _credential_for(mock, operation)
    if auth is not None:
        scheme_name, credential = auth
        scheme = mock.spec.security_schemes[scheme_name]
        if scheme["type"] == "http":
            headers["Authorization"] = f"Bearer {credential.value}"
        elif scheme["in"] == "query":
            query.append((scheme["name"], credential.value))
        else:
            headers[scheme["name"]] = credential.value
    content: bytes | None = None
    if request.media_type is not None:
        headers["Content-Type"] = request.media_type
        if request.media_type == "application/x-www-form-urlencoded":
            content = str(httpx.QueryParams({k: _text(v) for k, v in request.body.items()})).encode()
        else:
            content = json.dumps(request.body).encode()
    return client.request(request.method, mock.base_url + request.path, params=query, headers=headers, content=content)


def all_example_requests(provider: str) -> list[ExampleRequest]:
    requests = list(example_requests(load_spec(provider)))
    # Stable: spec order, deletes last, nested resources (members) before their parents (projects).
    return sorted(requests, key=lambda r: (r.method == "DELETE", -r.path.count("/") if r.method == "DELETE" else 0))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_example_request_is_accepted_by_the_mock(provider: str) -> None:
    mock = create_mock(provider, rate_limits=False, deliver_webhooks=False)
    refused = []
    requests = all_example_requests(provider)
    with httpx.Client(transport=mock.transport()) as client:
        for request in requests:
            response = send(mock, client, request)
            if not response.is_success:
                refused.append(f"{request.name}: {response.status_code} {response.text[:300]}")
    assert requests, f"{provider}: the spec has no example request"
    assert not refused, f"{len(refused)} of {len(requests)} example requests refused:\n" + "\n".join(refused)
