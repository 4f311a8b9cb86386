"""The main job on a fresh clone: serve the five mocks, `formclients sync all` into a local
DuckDB file, and print a few rows per provider.

    python scripts/sync_demo.py [--to duckdb:///formclients-demo.duckdb]     (or: nox -s sync_demo)

The mocks run with their rate limits off and the sync with `--no-throttle` to match (Formester
allows 10 requests a minute; kept to, the same sync takes minutes: `nox -s bench` measures that).
The credentials are the mocks' demo ones, passed the way a user passes real ones: through the
clients' environment variables.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sync import Served

from formclients.mocks import create_mock

PROVIDERS = ("formsite", "formester", "cogram", "formr", "cognito_forms")
FORMR_FORMS = "form_signup,form_intake,form_123@development"
SHOW = {
    "formsite": "select id, date_update, what_is_your_name, how_did_you_hear_about_us from formsite.results_contact",
    "formester": "select id, updated_at, name, rating, recommend from formester.submissions_456",
    "cogram": "select name, status, updated_at from cogram.projects",
    "formr": "select id, submitted_at, full_name, age, consent from formr.responses_form_signup",
    "cognito_forms": 'select form, id, "column", label, type from cognito_forms.fields',
}


def environment(served: dict[str, Served]) -> dict[str, str]:
    env = dict(os.environ)
    for provider, mock in served.items():
        demo = create_mock(provider, rate_limits=False)
        prefix = demo.profile.env_prefix
        token = next((c.value for c in demo.credentials if c.scheme == "sessionToken"), demo.credentials[0].value)
        env[f"{prefix}_TOKEN"] = token
        env[f"{prefix}_BASE_URL"] = mock.base_url
    env["FORMR_FORMS"] = FORMR_FORMS
    env["FORMCLIENTS_LIMITER"] = "memory"  # the demo tokens' quotas count for this run, not in the user's cache
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--to", default="duckdb:///formclients-demo.duckdb")
    target = parser.parse_args().to
    served = {provider: Served(provider, rate_limits=False) for provider in PROVIDERS}
    try:
        for provider, mock in served.items():
            print(f"{provider:<14} mock at {mock.base_url}")
        options = ["--to", target, "--no-progress", "--no-throttle"]
        command = [sys.executable, "-m", "formclients.cli", "sync", "all", *options]
        print("$ formclients sync all", *options, flush=True)
        status = subprocess.run(command, env=environment(served), check=False).returncode
    finally:
        for mock in served.values():
            mock.close()
    if target.startswith("duckdb:///"):
        with duckdb.connect(target.removeprefix("duckdb:///"), read_only=True) as db:
            for provider, query in SHOW.items():
                print(f"\n{provider}: {query} limit 3")
                print(db.sql(query + " limit 3"))
    return status


if __name__ == "__main__":
    sys.exit(main())
