"""`formclients sync PROVIDER|all [--forms ...] [--to URL]`: load a provider's data into a database.

Credentials come from the clients' environment variables (FORMSITE_TOKEN, FORMSITE_BASE_URL,
...). The default destination is ./formclients.duckdb; `--to postgresql://...`, `sqlite:///...`
(SQLAlchemy) or any dlt destination name (configured the dlt way) load elsewhere.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

SYNC_EXTRA_MISSING = "this command needs the sync extra: pip install 'formclients[sync]'"
ALL = ("formsite", "formester", "cogram", "formr", "cognito_forms")
QUOTA_STOPPED = 3  # exit status of a run a quota stopped (what was read is loaded; run again after it resets)


def has_sync_extra() -> bool:
    return importlib.util.find_spec("dlt") is not None


def fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def add_parser(commands: Any) -> None:
    sync = commands.add_parser("sync", help="load a provider's forms and records into a database (dlt)")
    sync.add_argument("provider", help=f"one of {', '.join(sorted(ALL))}, or 'all'")
    sync.add_argument(
        "--forms",
        nargs="+",
        default=[],
        metavar="FORM",
        help="only these forms (Formr, which cannot list forms: FORM[@ENVIRONMENT], or FORMR_FORMS=a,b)",
    )
    sync.add_argument("--to", metavar="URL", help="destination (default: duckdb:///./formclients.duckdb)")
    sync.add_argument("--json", action="store_true", help="print a machine-readable summary")
    sync.add_argument("--dry-run", action="store_true", help="print the requests and quota a run will cost")
    sync.add_argument(
        "--full-scan",
        action="store_true",
        help="also re-read every record of the chosen forms: write those that differ from what is stored and mark"
        " those no longer returned deleted (Formr triage changes and deletions; a repair for the others)",
    )
    sync.add_argument("--no-progress", action="store_true", help="no progress bars")
    sync.add_argument("--pipelines-dir", help="where dlt keeps pipeline state (default: dlt's own)")
    sync.add_argument(
        "--no-throttle",
        action="store_true",
        help="do not keep to the provider's rate limits (for a mock served without them; a real API answers 429)",
    )
    sync.add_argument(
        "--pages-per-load",
        type=int,
        metavar="N",
        help="load (and commit) every N pages read, so a crash or a quota loses at most that much (default: 100)",
    )
    sync.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not has_sync_extra():
        return fail(SYNC_EXTRA_MISSING)
    providers = list(ALL) if args.provider == "all" else [args.provider]
    if args.provider != "all" and args.provider not in ALL:
        return fail(f"no sync for {args.provider!r}; choose one of {', '.join(sorted(ALL))} or 'all'")
    summaries: list[dict[str, Any]] = []
    status = 0
    for provider in providers:
        forms = args.forms or _default_forms(provider)
        try:
            if args.dry_run:
                summaries.append(dry_run(provider, forms, args))
            else:
                summaries.append(sync_one(provider, forms, args))
                if summaries[-1]["stopped"]:
                    status = max(status, QUOTA_STOPPED)
        except Exception as error:
            status = 1
            summaries.append({"provider": provider, "error": describe_error(error)})
            print(f"error: {provider}: {describe_error(error)}", file=sys.stderr)
    if args.json:
        print(json.dumps(summaries[0] if len(summaries) == 1 else summaries, indent=2, default=str))
    else:
        for summary in summaries:
            if "error" not in summary:  # errors went to stderr above
                print(render(summary))
    return status


def _default_forms(provider: str) -> list[str]:
    if provider == "formr" and os.environ.get("FORMR_FORMS"):
        return [name.strip() for name in os.environ["FORMR_FORMS"].split(",") if name.strip()]
    return []


def describe_error(error: BaseException) -> str:
    """The innermost cause in one line (dlt wraps a resource's exception twice)."""
    while error.__cause__ is not None:
        error = error.__cause__
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def sync_one(provider: str, forms: list[str], args: argparse.Namespace) -> dict[str, Any]:
    from .sync import SyncOptions, run_sync

    options = SyncOptions(provider, forms=forms, to=args.to, pipelines_dir=args.pipelines_dir, full_scan=args.full_scan)
    if args.pages_per_load:
        options.pages_per_load = args.pages_per_load
    if args.no_throttle:
        options.client_options["throttle"] = False
    if args.no_progress or not sys.stderr.isatty():
        return run_sync(options)
    from .sync._progress import ProgressBars

    with ProgressBars(provider) as bars:
        options.observer = bars
        options.on_client = bars.attach
        return run_sync(options)


def dry_run(provider: str, forms: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """What a first (full) sync would cost, from the form counts (one request to list the forms),
    against the quota the client's store counts for this credential (`client.quota`); with
    `--full-scan`, plus a read of every record of each form (counted by the API, or, where it
    counts nothing (Formr), by what the destination holds)."""
    from .sync import rate_limit_bound
    from .sync._http import CountingTransport
    from .sync._source import choose_forms
    from .sync.providers import connect

    counting = CountingTransport()
    api, client = connect(provider, counting, forms=forms)
    with client:
        chosen = choose_forms(api.forms(), forms or None) if api.record_table else []
        estimate = api.request_estimate(chosen)
        if args.full_scan:
            estimate |= full_scan_estimate(api, chosen, args)
        quotas = client.quota.status()
    total = sum(estimate.values())
    limits = client.throttle.limits if client.throttle else client.profile.rate_limits
    remaining = [q.remaining for q in quotas if q.remaining is not None]
    left = min(remaining) - counting.sent if remaining else None  # the estimate's own requests count too
    return {
        "provider": provider,
        "dry_run": True,
        "requests_made_to_estimate": counting.sent,
        "requests": estimate,
        "requests_total": total,
        "bound": rate_limit_bound(total, limits),
        "rate_limits": [
            f"{limit.requests} per {limit.period:g} s ({limit.name})" for limit in limits if not limit.quota
        ],
        "quota": [
            {
                "quota": q.name,
                "allowance": q.allowance,
                "used": q.used + (counting.sent if q.allowance is not None else 0),
                "remaining": None if q.remaining is None else max(0, q.remaining - counting.sent),
                "resets_at": q.resets_at.isoformat() if q.resets_at else None,
            }
            for q in quotas
        ],
        "fits_quota": None if left is None else total <= left,
        "note": "an upper bound for a first sync; a later sync reads only what changed (about 1 page per form)"
        + ("; a full scan reads every record again, every time" if args.full_scan else ""),
    }


def full_scan_estimate(api: Any, forms: list[Any], args: argparse.Namespace) -> dict[str, int]:
    """Requests `--full-scan` adds: what reading each form whole costs, from the API's count of its
    records or, where the API has none, from the live records the destination holds."""
    import dataclasses

    from .sync import SyncOptions, destination
    from .sync._job import live_keys, pipeline_for
    from .sync._source import table_name

    _, label = destination(args.to)
    nothing_stored = label.startswith("duckdb:///") and not Path(label.removeprefix("duckdb:///")).exists()
    pipeline, _ = pipeline_for(api.provider, SyncOptions(api.provider, to=args.to, pipelines_dir=args.pipelines_dir))
    uncounted = [table_name(api, form.id) for form in forms if form.count is None]
    # Opening a DuckDB file that is not there would create it: a dry run writes nothing.
    stored = {table: set() for table in uncounted} if nothing_stored else live_keys(pipeline, uncounted)
    estimate = {}
    for form in forms:
        table = table_name(api, form.id)
        if form.count is None:
            form = dataclasses.replace(form, count=len(stored[table]))
        estimate[f"{table} full scan"] = api.request_estimate([form])[f"{api.record_table} {form.id}"]
    return estimate


def render(summary: dict[str, Any]) -> str:
    provider = summary["provider"]
    if "error" in summary:
        return f"{provider}: failed: {summary['error']}"
    if summary.get("dry_run"):
        lines = [f"{provider}: a full sync would make {summary['requests_total']} requests:"]
        lines += [f"  {name:<40} {count:>6}" for name, count in summary["requests"].items()]
        lines.append(f"  at least {summary['bound']:g} s under the rate limits ({'; '.join(summary['rate_limits'])})")
        for quota in summary["quota"]:
            if quota["allowance"] is None:
                lines.append(f"  {quota['quota']} quota: {quota['used']} used (no allowance known: set the plan)")
                continue
            lines.append(
                f"  {quota['quota']} quota: {quota['remaining']} of {quota['allowance']} left"
                + (f", frees up from {quota['resets_at']}" if quota["resets_at"] else "")
            )
        if summary["fits_quota"] is False:
            lines.append(
                "  this is more than the quota has left: the sync will stop when it runs out, and resume later"
            )
        return "\n".join(lines)
    lines = [
        f"{provider}: {summary['rows_written']} rows written to {summary['destination']} (dataset {summary['dataset']})"
        f" in {summary['elapsed']:.1f} s: {summary['requests']} requests, {summary['http_429']} x 429,"
        f" {summary['waited']:.1f} s waiting for rate limits (bound {summary['bound']:g} s)"
    ]
    for name, figures in summary["resources"].items():
        lines.append(f"  {name:<40} {figures['items']:>7} read {figures['rows_written']:>7} written")
    for table, scan in (summary.get("full_scan") or {}).items():
        lines.append(
            f"  full scan of {table}: {scan['read']} read, {scan['changed']} new or changed (written),"
            f" {scan['deleted']} deleted at the source"
        )
    for table, count in summary["deleted"].items():
        lines.append(f"  {table}: {count} records deleted at the source, marked with _deleted_at")
    problems = summary["problems"]
    if problems:
        lines.append(f"  {len(problems)} values did not fit their column (kept in _raw, listed in _problems):")
        lines += [f"    {p['table']} {p['id']}: {p['problem']}" for p in problems[:10]]
        if len(problems) > 10:
            lines.append(f"    ... and {len(problems) - 10} more (--json lists all)")
    lines += [f"  waiting: {reason}" for reason in summary["waiting"]]
    if summary["stopped"]:
        stop = summary["stopped"]
        lines.append(f"  STOPPED: {stop['message']}")
        lines.append(f"  what was read is loaded; {stop['resume']}")
    return "\n".join(lines)
