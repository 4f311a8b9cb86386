"""A sync httpx transport that calls an ASGI app in-process, so sync clients can use a mock with no socket."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx


class ASGISyncTransport(httpx.BaseTransport):
    """Runs the app on a private event loop in a daemon thread and waits for each response.

    A daemon thread, so a client nobody closed never keeps the interpreter from exiting.
    """

    def __init__(self, app: Any, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._async = httpx.ASGITransport(app=app, client=client)
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

        status, headers, content = asyncio.run_coroutine_threadsafe(send(), self._get_loop()).result()
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        with self._lock:
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._loop = None
