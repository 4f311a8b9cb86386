"""Serving mocks over real sockets with uvicorn: bind first, then serve, stop cleanly.

Binding before anything else is what lets `formclients mock ... --port 0` print the port it
really listens on, and a taken port fail with one line instead of a traceback after a banner.
uvicorn's own signal handling is replaced: it handles one server and re-raises the signal
after shutdown (a KeyboardInterrupt traceback on Ctrl-C); here SIGINT and SIGTERM stop every
server of the process and the command exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import uvicorn

from ._faults import DropConnection

log = logging.getLogger("formclients.mocks")


class PortInUse(OSError):
    """The address asked for is taken (or not ours to bind); the message says which."""


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on (host, port); port 0 lets the OS choose. PortInUse if it cannot be had."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP, flags=socket.AI_PASSIVE
        )[0]
        # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
        # without it every small keep-alive response waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(512)
        except OSError:
            sock.close()
            raise
        return sock
    except OSError as error:
        reason = "it is in use" if error.errno in (98, 48, 10048) else (error.strerror or str(error))
        raise PortInUse(f"cannot listen on {host}:{port}: {reason}") from None


def bind_consecutive(host: str, port: int, count: int, tries: int = 50) -> list[socket.socket]:
    """`count` sockets on consecutive ports from `port` (0: any free block the OS leads us to)."""
    if port != 0:
        sockets: list[socket.socket] = []
        try:
            for offset in range(count):
                sockets.append(bind(host, port + offset))
        except PortInUse:
            for sock in sockets:
                sock.close()
            raise
        return sockets
    for _ in range(tries):
        first = bind(host, 0)
        start = first.getsockname()[1]
        try:
            return [first, *bind_consecutive(host, start + 1, count - 1)] if count > 1 else [first]
        except PortInUse:
            first.close()
    raise PortInUse(f"cannot find {count} consecutive free ports on {host}")


def origin(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _QuietDrops(logging.Filter):
    """uvicorn logs an app exception with its traceback; a dropped connection is an injected fault, not one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DropConnection))


_QUIET = _QuietDrops()


class MockServer(uvicorn.Server):
    """A uvicorn server for one mock, on a socket bound beforehand, without uvicorn's signal handling."""

    def __init__(self, app: Any, sock: socket.socket, *, configure_logging: bool = True) -> None:
        config = uvicorn.Config(
            app,
            http="h11",
            ws="none",
            lifespan="off",
            access_log=False,  # it would print query strings (Cognito's ?access_token=); see --log-requests
            log_level="warning",
            log_config=uvicorn.config.LOGGING_CONFIG if configure_logging else None,
            timeout_graceful_shutdown=1,  # a fault hanging for minutes must not hold up Ctrl-C
        )
        super().__init__(config)
        self.socket = sock
        logging.getLogger("uvicorn.error").addFilter(_QUIET)

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # signals are handled once for every server of the process (`serve_until_stopped`)

    async def run_on_socket(self) -> None:
        await self.serve(sockets=[self.socket])


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def serve_until_stopped(servers: Sequence[MockServer]) -> None:
    """Serve in the main thread until SIGINT or SIGTERM (a second one forces the exit)."""

    def stop() -> None:
        for server in servers:
            if server.should_exit:
                server.force_exit = True
            server.should_exit = True

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for sig in STOP_SIGNALS:
            loop.add_signal_handler(sig, stop)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # those that came early arrive now
        await asyncio.gather(*(server.run_on_socket() for server in servers))

    asyncio.run(main())


class ServerThread:
    """One mock served by uvicorn on a daemon thread (the threaded server helper's engine)."""

    def __init__(self, app: Any, sock: socket.socket) -> None:
        self.server = MockServer(app, sock, configure_logging=False)
        self.thread = threading.Thread(target=self._run, name="mock-server", daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            asyncio.run(self.server.run_on_socket())
        except BaseException as error:  # reported by start()
            self.error = error

    def start(self, timeout: float = 10.0) -> None:
        self.thread.start()
        deadline = threading.Event()
        for _ in range(int(timeout / 0.01)):
            if self.server.started or self.error is not None or not self.thread.is_alive():
                break
            deadline.wait(0.01)
        if not self.server.started:
            raise RuntimeError(f"the mock server did not start: {self.error!r}")

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)
        self.server.socket.close()
