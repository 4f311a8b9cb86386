"""The regenerate workflow: up to date, deterministic, skips no-ops, and loses nothing on a broken spec."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT
from .conftest import HERE, run_generate, tree_digest, tree_listing


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
    listing = tree_listing(checkout)

    result = run_generate(checkout, "--force", "formsite", "cogram")

    assert result.returncode == 1
    first_error = result.stderr.splitlines()[0]
    assert re.match(r"specs/formsite\.yaml:\d+:\d+: ", first_error), result.stderr
    assert expected in result.stderr
    assert "nothing in generated/ was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_digest(checkout / "generated") == before
    assert tree_listing(checkout) == listing, "nothing, scratch space included, is left in the tree"


def test_unknown_provider_is_named(checkout: Path) -> None:
    result = run_generate(checkout, "typeform")
    assert result.returncode == 2
    assert "no spec for typeform" in result.stderr


@pytest.mark.parametrize("package", sorted(p.name for p in (ROOT / "generated").iterdir() if p.is_dir()))
def test_every_generated_package_imports_with_the_declared_dependencies(package: str) -> None:
    """A fresh interpreter, so an optional import (pydantic's EmailStr needs email-validator) cannot hide."""
    result = subprocess.run([sys.executable, "-c", f"import {package}"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


KEYWORD_CLIENT = """
import httpx
import shop_client
from shop_client.api.widgets import import_

seen = []


def answer(request):
    seen.append((request.method, request.url.path))
    return httpx.Response(200, json={"id": "w1", "name": "Widget"})


options = {"transport": httpx.MockTransport(answer), "throttle": False, "retry": False}
widget = import_.sync("w1", client=shop_client.AuthenticatedClient("t", **options))
assert widget.name == "Widget", widget
with shop_client.Shop("t", **options) as client:  # the client object's method: `import_` too
    assert client.widgets.import_("w1").name == "Widget"
assert seen == [("GET", "/v1/widgets/w1")] * 2, seen
"""


def test_a_python_keyword_as_operation_id_generates_working_code(checkout: Path) -> None:
    spec = (HERE / "widgets.yaml").read_text().replace("operationId: get_widget", "operationId: import", 1)
    (checkout / "specs" / "shop.yaml").write_text(spec)  # a provider not named like its tag, `widgets`

    result = run_generate(checkout, "shop")

    assert result.returncode == 0, result.stderr
    assert (checkout / "generated" / "shop_client" / "api" / "widgets" / "import_.py").is_file()
    used = subprocess.run(
        [sys.executable, "-c", KEYWORD_CLIENT],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(checkout / "generated")},
    )
    assert used.returncode == 0, used.stderr
