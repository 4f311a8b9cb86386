"""The mock core: one ASGI app per provider, driven by the provider's spec.

The core does what is the same for every provider, reading it from the spec: routing,
authentication and scopes, rate limits (``x-rate-limits``), request validation, error
bodies in the provider's shape (``x-error``), serving the spec itself at /openapi.json.
A provider is a package (see _model.py): its `responses.py` subclasses :class:`ProviderMock`
and adds only behaviour, one handler method per operationId, over the state in its `models.py`
(``seed`` puts the demo dataset of its `data.py` in ``mock.store``, which seeds and the control
API export and replace).

Beside the provider's API, every mock keeps a request log, takes injected faults and answers
the control API under ``/_mock`` (_control.py); served mocks bind first (_serve.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx
from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from formclients.runtime import ProviderProfile, RateLimit
from formclients.runtime.ratelimit import SlidingWindowLimiter

from ._clock import Clock, SystemClock
from ._control import PREFIX as CONTROL_PREFIX
from ._control import ControlAPI
from ._faults import DropConnection, Fault, Faults
from ._model import Refused, Store
from ._requestlog import LoggedRequest, RequestLog, fingerprint, redact_query
from ._spec import CompiledSpec, Operation, load_spec
from ._store import Collection, StoreError, check_store
from ._targets import TargetPolicy
from ._transport import ASGISyncTransport, DroppingASGITransport
from ._validation import InvalidRequest, parse_body, parse_parameters
from ._webhooks import DEFAULT_DELAYS, WebhookDispatcher

log = logging.getLogger("formclients.mocks")
request_log = logging.getLogger("formclients.mocks.requests")  # one INFO line per request (--log-requests)


# -- what handlers receive and return ----------------------------------------------------------------


@dataclass(frozen=True)
class DemoCredential:
    """A credential the mock accepts, printed by `formclients mock PROVIDER`."""

    value: str
    scheme: str
    scopes: tuple[str, ...] = ()
    description: str = ""
    attributes: Mapping[str, Any] = field(default_factory=dict)  # provider-specific (restricted forms, expiry ...)


@dataclass(frozen=True)
class Principal:
    """Who is calling: the credential they used and what it may do."""

    credential: DemoCredential

    @property
    def scopes(self) -> tuple[str, ...]:
        return self.credential.scopes


class ApiError(Exception):
    """Raised by the core or a handler; becomes the provider's error response."""

    def __init__(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body
        self.headers = dict(headers or {})


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    operation: Operation
    params: dict[str, Any]
    body: Any
    principal: Principal | None
    headers: Headers
    client_ip: str
    server_variables: dict[str, str]
    body_size: int
    scheme: str | None = None  # the security scheme the credential came in (set with `principal`)

    def param(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)


@dataclass
class Reply:
    """What a handler returns: a JSON body by default, or text/bytes with their media type."""

    body: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"


@dataclass(frozen=True)
class MockSettings:
    rate_limits: bool = True
    clock: Clock | None = None
    webhook_delays: tuple[float, ...] = DEFAULT_DELAYS  # seconds after a failed attempt before the next
    deliver_webhooks: bool = True  # False: record deliveries in mock.webhooks.held, send nothing (fuzzing)
    webhook_timeout: float = 5.0  # seconds one delivery attempt may take
    # Webhooks go to loopback addresses only, plus these hosts / addresses / CIDR networks ("*": anywhere).
    webhook_allow: tuple[str, ...] = ()
    # Refuse, at subscribe time with the provider's own 400, a webhook URL outside the allow-list
    # (served mocks). In-process mocks accept it and only decline to post to it.
    refuse_unlisted_webhooks: bool = False
    data_scale: int = 1  # grow the demo dataset (Formsite: 250 x N `contact` results)


# -- the provider base class ---------------------------------------------------------------------------


def retry_after(wait: float) -> dict[str, str]:
    """The Retry-After header for a wait: whole seconds, rounded up, at least 1."""
    return {"Retry-After": str(max(1, math.ceil(wait)))}


class ProviderMock:
    """Subclass per provider: set `provider` and `credentials`, write `seed` and one method per operationId.

    `seed` puts the provider's store (a :class:`Store`, from its models.py) in `self.store`; with
    `store_collections` declared, seeds and the control API's store then work (see _store.py).
    """

    provider: ClassVar[str]
    credentials: ClassVar[tuple[DemoCredential, ...]] = ()
    validation_status: ClassVar[int] = 400  # the status the provider answers malformed input with
    store_collections: ClassVar[Mapping[str, Collection]] = {}
    store: Store[Any] | None = None  # the provider's state (its models.py); `seed` puts the demo dataset here

    def __init__(self, settings: MockSettings | None = None) -> None:
        self.settings = settings or MockSettings()
        if self.settings.data_scale < 1:
            raise ValueError(f"data_scale must be at least 1, not {self.settings.data_scale}")
        self.clock: Clock = self.settings.clock or SystemClock()
        self.spec = CompiledSpec(self.provider, self.load_spec())
        self.profile = ProviderProfile.from_spec(self.provider, self.spec.spec)
        self.lock = threading.RLock()
        self.limiter = SlidingWindowLimiter(clock=self.clock.now)
        self.webhook_targets = TargetPolicy(self.settings.webhook_allow)
        self.webhooks = WebhookDispatcher(
            self.settings.webhook_delays,
            clock=self.clock,
            timeout=self.settings.webhook_timeout,
            send=self.settings.deliver_webhooks,
            refusal=self.webhook_targets.refusal,
        )
        self.requests = RequestLog()  # every API request answered (not the control API's), oldest first
        self.faults = Faults()
        self.app = MockApp(self)
        self.answered: Counter[str] = Counter()  # operationId -> successful handler calls, for coverage tests
        self.reset()

    @classmethod
    def load_spec(cls) -> dict[str, Any]:
        return load_spec(cls.provider)

    # state -------------------------------------------------------------------------------------

    def reset(self, *, empty: bool = False) -> None:
        """Back to the deterministic demo dataset (or an empty store), with rate-limit counters, pending
        webhook deliveries, injected faults and the request log cleared."""
        with self.lock:
            self.limiter.reset()
            self.webhooks.clear()
            self.faults.clear()
            self.requests.clear()
            self.seed()
            if empty:
                self.import_store({name: collection.empty() for name, collection in self.store_collections.items()})

    def seed(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop background work (the webhook delivery thread). The mock still answers afterwards."""
        self.webhooks.close()

    # the store as JSON (seeds, the control API) --------------------------------------------------

    def export_store(self) -> dict[str, Any]:
        """The store as JSON keyed by collection (see `store_collections`)."""
        if self.store is None:
            raise NotImplementedError(f"the {self.provider} mock cannot export its store")
        return self.store.export()

    def import_store(self, data: Mapping[str, Any]) -> None:
        """Replace the collections named in `data` (already checked against the spec's schemas).

        The store checks everything the schemas cannot (an unknown form, a repeated id) before
        anything changes, and raises ValueError naming the problem: the store stays as it was.
        """
        if self.store is None:
            raise NotImplementedError(f"the {self.provider} mock cannot import a store")
        imported = self.store.imported(data)
        with self.lock:
            self.store.replace(imported)

    def load_store(self, data: Any) -> None:
        """Replace the collections `data` names, after checking every record against the spec; on any
        problem raise StoreError naming each, and leave the store as it was."""
        if not self.store_collections:
            raise StoreError([f"the {self.provider} mock has no collections to seed"])
        problems = check_store(self.spec, self.store_collections, data)
        if problems:
            raise StoreError(problems)
        with self.lock:
            try:
                self.import_store(data)
            except (ValueError, KeyError, TypeError) as error:
                raise StoreError([str(error).strip("'\"")]) from None

    def describe_data(self) -> dict[str, Any]:
        """The demo data a user needs for a first request (forms, environments, required fields ...),
        printed by `formclients mock PROVIDER --describe` and served at `GET /_mock/`."""
        return {} if self.store is None else self.store.describe()

    # webhooks ------------------------------------------------------------------------------------

    def check_webhook_target(self, url: str, field: str = "url") -> None:
        """At subscribe time: refuse a URL this mock will not post to (served mocks), in the provider's error shape."""
        if not self.settings.refuse_unlisted_webhooks:
            return
        reason = self.webhook_targets.refusal(url)
        if reason is not None:
            raise self.invalid_request(None, [f"{field}: {reason}"])

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock.now(), UTC)

    @property
    def default_credential(self) -> DemoCredential:
        """The first demo credential of the security scheme clients use by default (the spec's first)."""
        scheme = next(iter(self.spec.security_schemes), None)
        return next((c for c in self.credentials if c.scheme == scheme), self.credentials[0])

    # in-process use ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The mock's base URL for in-process transports (any host works; this one is obviously local)."""
        path = self.spec.base_path
        for name, default in self.spec.server_variables.items():
            path = path.replace(f"{{{name}}}", default or "demo")
        return f"http://mock.local{path}"

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport that calls this mock in-process (no socket)."""
        return ASGISyncTransport(self.app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport that calls this mock in-process (no socket)."""
        return DroppingASGITransport(app=self.app)

    # errors in the provider's shape --------------------------------------------------------------

    def error_body(self, status: int, message: str, code: str | None = None) -> Any:
        """Build the error body from the spec's x-error pointers; override for richer shapes."""
        shape = self.profile.error
        body: dict[str, Any] = {}
        if shape is None:
            return {"message": message}
        for pointer, value in ((shape.message, message), (shape.status, status), (shape.code, code)):
            if pointer is None or value is None:
                continue
            parts = pointer.strip("/").split("/")
            node = body
            for part in parts[:-1]:
                node = node.setdefault(part, {})
            node[parts[-1]] = value
        return body

    def error(
        self, status: int, message: str, code: str | None = None, headers: Mapping[str, str] | None = None
    ) -> ApiError:
        return ApiError(status, self.error_body(status, message, code), headers)

    def missing_credential(self, call: Call) -> ApiError:
        return self.error(401, "Authentication credentials were not provided.")

    def invalid_credential(self, call: Call, credential: str) -> ApiError:
        return self.error(401, "Invalid access token.")

    def missing_scope(self, call: Call, scope: str) -> ApiError:
        return self.error(403, f"Forbidden. Required scope: {scope}")

    def invalid_request(self, call: Call | None, problems: list[str]) -> ApiError:
        return self.error(self.validation_status, "Invalid request: " + "; ".join(problems))

    def not_found(self, message: str = "Not found.") -> ApiError:
        return self.error(404, message)

    def refusal(self, refused: Refused) -> ApiError:
        """A model's refusal in the provider's error shape; override where the shape carries more (`data`)."""
        return self.error(refused.status, refused.message, refused.code, refused.headers)

    def rate_limited(self, call: Call, limit: RateLimit, wait: float) -> ApiError:
        return self.error(429, "Too many requests.", headers=retry_after(wait))

    # hooks ------------------------------------------------------------------------------------------

    def authenticate(self, call: Call, scheme: str, value: str) -> Principal:
        """Accept one of the demo credentials for this scheme; override for expiry, inactivity ..."""
        for credential in self.credentials:
            if credential.scheme == scheme and credential.value == value:
                return Principal(credential)
        raise self.invalid_credential(call, value)

    def rate_limit_key(self, call: Call, limit: RateLimit) -> Hashable | None:
        """What `limit` counts this call under; None when the limit does not apply to this call
        (Formr: public submissions are limited by IP only, authenticated ones by user only)."""
        if limit.scope == "ip" or call.principal is None:
            return ("ip", call.client_ip)
        return ("credential", call.principal.credential.value)

    def before_handler(self, call: Call) -> None:
        """Runs after auth, limits and validation pass, before the handler (accounting, quotas)."""


# -- the ASGI app ------------------------------------------------------------------------------------


class MockApp:
    """A plain ASGI app; routing by the spec's paths so that every miss gets the provider's error body."""

    def __init__(self, mock: ProviderMock) -> None:
        self.mock = mock
        self.control = ControlAPI(mock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        request = Request(scope, receive)
        try:
            body = await request.body()
        except ClientDisconnect:  # the client went away mid-body: nobody is left to answer
            log.info(
                "%s mock: client left before sending its whole request (%s %s)",
                self.mock.provider,
                request.method,
                request.url.path,
            )
            return
        path = request.url.path
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            response = await self.control.handle(request, body)
            await response(scope, receive, send)
            return
        arrived = self.mock.clock.now()
        operation = self.find_operation(request.method, path)
        fault = self.mock.faults.take(request.method, path, operation.operation_id if operation else None)
        call: Call | None = None
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.drop:
            self.log_request(request, None, started, arrived, operation, None, fault)
            await self.drop(send)
            return
        if fault is not None and fault.status is not None:
            response = self.fault_response(fault)
        else:
            response, call = self.handle(request, body)
        self.log_request(request, response.status_code, started, arrived, operation, call, fault)
        await response(scope, receive, send)

    async def drop(self, send: Send) -> None:
        """Close the connection mid-response: the status line goes out, then the connection ends
        (servers have no ASGI message for closing outright; see DropConnection)."""
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})
        raise DropConnection()

    def fault_response(self, fault: Fault) -> Response:
        body = fault.body if fault.body is not None else self.mock.error_body(fault.status or 500, "Injected fault.")
        return JSONResponse(body, status_code=fault.status or 500, headers=dict(fault.headers))

    def log_request(
        self,
        request: Request,
        status: int | None,
        started: float,
        arrived: float,
        operation: Operation | None,
        call: Call | None,
        fault: Fault | None,
    ) -> None:
        principal = call.principal if call is not None else None
        credential = None
        if principal is not None:
            credential = {
                "scheme": call.scheme if call is not None and call.scheme else principal.credential.scheme,
                "description": principal.credential.description,
                "sha256": fingerprint(principal.credential.value),
            }
        query_secrets = (s["name"] for s in self.mock.spec.security_schemes.values() if s.get("in") == "query")
        entry = LoggedRequest(
            method=request.method,
            path=request.url.path,
            query=redact_query(request.url.query, query_secrets),
            status=status,
            latency_ms=(time.perf_counter() - started) * 1000,
            operation_id=operation.operation_id if operation else None,
            credential=credential,
            at=arrived,
            fault=fault.id if fault else None,
        )
        self.mock.requests.add(entry)
        if request_log.isEnabledFor(logging.INFO):
            request_log.info(
                "%s %s %s%s -> %s in %.1f ms%s%s",
                self.mock.provider,
                entry.method,
                entry.path,
                f"?{entry.query}" if entry.query else "",
                entry.status if entry.status is not None else "dropped",
                entry.latency_ms,
                f" [{credential['scheme']} sha256:{credential['sha256']}]" if credential else "",
                f" (fault {entry.fault})" if entry.fault else "",
            )

    def find_operation(self, method: str, path: str) -> Operation | None:
        """The operation a request is for, or None (for matching faults; `handle` routes with errors)."""
        try:
            _, relative = self.split_base_path(path)
            return self.route(method, relative)[0]
        except ApiError:
            return None

    def handle(self, request: Request, body: bytes) -> tuple[Response, Call | None]:
        """Answer one API request; the Call is returned for the request log (None if it never got that far)."""
        mock = self.mock
        call: Call | None = None
        try:
            path = request.url.path
            if path == "/openapi.json":
                return JSONResponse(self.served_spec()), None
            server_variables, relative = self.split_base_path(path)
            operation, path_values = self.route(request.method, relative)
            call = Call(
                operation=operation,
                params={},
                body=None,
                principal=None,
                headers=request.headers,
                client_ip=request.client.host if request.client else "127.0.0.1",
                server_variables=server_variables,
                body_size=len(body),
            )
            with mock.lock:
                call.principal = self.authenticate(call, request)
                self.enforce_rate_limits(call)
                try:
                    call.params = parse_parameters(
                        operation, path_values, request.query_params.multi_items(), request.headers
                    )
                    call.body = parse_body(operation, request.headers.get("content-type", ""), body)
                except InvalidRequest as invalid:
                    raise mock.invalid_request(call, invalid.problems) from None
                mock.before_handler(call)
                try:
                    reply = getattr(mock, operation.operation_id)(call)
                except Refused as refused:
                    raise mock.refusal(refused) from None
                mock.answered[operation.operation_id] += 1
            return self.render(reply), call
        except ApiError as error:
            return JSONResponse(error.body, status_code=error.status, headers=error.headers), call
        except Exception:
            log.exception("mock %s failed on %s %s", mock.provider, request.method, request.url.path)
            return JSONResponse(mock.error_body(500, "Unexpected internal error."), status_code=500), call

    def served_spec(self) -> dict[str, Any]:
        """The spec with its servers pointed at this mock (schemathesis and curious humans read it)."""
        served = dict(self.mock.spec.spec)
        served["servers"] = [{"url": self.mock.base_url.removeprefix("http://mock.local") or "/"}]
        return served

    def split_base_path(self, path: str) -> tuple[dict[str, str], str]:
        """Match the server URL's path (with variables such as Formsite's {user_dir}) at the front."""
        base_parts = [p for p in self.mock.spec.base_path.split("/") if p]
        parts = path.split("/")[1:]
        variables: dict[str, str] = {}
        for index, expected in enumerate(base_parts):
            if index >= len(parts):
                raise self.mock.not_found("Path not found.")
            if expected.startswith("{") and expected.endswith("}"):
                variables[expected[1:-1]] = parts[index]
            elif parts[index] != expected:
                raise self.mock.not_found("Path not found.")
        return variables, "/" + "/".join(parts[len(base_parts) :])

    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        allowed: list[str] = []
        for operation in self.mock.spec.operations:
            match = operation.pattern.match(path)
            if match is None:
                continue
            if operation.method == method:
                return operation, match.groupdict()
            allowed.append(operation.method)
        if allowed:
            raise ApiError(
                405,
                self.mock.error_body(405, f"Method {method} not allowed."),
                {"Allow": ", ".join(sorted(set(allowed)))},
            )
        raise self.mock.not_found("Path not found.")

    def authenticate(self, call: Call, request: Request) -> Principal | None:
        requirements = call.operation.security
        if not requirements:
            return None
        anonymous_ok = any(not requirement for requirement in requirements)
        first_failure: ApiError | None = None
        for requirement in requirements:
            for scheme_name, scopes in requirement.items():
                value = self.credential_for(scheme_name, request)
                if value is None:
                    continue
                try:
                    principal = self.mock.authenticate(call, scheme_name, value)
                except ApiError as failure:
                    first_failure = first_failure or failure
                    continue
                for scope in scopes:
                    if scope not in principal.scopes:
                        raise self.mock.missing_scope(call, scope)
                call.scheme = scheme_name
                return principal
        if first_failure is not None:
            raise first_failure
        if anonymous_ok:
            return None
        raise self.mock.missing_credential(call)

    def credential_for(self, scheme_name: str, request: Request) -> str | None:
        scheme = self.mock.spec.security_schemes[scheme_name]
        if scheme["type"] == "http":
            header = request.headers.get("authorization")
            if header is None:
                return None
            word, _, value = header.partition(" ")
            return (
                value.strip() if word.lower() == str(scheme.get("scheme", "bearer")).lower() and value.strip() else ""
            )
        if scheme["in"] == "query":
            return request.query_params.get(scheme["name"])
        return request.headers.get(scheme["name"])

    def enforce_rate_limits(self, call: Call) -> None:
        if not self.mock.settings.rate_limits:
            return
        entries = [
            (limit, key)
            for limit in self.mock.profile.rate_limits
            if limit.covers(call.operation.operation_id) and (key := self.mock.rate_limit_key(call, limit)) is not None
        ]
        wait, limit = self.mock.limiter.try_acquire(entries)
        if limit is not None:
            raise self.mock.rate_limited(call, limit, wait)

    def render(self, reply: Reply) -> Response:
        if reply.status == 204:
            return Response(status_code=204, headers=reply.headers)
        if reply.media_type == "application/json":
            return Response(
                json.dumps(reply.body, separators=(",", ":"), ensure_ascii=False),
                status_code=reply.status,
                headers=reply.headers,
                media_type="application/json",
            )
        return Response(reply.body, status_code=reply.status, headers=reply.headers, media_type=reply.media_type)


Handler = Callable[[Call], Reply]
