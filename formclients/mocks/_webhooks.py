"""Webhook delivery from a mock: real HTTP POSTs, off the request path, with retries.

A handler calls `mock.webhooks.submit(Delivery(...))` and returns at once; worker threads
post it. Two workers and no queue ordering: like Cognito, the mock promises no order.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import httpx


@dataclass(frozen=True)
class Delivery:
    url: str
    body: bytes
    headers: Callable[[], Mapping[str, str]] = dict  # called per attempt (a fresh signature timestamp)
    attempts: int = 1  # 1 + the re-deliveries the provider makes
    success: Callable[[int], bool] = lambda status: status == 200
    on_response: Callable[[int], None] | None = None  # e.g. Formsite deletes the webhook on 410
    event_id: str = ""


@dataclass(frozen=True)
class Attempt:
    event_id: str
    url: str
    number: int
    status: int | None  # None: no answer (connection refused, timeout)


@dataclass
class WebhookDispatcher:
    delays: Sequence[float] = (1, 2, 4, 8, 16, 32, 64)  # before re-delivery 1, 2, ...
    sleep: Callable[[float], None] = time.sleep
    timeout: float = 5.0
    workers: int = 2
    send: bool = True  # False: keep deliveries in `held` and post nothing
    attempts: list[Attempt] = field(default_factory=list)  # every attempt made, for tests and curious users
    held: list[Delivery] = field(default_factory=list)
    _queue: queue.Queue[Delivery] = field(default_factory=queue.Queue, init=False, repr=False)
    _threads: list[threading.Thread] = field(default_factory=list, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def submit(self, delivery: Delivery) -> None:
        """Queue a delivery; never blocks and never raises into the API call that caused it."""
        if not self.send:
            with self._lock:
                self.held.append(delivery)
            return
        with self._lock:
            while len(self._threads) < self.workers:
                thread = threading.Thread(target=self._work, name="mock-webhooks", daemon=True)
                thread.start()
                self._threads.append(thread)
        self._queue.put(delivery)

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every queued delivery has finished (all its attempts); False on timeout."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def _work(self) -> None:
        with httpx.Client(timeout=self.timeout) as client:
            while True:
                delivery = self._queue.get()
                try:
                    self._deliver(client, delivery)
                finally:
                    self._queue.task_done()

    def _deliver(self, client: httpx.Client, delivery: Delivery) -> None:
        for number in range(1, delivery.attempts + 1):
            if number > 1:
                self.sleep(self.delays[min(number - 2, len(self.delays) - 1)])
            headers = {"Content-Type": "application/json", **delivery.headers()}
            try:
                status: int | None = client.post(delivery.url, content=delivery.body, headers=headers).status_code
            except Exception:  # no answer; not only httpx.HTTPError: a URL like http://a..b/ raises UnicodeError
                status = None
            with self._lock:
                self.attempts.append(Attempt(delivery.event_id, delivery.url, number, status))
            if status is not None and delivery.on_response is not None:
                delivery.on_response(status)
            if status is not None and delivery.success(status):
                return
