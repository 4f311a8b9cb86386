"""`formclients mock PROVIDER` (serve a provider's mock), `formclients sync`, `formclients schema`,
`formclients verify FILE.har` (check recorded traffic against the specs)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import cli_schema, cli_sync
from .drift import verify as cli_verify


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="formclients", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    mock = commands.add_parser("mock", help="serve a provider's mock API")
    mock.add_argument("provider", help="cognito_forms, formsite, formester, cogram or formr")
    mock.add_argument("--host", default="127.0.0.1")
    mock.add_argument("--port", type=int, default=8000)
    mock.add_argument("--no-rate-limit", action="store_true", help="turn the documented rate limits off")
    mock.add_argument("--print-config", action="store_true", help="print the base URL and credentials as JSON and exit")
    cli_sync.add_parser(commands)
    cli_schema.add_parser(commands)
    cli_verify.add_parser(commands)
    args = parser.parse_args(argv)
    if hasattr(args, "run"):  # sync, schema, verify: each command's module runs it
        code: int = args.run(args)
        return code
    return serve_mock(args)


def serve_mock(args: argparse.Namespace) -> int:
    from formclients.mocks import PROVIDERS, create_mock

    if args.provider not in PROVIDERS:
        print(f"error: no mock for {args.provider!r}; choose one of {', '.join(sorted(PROVIDERS))}", file=sys.stderr)
        return 2
    mock = create_mock(args.provider, rate_limits=not args.no_rate_limit)
    config = describe(mock, f"http://{args.host}:{args.port}")
    if args.print_config:
        print(json.dumps(config, indent=2))
        return 0
    print(f"{args.provider} mock at {config['base_url']}  (spec: {config['spec_url']})")
    print(f"rate limits: {'on' if config['rate_limits'] else 'off'}")
    for credential in config["credentials"]:
        scopes = ", ".join(credential["scopes"]) or "-"
        print(f"  {credential['scheme']:<16} {credential['value']:<40} scopes: {scopes}  {credential['description']}")
    if "webhook_secret" in config:
        print(f"webhook deliveries are signed (Standard Webhooks) with {config['webhook_secret']}")
    sys.stdout.flush()

    import uvicorn

    uvicorn.run(mock.app, host=args.host, port=args.port, log_level="warning")
    return 0


def describe(mock: Any, origin: str) -> dict[str, Any]:
    secret = getattr(mock, "webhook_secret", None)
    return ({"webhook_secret": secret} if secret else {}) | {
        "provider": mock.provider,
        "base_url": origin + mock.base_url.removeprefix("http://mock.local"),
        "spec_url": f"{origin}/openapi.json",
        "rate_limits": mock.settings.rate_limits,
        "credentials": [
            {"scheme": c.scheme, "value": c.value, "scopes": list(c.scopes), "description": c.description}
            for c in mock.credentials
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
