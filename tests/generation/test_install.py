"""Installing into generated/ is crash-atomic, the next run finishes or rolls back an interrupted install and
says so, and no scratch space lands in the project tree."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from ..conftest import ROOT
from .conftest import HERE, run_generate, tree_digest, tree_listing


def crash_report(scripts: Path, work: Path) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, str(HERE / "crash_driver.py"), str(scripts), str(work)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_a_kill_at_any_step_leaves_every_output_old_or_every_output_new(tmp_path: Path) -> None:
    report = crash_report(ROOT / "scripts", tmp_path)
    assert report["problems"] == []
    assert report["kinds"]["os.rename"] >= 12, "killed at every rename: two per output, six outputs"
    assert report["outcomes"]["old"] > 0 and report["outcomes"]["new"] > 0, "both a roll back and a roll forward"
    assert report["recovery_kills"] > 0


# What scripts/generate.py did before the journal: two renames per output, one provider after the other.
TWO_RENAMES = textwrap.dedent(
    """
    import os

    JOURNAL = ".install"
    MANIFEST = "manifest.json"

    def recover(directory):
        return None

    def install(directory, staging, names):
        for name in names:
            target = directory / name
            if target.exists():
                os.replace(target, staging / f"{name}.old")
            os.replace(staging / name, target)
    """
)


def test_the_crash_check_catches_a_torn_install(tmp_path: Path) -> None:
    (tmp_path / "naive").mkdir()
    (tmp_path / "naive" / "atomic_install.py").write_text(TWO_RENAMES)
    report = crash_report(tmp_path / "naive", tmp_path / "work")
    assert any("torn" in problem for problem in report["problems"]), report


KILL_AT_RENAME = textwrap.dedent(
    """
    import os, signal, sys
    sys.argv = [sys.argv[1], *sys.argv[3:]]
    sys.path.insert(0, os.path.dirname(sys.argv[0]))
    renames = 0
    def hook(event, args):
        global renames
        if event == "os.rename":
            renames += 1
            if renames == int(os.environ["KILL_AT_RENAME"]):
                os.kill(os.getpid(), signal.SIGKILL)
    import generate
    sys.addaudithook(hook)
    sys.exit(generate.main())
    """
)


def kill_generate_at_rename(checkout: Path, rename: int, *args: str) -> subprocess.CompletedProcess[str]:
    """scripts/generate.py of `checkout`, SIGKILLed at its `rename`-th rename."""
    return subprocess.run(
        [sys.executable, "-c", KILL_AT_RENAME, str(checkout / "scripts" / "generate.py"), "--", *args],
        capture_output=True,
        text=True,
        cwd=checkout,
        check=False,
        env={**os.environ, "KILL_AT_RENAME": str(rename)},
    )


def test_the_next_run_finishes_an_install_killed_half_way_and_says_so(checkout: Path) -> None:
    spec = checkout / "specs" / "formsite.yaml"
    spec.write_text(spec.read_text().replace("title: Formsite API", "title: Formsite API (edited)", 1))
    listing = tree_listing(checkout)

    # Renames: the manifest, then two per output (client, models, digest): the 4th is half way through.
    killed = kill_generate_at_rename(checkout, 4, "formsite")
    assert killed.returncode == -9, killed.stderr
    assert (checkout / "generated" / ".install" / "manifest.json").is_file()

    result = run_generate(checkout)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("finished an interrupted install into generated/"), result.stdout
    assert "formsite: up to date" in result.stdout, "the finished install is exactly the new spec's output"
    assert "(edited)" in (checkout / "generated" / "formsite_client" / "client.py").read_text()
    assert tree_listing(checkout) == listing, "nothing, scratch space included, is left in the tree"


def test_the_next_check_rolls_back_an_install_killed_before_it_replaced_anything(checkout: Path) -> None:
    before = tree_digest(checkout / "generated")
    spec = checkout / "specs" / "formsite.yaml"
    original = spec.read_text()
    spec.write_text(original.replace("title: Formsite API", "title: Formsite API (edited)", 1))

    killed = kill_generate_at_rename(checkout, 1, "formsite")  # the manifest's rename: the commit point
    assert killed.returncode == -9, killed.stderr
    assert tree_digest(checkout / "generated") != before, "the journal holds a copy of the new output"

    spec.write_text(original)
    result = run_generate(checkout, "--check", "formsite")
    assert result.stdout.splitlines()[0].startswith("rolled back an interrupted install into generated/"), result
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree_digest(checkout / "generated") == before


def test_a_second_run_waits_for_the_first(checkout: Path) -> None:
    """Two runs never interleave their installs: the second waits on a lock held on generated/ itself."""
    directory = os.open(checkout / "generated", os.O_RDONLY)
    fcntl.flock(directory, fcntl.LOCK_EX)  # as a run that is installing holds it
    try:
        waiting = subprocess.Popen(
            [sys.executable, str(checkout / "scripts" / "generate.py"), "formsite"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=checkout,
        )
        assert waiting.stdout is not None
        assert waiting.stdout.readline().startswith("waiting for another scripts/generate.py to finish")
        assert waiting.poll() is None
    finally:
        os.close(directory)  # releases the lock
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert "formsite: up to date" in out
