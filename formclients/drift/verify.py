"""`formclients verify FILE.har`: check recorded traffic against the specs and report drift.

Each entry is matched to an operation of one of the specs: by the host and base path of the spec's
server when the host is the provider's own (`fs22.formsite.com`), else by base path and path template
alone (a local mock, a proxy); `--provider` narrows the choice. For each matched entry the status must
be declared, the body must fit the schema for that status and content type, and declared headers
must have their declared types. Exit status: 0 no drift, 1 drift, 2 the file cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._specfiles import providers
from ._errors import Mismatch
from ._har import Exchange, HarError, read_har

REDACTED = "[REDACTED]"


@dataclass(frozen=True)
class Checked:
    exchange: Exchange
    url: str  # credentials in the query redacted
    provider: str | None = None  # None: skipped
    operation_id: str | None = None
    mismatches: tuple[Mismatch, ...] = ()
    note: str = ""  # why it was skipped, or what could not be checked

    @property
    def drifted(self) -> bool:
        return bool(self.mismatches)


@dataclass(frozen=True)
class Report:
    path: Path
    checked: tuple[Checked, ...]

    @property
    def matched(self) -> list[Checked]:
        return [entry for entry in self.checked if entry.provider is not None]

    @property
    def drifted(self) -> list[Checked]:
        return [entry for entry in self.checked if entry.drifted]

    def lines(self) -> list[str]:
        out = [f"{self.path}: {len(self.checked)} entries"]
        for entry in self.checked:
            request = f"{entry.exchange.method} {entry.url}"
            if entry.provider is None:
                out.append(f"skip   {request}  ({entry.note})")
                continue
            verdict = "DRIFT " if entry.drifted else "ok    "
            note = f"  ({entry.note})" if entry.note else ""
            out.append(f"{verdict} {entry.provider} {entry.operation_id}  {request}  {entry.exchange.status}{note}")
            out += [f"         {mismatch}" for mismatch in entry.mismatches]
        skipped = len(self.checked) - len(self.matched)
        out.append(
            f"drift in {len(self.drifted)} of {len(self.matched)} matched entries"
            + (f" ({skipped} skipped)" if skipped else "")
        )
        return out


def verify(path: Path, only: Sequence[str] | None = None) -> Report:
    """Check every entry of a HAR file against the specs (all of them, or `only` these providers)."""
    from ._validator import validator_for  # needs the validate extra

    exchanges = read_har(path)
    validators = [validator_for(provider) for provider in (only or providers())]
    secret_parameters = {
        scheme["name"]
        for validator in validators
        for scheme in validator.spec.get("components", {}).get("securitySchemes", {}).values()
        if scheme.get("in") == "query"
    }
    checked = []
    for exchange in exchanges:
        url = _redacted(exchange.url, secret_parameters)
        if exchange.status == 0:
            checked.append(Checked(exchange, url, note="no response was recorded"))
            continue
        parts = urlsplit(exchange.url)
        by_host = [v for v in validators if v.host.match(parts.hostname or "")]
        candidates = [
            (validator, operation)
            for validator in by_host or validators
            if (operation := validator.match(exchange.method, parts.path)) is not None
        ]
        if not candidates:
            checked.append(Checked(exchange, url, note="no operation of the specs matches"))
            continue
        best = max(operation.literal_length for _, operation in candidates)
        candidates = [(v, o) for v, o in candidates if o.literal_length == best]
        if len(candidates) > 1:
            names = ", ".join(f"{v.provider} {o.operation_id}" for v, o in candidates)
            checked.append(Checked(exchange, url, note=f"ambiguous: {names}; name one with --provider"))
            continue
        validator, operation = candidates[0]
        mismatches = validator.check(operation, exchange.status, exchange.headers, exchange.body or b"")
        note = "" if exchange.body is not None else "no body was recorded: status and headers checked"
        checked.append(Checked(exchange, url, validator.provider, operation.operation_id, tuple(mismatches), note))
    return Report(path, tuple(checked))


def _redacted(url: str, secret_parameters: set[str]) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(key, REDACTED if key in secret_parameters else value) for key, value in parse_qsl(parts.query, True)]
    return urlunsplit(parts._replace(query=urlencode(query, safe="[]")))


# -- the command --------------------------------------------------------------------------------


def add_parser(commands: Any) -> None:
    """Add `verify` to the `formclients` command's subparsers."""
    parser = commands.add_parser(
        "verify",
        help="check recorded traffic (a HAR file) against the specs",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("har", type=Path, help="a HAR file exported from a browser or a proxy")
    parser.add_argument(
        "--provider", action="append", choices=providers(), help="only this provider's spec (repeatable)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = verify(args.har, args.provider)
    except HarError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ImportError as error:
        print(
            f"error: formclients verify needs the 'validate' extra ({error.name} is missing): "
            "pip install 'formclients[validate]'",
            file=sys.stderr,
        )
        return 2
    print("\n".join(report.lines()))
    if not report.matched:
        print(
            f"error: no entry of {args.har} matches an operation of the specs, so nothing was verified",
            file=sys.stderr,
        )
        return 2
    return 1 if report.drifted else 0
