"""Kill scripts/atomic_install.py at every file-system step of an install, and of the recovery after it.

Run as `python crash_driver.py SCRIPTS_DIR WORK_DIR`; prints a JSON report. For each step k of an install
of two providers' outputs, a forked child installs with an audit hook that SIGKILLs it at step k; the
parent then checks the invariant: before recovery every output is old unless the journal holds a manifest;
after `recover()` every output of both providers is old, or every one is new, and the message says which.
For the first kill that leaves each kind of journal (with or without a manifest, new/ and old/), recovery
itself is killed at each of its steps, then run again.

Forking a single-threaded process per kill point keeps this fast (a few milliseconds each).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, sys.argv[1])
import atomic_install

WORK = Path(sys.argv[2])
EVENTS = {"os.rename", "os.remove", "os.rmdir", "os.mkdir", "shutil.copyfile", "open"}
OUTPUTS: dict[str, str | dict[str, str]] = {
    "alpha_client": {"__init__.py": "client", "api/forms.py": "forms", "api/items.py": "items"},
    "alpha_models": {"__init__.py": "models"},
    "alpha.inputs.sha256": "digest",
    "beta_client": {"__init__.py": "client", "api/entries.py": "entries"},
    "beta_models": {"__init__.py": "models", "py.typed": ""},
    "beta.inputs.sha256": "digest",
}
NAMES = list(OUTPUTS)


def write(root: Path, version: str) -> None:
    """Each output as `version` has it: the new version changes every file, adds one and drops one."""
    for name, content in OUTPUTS.items():
        if isinstance(content, str):
            (root / name).write_text(f"{version} {content}\n")
            continue
        files: dict[str, str] = dict(content)
        if version == "new":
            files.pop(next(iter(files)))
            files["added.py"] = "added"
        for relative, text in files.items():
            (root / name / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / name / relative).write_text(f"{version} {text}\n")


def snapshot(path: Path) -> dict[str, str]:
    if path.is_file():
        return {"": path.read_text()}
    return {p.relative_to(path).as_posix(): p.read_text() for p in sorted(path.rglob("*")) if p.is_file()}


def fresh() -> tuple[Path, Path]:
    shutil.rmtree(WORK / "case", ignore_errors=True)
    generated, staging = WORK / "case" / "generated", WORK / "case" / "staging"
    generated.mkdir(parents=True)
    staging.mkdir()
    write(generated, "old")
    write(staging, "new")
    return generated, staging


OLD: dict[str, dict[str, str]] = {}
NEW: dict[str, dict[str, str]] = {}


def versions(generated: Path) -> list[str]:
    """Per output: old, new, or torn (anything else, missing included)."""
    states = []
    for name in NAMES:
        seen = snapshot(generated / name) if (generated / name).exists() else None
        states.append("old" if seen == OLD[name] else "new" if seen == NEW[name] else "torn")
    return states


def killed_at(step: int, action: Callable[[], Any]) -> bool:
    """Run `action` in a forked child that is SIGKILLed at its `step`-th audited event; whether it was."""
    pid = os.fork()
    if pid == 0:
        count = 0

        def hook(event: str, args: tuple[Any, ...]) -> None:
            nonlocal count
            if event in EVENTS:
                count += 1
                if count == step:
                    os.kill(os.getpid(), signal.SIGKILL)

        sys.addaudithook(hook)
        action()
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def audited_events(action: Callable[[], Any]) -> list[str]:
    """The audited events `action` raises, in order (run in a forked child, so nothing here changes)."""
    read, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        seen: list[str] = []
        sys.addaudithook(lambda event, args: seen.append(event) if event in EVENTS else None)
        action()
        os.write(write_end, json.dumps(seen).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read) as pipe:
        events: list[str] = json.loads(pipe.read())
    os.waitpid(pid, 0)
    return events


def check_recovered(generated: Path, message: str | None, problems: list[str], where: str) -> str:
    states = set(versions(generated))
    if states not in ({"old"}, {"new"}):
        problems.append(f"{where}: after recovery the outputs are {versions(generated)}")
    if (generated / atomic_install.JOURNAL).exists():
        problems.append(f"{where}: the journal is still there after recovery")
    outcome = states.pop() if len(states) == 1 else "torn"
    if outcome == "new" and message is not None and "finished" not in message and "removed" not in message:
        problems.append(f"{where}: the outputs are new but recovery said {message!r}")
    if outcome == "old" and message is not None and "rolled back" not in message and "empty" not in message:
        problems.append(f"{where}: the outputs are old but recovery said {message!r}")
    return outcome


def main() -> None:
    generated, staging = fresh()
    OLD.update({name: snapshot(generated / name) for name in NAMES})
    NEW.update({name: snapshot(staging / name) for name in NAMES})
    events = audited_events(lambda: atomic_install.install(generated, staging, NAMES))
    steps = len(events)
    problems: list[str] = []
    outcomes = {"old": 0, "new": 0, "torn": 0}
    recovery_kills = 0
    recovery_killed: set[tuple[bool, bool, bool]] = set()
    for step in range(1, steps + 1):
        generated, staging = fresh()  # the same paths every time, so the lambdas below may use them
        if not killed_at(step, lambda: atomic_install.install(generated, staging, NAMES)):  # noqa: B023
            problems.append(f"step {step}: the installer was not killed")
            continue
        journal = generated / atomic_install.JOURNAL
        manifest = (journal / atomic_install.MANIFEST).is_file()
        if not manifest and set(versions(generated)) not in ({"old"}, {"new"}):
            problems.append(
                f"step {step}: no manifest to finish the install, yet the outputs are {versions(generated)}"
            )
        # Kill the recovery too, at each of its steps, for the first kill that leaves each kind of journal.
        kind = (manifest, (journal / "new").exists(), (journal / "old").exists())
        if journal.exists() and kind not in recovery_killed:
            recovery_killed.add(kind)
            shutil.copytree(WORK / "case", WORK / "after-kill")
            recovery_steps = len(audited_events(lambda: atomic_install.recover(generated)))  # noqa: B023
            for recovery_step in range(1, recovery_steps + 1):
                shutil.rmtree(WORK / "case")
                shutil.copytree(WORK / "after-kill", WORK / "case")
                if killed_at(recovery_step, lambda: atomic_install.recover(generated)):  # noqa: B023
                    recovery_kills += 1
                    check_recovered(
                        generated, atomic_install.recover(generated), problems, f"step {step}/{recovery_step}"
                    )
            shutil.rmtree(WORK / "case")
            shutil.copytree(WORK / "after-kill", WORK / "case")
            shutil.rmtree(WORK / "after-kill")
        message = atomic_install.recover(generated)
        outcomes[check_recovered(generated, message, problems, f"step {step}")] += 1
    kinds = {event: events.count(event) for event in sorted(set(events))}
    report = {"steps": steps, "kinds": kinds, "outcomes": outcomes, "recovery_kills": recovery_kills}
    print(json.dumps(report | {"problems": problems}))


if __name__ == "__main__":
    main()
