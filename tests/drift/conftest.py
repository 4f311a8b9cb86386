"""Clients wired to the in-process mocks, with response validation, and traffic recorded as a HAR."""

from __future__ import annotations

import base64
import importlib
import json
from collections.abc import Callable
from typing import Any

import httpx

from formclients.mocks import create_mock

# Requests a user could make, relative to each mock's base URL: (operationId, method, url, json body).
# A 404 and a 400/422 per provider too: error bodies are part of the spec.
REQUESTS: dict[str, list[tuple[str, str, str, Any]]] = {
    "formsite": [
        ("get_forms", "GET", "/forms", None),
        ("get_form", "GET", "/forms/contact", None),
        ("get_form_items", "GET", "/forms/contact/items", None),
        ("get_form_results", "GET", "/forms/contact/results?limit=5&page=2", None),
        ("get_webhooks", "GET", "/forms/contact/webhooks", None),
        ("get_form", "GET", "/forms/no-such-form", None),
    ],
    "formester": [
        ("list_forms", "GET", "/forms", None),
        ("list_submissions", "GET", "/submissions?form_id=456&Rating__gte=4", None),
        ("list_submissions", "GET", "/submissions", None),
        ("get_submission", "GET", "/submissions/00000000-0000-0000-0000-000000000000", None),
    ],
    "cogram": [
        ("list_projects", "GET", "/v1/projects?page=2&page_size=10", None),
        ("list_users", "GET", "/v1/users", None),
        ("get_project", "GET", "/v1/projects/00000000-0000-0000-0000-000000000000", None),
    ],
    "formr": [
        ("list_responses", "GET", "/responses?form_id=form_123&environment=development&limit=5", None),
        ("list_responses", "GET", "/responses?form_id=form_123&environment=development&format=csv", None),
        ("get_submission", "GET", "/responses/sub_does_not_exist?form_id=form_123&environment=development", None),
        ("list_responses", "GET", "/responses?form_id=form_123", None),
    ],
    "cognito_forms": [
        ("get_forms", "GET", "/api/forms", None),
        ("get_form_fields", "GET", "/api/forms/ContactUs/fields", None),
        ("get_form_schema", "GET", "/api/forms/ContactUs/schema", None),
        ("get_entry", "GET", "/api/forms/ContactUs/entries/999999", None),
    ],
}


class Recording(httpx.BaseTransport):
    """Wraps a mock's transport: records each exchange, optionally doctoring the response first."""

    def __init__(self, inner: httpx.BaseTransport, doctor: Callable[[httpx.Response], httpx.Response] | None = None):
        self.inner = inner
        self.doctor = doctor
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        if self.doctor is not None:
            response = self.doctor(response)
        self.exchanges.append((request, response))
        return response


def client_for(provider: str, transport: httpx.BaseTransport, **options: Any) -> Any:
    """The provider's generated client on its mock's first demo credential, unthrottled, not raising on 4xx."""
    mock = create_mock(provider, rate_limits=False)
    credential = mock.credentials[0]
    module = importlib.import_module(f"{provider}_client")
    settings: dict[str, Any] = {
        "base_url": mock.base_url,
        "auth_scheme": credential.scheme,
        "throttle": False,
        "retry": False,
        "raise_on_error": False,
        **options,
    }
    return module.AuthenticatedClient(credential.value, transport=transport, **settings)


def recorded_traffic(provider: str, doctor: Callable[[httpx.Response], httpx.Response] | None = None) -> Recording:
    """REQUESTS[provider] sent through the provider's client to its in-process mock, recorded."""
    recording = Recording(create_mock(provider, rate_limits=False).transport(), doctor)
    with client_for(provider, recording) as client:
        for operation_id, method, url, body in REQUESTS[provider]:
            client.request(operation_id, method=method, url=url, json=body)
    return recording


def har(exchanges: list[tuple[httpx.Request, httpx.Response]]) -> dict[str, Any]:
    """A HAR 1.2 document of the exchanges, shaped as browsers export it."""
    entries = []
    for request, response in exchanges:
        text = response.content.decode("utf-8", "replace")
        binary = not response.headers.get("content-type", "").startswith(("application/json", "text/"))
        content: dict[str, Any] = {
            "size": len(response.content),
            "mimeType": response.headers.get("content-type", ""),
            "text": base64.b64encode(response.content).decode() if binary else text,
        }
        if binary:
            content["encoding"] = "base64"
        entries.append(
            {
                "startedDateTime": "2026-01-15T12:00:00.000Z",
                "time": 1,
                "request": {
                    "method": request.method,
                    "url": str(request.url),
                    "httpVersion": "HTTP/1.1",
                    "headers": [{"name": k, "value": v} for k, v in request.headers.items()],
                    "queryString": [],
                    "cookies": [],
                    "headersSize": -1,
                    "bodySize": len(request.content),
                },
                "response": {
                    "status": response.status_code,
                    "statusText": response.reason_phrase,
                    "httpVersion": "HTTP/1.1",
                    "headers": [{"name": k, "value": v} for k, v in response.headers.multi_items()],
                    "cookies": [],
                    "content": content,
                    "redirectURL": "",
                    "headersSize": -1,
                    "bodySize": len(response.content),
                },
                "cache": {},
                "timings": {"send": 0, "wait": 1, "receive": 0},
            }
        )
    return {"log": {"version": "1.2", "creator": {"name": "tests", "version": "1"}, "entries": entries}}


def rewritten(response: httpx.Response, change: Callable[[Any], None] | None = None, **options: Any) -> httpx.Response:
    """A copy of a response: its JSON body changed in place by `change` (or replaced by `content`), and its
    `status` or some `headers` replaced."""
    content = options.get("content", response.content)
    if change is not None:
        document = json.loads(content)
        change(document)
        content = json.dumps(document).encode()
    headers = {k.lower(): v for k, v in response.headers.items() if k.lower() != "content-length"}
    headers.update({k.lower(): v for k, v in options.get("headers", {}).items()})
    return httpx.Response(options.get("status", response.status_code), headers=headers, content=content)
