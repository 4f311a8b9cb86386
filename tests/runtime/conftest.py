"""A real redis-server for the limiter tests: started on 127.0.0.1 on a free port, stopped by its PID."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.pool import Pool
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RedisServer:
    url: str
    pidfile: Path

    @property
    def pid(self) -> int:
        return int(self.pidfile.read_text().strip())

    def stop(self) -> None:
        try:
            pid = self.pid
        except FileNotFoundError:
            return
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if not running(pid):
                return
            time.sleep(0.02)
        os.kill(pid, signal.SIGKILL)


def running(pid: int) -> bool:
    """Whether `pid` still runs (a daemon that exited may linger as a zombie until init reaps it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def start_redis(directory: Path) -> RedisServer:
    """Start a redis-server of our own; skip (locally) or fail (in CI) when there is none."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed and CI is set: .ci/run must install the redis-server package")
        pytest.skip("REDIS LIMITER TESTS SKIPPED: redis-server is not installed (apt-get install redis-server)")
    directory.mkdir(parents=True, exist_ok=True)
    port = free_port()
    pidfile = directory / f"redis-{port}.pid"
    options = {"port": port, "bind": "127.0.0.1", "save": "", "appendonly": "no", "dir": directory}
    options |= {"daemonize": "yes", "pidfile": pidfile}
    subprocess.run(
        [binary, *(part for name, value in options.items() for part in (f"--{name}", str(value)))],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    server = RedisServer(f"redis://127.0.0.1:{port}/0", pidfile)
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG") and pidfile.exists():
                    return server
        except OSError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            pytest.fail(f"redis-server on port {port} did not answer within 10 s")
        time.sleep(0.05)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = start_redis(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session's Redis, emptied for this test."""
    import redis

    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    client.close()
    return redis_server.url


@pytest.fixture(scope="session")
def process_pool() -> Iterator[Pool]:
    """Four worker processes (spawned, as on every platform) for the multi-process tests, each with
    the runtime imported before any test counts on them starting together."""
    import importlib
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(4, importlib.import_module, ("formclients.runtime",)) as pool:
        pool.map(time.sleep, [0.25] * 8, chunksize=1)  # returns once the workers are up and have taken turns
        yield pool
