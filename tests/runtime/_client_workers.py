"""A client in a worker process, configured as a user configures one (tests/runtime/test_client_processes.py).
It uses only what clients had before the shared stores, so the same test runs against older code."""

from __future__ import annotations

import os
import time

import httpx

from formclients.runtime import BaseClient, ProviderProfile

LIMIT_NAME = "per-half-second"


def client_calls(store: str, calls: int, start_at: float) -> list[float]:
    """A generated-style client in this process, configured only by FORMCLIENTS_LIMITER as a user
    would: make `calls` requests and return the real time each one reached the wire."""
    os.environ["FORMCLIENTS_LIMITER"] = store
    profile = ProviderProfile.from_spec(
        "example",
        {
            "info": {"title": "Example API", "version": "v1"},
            "servers": [{"url": "https://api.example.com"}],
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
            "x-rate-limits": [{"name": LIMIT_NAME, "requests": 5, "period": 0.5}],
        },
    )

    class ExampleClient(BaseClient):
        pass

    ExampleClient.profile = profile
    sent: list[float] = []

    def wire(request: httpx.Request) -> httpx.Response:
        sent.append(time.clock_gettime(time.CLOCK_REALTIME))
        return httpx.Response(200, json={})

    client = ExampleClient("one-shared-token", transport=httpx.MockTransport(wire), retry=False)
    time.sleep(max(0.0, start_at - time.clock_gettime(time.CLOCK_REALTIME)))
    for _ in range(calls):
        client.request(method="get", url="/forms")
    return sent
