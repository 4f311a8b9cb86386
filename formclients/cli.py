"""The `formclients` command: a small dispatcher over subcommands that live in their own modules.

Adding a subcommand: write a module with a function that adds its parser to the argparse
subparsers and sets `run` (a function of the parsed arguments returning the exit code), then
add "module:function" to COMMANDS. A command module imports only what is cheap at import time
(its optional dependencies inside `run`), so that `formclients --help` works without any extra
installed and one missing extra never breaks another command.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from formclients import __version__

COMMANDS = (
    "formclients.commands.mock:register",  # formclients mock PROVIDER|all
    "formclients.cli_sync:add_parser",  # formclients sync PROVIDER|all
    "formclients.cli_schema:add_parser",  # formclients schema PROVIDER FORM
    "formclients.drift.verify:add_parser",  # formclients verify FILE.har
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="formclients",
        description="Typed clients, local mocks and tools for Cognito Forms, Formsite, Formester, Cogram and Formr.",
    )
    parser.add_argument("--version", action="version", version=f"formclients {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for entry in COMMANDS:
        module, _, function = entry.partition(":")
        getattr(importlib.import_module(module), function)(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:  # bare `formclients`
        parser.print_help()
        return 0
    code: int = run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
