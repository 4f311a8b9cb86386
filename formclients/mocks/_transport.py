"""In-process httpx transports for a mock's ASGI app (no socket), sync and async."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

from ._faults import DropConnection


class DroppingASGITransport(httpx.ASGITransport):
    """httpx's ASGITransport, except that a connection the mock drops (an injected fault) raises
    what a real dropped connection raises, `httpx.RemoteProtocolError`, not the mock's own signal."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except DropConnection:
            message = "Server disconnected without sending a response."
            raise httpx.RemoteProtocolError(message, request=request) from None


class ASGISyncTransport(httpx.BaseTransport):
    """Runs the app on a private event loop in a daemon thread and waits for each response.

    A daemon thread, so a client nobody closed never keeps the interpreter from exiting.
    """

    def __init__(self, app: Any, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._async = DroppingASGITransport(app=app, client=client)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def _get_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=self._loop.run_forever, name="mock-asgi", daemon=True).start()
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=body)

        async def send() -> tuple[int, httpx.Headers, bytes]:
            response = await self._async.handle_async_request(forwarded)
            return response.status_code, response.headers, await response.aread()

        try:
            status, headers, content = asyncio.run_coroutine_threadsafe(send(), self._get_loop()).result()
        except httpx.RemoteProtocolError as error:
            raise httpx.RemoteProtocolError(str(error), request=request) from None
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        with self._lock:
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._loop = None
