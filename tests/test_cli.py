"""The `formclients` command, run as a user runs it: in a subprocess, against real sockets."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

FORMCLIENTS = str(Path(sys.executable).with_name("formclients"))
STARTUP = 60.0  # seconds; generous for a loaded CI machine (importing jsonschema's format checkers is slow)


class Running:
    """A `formclients` process whose output lines are collected as they come."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [FORMCLIENTS, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
        )
        self.out: queue.Queue[str] = queue.Queue()
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        for stream, sink in ((self.process.stdout, self.stdout), (self.process.stderr, self.stderr)):
            threading.Thread(target=self._read, args=(stream, sink), daemon=True).start()

    def _read(self, stream: object, sink: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            sink.append(line)
            self.out.put(line)

    def wait_for(self, pattern: str, timeout: float = STARTUP) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.stdout + self.stderr:
                found = re.search(pattern, line)
                if found:
                    return found
            if self.process.poll() is not None and self.out.empty():
                break
            with contextlib.suppress(queue.Empty):
                self.out.get(timeout=0.1)
        raise AssertionError(f"no {pattern!r} in {self.stdout + self.stderr}")

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 20) -> int:
        self.process.send_signal(sig)
        code = self.process.wait(timeout)
        time.sleep(0.1)  # let the reader threads take the last lines
        return code


@pytest.fixture
def running() -> Iterator[list[Running]]:
    started: list[Running] = []
    yield started
    for process in started:
        if process.process.poll() is None:
            process.process.kill()
            process.process.wait(10)


def start(running: list[Running], *args: str) -> Running:
    process = Running(*args)
    running.append(process)
    return process


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([FORMCLIENTS, *args], capture_output=True, text=True, timeout=STARTUP, env=env)


def test_version_help_and_python_dash_m() -> None:
    version = run("--version")
    assert (version.returncode, version.stdout) == (0, "formclients 0.1.0\n")
    bare = run()
    assert bare.returncode == 0 and "usage: formclients" in bare.stdout and "mock" in bare.stdout
    module = subprocess.run([sys.executable, "-m", "formclients", "--version"], capture_output=True, text=True)
    assert (module.returncode, module.stdout) == (0, "formclients 0.1.0\n")


def test_describe_prints_the_demo_data_and_exits() -> None:
    described = run("mock", "formr", "--describe")
    assert described.returncode == 0, described.stderr
    assert "environment: production" in described.stdout and "sk_live_demo_4eC39HqLyjWDarjtT1zdp7dc" in described.stdout
    assert "required:" in described.stdout
    as_json = json.loads(run("mock", "cognito_forms", "--describe", "--json").stdout)
    assert as_json["provider"] == "cognito_forms" and as_json["data"]["forms"][0]["required"]
    assert all(credential["scopes"] is not None for credential in as_json["credentials"])


def test_port_0_announces_the_url_it_serves_and_sigterm_stops_it_cleanly(running: list[Running]) -> None:
    mock = start(running, "mock", "cognito_forms", "--port", "0", "--log-requests")
    base_url = mock.wait_for(r"cognito_forms mock at (http://127\.0\.0\.1:(\d+)\S*)").group(1)
    mock.wait_for("Ctrl-C to stop")
    assert not base_url.endswith(":0")
    key = mock.wait_for(r"^  bearerAuth +(\S+) +scopes: forms:read, forms:write, entries:read").group(1)
    assert httpx.get(f"{base_url}/api/forms", params={"access_token": key}, timeout=10).status_code == 200
    mock.wait_for(r"cognito_forms GET /api/forms\?access_token=\[REDACTED\] -> 200 in [0-9.]+ ms \[accessToken sha256:")
    host, port = re.findall(r"http://([\d.]+):(\d+)", base_url)[0]
    with socket.create_connection((host, int(port))) as connection:  # a client that leaves mid-body
        connection.sendall(b"POST /api/forms/1/entries HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
    assert httpx.get(f"{base_url}/_mock/clock", timeout=10).json()["flows"] is True
    assert mock.stop(signal.SIGTERM) == 0
    logged = [line for line in mock.stderr if " GET " in line or " POST " in line]
    assert logged and not any(key in line for line in logged), "the request log never shows the key"
    output = "".join(mock.stdout + mock.stderr)
    assert "Traceback" not in output and "Exception" not in output, output


def test_a_taken_port_fails_with_one_line_and_exit_code_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("mock", "formsite", "--port", str(port))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"error: cannot listen on 127.0.0.1:{port}: it is in use\n"


def test_mock_all_serves_the_five_on_consecutive_ports_and_ctrl_c_stops_them(running: list[Running]) -> None:
    mock = start(running, "mock", "all", "--port", "0", "--no-rate-limit")
    mock.wait_for("Ctrl-C to stop")
    urls = dict(re.findall(r"^(\w+) mock at (http://\S+)$", "".join(mock.stdout), flags=re.MULTILINE))
    assert sorted(urls) == ["cognito_forms", "cogram", "formester", "formr", "formsite"]
    ports = sorted(int(re.findall(r":(\d+)", url)[0]) for url in urls.values())
    assert ports == list(range(ports[0], ports[0] + 5))
    for provider, url in urls.items():
        origin = re.match(r"http://[^/]+", url)
        assert origin is not None
        assert httpx.get(f"{origin.group(0)}/_mock/", timeout=10).json()["provider"] == provider
    assert mock.stop(signal.SIGINT) == 0
    assert "Traceback" not in "".join(mock.stderr), mock.stderr


def test_a_stop_signal_as_soon_as_the_banner_is_out_exits_cleanly_and_removes_the_store(
    running: list[Running],
) -> None:
    # A script that reads the first export line and stops the mock at once: the signal arrives before
    # the event loop runs; it used to kill the process (-15) and leave the limiter store behind.
    mock = start(running, "mock", "formr", "--port", "0", "--print-env")
    store = Path(mock.wait_for("^export FORMCLIENTS_LIMITER=sqlite://(\\S+)/limiter.sqlite3$").group(1))
    assert mock.stop() == 0, mock.stderr
    assert not store.exists()


def test_print_env_gives_the_variables_the_clients_read(running: list[Running]) -> None:
    mock = start(running, "mock", "formsite", "--port", "0", "--print-env")
    mock.wait_for("Ctrl-C to stop")  # on stderr; the exports are on stdout, read by another thread
    mock.wait_for("^export FORMSITE_TOKEN=")
    exports = [line for line in mock.stdout if line.startswith("export ")]
    assert [line.split("=")[0] for line in exports] == [
        "export FORMCLIENTS_LIMITER",
        "export FORMSITE_BASE_URL",
        "export FORMSITE_TOKEN",
    ]
    assert len(mock.stdout) == 3, "stdout holds only the export lines; the banner is on stderr"
    variables = dict(shlex.split(line.removeprefix("export "))[0].split("=", 1) for line in exports)
    # Windows and quotas of the demo credentials live as long as this mock, not in the user's store.
    store = Path(variables["FORMCLIENTS_LIMITER"].removeprefix("sqlite://")).parent
    assert store.is_dir() and store.name.startswith("formclients-mock-")
    counted = subprocess.run(
        [
            sys.executable,
            "-c",
            "import formsite_client; print(sum(1 for _ in formsite_client.Formsite().results.iter_items('contact')))",
        ],
        capture_output=True,
        text=True,
        timeout=STARTUP,
        env={**os.environ, **variables},
    )
    assert counted.stdout == "250\n", counted.stderr
    cognito = start(running, "mock", "cognito_forms", "--port", "0", "--print-env")
    secret = cognito.wait_for("^export COGNITO_FORMS_WEBHOOK_SECRET=(whsec_\\S+)$").group(1)
    assert cognito.wait_for(f"signed \\(Standard Webhooks\\) with {re.escape(secret)}"), "the one the mock signs with"
    assert cognito.stop() == 0
    assert (store / "limiter.sqlite3").is_file(), "the client counted in the mock's store"
    assert mock.stop() == 0
    assert not store.exists(), "the store goes with the mock"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["mock", "typeform"],
            "error: no mock for 'typeform'; choose one of cognito_forms, formsite, formester, cogram, formr or all\n",
        ),
        (["mock", "formsite", "--data-scale", "0"], "error: --data-scale must be at least 1, not 0\n"),
        (
            ["mock", "formsite", "--webhook-allow", "http://x"],
            "error: webhook allow-list entry 'http://x' is neither a host name, an address nor a CIDR network\n",
        ),
    ],
)
def test_bad_arguments_get_one_line_and_exit_code_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert (result.returncode, result.stderr, result.stdout) == (2, message, "")


def test_without_the_mock_extra_one_line_names_the_install_command() -> None:
    with socket.socket() as taken:  # even when the port is taken too: the missing extra is what to fix first
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        blocked = (
            "import sys; sys.modules['starlette'] = None; from formclients.cli import main;"
            f"sys.exit(main(['mock', 'formsite', '--port', '{port}']))"
        )
        result = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True, timeout=STARTUP)
    assert result.returncode == 2
    assert (
        result.stderr
        == "error: the mocks need the mock extra (no module 'starlette'); run: pip install 'formclients[mock]'\n"
    )
