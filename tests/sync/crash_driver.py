"""Runs `formclients sync` in forked children for the crash test, one per line of stdin.

The driver imports the sync (dlt, the clients, DuckDB, psycopg2) once; each run is a child
forked from it, so a round costs the sync's work and not Python's start-up. A child is a real
process: it is killed by SIGKILL (its own crash point, `FORMCLIENTS_SYNC_CRASH`, or the
driver's timer), with no handler, cleanup or flush.

stdin, one JSON object a line: {"args": [...], "env": {...}, "kill_after": seconds | null}
stdout, one JSON object a line: {"signal": N | null, "code": N | null, "seconds": S}
The child's own output goes to the files named in env FORMCLIENTS_TEST_OUT / _ERR.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from typing import Any

import dlt.destinations.impl.duckdb.duck
import dlt.destinations.impl.postgres.postgres
import dlt.load.load
import dlt.normalize.normalize  # noqa: F401
import duckdb  # noqa: F401
import formsite_client  # noqa: F401
import psycopg2  # noqa: F401

import formclients.sync  # noqa: F401
from formclients.cli import main


def run(command: dict[str, Any]) -> dict[str, object]:
    args: list[str] = command["args"]
    env: dict[str, str] = command.get("env") or {}
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: a sync, then exit without running the driver's cleanup
        code = 70
        try:
            os.environ.update(env)
            for stream, name in ((1, "FORMCLIENTS_TEST_OUT"), (2, "FORMCLIENTS_TEST_ERR")):
                fd = os.open(os.environ[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
                os.dup2(fd, stream)
            code = main(args)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    kill_after = command.get("kill_after")
    status: int | None = None
    if isinstance(kill_after, int | float):
        deadline = started + kill_after
        while status is None and time.monotonic() < deadline:
            done, polled = os.waitpid(pid, os.WNOHANG)
            status = polled if done else None
            time.sleep(0.002)
        if status is None:
            os.kill(pid, signal.SIGKILL)
    if status is None:
        _, status = os.waitpid(pid, 0)
    return {
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "seconds": round(time.monotonic() - started, 3),
    }


if __name__ == "__main__":
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        print(json.dumps(run(json.loads(line))), flush=True)
