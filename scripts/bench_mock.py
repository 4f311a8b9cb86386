"""The mocks' list handlers at `--data-scale` (default 400): median seconds per page, in-process.

Each request goes through the mock's in-process transport (routing, auth, validation, handler,
JSON), rate limits off; every row is the median over `--rounds` pages at different positions.

- Formsite get_form_results over the 100,000 `contact` results: a keyset page (`sort_id=result_id`,
  `sort_direction=asc`, `after_id=N`, as integrations and the iterators page), a page-number page
  (default sort, page N), the sync's page (`sort_id=date_update`, ascending, page N), a date window
  (`after_date`, keyset after it) and a search (`search_contains[100]`, page N).
- Formester list_submissions over the Feedback Survey (19,200), and Cognito list_entries (OData)
  over ContactUs (16,000): the other providers that grow with `data_scale` (Cogram's and Formr's
  demo data do not).

`--against REV` measures REV's mocks too, in a child process on a `git archive` of REV, and prints
both side by side with their ratio (the change's before and after in one run).

    python scripts/bench_mock.py [--scale 400] [--rounds 7] [--against REV]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
Request = Callable[[int], dict[str, Any]]  # round -> query parameters


def formsite_cases(client: httpx.Client) -> dict[str, tuple[str, Request]]:
    path = "/forms/contact/results"
    last_page = int(client.get(path).headers["Pagination-Page-Last"])
    first, last = (
        int(client.get(path, params={"sort_direction": d, "limit": 1}).json()["results"][0]["id"])
        for d in ("asc", "desc")
    )

    def spread(n: int) -> int:  # an id somewhere in the results, a different one each round
        return first + (last - first) * (n * 37 % 100) // 100

    return {
        "formsite keyset page (result_id asc, after_id)": (
            path,
            lambda n: {"sort_id": "result_id", "sort_direction": "asc", "after_id": spread(n)},
        ),
        "formsite page-number page (default sort)": (path, lambda n: {"page": 1 + (n * 97) % last_page}),
        "formsite sync page (date_update asc, page N)": (
            path,
            lambda n: {"sort_id": "date_update", "sort_direction": "asc", "page": 1 + (n * 97) % last_page},
        ),
        "formsite date window (after_date, keyset)": (
            path,
            lambda n: {
                "sort_id": "result_id",
                "sort_direction": "asc",
                "after_date": f"2025-{10 + n % 3}-0{1 + n % 9}T00:00:00Z",
                "after_id": spread(n),
            },
        ),
        "formsite search (contains, page N)": (
            path,
            lambda n: {"search_contains[100]": "lovelace", "page": 1 + n % 20},
        ),
    }


def measure(scale: int, rounds: int) -> dict[str, float]:
    from formclients.mocks import create_mock

    figures: dict[str, float] = {}

    def run(client: httpx.Client, name: str, path: str, params: Request) -> None:
        client.get(path, params=params(rounds)).raise_for_status()  # the first request builds what it keeps
        times = []
        for n in range(rounds):
            started = time.perf_counter()
            client.get(path, params=params(n)).raise_for_status()
            times.append(time.perf_counter() - started)
        figures[name] = statistics.median(times)

    formsite = create_mock("formsite", rate_limits=False, data_scale=scale)
    token = formsite.credentials[0].value
    with httpx.Client(
        base_url=formsite.base_url, transport=formsite.transport(), headers={"Authorization": f"bearer {token}"}
    ) as client:
        for name, (path, params) in formsite_cases(client).items():
            run(client, name, path, params)
    formsite.close()

    formester = create_mock("formester", rate_limits=False, data_scale=scale)
    headers = {"X-FORMESTER-TOKEN": formester.credentials[0].value}
    with httpx.Client(base_url=formester.base_url, transport=formester.transport(), headers=headers) as client:
        meta = client.get("/submissions", params={"form_id": 456}).json()["meta"]
        pages = -(-meta["totalCount"] // meta["perPage"])
        run(
            client,
            "formester list_submissions (page N)",
            "/submissions",
            lambda n: {"form_id": 456, "page": 1 + n * 97 % pages},
        )
        run(
            client,
            "formester list_submissions (Rating__gte, sort)",
            "/submissions",
            lambda n: {"form_id": 456, "Rating__gte": "4", "sort": "Rating", "page": 1 + n * 13 % (pages // 3)},
        )
    formester.close()

    cognito = create_mock("cognito_forms", rate_limits=False, data_scale=scale)
    headers = {"Authorization": f"Bearer {cognito.credentials[0].value}"}
    entries = "/api/odata/Forms(1)/Views(1)/Entries"
    with httpx.Client(base_url=cognito.base_url, transport=cognito.transport(), headers=headers) as client:
        hundreds = client.get(entries, params={"$top": 1, "$count": "true"}).json()["@odata.count"] // 100
        run(
            client,
            "cognito list_entries ($top 100, $skip N)",
            entries,
            lambda n: {"$top": 100, "$skip": 100 * (n * 37 % hundreds)},
        )
        run(
            client,
            "cognito list_entries (keyset $filter)",
            entries,
            lambda n: {
                "$top": 100,
                "$filter": f"Entry/Number gt {100 * (n * 37 % hundreds)}",
                "$orderby": "Entry/Number",
            },
        )
    cognito.close()
    return figures


def measure_revision(revision: str, scale: int, rounds: int) -> dict[str, float]:
    """The same figures for `revision`'s mocks: this script in a child process, REV's tree first on its path."""
    with tempfile.TemporaryDirectory(prefix="bench-mock-") as directory:
        archive = subprocess.run(["git", "archive", revision], cwd=ROOT, check=True, capture_output=True).stdout
        with tempfile.TemporaryFile() as buffer:
            buffer.write(archive)
            buffer.seek(0)
            with tarfile.open(fileobj=buffer) as tar:
                tar.extractall(directory, filter="data")
        command = [sys.executable, __file__, "--json", "--scale", str(scale), "--rounds", str(rounds)]
        environment = {**os.environ, "PYTHONPATH": directory}
        output = subprocess.run(command, cwd=directory, env=environment, check=True, capture_output=True, text=True)
        figures: dict[str, float] = json.loads(output.stdout)
        return figures


def report(scale: int = 400, rounds: int = 7, against: str | None = None) -> None:
    before = measure_revision(against, scale, rounds) if against else None
    after = measure(scale, rounds)
    print(f"mock list handlers at data_scale {scale}, median seconds per page ({rounds} pages):")
    if before is None:
        for name, seconds in after.items():
            print(f"  {name:50} {seconds:9.4f} s")
        return
    print(f"  {'':50} {against:>10} {'this tree':>10} {'speed-up':>9}")
    for name, seconds in after.items():
        old = before.get(name)
        ratio = f"{old / seconds:8.0f}x" if old else ""
        print(f"  {name:50} {old if old is not None else float('nan'):9.4f}s {seconds:9.4f}s {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=400, help="the mocks' data_scale (Formsite: 250 x N results)")
    parser.add_argument("--rounds", type=int, default=7, help="pages measured per row (median)")
    parser.add_argument("--against", metavar="REV", help="measure REV's mocks too, side by side")
    parser.add_argument("--json", action="store_true", help="print only the figures, as JSON (what --against reads)")
    arguments = parser.parse_args()
    if arguments.json:
        print(json.dumps(measure(arguments.scale, arguments.rounds)))
    else:
        report(arguments.scale, arguments.rounds, arguments.against)


if __name__ == "__main__":
    main()
