"""Every code block of the README runs, unchanged, against the mocks, twice in a row, and prints something.

The blocks run in order in one scratch directory (where `examples/` and `scripts/` are at hand, as in a
checkout), with the environment `formclients mock all --port 0 --print-env` prints, as a user's shell
would have it after the README's Quickstart:

- `python`: a script of its own (`python block.py`) that must exit 0 and print; a block whose first line
  names a test file (`# test_x.py: ...`) is saved under that name and run by pytest, which must pass;
- `bash`: run by bash (`set -e`); a line that serves mocks in the foreground (`formclients mock ...`) runs
  as a process of its own until it has announced its URL, then gets Ctrl-C and must exit cleanly;
  whatever a block starts in the background is stopped after it;
- `output`: sample output: each line (`...` matching anything) must appear in the previous block's output;
- `text`: neither code nor output (the layout), not run.

A block that cannot run by nature says so in its first line, `# Not run by the README test: REASON`.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.served_mocks import served_mocks

README = ROOT / "README.md"
NOT_RUN = re.compile(r"^# Not run by the README test: (?P<reason>\S.{19,})$")
TEST_FILE = re.compile(r"^# (?P<name>test_\w+\.py)\b")
SERVES = re.compile(r"^formclients mock (?!.*(--describe|--help|--print-config))[^&]*$")
TIMEOUT = 300.0  # seconds for one block; the main job (nox -s sync_demo) builds a venv on a fresh clone
MAX_NOT_RUN = 4


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence in README.md
    language: str
    code: str

    @property
    def not_run(self) -> str | None:
        found = NOT_RUN.match(self.code.partition("\n")[0])
        return found.group("reason") if found else None

    def __str__(self) -> str:
        return f"README.md:{self.line} ({self.language})"


def blocks(text: str) -> list[Block]:
    found = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE):
        found.append(Block(text.count("\n", 0, match.start()) + 1, match.group(1), match.group(2)))
    return found


BLOCKS = blocks(README.read_text(encoding="utf-8"))


@dataclass
class Ran:
    block: Block
    output: str  # stdout and stderr


def run_python(block: Block, cwd: Path, env: dict[str, str]) -> Ran:
    named = TEST_FILE.match(block.code)
    if named:
        path = cwd / named.group("name")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", path.name]
    else:
        path = cwd / f"readme_{block.line}.py"
        command = [sys.executable, path.name]
    path.write_text(block.code, encoding="utf-8")
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, f"{block} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    assert done.stdout.strip(), f"{block} printed nothing:\n{done.stderr}"
    if named:
        assert re.search(r"^\d+ passed", done.stdout.splitlines()[-1]), done.stdout
    return Ran(block, done.stdout + done.stderr)


def segments(code: str) -> Iterator[tuple[bool, str]]:
    """(serves, code): each foreground `formclients mock` line alone, the lines between them together."""
    script: list[str] = []
    for line in code.splitlines():
        if SERVES.match(line.partition("  #")[0].strip()):
            if script:
                yield False, "\n".join(script)
                script = []
            yield True, line
        else:
            script.append(line)
    if script:
        yield False, "\n".join(script)


def run_bash(block: Block, cwd: Path, env: dict[str, str]) -> Ran:
    output = []
    for serves, code in segments(block.code):
        output.append(serve(block, code, cwd, env) if serves else script(block, code, cwd, env))
    text = "".join(output)
    assert text.strip(), f"{block} printed nothing"
    return Ran(block, text)


def script(block: Block, code: str, cwd: Path, env: dict[str, str]) -> str:
    # Output goes to a file, not a pipe: a mock the block leaves in the background would hold a pipe open.
    log = cwd / f"script_{block.line}.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            ["bash", "-e", "-c", code],
            cwd=cwd,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: what it leaves in the background is stopped below
        )
        try:
            process.wait(TIMEOUT)
        finally:
            stop_group(process.pid)
    output = log.read_text()
    assert process.returncode == 0, f"{block} exited {process.returncode}:\n{code}\n{output}"
    return output


def serve(block: Block, line: str, cwd: Path, env: dict[str, str]) -> str:
    """A mock served in the foreground: wait for its banner, then Ctrl-C, as a user would."""
    log = cwd / f"serve_{block.line}.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            ["bash", "-c", f"exec {line}"], cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 120
        while "Ctrl-C to stop" not in log.read_text() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        announced = "Ctrl-C to stop" in log.read_text()
        process.send_signal(signal.SIGINT)
        code = process.wait(30)
    output = log.read_text()
    assert announced and re.search(r" mock at http://127\.0\.0\.1:\d+", output), f"{block}: {line}\n{output}"
    assert code == 0 and "Traceback" not in output, f"{block}: {line} did not stop cleanly ({code}):\n{output}"
    return output


def stop_group(pid: int) -> None:
    """Ctrl-C to what a block left running (a mock started with `&`), then SIGKILL to what ignores it."""
    for sig, grace in ((signal.SIGINT, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                os.killpg(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


def check_sample(block: Block, previous: Ran | None) -> None:
    assert previous is not None, f"{block}: sample output needs a block before it"
    for line in block.code.splitlines():
        pattern = ".*".join(re.escape(part) for part in line.split("..."))
        assert re.search(pattern, previous.output), f"{block}: {line!r} is not in the output of {previous.block}"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch directory that looks like the checkout to the blocks (examples/, scripts/ at hand)."""
    where = tmp_path_factory.mktemp("readme")
    for name in ("examples", "scripts", "specs"):
        (where / name).symlink_to(ROOT / name)
    return where


def test_every_block_runs_twice_against_the_mocks(workdir: Path) -> None:
    with served_mocks(Path(sys.executable).parent / "formclients") as exported:
        env = {**os.environ, **exported, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
        env.pop("FORMCLIENTS_LOG", None)
        for _ in range(2):
            previous: Ran | None = None
            for block in BLOCKS:
                if block.not_run:
                    continue
                # The main job runs in the checkout itself: nox reads noxfile.py there and installs from it.
                cwd = ROOT if "nox -s sync_demo" in block.code else workdir
                if block.language == "python":
                    previous = run_python(block, cwd, env)
                elif block.language == "bash":
                    previous = run_bash(block, cwd, env)
                elif block.language == "output":
                    check_sample(block, previous)


def test_blocks_are_python_bash_or_sample_output() -> None:
    assert {block.language for block in BLOCKS} <= {"python", "bash", "output", "text"}
    assert sum(block.language in ("python", "bash") for block in BLOCKS) >= 15


def test_the_few_blocks_that_do_not_run_say_why() -> None:
    marked = [block for block in BLOCKS if "Not run" in block.code.partition("\n")[0]]
    assert all(block.not_run for block in marked), [str(b) for b in marked if not b.not_run]
    assert 1 <= len(marked) <= MAX_NOT_RUN, [f"{block}: {block.not_run}" for block in marked]


def test_the_first_command_is_the_main_job() -> None:
    first = next(block for block in BLOCKS if block.language == "bash")
    assert "nox -s sync_demo" in first.code and not first.not_run


def test_install_commands_work_from_a_checkout() -> None:
    installs = [line for block in BLOCKS for line in block.code.splitlines() if "pip install '" in line]
    assert installs and all("pip install '." in line for line in installs), installs
