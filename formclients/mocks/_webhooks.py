"""Webhook delivery from a mock: real HTTP POSTs, off the request path, re-delivered on a schedule.

A handler calls `mock.webhooks.submit(Delivery(...))` and returns at once. One event-loop
thread posts every attempt concurrently (httpx.AsyncClient), so one subscriber that is down
or slow never delays another:

- an attempt holds nothing but its own connection, for at most `timeout` seconds, and at most
  `max_in_flight_per_target` attempts go to one URL at a time;
- re-deliveries are not slept through: a failed attempt is put back on a timer heap, due
  `delays[n]` seconds later on the mock's clock, and the loop wakes when the clock reaches it
  (a `FakeClock` that never moves never re-delivers; advancing it fires what became due);
- pending deliveries are capped per URL and in total: when a cap is hit the oldest pending
  delivery is dropped, counted in `dropped`, and logged.

Nothing is promised about order, as Cognito promises none.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import threading
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import httpx

from ._clock import Clock, SystemClock

log = logging.getLogger("formclients.mocks.webhooks")

DEFAULT_DELAYS = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)


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
    status: int | None  # None: no answer (refused, timed out, not allowed)
    at: float = 0.0  # the mock's clock when the attempt was made
    due: float = 0.0  # the mock's clock time it was scheduled for
    error: str | None = None  # why there was no answer
    seconds: float = 0.0  # real time the attempt took

    def as_json(self) -> dict[str, object]:
        return {
            "event_id": self.event_id,
            "url": self.url,
            "number": self.number,
            "status": self.status,
            "at": self.at,
            "due": self.due,
            "error": self.error,
            "seconds": round(self.seconds, 4),
        }


@dataclass(eq=False)
class _Pending:
    delivery: Delivery
    serial: int  # submission order: the lowest live serial is the oldest pending delivery
    number: int = 1  # the attempt to make next
    due: float = 0.0
    cancelled: bool = False  # finished or dropped: nothing more is scheduled
    forgotten: bool = False  # cleared by a reset: an attempt still in flight is not recorded either


@dataclass
class WebhookStats:
    pending: int = 0
    in_flight: int = 0
    dropped: int = 0
    attempts: int = 0
    held: int = 0
    by_target: dict[str, int] = field(default_factory=dict)  # pending per URL


class WebhookDispatcher:
    """Posts deliveries in the background; see the module docstring for the guarantees."""

    def __init__(
        self,
        delays: Sequence[float] = DEFAULT_DELAYS,
        *,
        clock: Clock | None = None,
        timeout: float = 5.0,
        send: bool = True,
        refusal: Callable[[str], str | None] = lambda url: None,
        max_pending: int = 10_000,
        max_pending_per_target: int = 1_000,
        max_in_flight: int = 256,
        max_in_flight_per_target: int = 64,
        max_log: int = 10_000,
    ) -> None:
        self.delays = tuple(delays)
        self.clock: Clock = clock or SystemClock()
        self.timeout = timeout  # seconds one attempt may take, read at each attempt
        self.send = send  # False: keep deliveries in `held` and post nothing
        self.refusal = refusal  # why a URL may not be posted to (the allow-list), or None
        self.max_pending = max_pending
        self.max_pending_per_target = max_pending_per_target
        self.max_in_flight = max_in_flight
        self.max_in_flight_per_target = max_in_flight_per_target
        self.max_log = max_log
        self.attempts: list[Attempt] = []  # the latest `max_log` attempts, oldest first
        self.held: list[Delivery] = []
        self.dropped = 0
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # notified whenever work finishes or arrives
        self._serials = itertools.count()
        self._live: OrderedDict[int, _Pending] = OrderedDict()  # every unfinished delivery, oldest first
        self._live_by_target: dict[str, OrderedDict[int, _Pending]] = {}
        self._heap: list[tuple[float, int, _Pending]] = []  # scheduled attempts (due, serial, pending)
        self._ready: dict[str, deque[_Pending]] = {}  # due, waiting for their URL's in-flight slot
        self._in_flight: Counter[str] = Counter()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._unsubscribe = self.clock.subscribe(self._poke)

    # -- submitting --------------------------------------------------------------------------------

    def submit(self, delivery: Delivery) -> None:
        """Queue a delivery; never blocks on the network and never raises into the API call that caused it."""
        if not self.send:
            with self._lock:
                self.held.append(delivery)
                del self.held[: -self.max_log]
            return
        reason = self.refusal(delivery.url)
        if reason is not None:
            now = self.clock.now()
            self._record(Attempt(delivery.event_id, delivery.url, 1, None, now, now, f"not sent: {reason}"))
            return
        with self._lock:
            pending = _Pending(delivery, next(self._serials), due=self.clock.now())
            self._live[pending.serial] = pending
            self._live_by_target.setdefault(delivery.url, OrderedDict())[pending.serial] = pending
            self._enforce_caps(delivery.url)
            heapq.heappush(self._heap, (pending.due, pending.serial, pending))
            self._start_thread()
            self._changed.notify_all()
        self._poke()

    def _enforce_caps(self, url: str) -> None:
        target = self._live_by_target[url]
        while len(target) > self.max_pending_per_target:
            self._drop(next(iter(target.values())), f"{len(target)} pending for this URL", self.max_pending_per_target)
        while len(self._live) > self.max_pending:
            self._drop(next(iter(self._live.values())), f"{len(self._live)} pending in all", self.max_pending)

    def _drop(self, pending: _Pending, why: str, cap: int) -> None:
        self.dropped += 1
        log.warning(
            "webhook delivery %s to %s dropped before attempt %d: %s (cap %d); %d dropped so far",
            pending.delivery.event_id or "(no id)",
            pending.delivery.url,
            pending.number,
            why,
            cap,
            self.dropped,
        )
        self._finish(pending)  # an attempt in flight still completes; nothing is scheduled after it

    def _finish(self, pending: _Pending) -> None:
        pending.cancelled = True
        self._live.pop(pending.serial, None)
        target = self._live_by_target.get(pending.delivery.url)
        if target is not None:
            target.pop(pending.serial, None)
            if not target:
                del self._live_by_target[pending.delivery.url]
        if len(self._heap) > 64 and len(self._heap) > 2 * len(self._live):  # drop cancelled entries
            self._heap = [entry for entry in self._heap if not entry[2].cancelled]
            heapq.heapify(self._heap)

    # -- waiting (for tests and the control API) -----------------------------------------------------

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every delivery has finished (succeeded, or made its last attempt); False on timeout.

        With a clock that does not move by itself, re-deliveries scheduled later never come due:
        advance the clock (then `settle`) or use zero delays.
        """
        return self._wait_until(lambda: not self._live, timeout)

    def settle(self, timeout: float = 10.0) -> bool:
        """Wait until every attempt due by the clock's current time has been made and answered."""
        return self._wait_until(self._settled, timeout)

    def _settled(self) -> bool:
        now = self.clock.now()
        due = any(not p.cancelled and d <= now for d, _, p in self._heap)
        return not due and not any(self._ready.values()) and not sum(self._in_flight.values())

    def _wait_until(self, done: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(min(remaining, 0.05))
        return True

    def stats(self) -> WebhookStats:
        with self._lock:
            return WebhookStats(
                pending=len(self._live),
                in_flight=sum(self._in_flight.values()),
                dropped=self.dropped,
                attempts=len(self.attempts),
                held=len(self.held),
                by_target={url: len(target) for url, target in self._live_by_target.items()},
            )

    def attempt_log(self) -> list[Attempt]:
        """A copy of the attempts made so far (the latest `max_log`), oldest first."""
        with self._lock:
            return list(self.attempts)

    def clear(self) -> None:
        """Forget every pending delivery and the logs (a mock's reset); attempts in flight complete unrecorded."""
        with self._lock:
            for pending in list(self._live.values()):
                pending.cancelled = pending.forgotten = True
            self._live.clear()
            self._live_by_target.clear()
            self._heap.clear()
            self._ready.clear()
            self.attempts.clear()
            self.held.clear()
            self.dropped = 0
            self._changed.notify_all()

    def close(self) -> None:
        """Stop the delivery thread; pending deliveries are abandoned, attempts in flight cancelled.
        The log of attempts made stays readable."""
        self._unsubscribe()
        with self._lock:
            for pending in list(self._live.values()):
                pending.cancelled = pending.forgotten = True
            self._live.clear()
            self._live_by_target.clear()
            self._heap.clear()
            self._ready.clear()
            self._closed = True
            thread = self._thread
        self._poke()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    # -- the delivery loop -----------------------------------------------------------------------------

    def _start_thread(self) -> None:
        if self._thread is None and not self._closed:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._thread = threading.Thread(target=self._run_loop, args=(loop,), name="mock-webhooks", daemon=True)
            self._thread.start()

    def _run_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        finally:
            self._loop = None
            loop.close()

    def _poke(self) -> None:
        """Wake the loop: something was submitted, finished, or the clock moved."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop was closed meanwhile
                loop.call_soon_threadsafe(wake.set)
        with self._changed:
            self._changed.notify_all()

    async def _serve(self) -> None:
        self._wake = asyncio.Event()
        tasks: set[asyncio.Task[None]] = set()
        clients = _Clients(self.max_in_flight_per_target)
        try:
            while not self._closed:
                self._wake.clear()
                for pending in self._take_due():
                    task = asyncio.create_task(self._attempt(clients, pending))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                await clients.close_idle(self._in_flight)
                wait = self._seconds_to_next()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)
        finally:
            for task in list(tasks):
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await clients.close_all()

    def _take_due(self) -> list[_Pending]:
        """Pop every attempt that is due and has an in-flight slot, marking it in flight."""
        taken: list[_Pending] = []
        with self._lock:
            now = self.clock.now()
            for url, waiting in list(self._ready.items()):
                while waiting and self._has_slot(url):
                    taken.append(self._take(waiting.popleft()))
                if not waiting:
                    del self._ready[url]
            while self._heap and self._heap[0][0] <= now and sum(self._in_flight.values()) < self.max_in_flight:
                _, _, pending = heapq.heappop(self._heap)
                if pending.cancelled:
                    continue
                url = pending.delivery.url
                if self._has_slot(url):
                    taken.append(self._take(pending))
                else:
                    self._ready.setdefault(url, deque()).append(pending)
        return taken

    def _has_slot(self, url: str) -> bool:
        return (
            self._in_flight[url] < self.max_in_flight_per_target and sum(self._in_flight.values()) < self.max_in_flight
        )

    def _take(self, pending: _Pending) -> _Pending:
        self._in_flight[pending.delivery.url] += 1
        return pending

    def _seconds_to_next(self) -> float | None:
        """How long the loop may sleep: until the next due attempt if time flows by itself, else until poked."""
        with self._lock:
            while self._heap and self._heap[0][2].cancelled:
                heapq.heappop(self._heap)
            if not self._heap or not self.clock.flows:
                return None
            wait = self._heap[0][0] - self.clock.now()
            return wait if wait > 0 else None  # due yet not started: every slot is busy, a finished attempt wakes us

    async def _attempt(self, clients: _Clients, pending: _Pending) -> None:
        delivery = pending.delivery
        status: int | None = None
        error: str | None = None
        at = self.clock.now()
        timeout = self.timeout  # read per attempt: a test may change it between phases
        started = time.monotonic()
        try:
            headers = {"Content-Type": "application/json", **delivery.headers()}
            client = clients.for_url(delivery.url)
            response = await client.post(delivery.url, content=delivery.body, headers=headers, timeout=timeout)
            status = response.status_code
        except httpx.TimeoutException:
            error = f"no answer within {timeout:g} s"
        except Exception as exc:  # no answer; not only httpx.HTTPError: a URL like http://a..b/ raises UnicodeError
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        seconds = time.monotonic() - started
        if status is not None and delivery.on_response is not None:
            try:
                delivery.on_response(status)
            except Exception:
                log.exception("webhook on_response callback failed for %s", delivery.url)
        attempt = Attempt(delivery.event_id, delivery.url, pending.number, status, at, pending.due, error, seconds)
        with self._lock:
            self._in_flight[delivery.url] -= 1
            if not self._in_flight[delivery.url]:
                del self._in_flight[delivery.url]
            if not pending.forgotten:
                self._append(attempt)
            if not pending.cancelled:  # dropped or cleared meanwhile: nothing more is scheduled
                succeeded = status is not None and delivery.success(status)
                if succeeded or pending.number >= delivery.attempts:
                    self._finish(pending)
                else:
                    pending.due = self.clock.now() + self.delays[min(pending.number - 1, len(self.delays) - 1)]
                    pending.number += 1
                    heapq.heappush(self._heap, (pending.due, pending.serial, pending))
            self._changed.notify_all()
        if self._wake is not None:
            self._wake.set()

    def _record(self, attempt: Attempt) -> None:
        with self._lock:
            self._append(attempt)
            self._changed.notify_all()

    def _append(self, attempt: Attempt) -> None:
        self.attempts.append(attempt)
        if len(self.attempts) > self.max_log:
            del self.attempts[: len(self.attempts) - self.max_log]


class _Clients:
    """One httpx.AsyncClient per webhook URL, so that each has its own connection pool.

    A single shared pool would let slow receivers hold every connection while other deliveries
    wait for one, and httpcore's pool bookkeeping grows with the square of the requests it
    juggles, so hundreds of attempts in one pool slow the whole loop down.
    """

    MAX_IDLE = 64

    def __init__(self, connections: int) -> None:
        self.limits = httpx.Limits(max_connections=connections, max_keepalive_connections=8)
        self.clients: OrderedDict[str, httpx.AsyncClient] = OrderedDict()

    def for_url(self, url: str) -> httpx.AsyncClient:
        client = self.clients.pop(url, None) or httpx.AsyncClient(limits=self.limits, follow_redirects=False)
        self.clients[url] = client  # most recently used last
        return client

    async def close_idle(self, in_flight: Mapping[str, int]) -> None:
        """Close the least recently used clients with nothing in flight, beyond MAX_IDLE."""
        idle = [url for url in self.clients if not in_flight.get(url)]
        for url in idle[: max(0, len(self.clients) - self.MAX_IDLE)]:
            await self.clients.pop(url).aclose()

    async def close_all(self) -> None:
        for client in self.clients.values():
            await client.aclose()
        self.clients.clear()
