"""Regenerate the typed clients and models in generated/ from the specs in specs/.

    python scripts/generate.py                 # every provider whose inputs changed
    python scripts/generate.py formsite cogram # just these
    python scripts/generate.py --force         # even if the inputs did not change
    python scripts/generate.py --check         # fail, listing files, if generated/ is stale
    python scripts/generate.py --validate      # only validate the specs

For each spec it validates the document (scripts/speccheck.py: every problem is printed as
`specs/<file>.yaml:LINE:COL: message`), then generates into a temporary directory outside the tree:
  generated/<provider>_client/   openapi-python-client 0.29.1 with scripts/templates/
  generated/<provider>_models/   datamodel-code-generator 0.89.0 (components and webhooks)
and swaps the new outputs in only when every requested provider generated cleanly, all at once
(scripts/atomic_install.py), so a broken spec, or a kill at any instant, leaves generated/ wholly
old or wholly new. Exit status: 0 done, 1 a spec is broken (or --check found generated/ stale), 2 usage.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import atomic_install
import speccheck
from speccheck import SpecError

from formclients.runtime._exceptions import GENERIC_BY_STATUS

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PINNED = ("openapi-python-client", "datamodel-code-generator", "ruff")

# Binary document types are returned as bytes (the generator drops unknown types otherwise).
CONTENT_TYPE_OVERRIDES = {
    "application/pdf": "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "application/octet-stream",
}
RUFF = [sys.executable, "-m", "ruff"]
RUFF_SETTINGS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]
# Named, not detected: ruff would call formclients first-party only when run where formclients/ is.
RUFF_ISORT = ["--config", "lint.isort.known-first-party = ['formclients']"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("providers", nargs="*", help="providers to generate (default: every spec in specs/)")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from what the specs produce")
    parser.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")
    parser.add_argument("--validate", action="store_true", help="only validate the specs; generate nothing")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    args = parser.parse_args(argv)

    try:
        providers = select_providers(args.providers)
    except SpecError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.validate:
        return validate_only(providers, args.debug)
    GENERATED.mkdir(exist_ok=True)
    with atomic_install.locked(GENERATED):
        recovered = atomic_install.recover(GENERATED)
        if recovered:
            print(recovered)
        # Scratch space lives in the system's temporary directory, never in the project tree.
        with tempfile.TemporaryDirectory(prefix="formclients-generate-") as scratch:
            staging = Path(scratch)
            produced: list[str] = []
            failed = 0
            for provider in providers:
                if not (args.check or args.force) and is_up_to_date(provider):
                    print(f"{provider}: up to date (inputs unchanged)")
                elif reported(provider, lambda: generate_provider(provider, staging), args.debug):  # noqa: B023
                    produced.append(provider)
                else:
                    failed += 1
            if failed:
                print(
                    f"error: {failed} spec(s) could not be generated; nothing in generated/ was changed",
                    file=sys.stderr,
                )
                return 1
            if args.check:
                return check(produced, staging)
            atomic_install.install(GENERATED, staging, [p.name for provider in produced for p in output_dirs(provider)])
            for provider in produced:
                print(f"{provider}: generated {output_dirs(provider)[0].relative_to(ROOT)} and _models")
    return 0


def validate_only(providers: list[str], debug: bool = False) -> int:
    failed = False
    for provider in providers:
        if reported(provider, lambda: load_spec(SPECS / f"{provider}.yaml"), debug):  # noqa: B023
            print(f"{provider}: valid")
        else:
            failed = True
    return 1 if failed else 0


def reported(provider: str, action: Callable[[], object], debug: bool) -> bool:
    """Run `action`; print what went wrong, never as a traceback (unless --debug), and say whether it worked."""
    try:
        action()
    except SpecError as error:
        print(error, file=sys.stderr)
        return False
    except Exception as error:  # a bug here, not in the spec: still a one-line error
        if debug:
            raise
        print(
            f"specs/{provider}.yaml: internal error: {type(error).__name__}: {error} "
            "(a bug in scripts/generate.py; --debug shows the traceback)",
            file=sys.stderr,
        )
        return False
    return True


def select_providers(requested: Iterable[str]) -> list[str]:
    available = sorted(path.stem for path in SPECS.glob("*.yaml"))
    requested = list(requested)
    unknown = sorted(set(requested) - set(available))
    if unknown:
        raise SpecError(
            f"no spec for {', '.join(unknown)} in {SPECS.relative_to(ROOT)}/ (have: {', '.join(available)})"
        )
    return requested or available


def output_dirs(provider: str) -> tuple[Path, Path, Path]:
    return (
        GENERATED / f"{provider}_client",
        GENERATED / f"{provider}_models",
        GENERATED / f"{provider}.inputs.sha256",
    )


def inputs_digest(provider: str) -> str:
    """A hash of everything that decides the output: spec, templates, this script, pinned tool versions."""
    digest = hashlib.sha256()
    files = [SPECS / f"{provider}.yaml", Path(__file__).resolve(), *sorted(TEMPLATES.rglob("*"))]
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    for package in PINNED:
        digest.update(f"{package}=={version(package)}".encode())
    return digest.hexdigest()


def is_up_to_date(provider: str) -> bool:
    client, models, hash_file = output_dirs(provider)
    return (
        client.is_dir()
        and models.is_dir()
        and hash_file.is_file()
        and hash_file.read_text().strip() == inputs_digest(provider)
    )


# -- loading and validating a spec ----------------------------------------------------------------


def load_spec(path: Path) -> dict[str, Any]:
    """Parse and validate one spec, or raise SpecError naming file, line and column of each problem."""
    return speccheck.load_spec(path, path.relative_to(ROOT).as_posix())


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                yield path, method, operation


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


# -- facts the endpoint template needs beyond what openapi-python-client parses -----------------


@dataclass(frozen=True)
class Header:
    name: str
    python_name: str
    type: str
    parser: str
    description: str


def operation_facts(
    spec: Mapping[str, Any], operation: Mapping[str, Any], path_item: Mapping[str, Any]
) -> dict[str, Any]:
    parameters = [resolve(spec, p) for p in [*path_item.get("parameters", []), *operation.get("parameters", [])]]
    free_form_query = {
        p["name"]: p.get("style", "form")
        for p in parameters
        if p["in"] == "query" and resolve(spec, p.get("schema", {})).get("type") == "object"
    }
    headers: dict[str, Header] = {}
    alternatives: dict[str, list[dict[str, str]]] = {}
    for status, response in operation.get("responses", {}).items():
        response = resolve(spec, response)
        for name, header in response.get("headers", {}).items():
            header = resolve(spec, header)
            headers.setdefault(name.lower(), header_fact(name, resolve(spec, header.get("schema", {})), header))
        content_types = list(response.get("content", {}))
        primary = next((t for t in content_types if is_supported(t)), None)
        others = [t for t in content_types if t != primary]
        if others:
            alternatives[str(status)] = [
                {"content_type": t, "attribute": "text" if t.startswith("text/") else "content"} for t in others
            ]
    # openapi-python-client reads only the operation's own `security`, and takes `[{}, ...]`
    # (credential optional) as required; the effective requirement decides the client type.
    security = operation.get("security", spec.get("security", []))
    return {
        "operation_id": operation["operationId"],
        "requires_credential": bool(security) and {} not in security,
        "free_form_query": free_form_query,
        "response_headers": sorted(headers.values(), key=lambda h: h.python_name),
        "alternative_content": alternatives,
        "extra_return_types": sorted(
            {"str" if a["attribute"] == "text" else "bytes" for options in alternatives.values() for a in options}
        ),
    }


def is_supported(content_type: str) -> bool:
    return (
        content_type in ("application/json", "application/octet-stream")
        or content_type.endswith("+json")
        or content_type.startswith("text/")
        or content_type in CONTENT_TYPE_OVERRIDES
    )


def header_fact(name: str, schema: Mapping[str, Any], header: Mapping[str, Any]) -> Header:
    python_name = re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")
    description = " ".join(str(header.get("description", "")).split())
    if name.lower() == "retry-after":
        return Header(name, python_name, "float", "retry_after", description or "seconds to wait before retrying")
    kind = schema.get("type")
    if kind == "integer":
        return Header(name, python_name, "int", "integer", description)
    if kind == "number":
        return Header(name, python_name, "float", "number", description)
    return Header(name, python_name, "str", "string", description)


# -- generating -------------------------------------------------------------------------------------


def generate_provider(provider: str, staging: Path) -> None:
    spec_path = SPECS / f"{provider}.yaml"
    spec = load_spec(spec_path)
    client_dir = staging / f"{provider}_client"
    models_dir = staging / f"{provider}_models"
    generate_client(provider, spec, spec_path, client_dir)
    write_profile(provider, spec, client_dir)
    (client_dir / "py.typed").write_text("")  # PEP 561: installed, the package is typed, not Any
    generate_models(spec_path, models_dir)
    run([*RUFF, "check", *RUFF_SETTINGS, *RUFF_ISORT, "--fix-only", "--extend-select", "I", str(client_dir)], spec_path)
    run([*RUFF, "format", *RUFF_SETTINGS, str(client_dir), str(models_dir)], spec_path)
    (staging / f"{provider}.inputs.sha256").write_text(inputs_digest(provider) + "\n")


def generate_client(provider: str, spec: dict[str, Any], spec_path: Path, out: Path) -> None:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from openapi_python_client.strings import PythonIdentifier

    config = Config.from_sources(
        ConfigFile(content_type_overrides=CONTENT_TYPE_OVERRIDES, post_hooks=[], literal_enums=True),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=out,
    )
    where = spec_path.relative_to(ROOT)
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(f"{where}: {openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.package_name = f"{provider}_client"

    # Keyed by the generator's Python name for the operationId (`import` becomes `import_`).
    by_id = {
        str(PythonIdentifier(operation["operationId"], prefix=config.field_prefix)): (path, method)
        for path, method, operation in iter_operations(spec)
    }

    def operation_info(endpoint: Any) -> dict[str, Any]:
        path, method = by_id[str(endpoint.name)]
        path_item = spec["paths"][path]
        facts = operation_facts(spec, path_item[method], path_item)
        types = {
            response.prop.get_type_string().as_unembedded_code()
            for response in endpoint.responses.patterns
            if response.status_code.range and response.status_code.range[1] < 400  # errors raise instead
        }
        facts["return_type"] = " | ".join(sorted(types | set(facts["extra_return_types"]))) or "Any"
        if "x-pagination" in path_item[method]:
            facts["pagination"] = pagination_facts(endpoint, path_item[method]["x-pagination"], where)
        return facts

    project.env.filters["pyrepr"] = repr
    project.env.globals.update(
        operation_info=operation_info,
        error_prefix="".join(part.capitalize() for part in provider.split("_")),
        error_statuses=[(status, cls.__name__) for status, cls in GENERIC_BY_STATUS.items()],
        package_name=project.package_name,
        security_scheme_names=list(spec.get("components", {}).get("securitySchemes", {})),
    )
    with quiet_stdout():
        errors = project.build()
    if errors:
        details = "; ".join(
            " ".join(part for part in (str(e.header or ""), str(e.detail or "")) if part).strip() for e in errors
        )
        raise SpecError(f"{where}: the client generator reported: {details}")


def pagination_facts(endpoint: Any, pagination: Mapping[str, Any], where: Path) -> dict[str, Any]:
    """What the template needs to page an operation: python argument names, the item type and attribute."""

    def untrusted(value: Any) -> str:
        return str(getattr(value, "get_untrusted_value", lambda: value)())

    def code(value: Any) -> str:
        return str(value.as_unembedded_code())

    arguments = {untrusted(p.name): p.python_name for p in endpoint.query_parameters}
    success = next((r for r in endpoint.responses.patterns if r.status_code.range == (200, 200)), None)
    parts = pagination["items"].strip("/").split("/")
    model = success.prop if success else None
    properties = [*getattr(model, "required_properties", []), *getattr(model, "optional_properties", [])]
    items = next((prop for prop in properties if untrusted(prop.name) == parts[0]), None)
    if model is None or len(parts) != 1 or items is None or not hasattr(items, "inner_property"):
        raise SpecError(f"{where}: {endpoint.name}: x-pagination.items {pagination['items']} is not a top-level array")
    size = pagination.get("size_max") or pagination.get("size_fixed")
    options = {
        "style": pagination["style"],
        "page_argument": arguments.get(pagination.get("page_param", "")),
        "size_argument": arguments.get(pagination.get("size_param", "")),
        "size": size,
        "sends_size": "size_param" in pagination,
        "last_page_header": pagination.get("last_page_header"),
        "total_items": pagination.get("total_items"),
        "total_pages": pagination.get("total_pages"),
        "cursor_argument": arguments.get(pagination.get("cursor_param", "")),
        "next_cursor": pagination.get("next_cursor"),
        "has_more": pagination.get("has_more"),
    }
    return {
        "options": {key: value for key, value in options.items() if value is not None},
        "parsed_type": code(model.get_type_string(no_optional=True)),
        "items_attribute": items.python_name,
        "items_required": items.required,
        "item_type": code(items.inner_property.get_type_string(no_optional=True)),
        "imports": sorted(
            items.inner_property.get_imports(prefix="...")
            | getattr(items.inner_property, "get_lazy_imports", lambda prefix: set())(prefix="...")
        ),
    }


def write_profile(provider: str, spec: Mapping[str, Any], client_dir: Path) -> None:
    keys = ("openapi", "info", "servers", "x-error", "x-rate-limits", "x-quota", "x-webhook-signature")
    extract: dict[str, Any] = {key: spec[key] for key in keys if key in spec}
    extract["info"] = {"title": spec["info"]["title"], "version": spec["info"]["version"]}
    extract["servers"] = [spec["servers"][0]]
    extract["components"] = {"securitySchemes": spec.get("components", {}).get("securitySchemes", {})}
    (client_dir / "_profile.py").write_text(
        '"""Facts about this provider extracted from its spec. Generated: do not edit."""\n\n'
        "from formclients.runtime import ProviderProfile\n\n"
        f"PROFILE = ProviderProfile.from_spec({provider!r}, {extract!r})\n",
        encoding="utf-8",
    )


def generate_models(spec_path: Path, out: Path) -> None:
    out.mkdir(parents=True)
    (out / "py.typed").write_text("")
    run(
        [
            sys.executable, "-m", "datamodel_code_generator",
            "--input", str(spec_path),
            "--input-file-type", "openapi",
            "--openapi-scopes", "schemas", "paths", "webhooks",
            "--output", str(out / "__init__.py"),
            "--output-model-type", "pydantic_v2.BaseModel",
            "--target-python-version", "3.11",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-annotated",
            "--field-constraints",
            "--use-schema-description",
            "--disable-timestamp",
            "--no-formatters",
            # An address the provider stored is data to read, not input to check: EmailStr would
            # fail a whole page over one odd address and needs the email-validator package.
            "--type-mappings", "string+email=string",
        ],
        spec_path,
    )  # fmt: skip


def run(command: list[str], spec_path: Path) -> None:
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        tool = Path(command[2] if command[1] == "-m" else command[0]).name
        output = (result.stderr or result.stdout).strip()
        raise SpecError(f"{spec_path.relative_to(ROOT)}: {tool} failed:\n{output}")


class quiet_stdout:
    """openapi-python-client prints progress to stdout; keep our output to what matters."""

    def __enter__(self) -> None:
        self._saved = sys.stdout
        sys.stdout = open(os.devnull, "w")

    def __exit__(self, *exc: object) -> None:
        sys.stdout.close()
        sys.stdout = self._saved


# -- checking and installing -----------------------------------------------------------------------


def check(providers: list[str], staging: Path) -> int:
    stale: list[str] = []
    for provider in providers:
        for current in output_dirs(provider):
            stale.extend(differences(staging / current.name, current))
    if stale:
        print("generated/ is stale; run `python scripts/generate.py` (or `nox -s generate`). Differences:")
        for line in stale:
            print(f"  {line}")
        return 1
    print(f"generated/ matches the specs ({len(providers)} providers)")
    return 0


def differences(new: Path, current: Path) -> list[str]:
    if new.is_file() or current.is_file():
        same = new.is_file() and current.is_file() and new.read_bytes() == current.read_bytes()
        return [] if same else [str(current.relative_to(ROOT))]
    new_files = {p.relative_to(new) for p in new.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    old_files = (
        {p.relative_to(current) for p in current.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
        if current.is_dir()
        else set()
    )
    out = []
    for name in sorted(new_files | old_files):
        shown = (current / name).relative_to(ROOT)
        if name not in old_files:
            out.append(f"missing: {shown}")
        elif name not in new_files:
            out.append(f"not produced by the spec: {shown}")
        elif not filecmp.cmp(new / name, current / name, shallow=False):
            out.append(f"differs: {shown}")
    return out


if __name__ == "__main__":
    sys.exit(main())
