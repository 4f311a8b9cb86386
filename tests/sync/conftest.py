"""Fixtures for the sync tests: in-process mocks, a mock served over a real socket, and PostgreSQL."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from formclients.mocks import ProviderMock, create_mock
from formclients.sync import SyncOptions, run_sync

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def credential(mock: ProviderMock) -> str:
    """The demo credential that can read everything (Formr: the owner's session token)."""
    if mock.provider == "formr":
        return next(c.value for c in mock.credentials if c.scheme == "sessionToken")
    return mock.credentials[0].value


def in_process(mock: ProviderMock, tmp_path: Path, **options: Any) -> SyncOptions:
    """Options that sync `mock` in-process into a DuckDB file under tmp_path."""
    forms = options.pop("forms", ["form_signup", "form_intake"] if mock.provider == "formr" else [])
    return SyncOptions(
        mock.provider,
        forms=forms,
        to=options.pop("to", f"duckdb:///{tmp_path / 'sync.duckdb'}"),
        pipelines_dir=str(tmp_path / "pipelines"),
        transport=options.pop("transport", None) or mock.transport(),
        client_options={"token": credential(mock), "base_url": mock.base_url, "throttle": False, "retry": False}
        | options.pop("client_options", {}),
        **options,
    )


def sync(mock: ProviderMock, tmp_path: Path, **options: Any) -> dict[str, Any]:
    return run_sync(in_process(mock, tmp_path, **options))


class ServedMock:
    """A mock served by uvicorn on a free 127.0.0.1 port, in a thread of the test process (so
    the test can change its store directly while a sync runs in another process)."""

    def __init__(self, mock: ProviderMock) -> None:
        self.mock = mock
        self.server = uvicorn.Server(uvicorn.Config(mock.app, host="127.0.0.1", port=0, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServedMock:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the mock did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}" + self.mock.base_url.removeprefix("http://mock.local")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def served_formsite() -> Iterator[ServedMock]:
    with ServedMock(create_mock("formsite", rate_limits=False)) as served:
        yield served


@pytest.fixture
def formsite_env(served_formsite: ServedMock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ServedMock:
    """The served Formsite mock in the environment the CLI reads, run from tmp_path."""
    monkeypatch.setenv("FORMSITE_TOKEN", "fs_demo_token")
    monkeypatch.setenv("FORMSITE_BASE_URL", served_formsite.base_url)
    monkeypatch.chdir(tmp_path)
    return served_formsite


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL 15 on 127.0.0.1 (Debian's package), started here and stopped at the end.
    Skips loudly only when the binaries are missing and CI is unset; with CI set it fails."""
    if not (PG_BIN / "initdb").exists() or shutil.which("runuser") is None:
        message = f"PostgreSQL 15 binaries not found in {PG_BIN} (apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run these tests")
        pytest.skip("SKIPPED LOUDLY: " + message)
    root = Path(tempfile.mkdtemp(prefix="h8-sync-pg-", dir="/tmp"))
    data = root / "data"
    port = free_port()
    shutil.chown(root, "postgres", "postgres")

    def as_postgres(*command: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True, timeout=120)

    as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
    options = f"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off"
    as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_db(postgres_url: str) -> str:
    """A fresh database on the session's PostgreSQL server for one test."""
    import psycopg2

    name = f"sync_{os.getpid()}_{random.randrange(10**9)}"
    connection = psycopg2.connect(postgres_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"create database {name}")
    connection.close()
    return postgres_url.rsplit("/", 1)[0] + f"/{name}"
