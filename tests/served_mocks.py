"""`formclients mock all --port 0 --print-env` as a user runs it: the five mocks in a process of their own,
and the environment variables the clients read, taken from what the command prints."""

from __future__ import annotations

import os
import queue
import shlex
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

STARTUP = 60.0  # seconds; two shared cores can be slow to import the mocks
PREFIXES = ("COGNITO_FORMS", "FORMSITE", "FORMESTER", "COGRAM", "FORMR")


@contextmanager
def served_mocks(formclients: str | os.PathLike[str], *options: str) -> Iterator[dict[str, str]]:
    """Serve the five mocks with `formclients` (the path of a `formclients` command) and yield the
    variables `--print-env` printed (FORMSITE_BASE_URL, FORMSITE_TOKEN, ... FORMCLIENTS_LIMITER).
    On exit the mocks are stopped with Ctrl-C (SIGINT), which must end them cleanly."""
    command = [os.fspath(formclients), "mock", "all", "--port", "0", "--print-env", *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str | None] = queue.Queue()
    stderr: list[str] = []

    def read_stdout() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    def read_stderr() -> None:
        assert process.stderr is not None
        stderr.extend(process.stderr)

    readers = [threading.Thread(target=read, daemon=True) for read in (read_stdout, read_stderr)]
    for reader in readers:
        reader.start()
    try:
        yield exports(lines, deadline=time.monotonic() + STARTUP, stderr=stderr)
    finally:
        stop(process)
        for reader in readers:
            reader.join(10)
    if process.returncode != 0 or any("Traceback" in line for line in stderr):
        raise AssertionError(f"{shlex.join(command)} did not stop cleanly ({process.returncode}): {''.join(stderr)}")


def exports(lines: queue.Queue[str | None], *, deadline: float, stderr: Sequence[str]) -> dict[str, str]:
    env: dict[str, str] = {}
    while not all(f"{prefix}_TOKEN" in env for prefix in PREFIXES):
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"no exports within {STARTUP:.0f} s: {''.join(stderr)}") from None
        if line is None:
            raise AssertionError(f"the mocks exited before serving: {''.join(stderr)}")
        words = shlex.split(line)
        assert words[0] == "export", f"stdout holds only export lines, not {line!r}"
        name, _, value = words[1].partition("=")
        env[name] = value
    return env


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
