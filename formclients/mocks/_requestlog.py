"""The request log of a mock: what was asked, how it was answered, and with which credential.

Credentials are never stored: a request names its credential by security scheme, the demo
credential's description and the first 8 hex digits of its SHA-256 (compare with
``hashlib.sha256(token.encode()).hexdigest()[:8]``); query parameters that carry a
credential (Cognito's ``access_token``) are shown as ``[REDACTED]``.
"""

from __future__ import annotations

import hashlib
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

REDACTED = "[REDACTED]"


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:8]


def redact_query(query: str, secret_parameters: Iterable[str]) -> str:
    secret = set(secret_parameters)
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode([(key, REDACTED if key in secret else value) for key, value in pairs], safe="[]/:,")


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: str  # with credentials redacted
    status: int | None  # None: the connection was dropped (an injected fault) or the client went away
    latency_ms: float
    operation_id: str | None
    credential: dict[str, str] | None  # {scheme, description, sha256}; None: anonymous or refused
    at: float  # the mock's clock when the request arrived
    fault: int | None = None  # the id of the injected fault that answered it

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "status": self.status,
            "latency_ms": round(self.latency_ms, 3),
            "operation_id": self.operation_id,
            "credential": self.credential,
            "at": self.at,
            "fault": self.fault,
        }


class RequestLog:
    """The latest `limit` requests, oldest first; thread-safe."""

    def __init__(self, limit: int = 10_000) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def add(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
