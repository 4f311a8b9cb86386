"""Where could a credential leak when a request fails? Every place a user or an error tracker looks.

For every auth scheme of the five providers, x {401, connection refused, timeout, 500 with
retries} x {sync, async} x {root logger DEBUG, INFO} x two keys (one with `+ / = & space`, one
of 6 characters), one real call through the generated code over a real socket, then a search
for the key (raw, percent-encoded, form-encoded, and exactly as it went over the wire) in:

- logs: every record any logger emitted (root handler), formatted, tracebacks included;
- exception: str, repr and attributes of every exception in the chain, and the URL and raw
  headers of every httpx request object they hold;
- traceback: `traceback.TracebackException(..., capture_locals=True)` of the raised error,
  chained exceptions included (what an error tracker records);
- frames: every string reachable (a bounded walk) from the locals of every frame of every
  traceback in the chain, not opening `Secret` (what an error tracker that walks objects sees);
- client: the client's repr, and every string reachable from the client object.

`tests/clients/test_secrets.py` asserts 0 hits; `python -m tests.clients.leak_matrix` prints the
counts per place (run it on any commit to compare).
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import itertools
import json
import logging
import socket
import threading
import traceback
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote, quote_plus
from uuid import UUID

import httpx

from formclients.runtime import retry_policy

from ..conftest import PROVIDERS, load_spec

KEYS = {"special": "sk_live+/=&Qz 9xK2~mLw0", "short": "k&Q=+7"}
FAILURES = ("401", "refused", "timeout", "500 retried")
MODES = ("sync", "async")
LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO}
PLACES = ("logs", "exception", "traceback", "frames", "client")
READ_TIMEOUT = 0.01  # seconds; the silent server never answers

# One GET operation per provider, called through its generated module, with its required arguments.
CALLS: dict[str, tuple[str, dict[str, Any]]] = {
    "cognito_forms": ("cognito_forms_client.api.forms.get_forms", {}),
    "cogram": ("cogram_client.api.projects.get_project", {"id": UUID(int=7)}),
    "formester": ("formester_client.api.submissions.get_submission", {"id": "s1"}),
    "formr": (
        "formr_client.api.responses.get_submission",
        {"submission_id": "s1", "form_id": "f1", "environment": "production"},
    ),
    "formsite": ("formsite_client.api.forms.get_forms", {}),
}


def schemes() -> list[tuple[str, str]]:
    return [(p, s) for p in PROVIDERS for s in load_spec(p)["components"]["securitySchemes"]]


@dataclass(frozen=True)
class Case:
    provider: str
    scheme: str
    key_name: str
    failure: str
    mode: str
    level: str

    @property
    def key(self) -> str:
        return KEYS[self.key_name]

    def __str__(self) -> str:
        return f"{self.provider}/{self.scheme}/{self.key_name}/{self.failure}/{self.mode}/{self.level}"


def all_cases() -> list[Case]:
    return [
        Case(provider, scheme, key_name, failure, mode, level)
        for (provider, scheme), key_name, failure, mode, level in itertools.product(
            schemes(), KEYS, FAILURES, MODES, LEVELS
        )
    ]


# -- servers on real sockets -------------------------------------------------------------------


class AnsweringServer:
    """Answers every request with `status` and a JSON error body; keeps each raw request head."""

    def __init__(self) -> None:
        self.status = 401
        self.heads: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.heads.append(f"{self.requestline}\r\n{self.headers}")
                body = json.dumps({"error": {"message": "nope", "status": owner.status}}).encode()
                self.send_response(owner.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SilentServer:
    """Accepts connections and reads what arrives, but never answers (a hung API)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/api/v1"
        self.received: list[bytes] = []
        self.arrived = threading.Condition()
        self.connections: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)
            connection.settimeout(1.0)
            try:
                data = connection.recv(65536)
            except OSError:
                continue
            with self.arrived:
                self.received.append(data)
                self.arrived.notify_all()

    def wait_for(self, count: int, timeout: float = 5.0) -> None:
        """Until `count` requests have arrived (the client may give up before this thread reads)."""
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.received) >= count, timeout)

    def close(self) -> None:
        self.listener.close()
        for connection in self.connections:
            connection.close()


class RefusingPort:
    """A port that refuses connections: bound (so nobody else takes it) but not listening."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/api/v1"

    def close(self) -> None:
        self.socket.close()


@dataclass
class Servers:
    answering: AnsweringServer = field(default_factory=AnsweringServer)
    silent: SilentServer = field(default_factory=SilentServer)
    refusing: RefusingPort = field(default_factory=RefusingPort)

    def url_for(self, failure: str) -> str:
        if failure == "refused":
            return self.refusing.url
        if failure == "timeout":
            return self.silent.url
        self.answering.status = 401 if failure == "401" else 500
        return self.answering.url

    def close(self) -> None:
        self.answering.close()
        self.silent.close()
        self.refusing.close()


@contextmanager
def servers() -> Iterator[Servers]:
    running = Servers()
    try:
        yield running
    finally:
        running.close()


# -- one case ------------------------------------------------------------------------------------


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def root_logging(level: int) -> Iterator[Collect]:
    root = logging.getLogger()
    handler, old_level = Collect(), root.level
    root.addHandler(handler)
    root.setLevel(level)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


SSL_CONTEXT = httpx.create_ssl_context()  # built once: building one per client costs 25 ms


def make_client(case: Case, base_url: str) -> Any:
    module = importlib.import_module(f"{case.provider}_client")
    read = READ_TIMEOUT if case.failure == "timeout" else 5.0
    return module.AuthenticatedClient(
        case.key,
        base_url=base_url,
        auth_scheme=case.scheme,
        retry=retry_policy(attempts=1, backoff=0.0),
        throttle=False,
        timeout=httpx.Timeout(read, connect=5.0),
        httpx_args={"verify": SSL_CONTEXT},
    )


def call_sync(case: Case, client: Any) -> BaseException:
    """Make the call; return what it raised (this frame holds no key, as a user's would not)."""
    name, arguments = CALLS[case.provider]
    operation = importlib.import_module(name)
    try:
        operation.sync(client=client, **arguments)
    except Exception as error:
        return error
    finally:
        client.close()
    raise AssertionError(f"{case}: the call did not fail")


async def call_async(case: Case, client: Any) -> BaseException:
    name, arguments = CALLS[case.provider]
    operation = importlib.import_module(name)
    try:
        await operation.asyncio(client=client, **arguments)
    except Exception as error:
        return error
    finally:
        await client.aclose()
    raise AssertionError(f"{case}: the call did not fail")


def exception_texts(error: BaseException) -> str:
    """str, repr and attributes of each exception in the chain, and any httpx request they hold."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), repr(getattr(current, "__dict__", {})), repr(current.args)]
        for value in list(getattr(current, "__dict__", {}).values()):
            if isinstance(value, httpx.Request):
                texts += [str(value.url), repr(value.headers.raw)]
            if isinstance(value, httpx.Response):
                texts += [str(value.request.url), repr(value.request.headers.raw)]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


def chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


SKIPPED = (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType, types.CodeType, types.FrameType)
MAX_OBJECTS = 50_000


def frame_locals(error: BaseException) -> list[object]:
    """The values of the locals of every frame of every traceback in the chain."""
    values: list[object] = []
    for exception in chain(error):
        tb = exception.__traceback__
        while tb is not None:
            values.extend(tb.tb_frame.f_locals.values())
            tb = tb.tb_next
    return values


def reachable_text(roots: list[object]) -> str:
    """The strings and bytes reachable from `roots` (a bounded walk; `Secret` is not opened)."""
    from formclients.runtime import Secret

    todo = list(roots)
    seen: set[int] = set()
    texts: list[str] = []
    while todo and len(seen) < MAX_OBJECTS:
        item = todo.pop()
        if id(item) in seen or isinstance(item, (*SKIPPED, Secret)):
            continue
        seen.add(id(item))
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, bytes | bytearray):
            texts.append(bytes(item).decode("latin-1"))
        else:
            todo.extend(gc.get_referents(item))
    return "\n".join(texts)


def run(case: Case, running: Servers) -> tuple[dict[str, str], str]:
    """One failing call; returns the text of each place, and what went over the wire."""
    base_url = running.url_for(case.failure)
    heads_before = len(running.answering.heads)
    received_before = len(running.silent.received)
    with root_logging(LEVELS[case.level]) as logs:
        client = make_client(case, base_url)
        error = call_sync(case, client) if case.mode == "sync" else asyncio.run(call_async(case, client))
        if case.failure == "timeout":
            running.silent.wait_for(received_before + 1)
        places = {
            "exception": exception_texts(error),
            "traceback": "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()),
            "frames": reachable_text(frame_locals(error)),
            "client": repr(client) + reachable_text([client]),
        }
    places["logs"] = "\n".join(logs.lines)
    wire = "\n".join(running.answering.heads[heads_before:]) + "\n".join(
        data.decode("latin-1") for data in running.silent.received[received_before:]
    )
    return places, wire


def forms_of(key: str, wire: str) -> set[str]:
    """The key as it may be written: raw, percent-encoded, form-encoded, and as it was sent."""
    forms = {key, quote(key, safe=""), quote(key), quote_plus(key, safe=""), quote_plus(key)}
    forms |= {encoded for encoded in (quote(key, safe="/"), key.replace(" ", "%20")) if encoded in wire}
    return forms


def hits(case: Case, places: dict[str, str], wire: str) -> dict[str, list[str]]:
    """For each place, the forms of the key found there."""
    forms = forms_of(case.key, wire)
    return {place: sorted(form for form in forms if form in text) for place, text in places.items()}


def main() -> None:
    cases = all_cases()
    counts = dict.fromkeys(PLACES, 0)
    any_hit = 0
    examples: dict[str, str] = {}
    with servers() as running:
        for case in cases:
            places, wire = run(case, running)
            found = hits(case, places, wire)
            for place, forms in found.items():
                if forms:
                    counts[place] += 1
                    examples.setdefault(place, str(case))
            any_hit += any(found.values())
    print(f"{len(cases)} cases; cases with the key in each place:")
    for place in PLACES:
        example = f"   e.g. {examples[place]}" if place in examples else ""
        print(f"  {place:10} {counts[place]:4}/{len(cases)}{example}")
    print(f"  {'any':10} {any_hit:4}/{len(cases)}")


if __name__ == "__main__":
    main()
