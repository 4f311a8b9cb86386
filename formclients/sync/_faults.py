"""Crash points for the crash test: a sync that SIGKILLs itself at the k-th point of a kind.

Test-only. Nothing happens unless `FORMCLIENTS_SYNC_CRASH` is set when a sync starts:

    FORMCLIENTS_SYNC_CRASH=load:2        kill -9 this process at the 2nd point of kind `load`
    FORMCLIENTS_SYNC_CRASH_TRACE=FILE    append each point passed to FILE (kind and count)

The kinds, in the order a load passes them: `request` (after each answered HTTP request),
`page` (after a page of records is read, before dlt has it), `normalize` (dlt starts
normalizing a package), `unextract` (dlt has committed the normalized package and is deleting
the extracted one: the kill comes after half its files are gone, as in a kill during that
delete), `load` (dlt checks its load jobs: while files are being loaded),
`commit` (the package is complete, before dlt writes its load record, with the pipeline
state, to the destination), `committed` (after that, before dlt marks the package loaded
locally) and `state` (dlt writes the pipeline state to its local files). A kill there is a
real `kill -9`: no handler, no cleanup, no flush.

dlt offers no hooks for the points inside normalize and load, so those are wrappers around
its methods, put in place only when a crash is asked for.
"""

from __future__ import annotations

import functools
import os
import signal
from collections import Counter
from typing import Any

ENV = "FORMCLIENTS_SYNC_CRASH"
TRACE_ENV = "FORMCLIENTS_SYNC_CRASH_TRACE"
KINDS = ("request", "page", "normalize", "unextract", "load", "commit", "committed", "state")

_target: tuple[str, int] | None = None
_trace: str | None = None
_passed: Counter[str] = Counter()
_installed = False


def arm_from_environment() -> None:
    """Read the environment (at the start of each sync) and reset the counts."""
    global _target, _trace
    spec, _trace = os.environ.get(ENV), os.environ.get(TRACE_ENV)
    _passed.clear()
    _target = None
    if spec:
        kind, _, number = spec.partition(":")
        if kind not in KINDS or not number.isdigit() or int(number) < 1:
            raise ValueError(f"{ENV}={spec!r}: expected KIND:K with KIND one of {', '.join(KINDS)} and K >= 1")
        _target = (kind, int(number))
    if _target or _trace:
        _install_dlt_points()


def crash_point(kind: str) -> None:
    if _target is None and _trace is None:
        return
    _passed[kind] += 1
    if _trace:
        with open(_trace, "a") as trace:
            trace.write(f"{kind}:{_passed[kind]}\n")
    if _target == (kind, _passed[kind]):
        os.kill(os.getpid(), signal.SIGKILL)


def _install_dlt_points() -> None:
    global _installed
    if _installed:
        return
    from dlt.common.storages.load_package import PackageStorage
    from dlt.common.storages.load_storage import LoadStorage
    from dlt.load.load import Load
    from dlt.normalize.normalize import Normalize
    from dlt.pipeline.pipeline import Pipeline

    _before(Normalize, "spool_files", "normalize")
    _halfway_through_delete(PackageStorage)
    _before(Load, "complete_jobs", "load")
    _before(Load, "complete_package", "commit")
    _before(LoadStorage, "complete_load_package", "committed")
    _before(Pipeline, "_save_state", "state")
    _installed = True


def _before(owner: type, name: str, kind: str) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        crash_point(kind)
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def _halfway_through_delete(owner: type) -> None:
    """At `unextract`, delete the first half of the extracted package's files (bottom-up, as a
    recursive delete goes) and then the crash point: a kill in the middle of dlt's delete."""
    original = owner.delete_package  # type: ignore[attr-defined]

    @functools.wraps(original)
    def wrapper(self: Any, load_id: str, *args: Any, **kwargs: Any) -> Any:
        if self.initial_state == "extracted":
            if _target == ("unextract", _passed["unextract"] + 1):
                root = os.path.join(self.storage.storage_path, self.get_package_path(load_id))
                entries = [
                    (os.path.join(top, name), name in dirs)
                    for top, dirs, files in os.walk(root, topdown=False)
                    for name in files + dirs
                ]
                for path, is_dir in entries[: len(entries) // 2]:
                    os.rmdir(path) if is_dir else os.unlink(path)
            crash_point("unextract")
        return original(self, load_id, *args, **kwargs)

    owner.delete_package = wrapper  # type: ignore[attr-defined]
