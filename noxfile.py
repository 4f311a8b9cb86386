"""Development tasks. `python3 -m nox -l` lists them."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lint", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/ (args: provider names, --check, --force)."""
    session.install("-e", ".[generate]")
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: regenerate every client from its spec, then use each one."""
    session.install("-e", ".[generate,mock]")
    session.run("python", "scripts/generate.py", "--force")
    session.run("python", "scripts/demo.py")


@nox.session(python=PYTHON)
def sync_demo(session: nox.Session) -> None:
    """The main job: serve the five mocks, sync them all into ./formclients-demo.duckdb, print rows."""
    session.install("-e", ".[mock,sync]")
    session.run("python", "scripts/sync_demo.py", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict on formclients/ and generated/, and spec validation."""
    session.install("-e", ".[test]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("python", "scripts/generate.py", "--validate")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite (args go to pytest)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def mock(session: nox.Session) -> None:
    """Serve a provider's mock on 127.0.0.1 (args: PROVIDER [--port N] [--no-rate-limit] ...)."""
    session.install("-e", ".[mock]")
    session.run("formclients", "mock", *(session.posargs or ["formsite"]))


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks: figures and ratios measured side by side in one run (args go to scripts/bench.py)."""
    session.install("-e", ".[generate,mock,redis,sync]")
    session.run("python", "scripts/bench.py", *session.posargs)


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """The deep property run: the schemathesis CLI over HTTP against every served mock (args: --seed N ...)."""
    session.install("-e", ".[test,mock]")
    session.run("python", "scripts/fuzz.py", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The HTML API reference of the five clients and the runtime, with pdoc (args: --output DIR; default docs/api)."""
    session.install("-e", ".[docs]")
    session.run("python", "scripts/build_docs.py", *session.posargs)
