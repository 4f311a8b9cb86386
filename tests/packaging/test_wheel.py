"""The project as a user gets it: the wheel built from this checkout, installed (not editable) into a
fresh venv with the mock extra. There, `mypy --strict` on the examples and the README's Python blocks
(copied out of the repository, so no project config applies) finds 0 errors, and every example runs
against `formclients mock all` served by that venv's own CLI, twice in a row.

This is what guards the users' view of the types: the project's own mypy config checks generated/ as
source (through mypy_path), which would not notice a package that the wheel leaves out or ships without
its py.typed. Slow by nature (a venv and a pip install: about a minute); in CI pip downloads from PyPI.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.served_mocks import served_mocks
from tests.test_readme import BLOCKS, TEST_FILE

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
PACKAGES = [
    "formclients",
    *(
        f"{p}_{kind}"
        for p in ("cognito_forms", "formsite", "formester", "cogram", "formr")
        for kind in ("client", "models")
    ),
]


def run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    done = subprocess.run(
        [os.fspath(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv holding the wheel built from this checkout, with the mock extra, and mypy."""
    where = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", where / "dist", ROOT)
    (wheel,) = (where / "dist").glob("formclients-*.whl")
    run(sys.executable, "-m", "venv", where / "venv")
    python = where / "venv" / "bin" / "python"
    # The versions the project checks itself with; pytest for the README's example test file.
    tools = [f"{name}=={importlib.metadata.version(name)}" for name in ("mypy", "pytest")]
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{wheel}[mock]", *tools)
    yield where / "venv"


def test_the_wheel_installs_every_package_typed_and_not_editable(venv: Path) -> None:
    code = "import importlib, pathlib\n" + "".join(
        f"print(pathlib.Path(importlib.import_module({name!r}).__file__).parent)\n" for name in PACKAGES
    )
    where = run(venv / "bin" / "python", "-c", code, cwd=venv).splitlines()
    site = next((venv / "lib").glob("python3*/site-packages"))
    assert [Path(path) for path in where] == [site / name for name in PACKAGES], "installed from the wheel"
    assert all((site / name / "py.typed").is_file() for name in PACKAGES)


def test_the_examples_and_the_readme_type_check_strictly_against_the_installed_wheel(
    venv: Path, tmp_path: Path
) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "readme").mkdir()
    snippets = [block for block in BLOCKS if block.language == "python"]
    for block in snippets:
        named = TEST_FILE.match(block.code)
        (tmp_path / "readme" / (named.group("name") if named else f"readme_{block.line}.py")).write_text(block.code)
    mypy = venv / "bin" / "mypy"
    report = run(mypy, "--strict", "--cache-dir", tmp_path / ".mypy_cache", "examples", "readme", cwd=tmp_path)
    assert report.startswith(f"Success: no issues found in {len(EXAMPLES) + len(snippets)} source files"), report


def test_every_example_runs_against_the_served_mocks_twice(venv: Path, tmp_path: Path) -> None:
    assert len(EXAMPLES) >= 5
    outputs: dict[str, list[str]] = {}
    with served_mocks(venv / "bin" / "formclients") as exported:
        env = {**os.environ, **exported}
        for round_ in (1, 2):  # the second run resumes from the checkpoints the first one saved
            for example in EXAMPLES:
                output = run(venv / "bin" / "python", example, cwd=tmp_path, env=env, timeout=120)
                assert output.strip(), f"{example.name} printed nothing (round {round_})"
                outputs.setdefault(example.name, []).append(output)
    assert sorted(outputs) == [example.name for example in EXAMPLES]
    assert all(len(runs) == 2 for runs in outputs.values())
