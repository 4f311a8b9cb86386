"""Subcommands of the `formclients` command, one module each (see formclients/cli.py)."""
