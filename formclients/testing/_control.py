"""`MockControl(url)`: a typed client for a served mock's control API (`/_mock/...`, see control.yaml)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypedDict, cast

import httpx


class MockControlError(Exception):
    """The control API refused a request (4xx); `problems` names each problem (a refused seed's)."""

    def __init__(self, status: int, message: str, problems: list[str]) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.problems = problems


class CollectionInfo(TypedDict):
    schema: str
    grouped_by: str | None
    records: int
    description: str


class Credential(TypedDict):
    scheme: str
    description: str
    sha256: str


class LoggedRequest(TypedDict):
    method: str
    path: str
    query: str
    status: int | None
    latency_ms: float
    operation_id: str | None
    credential: Credential | None
    at: float
    fault: int | None


class Fault(TypedDict):
    id: int
    count: int
    method: str | None
    path: str | None
    operation_id: str | None
    status: int | None
    body: Any
    headers: dict[str, str]
    delay: float
    drop: bool


class Clock(TypedDict, total=False):
    now: float
    iso: str
    flows: bool
    webhooks_settled: bool


class WebhookAttempt(TypedDict):
    event_id: str
    url: str
    number: int
    status: int | None
    at: float
    due: float
    error: str | None
    seconds: float


class Webhooks(TypedDict):
    attempts: list[WebhookAttempt]
    pending: int
    in_flight: int
    dropped: int
    held: int


class MockControl:
    """Reset, seed, read the request log, inject faults, move the clock of a served mock.

    `url` is the mock's origin (``http://127.0.0.1:PORT``) or any URL on it.
    """

    def __init__(self, url: str, *, timeout: float = 30.0) -> None:
        self.origin = str(httpx.URL(url).copy_with(path="/", query=None, fragment=None)).rstrip("/")
        self._http = httpx.Client(base_url=self.origin, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> MockControl:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        content = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if content is not None else {}
        response = self._http.request(method, f"/_mock{path}", content=content, headers=headers, params=params or None)
        if response.status_code >= 400:
            try:
                error = response.json()
            except ValueError:
                error = {"error": response.text}
            raise MockControlError(response.status_code, str(error.get("error")), list(error.get("problems", [])))
        return response.json() if response.content else None

    # the mock ---------------------------------------------------------------------------------------

    def describe(self) -> dict[str, Any]:
        """The provider, base path, credentials and scopes, demo data and store collections."""
        return cast(dict[str, Any], self._call("GET", "/"))

    def spec(self) -> dict[str, Any]:
        """The control API's own OpenAPI document."""
        return cast(dict[str, Any], self._call("GET", "/openapi.json"))

    def reset(self, *, empty: bool = False) -> dict[str, CollectionInfo]:
        """Back to the demo dataset (or an empty store); clears limits, faults, the request log, webhooks."""
        return cast(dict[str, CollectionInfo], self._call("POST", "/reset", {"empty": empty})["collections"])

    # the store ---------------------------------------------------------------------------------------

    def export_store(self) -> dict[str, Any]:
        return cast(dict[str, Any], self._call("GET", "/store"))

    def seed(self, data: Mapping[str, Any] | str | Path) -> dict[str, CollectionInfo]:
        """Replace the collections given (a mapping, or the path of a JSON file); MockControlError if refused."""
        seed = dict(data) if isinstance(data, Mapping) else json.loads(Path(data).read_text(encoding="utf-8"))
        return cast(dict[str, CollectionInfo], self._call("PUT", "/store", seed)["collections"])

    # the request log ---------------------------------------------------------------------------------

    def requests(self, limit: int | None = None) -> list[LoggedRequest]:
        params = {"limit": limit} if limit is not None else {}
        return cast(list[LoggedRequest], self._call("GET", "/requests", **params)["requests"])

    def clear_requests(self) -> None:
        self._call("DELETE", "/requests")

    # faults --------------------------------------------------------------------------------------------

    def add_fault(
        self,
        *,
        method: str | None = None,
        path: str | None = None,
        operation_id: str | None = None,
        count: int = 1,
        status: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        drop: bool = False,
    ) -> Fault:
        """The next `count` requests matching `method`, `path` (a glob) and `operation_id` answer
        `status` (with `body`, default the provider's error body), hang `delay` seconds, or are dropped."""
        fault: dict[str, Any] = {"count": count, "delay": delay, "drop": drop, "headers": dict(headers or {})}
        for name, value in (
            ("method", method),
            ("path", path),
            ("operation_id", operation_id),
            ("status", status),
            ("body", body),
        ):
            if value is not None:
                fault[name] = value
        return cast(Fault, self._call("POST", "/faults", fault))

    def faults(self) -> list[Fault]:
        return cast(list[Fault], self._call("GET", "/faults")["faults"])

    def remove_fault(self, fault_id: int) -> None:
        self._call("DELETE", f"/faults/{fault_id}")

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    # the clock and webhooks ----------------------------------------------------------------------------

    def clock(self) -> Clock:
        return cast(Clock, self._call("GET", "/clock"))

    def advance(self, seconds: float) -> Clock:
        """Move the mock's clock forward; returns once the webhook re-deliveries now due were made."""
        return cast(Clock, self._call("POST", "/clock", {"advance": seconds}))

    def webhooks(self) -> Webhooks:
        return cast(Webhooks, self._call("GET", "/webhooks"))

    # actions ---------------------------------------------------------------------------------------------

    def action(self, name: str, **arguments: Any) -> Any:
        """What a person does in the provider's web UI, where its API has no operation for it: Formsite's
        `action("complete_result", form_dir="contact", answers={"100": "Ada"})` stores a completed result
        and posts `result_completed` to the form's webhooks. Returns what the action returns."""
        return self._call("POST", f"/actions/{name}", arguments)
