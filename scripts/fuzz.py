"""The deep property run: the schemathesis CLI over HTTP against every served mock.

    python scripts/fuzz.py --seed 7 [--max-examples 100] [--providers formsite cogram]
    python3 -m nox -s fuzz -- --seed 7

Each mock is started as `formclients mock PROVIDER --port P --no-rate-limit` on a free port;
the CLI runs every phase (examples, coverage, fuzzing, stateful) with every check, the demo
credentials as auth, and tests/schemathesis/fuzz_hooks.py, which drops only the failures
tests/schemathesis/tolerances.py recognises. Prints one line per provider (requests sent,
failures outside the tolerances, failures tolerated) and exits 1 on any failure outside them.
The same seed sends the same requests (no example database is kept between runs; the mocks'
own clocks still move).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "tests" / "schemathesis" / "fuzz_hooks.py"
PROVIDERS = ("cognito_forms", "cogram", "formester", "formr", "formsite")
START_TIMEOUT = 30.0  # seconds for a mock to answer /openapi.json


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_mock(provider: str) -> tuple[subprocess.Popen[bytes], str, dict[str, Any]]:
    """Serve the mock on a free port; returns the process, its origin and its printed config."""
    port = free_port()
    command = [sys.executable, "-m", "formclients.cli", "mock", provider, "--port", str(port), "--no-rate-limit"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's mocks and specs
    config = json.loads(subprocess.run([*command, "--print-config"], check=True, capture_output=True, env=env).stdout)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    origin = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(f"{origin}/openapi.json", timeout=2):
                return process, origin, config
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                errors = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"{provider} mock did not start: {errors}") from None
            time.sleep(0.1)


def auth_toml(config: dict[str, Any], schemes: dict[str, Any]) -> str:
    """The first demo credential of each security scheme, as schemathesis.toml auth."""
    lines, seen = [], set()
    for credential in config["credentials"]:
        scheme = credential["scheme"]
        if scheme in seen:
            continue
        seen.add(scheme)
        kind = "bearer" if schemes[scheme].get("type") == "http" else "api_key"
        lines += [f"[auth.openapi.{scheme}]", f"{kind} = {json.dumps(credential['value'])}"]
    return "\n".join(lines) + "\n"


def fuzz(
    provider: str, seed: int, max_examples: int, report_dir: Path, phases: str = "examples,coverage,fuzzing,stateful"
) -> dict[str, Any]:
    """Run the CLI against a freshly served mock; the JSON report and a HAR of every request land in report_dir."""
    process, origin, config = start_mock(provider)
    try:
        with urllib.request.urlopen(f"{origin}/openapi.json") as answer:
            schemes = json.load(answer)["components"]["securitySchemes"]
        settings = report_dir / f"{provider}.toml"
        settings.write_text(f"hooks = {json.dumps(str(HOOKS))}\n" + auth_toml(config, schemes))
        report = report_dir / f"{provider}.json"
        started = time.monotonic()
        result = subprocess.run(
            [
                sys.executable, "-m", "schemathesis.cli", "--config-file", str(settings), "run",
                f"{origin}/openapi.json", "--checks", "all", "--mode", "all", "--seed", str(seed),
                "--max-examples", str(max_examples), "--workers", "1", "--no-color", "--generation-database", "none",
                "--phases", phases, "--report", "json,har", "--report-json-path", str(report),
                "--report-har-path", str(report_dir / f"{provider}.har"),
            ],
            env={**os.environ, "FORMCLIENTS_FUZZ_PROVIDER": provider, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
        )  # fmt: skip
        elapsed = time.monotonic() - started
    finally:
        process.terminate()
        process.wait(timeout=10)
    summary = summarize(json.loads(report.read_text()) if report.exists() else {})
    summary.update(provider=provider, exit_code=result.returncode, seconds=round(elapsed, 1))
    if result.returncode != 0:
        (report_dir / f"{provider}.log").write_text(result.stdout + result.stderr)
    return summary


def summarize(report: dict[str, Any]) -> dict[str, Any]:
    """Requests, failures outside the tolerances, tolerated (filtered) failures and errors, from the JSON report."""
    return {
        "requests": report.get("test_cases", {}).get("generated", 0),
        "failures": len(report.get("failures", [])),
        "tolerated": report.get("filtered", 0),
        "errors": len(report.get("errors", [])),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-examples", type=int, default=100, help="per operation and phase (default 100)")
    parser.add_argument("--providers", nargs="+", choices=PROVIDERS, default=list(PROVIDERS))
    parser.add_argument("--report-dir", type=Path, help="keep the JSON reports (and logs of failing runs) here")
    args = parser.parse_args(argv)
    report_dir = args.report_dir or Path(tempfile.mkdtemp(prefix="formclients-fuzz-"))
    report_dir.mkdir(parents=True, exist_ok=True)
    failed = False
    print(f"seed {args.seed}, max examples {args.max_examples}; reports in {report_dir}")
    for provider in args.providers:
        summary = fuzz(provider, args.seed, args.max_examples, report_dir)
        failed |= summary["exit_code"] != 0
        print(
            f"{provider:<14} requests {summary['requests']:>6}  failures outside tolerances {summary['failures']:>3}"
            f"  tolerated {summary['tolerated']:>4}  errors {summary['errors']}  exit {summary['exit_code']}"
            f"  {summary['seconds']} s"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
