"""Swap freshly generated outputs into generated/ all at once, surviving a kill at any instant.

The install is a small write-ahead journal in `generated/.install/` (on the same filesystem as the
outputs, so every move is an atomic rename):

  1. copy each new output into `.install/new/`;
  2. write `.install/manifest.json` (to a temporary name, then renamed): the commit point;
  3. for each output: move the current one to `.install/old/`, then the new one into place;
  4. delete `.install/new/` (empty by now) and `.install/old/`, then the manifest, then `.install/`.

A kill before 2 leaves every output old: `recover` deletes the journal (a roll back). A kill after 2
leaves a manifest: `recover` finishes step 3 (a roll forward; each move is done at most once, so
finishing is safe however far the interrupted run got), then step 4. Either way every output is
wholly old or wholly new once `recover` has run, and the caller says which it was.

Atomic against a killed process, not against power loss: nothing is fsynced but the manifest.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

JOURNAL = ".install"
MANIFEST = "manifest.json"


@contextlib.contextmanager
def locked(directory: Path) -> Iterator[None]:
    """One installer (or checker) at a time: an exclusive lock on the directory itself (no lock file)."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another scripts/generate.py to finish with {directory.name}/ ...", flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def recover(directory: Path) -> str | None:
    """Finish or roll back an install that was interrupted; say what was done (None: nothing to do)."""
    journal = directory / JOURNAL
    if not journal.exists():
        return None
    new = journal / "new"
    if (journal / MANIFEST).is_file():
        names = json.loads((journal / MANIFEST).read_text(encoding="utf-8"))["names"]
        pending = [name for name in names if (new / name).exists()]
        _roll_forward(directory, journal, names)
        _finish(journal)
        if pending:
            return f"finished an interrupted install into {directory.name}/: {', '.join(pending)} replaced"
        return f"removed what a completed install left in {directory.name}/{JOURNAL}/"
    if new.exists():
        shutil.rmtree(new)  # before the rest: killed here, the next run still sees a roll back to do
        shutil.rmtree(journal)
        return f"rolled back an interrupted install into {directory.name}/: nothing had been replaced"
    shutil.rmtree(journal)  # no manifest and no new/: nothing in it was ever, or is any longer, needed
    return f"removed an empty install journal from {directory.name}/{JOURNAL}/"


def install(directory: Path, staging: Path, names: Sequence[str]) -> None:
    """Replace directory/<name> by staging/<name> for every name, all or nothing (see the module docstring)."""
    journal = directory / JOURNAL
    if journal.exists():
        raise RuntimeError(f"{journal} exists: call recover() first")
    journal.mkdir()
    (journal / "old").mkdir()
    (journal / "new").mkdir()
    for name in names:
        source, copy = staging / name, journal / "new" / name
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            shutil.copy2(source, copy)
    _write_manifest(journal, names)
    _roll_forward(directory, journal, names)
    _finish(journal)


def _finish(journal: Path) -> None:
    """Delete the journal of a completed install, the manifest last but one, so a kill part way reads as completed."""
    if (journal / "new").exists():
        (journal / "new").rmdir()  # empty: every new output has moved into place
    if (journal / "old").exists():
        shutil.rmtree(journal / "old")
    (journal / MANIFEST).unlink()
    journal.rmdir()


def _write_manifest(journal: Path, names: Sequence[str]) -> None:
    temporary = journal / f"{MANIFEST}.tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump({"names": list(names)}, file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, journal / MANIFEST)


def _roll_forward(directory: Path, journal: Path, names: Sequence[str]) -> None:
    for name in names:
        new, target = journal / "new" / name, directory / name
        if not new.exists():
            continue  # already in place
        if target.exists():
            os.replace(target, journal / "old" / name)
        os.replace(new, target)
