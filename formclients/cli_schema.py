"""`formclients schema PROVIDER FORM`: write a typed pydantic model module for one form's answers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .cli_sync import SYNC_EXTRA_MISSING, fail, has_sync_extra


def add_parser(commands: Any) -> None:
    schema = commands.add_parser("schema", help="write a typed pydantic model for one form's answers")
    schema.add_argument("provider", help="cognito_forms, formsite, formester or formr")
    schema.add_argument("form", help="the form's id (Formsite directory, Formr FORM[@ENVIRONMENT], ...)")
    schema.add_argument("-o", "--output", help="write the module here (default: standard output)")
    schema.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not has_sync_extra():
        return fail(SYNC_EXTRA_MISSING)
    import httpx

    from .sync._schema import discover, render_model
    from .sync.providers import connect

    try:
        api, client = connect(args.provider, httpx.HTTPTransport(), forms=[args.form])
        with client:
            module = render_model(discover(api, args.form))
    except Exception as error:
        return fail(f"{args.provider}: {error}")
    if args.output:
        Path(args.output).write_text(module, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(module)
    return 0
