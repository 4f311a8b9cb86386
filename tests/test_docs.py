"""`nox -s docs` builds the API reference, and every operation of every spec is in it: as a method of
its client object's resource and as a per-operation module (`<provider>_client.api.<tag>.<operation>`)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PROVIDERS, ROOT, load_spec

sys.path.insert(0, str(ROOT / "scripts"))
import build_docs
from generate import method_name

GENERATED = ROOT / "generated"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("api")
    assert build_docs.build(out).is_file()
    return out


def operations(provider: str) -> Iterator[tuple[str, str, dict]]:
    for item in load_spec(provider)["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                yield operation["operationId"], operation["tags"][0], operation


def endpoint_module(provider: str, operation_id: str) -> Path:
    """The generated module that sends this operation (it names the operationId in `client.request`)."""
    found = [
        path
        for path in (GENERATED / f"{provider}_client" / "api").rglob("*.py")
        if f'request("{operation_id}"' in path.read_text(encoding="utf-8")
    ]
    assert len(found) == 1, f"{provider} {operation_id}: {found}"
    return found[0]


def test_every_operation_is_documented_as_a_method_and_as_a_module(reference: Path) -> None:
    checked = 0
    for provider in PROVIDERS:
        resources = (reference / f"{provider}_client" / "resources.html").read_text(encoding="utf-8")
        for operation_id, tag, operation in operations(provider):
            module = endpoint_module(provider, operation_id)
            page = reference / module.relative_to(GENERATED).with_suffix(".html")
            assert page.is_file(), f"{provider} {operation_id}: no page {page.relative_to(reference)}"
            functions = set(
                re.findall(
                    r'<div class="attr function">.*?<span class="name">(\w+)</span>',
                    page.read_text(encoding="utf-8"),
                    flags=re.DOTALL,
                )
            )
            assert {"sync", "sync_detailed", "asyncio", "asyncio_detailed"} <= functions, (page, functions)
            resource = GENERATED / f"{provider}_client" / "resources" / module.parent.with_suffix(".py").name
            owner = re.search(r"^class (\w+):", resource.read_text(encoding="utf-8"), flags=re.MULTILINE)
            assert owner is not None, resource
            method = method_name(operation, tag, ROOT / "specs" / f"{provider}.yaml")
            assert f'id="{owner.group(1)}.{method}"' in resources, (
                f"{provider} {operation_id}: no {owner.group(1)}.{method}"
            )
            assert f'id="Async{owner.group(1)}.{method}"' in resources, f"{provider} {operation_id}: no async twin"
            checked += 1
    assert checked >= 40


def test_the_client_objects_models_errors_and_the_runtime_have_pages(reference: Path) -> None:
    for provider in PROVIDERS:
        for page in ("", "/models", "/errors", "/resources", "/api"):
            assert (reference / f"{provider}_client{page}.html").is_file(), f"{provider}_client{page}"
        assert (reference / f"{provider}_models.html").is_file()
        client_object = (reference / f"{provider}_client.html").read_text(encoding="utf-8")
        assert re.search(r'id="Async\w+"', client_object), f"{provider}: no async client object"
    for name in ("runtime", "testing", "webhooks", "drift"):
        assert (reference / "formclients" / f"{name}.html").is_file(), name
    index = (reference / "index.html").read_text(encoding="utf-8")
    assert "formsite_client" in index
