"""A copy of the parts of the repository the generator reads and writes, and the generator loaded from it."""

from __future__ import annotations

import hashlib
import importlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from ..conftest import ROOT

HERE = Path(__file__).resolve().parent
SCRIPT_MODULES = ("generate", "speccheck", "atomic_install")


def copy_checkout(target: Path) -> Path:
    for name in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def run_generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), *args],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )


def tree_digest(path: Path) -> str:
    """Every file's path and bytes under `path` (caches excluded)."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def tree_listing(path: Path) -> set[str]:
    return {p.relative_to(path).as_posix() for p in path.rglob("*") if "__pycache__" not in p.parts}


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    return copy_checkout(tmp_path)


@pytest.fixture(scope="module")
def module_checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_checkout(tmp_path_factory.mktemp("checkout"))
    shutil.copy(HERE / "widgets.yaml", root / "specs" / "widgets.yaml")
    return root


@pytest.fixture(scope="module")
def generator(module_checkout: Path) -> Iterator[ModuleType]:
    """scripts/generate.py of the copy, imported in this process (so its ROOT is the copy)."""
    saved = {name: sys.modules.pop(name, None) for name in SCRIPT_MODULES}
    sys.path.insert(0, str(module_checkout / "scripts"))
    try:
        yield importlib.import_module("generate")
    finally:
        sys.path.remove(str(module_checkout / "scripts"))
        for name in SCRIPT_MODULES:
            sys.modules.pop(name, None)
            if saved[name] is not None:
                sys.modules[name] = saved[name]  # type: ignore[assignment]
