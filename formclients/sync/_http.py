"""Counting what a sync sends: every attempt that reaches the network, and its status."""

from __future__ import annotations

import threading
from collections import Counter

import httpx

from ._faults import crash_point


class CountingTransport(httpx.BaseTransport):
    """Innermost transport: counts each attempt (retries included) and each answer's status."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.statuses: Counter[int] = Counter()
        self.sent = 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.sent += 1
        response = self.inner.handle_request(request)
        with self._lock:
            self.statuses[response.status_code] += 1
        crash_point("request")
        return response

    def close(self) -> None:
        self.inner.close()
