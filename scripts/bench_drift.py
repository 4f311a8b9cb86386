"""What response validation costs: a Formsite page of results through the in-process mock, validation
off and on, interleaved rounds, medians; and the cost of the one check a request pays when it is off.

    python scripts/bench_drift.py [--rounds 15] [--requests 40] [--limit 100]
"""

from __future__ import annotations

import argparse
import statistics
import time
import timeit
from typing import Any

import formsite_client

from formclients.mocks import create_mock


def client(validate: bool) -> Any:
    mock = create_mock("formsite", rate_limits=False)
    return formsite_client.AuthenticatedClient(
        mock.credentials[0].value,
        base_url=mock.base_url,
        transport=mock.transport(),
        throttle=False,
        retry=False,
        validate_responses=validate,
    )


def per_request(target: Any, requests: int, limit: int) -> float:
    start = time.perf_counter()
    for _ in range(requests):
        target.request("get_form_results", method="GET", url=f"/forms/contact/results?limit={limit}")
    return (time.perf_counter() - start) / requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--limit", type=int, default=100, help="results per page")
    args = parser.parse_args()

    off, on = client(False), client(True)
    per_request(on, 2, args.limit)  # builds the validator (spec parsed, schemas compiled) before timing
    times: dict[str, list[float]] = {"off": [], "on": []}
    for _ in range(args.rounds):
        times["off"].append(per_request(off, args.requests, args.limit))
        times["on"].append(per_request(on, args.requests, args.limit))
    median = {name: statistics.median(values) for name, values in times.items()}
    check = min(timeit.repeat("c._drift is not None", globals={"c": off}, number=1_000_000, repeat=5)) / 1_000_000
    print(f"a page of {args.limit} results, {args.rounds} rounds x {args.requests} requests, medians:")
    print(f"  validation off: {median['off'] * 1e3:8.3f} ms per request")
    print(f"  validation on:  {median['on'] * 1e3:8.3f} ms per request  ({median['on'] / median['off']:.2f}x)")
    print(f"  the check a request pays when off: {check * 1e9:.0f} ns ({check / median['off']:.5%} of a request)")


if __name__ == "__main__":
    main()
