"""DEBUG lines on ``formclients.http``: each attempt sent, and its response or failure.

This layer sits right above the credential layer (after retries and throttle waits, so the
lines come when the request really leaves), and sees the request before the credential is
put on it: nothing here needs scrubbing of the client's own key. URLs still go through
`redact_url` for credentials a caller put into a URL themselves.
"""

from __future__ import annotations

import logging
import time

import httpx

from ._logs import http_logger
from ._redact import redact_url
from ._retries import describe
from ._transports import OPERATION


def _request_line(request: httpx.Request) -> str:
    operation = request.extensions.get(OPERATION)
    suffix = f" ({operation})" if operation and operation != "*" else ""
    return f"{request.method} {redact_url(request.url)}{suffix}"


def _log_sent(request: httpx.Request) -> float:
    if http_logger.isEnabledFor(logging.DEBUG):
        http_logger.debug("request: %s", _request_line(request))
    return time.monotonic()


def _log_answer(
    request: httpx.Request, started: float, response: httpx.Response | None, error: BaseException | None
) -> None:
    if not http_logger.isEnabledFor(logging.DEBUG):
        return
    elapsed = (time.monotonic() - started) * 1000
    if response is not None:
        answer = f"{response.status_code} {response.reason_phrase}".strip()
        http_logger.debug("response: %s in %.0f ms: %s", answer, elapsed, _request_line(request))
    else:
        cause = describe(error) if isinstance(error, Exception) else type(error).__name__
        http_logger.debug("failed: %s after %.0f ms: %s", cause, elapsed, _request_line(request))


class LoggingTransport(httpx.BaseTransport):
    """Logs each attempt at DEBUG on its way down and on its way back."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = _log_sent(request)
        try:
            response = self.inner.handle_request(request)
        except BaseException as error:
            _log_answer(request, started, None, error)
            raise
        _log_answer(request, started, response, None)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncLoggingTransport(httpx.AsyncBaseTransport):
    """The async twin of `LoggingTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = _log_sent(request)
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException as error:
            _log_answer(request, started, None, error)
            raise
        _log_answer(request, started, response, None)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
