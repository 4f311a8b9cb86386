"""Fault injection: the next N requests matching a route answer a status, hang, or lose their connection."""

from __future__ import annotations

import fnmatch
import itertools
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

MAX_DELAY = 600.0  # seconds; a served mock must still shut down in reasonable time
MAX_COUNT = 100_000
FIELDS = {"method", "path", "operation_id", "count", "status", "body", "headers", "delay", "drop"}


class DropConnection(Exception):
    """Raised by the app to close the connection without a complete response (an injected fault)."""


@dataclass(frozen=True)
class Fault:
    id: int
    count: int  # how many more matching requests it answers
    method: str | None = None  # None: any method
    path: str | None = None  # a glob on the request path ("/api/v2/*/forms/*/results"); None: any
    operation_id: str | None = None  # the spec's operationId; None: any
    status: int | None = None  # answer this status (with `body`, or the provider's own error body)
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0  # hang this many (real) seconds first
    drop: bool = False  # then close the connection without answering

    def matches(self, method: str, path: str, operation_id: str | None) -> bool:
        return (
            (self.method is None or self.method == method)
            and (self.path is None or fnmatch.fnmatchcase(path, self.path))
            and (self.operation_id is None or self.operation_id == operation_id)
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "count": self.count,
            "method": self.method,
            "path": self.path,
            "operation_id": self.operation_id,
            "status": self.status,
            "body": self.body,
            "headers": dict(self.headers),
            "delay": self.delay,
            "drop": self.drop,
        }


def parse_fault(data: Any, operation_ids: set[str]) -> dict[str, Any]:
    """Check a fault as the control API receives it; ValueError naming every problem."""
    if not isinstance(data, dict):
        raise ValueError("a fault is a JSON object")
    problems = [f"unknown field {name!r}" for name in sorted(set(data) - FIELDS)]
    method, path, operation_id = data.get("method"), data.get("path"), data.get("operation_id")
    status, delay, count = data.get("status"), data.get("delay", 0), data.get("count", 1)
    drop, headers = data.get("drop", False), data.get("headers", {})
    if method is not None and (not isinstance(method, str) or not method.isalpha()):
        problems.append("method: an HTTP method such as GET")
    if path is not None and (not isinstance(path, str) or not path.startswith("/")):
        problems.append("path: a glob on the request path, starting with /")
    if operation_id is not None and operation_id not in operation_ids:
        problems.append(f"operation_id: {operation_id!r} is not an operation of this API")
    if status is not None and (type(status) is not int or not 100 <= status <= 599):
        problems.append("status: an integer from 100 to 599")
    if type(delay) not in (int, float) or not 0 <= delay <= MAX_DELAY:
        problems.append(f"delay: seconds from 0 to {MAX_DELAY:g}")
    if type(count) is not int or not 1 <= count <= MAX_COUNT:
        problems.append(f"count: an integer from 1 to {MAX_COUNT}")
    if type(drop) is not bool:
        problems.append("drop: true or false")
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        problems.append("headers: an object of strings")
    if drop is True and status is not None:
        problems.append("drop and status: a dropped connection answers no status")
    if status is None and drop is not True and not delay:
        problems.append("a fault needs status, delay or drop")
    if problems:
        raise ValueError("; ".join(problems))
    return {
        "method": method.upper() if method else None,
        "path": path,
        "operation_id": operation_id,
        "count": count,
        "status": status,
        "body": data.get("body"),
        "headers": dict(headers),
        "delay": float(delay),
        "drop": drop,
    }


class Faults:
    """The faults waiting for their requests, in the order they were added (the first match wins)."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def add(self, **settings: Any) -> Fault:
        with self._lock:
            fault = Fault(id=next(self._ids), **settings)
            self._faults.append(fault)
            return fault

    def take(self, method: str, path: str, operation_id: str | None) -> Fault | None:
        """The first fault matching this request, counted down (and forgotten at zero)."""
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.matches(method, path, operation_id):
                    if fault.count <= 1:
                        del self._faults[index]
                    else:
                        self._faults[index] = replace(fault, count=fault.count - 1)
                    return fault
        return None

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def remove(self, fault_id: int) -> bool:
        with self._lock:
            before = len(self._faults)
            self._faults = [fault for fault in self._faults if fault.id != fault_id]
            return len(self._faults) != before

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
