"""`formclients mock PROVIDER|all`: serve a provider's mock (or all five) with its demo dataset."""

from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import shutil
import signal
import sys
import tempfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from formclients.mocks import ProviderMock

# What `pip install 'formclients[mock]'` brings; any of them missing means the extra is not installed.
MOCK_EXTRA_MODULES = {"starlette", "uvicorn", "anyio", "jsonschema", "referencing", "yaml", "h11"}
INSTALL = "pip install 'formclients[mock]'"
PROVIDERS = ("cognito_forms", "formsite", "formester", "cogram", "formr")  # formclients.mocks.PROVIDERS, import-free


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "mock",
        help="serve a provider's mock API (or all five) on 127.0.0.1",
        description=(
            "Serve a stateful mock of PROVIDER with its demo dataset, documented rate limits and webhooks."
            " The base URL is printed once the port is bound; the control API (reset, seed, request log,"
            " faults, clock) is under /_mock/. Ctrl-C or SIGTERM stops it."
        ),
    )
    parser.add_argument("provider", metavar="PROVIDER", help=f"{', '.join(PROVIDERS)}, or all (consecutive ports)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0: any free port)")
    parser.add_argument("--no-rate-limit", action="store_true", help="turn the documented rate limits off")
    parser.add_argument(
        "--data-scale", type=int, default=1, metavar="N", help="grow the demo dataset N times (Formsite: 250N results)"
    )
    parser.add_argument(
        "--webhook-allow",
        action="append",
        default=[],
        metavar="HOST_OR_CIDR",
        help="also post webhooks to this host, address or network (repeatable; default: loopback only)",
    )
    parser.add_argument(
        "--describe", action="store_true", help="print the demo data (forms, fields, credentials, scopes) and exit"
    )
    parser.add_argument("--json", action="store_true", help="with --describe: as JSON")
    parser.add_argument("--print-config", action="store_true", help=argparse.SUPPRESS)  # = --describe --json
    parser.add_argument(
        "--print-env",
        action="store_true",
        help=(
            "print shell `export` lines for the clients (<PROVIDER>_TOKEN, <PROVIDER>_BASE_URL; Cognito's"
            " <PROVIDER>_WEBHOOK_SECRET for receivers), then serve"
        ),
    )
    parser.add_argument("--log-requests", action="store_true", help="log each request (credentials redacted)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Arguments first, with nothing heavy imported: a mistake costs a fraction of a second.
    if args.provider != "all" and args.provider not in PROVIDERS:
        return fail(f"no mock for {args.provider!r}; choose one of {', '.join(PROVIDERS)} or all")
    providers = list(PROVIDERS) if args.provider == "all" else [args.provider]
    if args.data_scale < 1:
        return fail(f"--data-scale must be at least 1, not {args.data_scale}")
    from formclients.mocks._targets import TargetPolicy

    try:
        TargetPolicy(args.webhook_allow)
    except ValueError as error:
        return fail(str(error))
    absent = sorted(name for name in MOCK_EXTRA_MODULES if importlib.util.find_spec(name) is None)
    if absent:  # before binding: a taken port must not hide that the extra is missing
        return fail(f"the mocks need the mock extra (no module {absent[0]!r}); run: {INSTALL}")
    settings: dict[str, Any] = {
        "rate_limits": not args.no_rate_limit,
        "data_scale": args.data_scale,
        "webhook_allow": tuple(args.webhook_allow),
        "refuse_unlisted_webhooks": True,
    }
    try:
        from formclients.mocks._serve import (
            STOP_SIGNALS,
            MockServer,
            PortInUse,
            bind_consecutive,
            origin,
            serve_until_stopped,
        )

        if not (args.describe or args.print_config):
            try:
                sockets = bind_consecutive(args.host, args.port, len(providers))  # bind first: the real port
            except PortInUse as error:
                return fail(str(error))
        import formclients.mocks._core  # noqa: F401  (starlette, jsonschema ...)
        from formclients.mocks import create_mock
        from formclients.mocks._control import describe
    except ModuleNotFoundError as missing:
        package = (missing.name or "").partition(".")[0]
        if package not in MOCK_EXTRA_MODULES:
            raise
        return fail(f"the mocks need the mock extra (no module {package!r}); run: {INSTALL}")

    if args.describe or args.print_config:
        mocks = [create_mock(provider, **settings, deliver_webhooks=False) for provider in providers]
        return print_description([describe(mock) for mock in mocks], as_json=args.json or args.print_config)
    mocks = [create_mock(provider, **settings) for provider in providers]
    if args.log_requests:
        log_requests()
    servers = [MockServer(mock.app, sock) for mock, sock in zip(mocks, sockets, strict=True)]
    # Clients of these mocks share their windows and quotas in a store that lives as long as the mocks:
    # the user's default store would keep counting demo credentials across restarts, so that after a
    # month of test runs a client would refuse what a freshly started mock accepts.
    store = tempfile.mkdtemp(prefix="formclients-mock-") if args.print_env else None
    # Held until the server's handlers are installed: a script that reads the banner and stops the
    # mock at once must get a clean exit (0, the store removed), not die of the default SIGTERM.
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    if store is not None:
        print(f"export FORMCLIENTS_LIMITER={shlex.quote(f'sqlite://{store}/limiter.sqlite3')}")
    for mock, sock in zip(mocks, sockets, strict=True):
        announce(mock, origin(sock), print_env=args.print_env)
    print("Ctrl-C to stop", file=sys.stderr if args.print_env else sys.stdout, flush=True)
    try:
        serve_until_stopped(servers)
    finally:
        for mock in mocks:
            mock.close()
        if store is not None:
            shutil.rmtree(store, ignore_errors=True)
    return 0


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def announce(mock: ProviderMock, origin: str, *, print_env: bool) -> None:
    base_url = origin + mock.base_url.removeprefix("http://mock.local")
    secret = getattr(mock, "webhook_secret", None)
    if print_env:
        prefix = mock.profile.env_prefix
        print(f"export {prefix}_BASE_URL={shlex.quote(base_url)}")
        print(f"export {prefix}_TOKEN={shlex.quote(mock.default_credential.value)}")
        if secret:  # what a webhook receiver needs to verify the mock's signed deliveries
            print(f"export {prefix}_WEBHOOK_SECRET={shlex.quote(secret)}")
        sys.stdout.flush()
    out = sys.stderr if print_env else sys.stdout
    print(f"{mock.provider} mock at {base_url}", file=out)
    print(f"  spec {origin}/openapi.json   control API {origin}/_mock/", file=out)
    print(f"  rate limits {'on' if mock.settings.rate_limits else 'off'}", file=out)
    for credential in mock.credentials:
        scopes = ", ".join(credential.scopes) or "-"
        print(f"  {credential.scheme:<15} {credential.value:<42} scopes: {scopes}  {credential.description}", file=out)
    if secret:
        print(f"  webhook deliveries are signed (Standard Webhooks) with {secret}", file=out)
    out.flush()


def print_description(descriptions: list[dict[str, Any]], *, as_json: bool) -> int:
    if as_json:
        print(json.dumps(descriptions[0] if len(descriptions) == 1 else descriptions, indent=2))
        return 0
    import yaml

    for description in descriptions:
        print(yaml.safe_dump(description, sort_keys=False, allow_unicode=True, width=120), end="")
        print()
    return 0


def log_requests() -> None:
    """One stderr line per request the mock answers, from its request log (credentials redacted)."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("formclients.mocks.requests")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
