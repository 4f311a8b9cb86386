"""What `formclients sync formr --full-scan` costs next to the incremental run, side by side.

One Formr form with N responses (the mock in-process, limits off, into DuckDB): after a first
sync, `rounds` times each: an incremental run with nothing new, a full scan with nothing
changed, and a full scan after 1% of the responses were starred and 0.1% deleted. Prints the
requests (exact), rows written, and the median elapsed of each, and the full scan's ratio to
the incremental run.

    python scripts/bench_full_scan.py [--responses 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from formclients.mocks import create_mock
from formclients.mocks.formr import FormrMock
from formclients.sync import SyncOptions, run_sync

FORM = "form_123@development"


def scaled_formr(responses: int) -> FormrMock:
    mock = create_mock("formr", rate_limits=False)
    assert isinstance(mock, FormrMock)
    form = mock.store.forms["form_123"]
    mock.store.submissions = {}
    start = mock.now() - timedelta(days=365)
    for index in range(responses):
        answers = {"name": f"Person {index}", "email": f"p{index}@example.com", "message": "Hello"}
        mock.store.add(form, answers, start + timedelta(seconds=30 * index))
    return mock


def options(mock: FormrMock, where: Path, full_scan: bool) -> SyncOptions:
    token = next(c.value for c in mock.credentials if c.scheme == "sessionToken")
    return SyncOptions(
        "formr",
        forms=[FORM],
        to=f"duckdb:///{where / 'bench.duckdb'}",
        pipelines_dir=str(where / "pipelines"),
        transport=mock.transport(),
        client_options={"token": token, "base_url": mock.base_url, "throttle": False, "retry": False},
        full_scan=full_scan,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    mock = scaled_formr(args.responses)
    runs: dict[str, list[dict[str, Any]]] = {"incremental": [], "full scan, no change": [], "full scan, changes": []}
    with tempfile.TemporaryDirectory(prefix="bench-full-scan-") as scratch:
        where = Path(scratch)
        first = run_sync(options(mock, where, full_scan=False))
        print(f"{args.responses} responses; first sync: {first['requests']} requests, {first['elapsed']:.2f} s")
        for round_ in range(args.rounds):
            runs["incremental"].append(run_sync(options(mock, where, full_scan=False)))
            runs["full scan, no change"].append(run_sync(options(mock, where, full_scan=True)))
            submissions = list(mock.store.submissions.values())
            for submission in submissions[round_::100]:
                submission.starred = not submission.starred
            for submission in submissions[round_ + 50 :: 1000]:
                del mock.store.submissions[submission.id]
            runs["full scan, changes"].append(run_sync(options(mock, where, full_scan=True)))
    medians = {name: statistics.median(run["elapsed"] for run in done) for name, done in runs.items()}
    for name, done in runs.items():
        last = done[-1]
        scan = (last["full_scan"] or {}).get("responses_form_123_development", {})
        print(
            f"{name:<22} requests {last['requests']:>4}  rows written {last['rows_written']:>5}"
            f"  changed {scan.get('changed', '-')!s:>4}  deleted {scan.get('deleted', '-')!s:>3}"
            f"  median {medians[name]:.2f} s"
        )
    print(f"full scan / incremental, no change: {medians['full scan, no change'] / medians['incremental']:.1f} x")


if __name__ == "__main__":
    main()
