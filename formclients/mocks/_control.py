"""The control API every mock answers under `/_mock`: reset, seed, request log, faults, clock, webhooks.

Its routes are described by `control.yaml` beside this module (served at `/_mock/openapi.json`);
a test checks that the two agree. `formclients.testing.MockControl` is its typed client.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import re
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._faults import parse_fault
from ._store import StoreError

if TYPE_CHECKING:
    from ._core import ProviderMock

PREFIX = "/_mock"
SPEC_PATH = Path(__file__).with_name("control.yaml")
# Mock-only methods that `POST /_mock/actions/{name}` calls with the JSON body as keyword arguments: what a
# person does in the provider's web UI where the API has no operation for it (Formsite has no API that
# creates results), so that a served mock's user can trigger it too.
ACTIONS: dict[str, tuple[str, ...]] = {"formsite": ("complete_result",)}


@functools.cache
def control_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


class ControlError(Exception):
    def __init__(self, status: int, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.problems = problems or []


def describe(mock: ProviderMock) -> dict[str, Any]:
    """What a user needs for a first request: where the API is, credentials and scopes, the demo data."""
    description: dict[str, Any] = {
        "provider": mock.provider,
        "base_path": mock.base_url.removeprefix("http://mock.local") or "/",
        "spec": "/openapi.json",
        "rate_limits": mock.settings.rate_limits,
        "webhook_allow": ["loopback", *mock.settings.webhook_allow],
        "credentials": [
            {"scheme": c.scheme, "value": c.value, "scopes": list(c.scopes), "description": c.description}
            for c in mock.credentials
        ],
        "data": mock.describe_data(),
        "collections": collections(mock)["collections"],
    }
    secret = getattr(mock, "webhook_secret", None)
    if secret:
        description["webhook_secret"] = secret
    return description


def collections(mock: ProviderMock) -> dict[str, Any]:
    store = mock.export_store() if mock.store_collections else {}
    summary: dict[str, Any] = {}
    for name, collection in mock.store_collections.items():
        records = store.get(name, collection.empty())
        count = sum(len(group) for group in records.values()) if isinstance(records, dict) else len(records)
        summary[name] = {
            "schema": collection.schema,
            "grouped_by": collection.grouped_by,
            "records": count,
            "description": collection.description,
        }
    return {"collections": summary}


Handler = Callable[[Request, Any, dict[str, str]], Awaitable[Response]]


class ControlAPI:
    """Routes `/_mock/...` requests; each handler gets the request, its parsed JSON body and path values."""

    def __init__(self, mock: ProviderMock) -> None:
        self.mock = mock
        self.routes: dict[tuple[str, str], Handler] = {
            ("GET", "/"): self.describe,
            ("GET", "/openapi.json"): self.spec,
            ("POST", "/reset"): self.reset,
            ("GET", "/store"): self.export_store,
            ("PUT", "/store"): self.seed,
            ("GET", "/requests"): self.requests,
            ("DELETE", "/requests"): self.clear_requests,
            ("GET", "/faults"): self.faults,
            ("POST", "/faults"): self.add_fault,
            ("DELETE", "/faults"): self.clear_faults,
            ("DELETE", "/faults/{fault_id}"): self.remove_fault,
            ("GET", "/clock"): self.clock,
            ("POST", "/clock"): self.advance_clock,
            ("GET", "/webhooks"): self.webhooks,
            ("POST", "/actions/{action}"): self.action,
        }

    async def handle(self, request: Request, body: bytes) -> Response:
        try:
            handler, values = self.route(request.method, request.url.path.removeprefix(PREFIX) or "/")
            return await handler(request, self.parse(body), values)
        except ControlError as error:
            content: dict[str, Any] = {"error": error.message}
            if error.problems:
                content["problems"] = error.problems
            return JSONResponse(content, status_code=error.status)

    def route(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        allowed = []
        for (route_method, template), handler in self.routes.items():
            pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            match = re.match(pattern, path)
            if match is None:
                continue
            if route_method == method:
                return handler, match.groupdict()
            allowed.append(route_method)
        if allowed:
            raise ControlError(405, f"{PREFIX}{path} answers {', '.join(sorted(allowed))}, not {method}")
        raise ControlError(404, f"no control route {method} {PREFIX}{path}; the routes are in {PREFIX}/openapi.json")

    @staticmethod
    def parse(body: bytes) -> Any:
        if not body.strip():
            return None
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as error:
            raise ControlError(400, f"the body is not valid JSON: {error}") from None

    @staticmethod
    def object_body(data: Any, allowed: set[str], required: Iterable[str] = ()) -> dict[str, Any]:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ControlError(422, "the body must be a JSON object")
        problems = [f"unknown field {name!r}" for name in sorted(set(data) - allowed)]
        problems += [f"missing field {name!r}" for name in sorted(set(required) - set(data))]
        if problems:
            raise ControlError(422, "; ".join(problems), problems)
        return data

    # -- routes ----------------------------------------------------------------------------------------

    async def describe(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        with self.mock.lock:
            return JSONResponse(describe(self.mock))

    async def spec(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        return JSONResponse(control_spec())

    async def reset(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        empty = self.object_body(data, {"empty"}).get("empty", False)
        if type(empty) is not bool:
            raise ControlError(422, "empty: true or false")
        self.mock.reset(empty=empty)
        with self.mock.lock:
            return JSONResponse(collections(self.mock))

    async def export_store(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        with self.mock.lock:
            return JSONResponse(self.mock.export_store())

    async def seed(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        if data is None:
            raise ControlError(400, "a seed needs a JSON body: an object keyed by collection")
        try:
            self.mock.load_store(data)
        except StoreError as error:
            raise ControlError(422, f"the seed was refused, the store is unchanged: {error}", error.problems) from None
        with self.mock.lock:
            return JSONResponse(collections(self.mock))

    async def requests(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        entries = self.mock.requests.entries()
        limit = request.query_params.get("limit")
        if limit is not None:
            if not limit.isdigit() or int(limit) < 1:
                raise ControlError(400, f"limit: a positive integer, not {limit!r}")
            entries = entries[-int(limit) :]
        return JSONResponse({"requests": [entry.as_json() for entry in entries]})

    async def clear_requests(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        self.mock.requests.clear()
        return Response(status_code=204)

    async def faults(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        return JSONResponse({"faults": [fault.as_json() for fault in self.mock.faults.pending()]})

    async def add_fault(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        try:
            settings = parse_fault(data, set(self.mock.spec.by_id))
        except ValueError as error:
            raise ControlError(422, f"the fault was refused: {error}", str(error).split("; ")) from None
        return JSONResponse(self.mock.faults.add(**settings).as_json(), status_code=201)

    async def clear_faults(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        self.mock.faults.clear()
        return Response(status_code=204)

    async def remove_fault(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        fault_id = values["fault_id"]
        if not fault_id.isdigit() or not self.mock.faults.remove(int(fault_id)):
            raise ControlError(404, f"no waiting fault {fault_id!r}")
        return Response(status_code=204)

    async def clock(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        return JSONResponse(self.clock_json())

    async def advance_clock(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        seconds = self.object_body(data, {"advance"}, {"advance"})["advance"]
        if type(seconds) not in (int, float) or not seconds >= 0:
            raise ControlError(422, f"advance: a number of seconds, at least 0, not {seconds!r}")
        self.mock.clock.advance(float(seconds))
        # Re-deliveries that became due are made now; answer once they have been (or could not be).
        settled = await asyncio.to_thread(self.mock.webhooks.settle, self.mock.webhooks.timeout + 1)
        return JSONResponse({**self.clock_json(), "webhooks_settled": settled})

    def clock_json(self) -> dict[str, Any]:
        now = self.mock.clock.now()
        return {"now": now, "iso": datetime.fromtimestamp(now, UTC).isoformat(), "flows": self.mock.clock.flows}

    async def action(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        name = values["action"]
        actions = ACTIONS.get(self.mock.provider, ())
        if name not in actions:
            offered = ", ".join(actions) or "none"
            raise ControlError(404, f"the {self.mock.provider} mock has no action {name!r} (actions: {offered})")
        arguments = self.object_body(data, set(inspect.signature(getattr(self.mock, name)).parameters) - {"meta"})
        try:
            result = getattr(self.mock, name)(**arguments)
        except TypeError as error:  # a required argument missing
            raise ControlError(422, f"{name}: {error}") from None
        except KeyError as error:  # an unknown form
            raise ControlError(422, f"{name}: no {error.args[0]!r} in the mock's data") from None
        except ValueError as error:  # answers that do not fit the form
            raise ControlError(422, f"{name}: {error}") from None
        return JSONResponse(result)

    async def webhooks(self, request: Request, data: Any, values: dict[str, str]) -> Response:
        stats = self.mock.webhooks.stats()
        return JSONResponse(
            {
                "attempts": [attempt.as_json() for attempt in self.mock.webhooks.attempt_log()],
                "pending": stats.pending,
                "in_flight": stats.in_flight,
                "dropped": stats.dropped,
                "held": stats.held,
            }
        )
