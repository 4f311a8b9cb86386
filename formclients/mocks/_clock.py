"""The mocks' injectable clocks: everything time-dependent in a mock (rate-limit windows, dates it
writes, webhook re-deliveries, Cogram key expiry ...) reads `clock.now()`.

Both clocks can be advanced (tests, the control API's `POST /_mock/clock`), and both tell
subscribers when they are, so that work scheduled on the clock (webhook re-deliveries) runs
as soon as its time has come rather than when a worker next looks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

Listener = Callable[[], None]


class _Advanceable:
    flows: bool  # whether time passes by itself (then waiting for a moment is worth a timer)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0
        self._listeners: list[Listener] = []

    def advance(self, seconds: float) -> None:
        """Move the clock forward (never back: windows and schedules assume time only grows)."""
        if not seconds >= 0:  # also refuses NaN
            raise ValueError(f"a clock only moves forward, not by {seconds!r} seconds")
        with self._lock:
            self._offset += seconds
            listeners = list(self._listeners)
        for listener in listeners:
            listener()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every advance; returns the function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe


class SystemClock(_Advanceable):
    """Wall-clock time, plus however far it was advanced (served mocks: rate-limit windows and
    re-deliveries can be skipped through with the control API)."""

    flows = True

    def now(self) -> float:
        return time.time() + self._offset


class FakeClock(_Advanceable):
    """A clock that moves only when told to: for tests of limits, windows and retries."""

    flows = False

    def __init__(self, start: datetime = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)) -> None:
        super().__init__()
        self._start = start.timestamp()

    def now(self) -> float:
        with self._lock:
            return self._start + self._offset


Clock = SystemClock | FakeClock
