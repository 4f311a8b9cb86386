"""Clients in real processes on one token, configured as users configure them (FORMCLIENTS_LIMITER):
together they keep to the limit. Before the shared stores each process kept to it alone, and 10
requests went out in the first instant (this test fails there)."""

from __future__ import annotations

import time
from multiprocessing.pool import Pool
from pathlib import Path

from . import _client_workers as workers

PERIOD, REQUESTS = 0.5, 5  # the limit _client_workers gives its client


def test_clients_in_several_processes_share_one_limit_through_a_sqlite_file(process_pool: Pool, tmp_path: Path) -> None:
    start_at = time.clock_gettime(time.CLOCK_REALTIME) + 0.3
    store = f"sqlite://{tmp_path / 'limiter.sqlite3'}"
    pending = [process_pool.apply_async(workers.client_calls, (store, 6, start_at)) for _ in range(2)]
    sent = sorted(moment for result in pending for moment in result.get(timeout=60))
    # Measured on the wire, a moment after each throttle wait: the throttle's 50 ms margin covers that.
    assert min(sent[i] - sent[i - REQUESTS] for i in range(REQUESTS, len(sent))) >= PERIOD
