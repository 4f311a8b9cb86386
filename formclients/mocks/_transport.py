"""A sync httpx transport that calls an ASGI app in-process, so sync clients can use a mock with no socket."""

from __future__ import annotations

import threading
from typing import Any

import anyio.from_thread
import httpx


class ASGISyncTransport(httpx.BaseTransport):
    """Runs the app on a private event loop thread (an anyio blocking portal) and waits for each response."""

    def __init__(self, app: Any, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._async = httpx.ASGITransport(app=app, client=client)
        self._portal_context: Any = None
        self._portal: Any = None
        self._lock = threading.Lock()

    def _get_portal(self) -> Any:
        with self._lock:
            if self._portal is None:
                self._portal_context = anyio.from_thread.start_blocking_portal()
                self._portal = self._portal_context.__enter__()
            return self._portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=body)

        async def send() -> tuple[int, httpx.Headers, bytes]:
            response = await self._async.handle_async_request(forwarded)
            return response.status_code, response.headers, await response.aread()

        status, headers, content = self._get_portal().call(send)
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        with self._lock:
            if self._portal_context is not None:
                self._portal_context.__exit__(None, None, None)
                self._portal_context = self._portal = None
