"""The regenerate workflow: up to date, deterministic, skips no-ops, and loses nothing on a broken spec."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT


def run_generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), *args],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )


def tree_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the parts of the repo the generator reads and writes."""
    for name in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_generated_matches_the_specs() -> None:
    """The golden record: regenerating every spec reproduces generated/ byte for byte."""
    result = run_generate(ROOT, "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_lists_what_is_stale(checkout: Path) -> None:
    target = checkout / "generated" / "formsite_client" / "client.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    result = run_generate(checkout, "--check", "formsite")
    assert result.returncode == 1
    assert "differs: generated/formsite_client/client.py" in result.stdout


def test_unchanged_inputs_are_skipped(checkout: Path) -> None:
    result = run_generate(checkout)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("up to date") == len(list((checkout / "specs").glob("*.yaml")))


BREAKAGES = {
    "invalid YAML": (lambda text: text.replace("paths:", "paths:\n  - [unclosed", 1), "invalid YAML"),
    "unresolvable $ref": (
        lambda text: text.replace("$ref: '#/components/schemas/", "$ref: '#/components/schemas/Missing", 1),
        "Missing",
    ),
    "schema error": (
        lambda text: text.replace("operationId: get_forms", "operationId: [not, a, string]", 1),
        "operationId",
    ),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_spec_leaves_generated_untouched(checkout: Path, breakage: str) -> None:
    spec = checkout / "specs" / "formsite.yaml"
    original = spec.read_text()
    breaks, expected = BREAKAGES[breakage]
    spec.write_text(breaks(original))
    assert spec.read_text() != original, "the breakage must change the spec"
    before = tree_digest(checkout / "generated")

    result = run_generate(checkout, "--force", "formsite", "cogram")

    assert result.returncode == 1
    first_error = result.stderr.splitlines()[0]
    assert first_error.startswith("error: specs/formsite.yaml:"), result.stderr
    assert expected in result.stderr
    assert "nothing in generated/ was changed" in result.stderr
    assert tree_digest(checkout / "generated") == before
    assert not list(checkout.glob(".generate-*")), "the scratch directory is cleaned up"


def test_unknown_provider_is_named(checkout: Path) -> None:
    result = run_generate(checkout, "typeform")
    assert result.returncode == 2
    assert "no spec for typeform" in result.stderr


@pytest.mark.parametrize("package", sorted(p.name for p in (ROOT / "generated").iterdir() if p.is_dir()))
def test_every_generated_package_imports_with_the_declared_dependencies(package: str) -> None:
    """A fresh interpreter, so an optional import (pydantic's EmailStr needs email-validator) cannot hide."""
    result = subprocess.run([sys.executable, "-c", f"import {package}"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
