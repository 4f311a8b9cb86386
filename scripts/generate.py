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
import copy
import filecmp
import hashlib
import inspect
import keyword
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import atomic_install
import speccheck
from speccheck import SpecError

from formclients.runtime import BaseClient
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
    spec: Mapping[str, Any], operation: Mapping[str, Any], path_item: Mapping[str, Any], where: Path
) -> dict[str, Any]:
    """What the templates need about one operation that openapi-python-client does not parse."""
    parameters = [resolve(spec, p) for p in [*path_item.get("parameters", []), *operation.get("parameters", [])]]
    schemas = {p["name"]: resolve(spec, p.get("schema", {})) for p in parameters}
    free_form_query = {
        p["name"]: p.get("style", "form")
        for p in parameters
        if p["in"] == "query" and schemas[p["name"]].get("type") == "object"
    }
    headers: dict[str, Header] = {}
    alternatives: dict[str, list[str]] = {}
    for status, response in operation.get("responses", {}).items():
        response = resolve(spec, response)
        for name, header in response.get("headers", {}).items():
            header = resolve(spec, header)
            headers.setdefault(name.lower(), header_fact(name, resolve(spec, header.get("schema", {})), header))
        content_types = list(response.get("content", {}))
        primary = next((t for t in content_types if is_supported(t)), None)
        others = [t for t in content_types if t != primary]
        if others:
            alternatives[str(status)] = others
    # openapi-python-client reads only the operation's own `security`, and takes `[{}, ...]`
    # (credential optional) as required; the effective requirement decides the client type.
    security = operation.get("security", spec.get("security", []))
    return {
        "operation_id": operation["operationId"],
        "requires_credential": bool(security) and {} not in security,
        "free_form_query": free_form_query,
        "response_headers": sorted(headers.values(), key=lambda h: h.python_name),
        "variants": content_variants(
            operation, alternatives, {p["name"] for p in parameters if p["in"] == "query"}, where
        ),
        "accept": "application/json" if alternatives else None,
        "parameter_docs": {
            (p["name"], p["in"]): one_paragraph(p.get("description") or schemas[p["name"]].get("description", ""))
            for p in parameters
        },
        "body_doc": body_doc(spec, operation),
        # A date-time parameter takes a datetime; `x-datetime.naive` is the API's own format for naive ones.
        "datetime_parameters": {
            p["name"]: schemas[p["name"]].get("x-datetime", {}).get("naive")
            for p in parameters
            if p["in"] == "query"
            and (schemas[p["name"]].get("format") == "date-time" or "x-datetime" in schemas[p["name"]])
        },
        "raises": raised_errors(spec, operation),
        "returns_doc": next(
            (
                one_paragraph(resolve(spec, response).get("description", ""))
                for status, response in operation.get("responses", {}).items()
                if str(status).startswith("2")
            ),
            "",
        ),
    }


def one_paragraph(text: Any) -> str:
    return " ".join(str(text or "").split())


def body_doc(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> str:
    body = resolve(spec, operation.get("requestBody", {}))
    if body.get("description"):
        return one_paragraph(body["description"])
    media: Mapping[str, Any] = next(iter(body.get("content", {}).values()), {})
    schema = resolve(spec, media.get("schema", {}))
    return one_paragraph(schema.get("description", "")).partition(". ")[0].removesuffix(".")


def raised_errors(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(exception class in the generated errors module, when) for each documented error status."""
    raised: list[tuple[str, str]] = []
    for status, response in sorted(operation.get("responses", {}).items(), key=lambda item: str(item[0])):
        code = str(status)
        if code == "default" or code[0] not in "45":
            continue
        description = one_paragraph(resolve(spec, response).get("description", ""))
        error = GENERIC_BY_STATUS.get(int(code)) if code.isdigit() else None
        name = error.__name__ if error else None
        if name is None and code.startswith("5"):
            name = "InternalServerError"
        if name is not None:
            raised.append((name, f"{code}: {description}" if description else code))
    return raised


def content_variants(
    operation: Mapping[str, Any], alternatives: Mapping[str, list[str]], query: set[str], where: Path
) -> list[dict[str, Any]]:
    """`x-content-methods`: one method per other content type a success response can have (CSV, PDF...).

    The operation's own method returns the JSON type; each variant sends its `query` values and asks for
    its content types, and returns `str` (text/*) or `bytes`. Every other content type needs a variant.
    """
    declared = operation.get("x-content-methods", {})
    place = f"{where}: {operation['operationId']}: x-content-methods"
    success = {t for status, types in alternatives.items() if status.startswith("2") for t in types}
    variants: list[dict[str, Any]] = []
    covered: set[str] = set()
    for name, variant in sorted(declared.items()):
        types = variant.get("content_type")
        types = [types] if isinstance(types, str) else list(types or [])
        fixed = dict(variant.get("query", {}))
        if not types or set(types) - success:
            raise SpecError(f"{place}.{name}: content_type must name the response's other types {sorted(success)}")
        if set(fixed) - query:
            raise SpecError(f"{place}.{name}: query names {sorted(set(fixed) - query)}, not query parameters")
        covered |= set(types)
        variants.append(
            {
                "name": check_identifier(name, place),
                "content_types": types,
                "accept": ", ".join(types),
                "query": fixed,
                "return_type": "str" if all(t.startswith("text/") for t in types) else "bytes",
                "attribute": "text" if all(t.startswith("text/") for t in types) else "content",
            }
        )
    if success - covered:
        raise SpecError(f"{place}: no method for the content types {sorted(success - covered)}")
    return variants


def check_identifier(name: Any, where: str) -> str:
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
        raise SpecError(f"{where}: {name!r} is not a method name (a Python identifier, not starting with _)")
    return name


def method_name(operation: Mapping[str, Any], tag: str, where: Path) -> str:
    """The operation's method on its tag's resource: `x-method`, else the operationId without the tag word."""
    if "x-method" in operation:
        return check_identifier(operation["x-method"], f"{where}: {operation['operationId']}: x-method")
    operation_id = str(operation["operationId"])
    name = operation_id
    for suffix in (f"_{tag}", f"_{tag.removesuffix('s')}"):
        if operation_id.endswith(suffix) and len(operation_id) > len(suffix):
            name = operation_id.removesuffix(suffix)
            break
    return f"{name}_" if keyword.iskeyword(name) else name  # `import` would not parse: `import_`


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


def json_request_bodies(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the client generator sees it: a request body that accepts JSON lists only JSON.

    The generated client sends JSON; the other media types a body accepts (Cognito's `text/json`,
    Formsite's form encoding) are for other callers, and the mock reads them from the spec itself.
    openapi-python-client would otherwise refuse `text/json` and type the body as a union.
    """
    copied: dict[str, Any] = copy.deepcopy(spec)
    bodies = [op.get("requestBody", {}) for _, _, op in iter_operations(copied)]
    bodies += list(copied.get("components", {}).get("requestBodies", {}).values())
    for body in bodies:
        content = body.get("content", {})
        if "application/json" in content:
            body["content"] = {"application/json": content["application/json"]}
    return copied


def generate_client(provider: str, spec: dict[str, Any], spec_path: Path, out: Path) -> None:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile(content_type_overrides=CONTENT_TYPE_OVERRIDES, post_hooks=[], literal_enums=True),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=out,
    )
    where = spec_path.relative_to(ROOT)
    with inline_literal_enums():
        openapi = GeneratorData.from_dict(json_request_bodies(spec), config=config)
        if isinstance(openapi, GeneratorError):
            raise SpecError(f"{where}: {openapi.header}: {openapi.detail}")
        project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        project.package_name = f"{provider}_client"
        client_name = "".join(part.capitalize() for part in provider.split("_"))
        project.env.filters["pyrepr"] = repr
        project.env.filters["shadow_safe"] = shadow_safe
        project.env.globals.update(
            operation_info=OperationFacts(
                spec, where, provider, {str(model.class_info.name): model for model in openapi.models}
            ),
            declaration=declaration,
            keyword_parameters=keyword_parameters,
            model_init_parameter=model_init_parameter,
            model_field_nullable=model_field_nullable,
            error_prefix=client_name,
            client_name=client_name,
            error_statuses=[(status, cls.__name__) for status, cls in GENERIC_BY_STATUS.items()],
            package_name=project.package_name,
            security_scheme_names=list(spec.get("components", {}).get("securitySchemes", {})),
            server_variables=server_variable_facts(spec),
        )
        with quiet_stdout():
            errors = project.build()
        if errors:
            details = "; ".join(
                " ".join(part for part in (str(e.header or ""), str(e.detail or "")) if part).strip() for e in errors
            )
            raise SpecError(f"{where}: the client generator reported: {details}")
        render_client_object(project, out, where)


class OperationFacts:
    """`operation_info(endpoint)` in the templates: the spec's facts about an operation, with Python names."""

    def __init__(self, spec: Mapping[str, Any], where: Path, provider: str, models: Mapping[str, Any]) -> None:
        self.spec = spec
        self.where = where
        self.provider = provider
        self.models = models  # the generator's models by class name, with their properties filled in
        # Keyed by the generator's Python name for the operationId (`import` becomes `import_`).
        self.by_id = {
            python_identifier(operation["operationId"]): (path, method)
            for path, method, operation in iter_operations(spec)
        }
        self.cache: dict[str, dict[str, Any]] = {}

    def __call__(self, endpoint: Any) -> dict[str, Any]:
        if str(endpoint.name) not in self.cache:
            self.cache[str(endpoint.name)] = self.compute(endpoint)
        return self.cache[str(endpoint.name)]

    def compute(self, endpoint: Any) -> dict[str, Any]:
        path, method = self.by_id[str(endpoint.name)]
        path_item = self.spec["paths"][path]
        operation = path_item[method]
        facts = operation_facts(self.spec, operation, path_item, self.where)
        success = [r for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[1] < 400]
        types = {code(r.prop.get_type_string()) for r in success if r.source["attribute"] != "None"}
        facts["return_type"] = " | ".join(sorted(types)) or "None"
        # The runtime's DELETE rule: a retried DELETE that finds its target gone returns normally, with no body.
        facts["already_deleted"] = method == "delete" and facts["return_type"] != "None"
        if facts["already_deleted"]:
            facts["return_type"] += " | None"
        facts["method"] = method_name(operation, str(endpoint.tags[0]), self.where)
        python_names = {
            (untrusted(p.name), location): p.python_name
            for location, group in (
                ("path", endpoint.path_parameters),
                ("query", endpoint.query_parameters),
                ("header", endpoint.header_parameters),
                ("cookie", endpoint.cookie_parameters),
            )
            for p in group
        }
        facts["docs"] = {python_names[key]: text for key, text in facts.pop("parameter_docs").items()}
        facts["docs"]["body"] = facts.pop("body_doc")
        facts["hidden"] = {python_names[(name, "query")] for v in facts["variants"] for name in v["query"]}
        for variant in facts["variants"]:
            variant["fixed"] = {python_names[(name, "query")]: value for name, value in variant["query"].items()}
        facts["datetime_parameters"] = {
            python_names[(name, "query")]: naive for name, naive in facts["datetime_parameters"].items()
        }
        facts["type_overrides"] = {
            python_names[(name, "query")]: "Mapping[str, str]" for name in facts["free_form_query"]
        } | {name: "datetime.datetime" for name in facts["datetime_parameters"]}
        if "x-pagination" in operation:
            name = f"{self.provider}.{operation['operationId']}"
            facts["pagination"] = pagination_facts(endpoint, operation, self.where, name, self.models)
            method = facts["method"]
            facts["iterators"] = (
                ("iter_items", "iter_pages") if method == "list" else (f"iter_{method}", f"iter_{method}_pages")
            )
        return facts


def shadow_safe(annotation: str) -> str:
    """Builtin generics as `builtins.list[...]`: in a resource class a method named `list` hides the builtin."""
    return re.sub(r"(?<![\w.])(list|dict|set|frozenset|tuple|type)\[", r"builtins.\1[", str(annotation))


def untrusted(value: Any) -> str:
    return str(getattr(value, "get_untrusted_value", lambda: value)())


def python_identifier(operation_id: str) -> str:
    """The name openapi-python-client gives an operation (a keyword or builtin gets `_`: `import_`)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, prefix="field_"))


def code(value: Any) -> str:
    return str(value.as_unembedded_code())


def declaration(parameter: Any, op: Mapping[str, Any], paging: bool = False) -> str:
    """`name: type = default` for a generated signature: an optional parameter takes None for "not set".

    While paging, the page size and the arguments an iteration strategy sets default to None, so that
    the runtime asks for the largest page and can tell which strategy the caller's arguments choose.
    """
    name = parameter.python_name
    kind = op.get("type_overrides", {}).get(name) or code(parameter.get_type_string(no_optional=True))
    if parameter.required:
        return f"{name}: {kind}"
    if not takes_none(kind):
        kind = f"{kind} | None"
    chosen_by_the_walk = paging and op.get("pagination") and name in op["pagination"]["unset_by_default"]
    default = "None" if chosen_by_the_walk or parameter.default is None else code(parameter.default.python_code)
    return f"{name}: {kind} = {default}"


def takes_none(annotation: str) -> bool:
    return "None" in [part.strip() for part in annotation.split("|")]


def model_field_nullable(prop: Any) -> bool:
    return takes_none(code(prop.get_type_string(no_optional=True)))


def model_init_parameter(prop: Any) -> str:
    """A model's `__init__` parameter: an optional field also takes None ("not set", or null where allowed)."""
    kind = code(prop.get_type_string(no_optional=True))
    default = code(prop.default.python_code) if prop.default is not None else None
    if prop.required:
        return f"{prop.python_name}: {kind}" + (f" = {default}" if default else "")
    nullable = "" if model_field_nullable(prop) else " | None"
    return f"{prop.python_name}: {kind}{nullable} | Unset = {default or 'UNSET'}"


def keyword_parameters(endpoint: Any, op: Mapping[str, Any], internal: bool = False) -> list[Any]:
    """The body and the query, header and cookie parameters, in signature order; variants' fixed ones only inside."""
    bodies = [body.prop for body in endpoint.bodies][:1]
    others = [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]
    return bodies + [p for p in others if internal or p.python_name not in op["hidden"]]


def server_variable_facts(spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The client object's keyword arguments for the server URL's variables (Formsite's server, user_dir)."""
    variables = spec["servers"][0].get("variables", {})
    return [
        {
            "name": name,
            "python_name": check_identifier(name, "servers[0].variables"),
            "default": variable.get("default") or None,
            "description": one_paragraph(variable.get("description", "")),
        }
        for name, variable in variables.items()
    ]


@contextmanager
def inline_literal_enums() -> Iterator[None]:
    """Write each string enum as the `Literal[...]` itself wherever it is used.

    openapi-python-client's `literal_enums` names every Literal alias like a class (`ProjectRole`), which
    reads as an enum with members (`ProjectRole.OWNER` is an AttributeError); the plain strings are what
    users type, and mypy checks them against the inline Literal.
    """
    from openapi_python_client.parser.properties import LiteralEnumProperty

    saved = (LiteralEnumProperty.get_base_type_string, LiteralEnumProperty.get_imports)

    def base_type(self: Any) -> Any:
        from openapi_python_client.strings import PythonCode

        return PythonCode(f"Literal[{', '.join(repr(value) for value in sorted(self.values))}]")

    def imports(self: Any, *, prefix: str) -> set[str]:
        alias = f"from {prefix}models.{self.class_info.module_name} import {self.class_info.name}"
        return (saved[1](self, prefix=prefix) - {alias}) | {"from typing import Literal"}

    LiteralEnumProperty.get_base_type_string = base_type  # type: ignore[method-assign]
    LiteralEnumProperty.get_imports = imports  # type: ignore[method-assign]
    try:
        yield
    finally:
        LiteralEnumProperty.get_base_type_string, LiteralEnumProperty.get_imports = saved  # type: ignore[method-assign]


def render_client_object(project: Any, out: Path, where: Path) -> None:
    """The client object: `<provider>_client/_client.py` and one resource module per tag in `resources/`."""
    from openapi_python_client.strings import PythonCode

    # The endpoint template (whose macros the resources import) needs the global Project.build gives it.
    project.env.globals["isbool"] = lambda prop: prop.get_base_type_string() == PythonCode("bool")
    resources = []
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        name = check_identifier(str(tag), f"{where}: tag")
        resources.append({"tag": name, "class_name": "".join(p.capitalize() for p in name.split("_"))})
        methods: dict[str, str] = {}
        for endpoint in collection.endpoints:
            op = project.env.globals["operation_info"](endpoint)
            for method in [op["method"], *(v["name"] for v in op["variants"]), *op.get("iterators", ())]:
                if method in methods or method == "with_raw_response":
                    raise SpecError(
                        f"{where}: {op['operation_id']}: method {tag}.{method} is taken"
                        f"{' by ' + methods[method] if method in methods else ''}; set another x-method"
                    )
                methods[method] = op["operation_id"]
        (out / "resources").mkdir(exist_ok=True)
        (out / "resources" / f"{name}.py").write_text(
            project.env.get_template("resource.py.jinja").render(
                resource=resources[-1], endpoints=collection.endpoints
            ),
            encoding="utf-8",
        )
    taken = {*dir(BaseClient), *inspect.signature(BaseClient.__init__).parameters, "usage", "with_raw_response"}
    reserved = sorted(r["tag"] for r in resources if r["tag"] in taken)
    if reserved:
        raise SpecError(f"{where}: tags {reserved} would hide the client's own attributes of those names")
    for template, target in (
        ("resources_init.py.jinja", "resources/__init__.py"),
        ("client_object.py.jinja", "_client.py"),
    ):
        (out / target).write_text(project.env.get_template(template).render(resources=resources), encoding="utf-8")


def pagination_facts(
    endpoint: Any, operation: Mapping[str, Any], where: Path, name: str, models: Mapping[str, Any]
) -> dict[str, Any]:
    """What the template needs to page an operation: python argument names, the item type and attribute,
    and the iteration strategies with their parameters and item attributes in Python form."""
    pagination, iteration = operation["x-pagination"], operation["x-iteration"]
    arguments = {untrusted(p.name): p.python_name for p in endpoint.query_parameters}

    def argument(parameter: str) -> str:
        if parameter not in arguments:
            raise SpecError(f"{where}: {endpoint.name}: x-iteration names {parameter!r}, not a query parameter")
        return str(arguments[parameter])

    success = next((r for r in endpoint.responses.patterns if r.status_code.range == (200, 200)), None)
    parts = pagination["items"].strip("/").split("/")
    model = success.prop if success else None
    items = next((prop for prop in properties_of(model) if untrusted(prop.name) == parts[0]), None)
    if model is None or len(parts) != 1 or items is None or not hasattr(items, "inner_property"):
        raise SpecError(f"{where}: {endpoint.name}: x-pagination.items {pagination['items']} is not a top-level array")

    def attributes(json_pointer: str) -> tuple[str, ...]:
        """The attribute names that lead from an item to the field at a JSON pointer."""
        node, path = items.inner_property, []
        for part in json_pointer.strip("/").split("/"):
            node = models.get(str(getattr(getattr(node, "class_info", None), "name", "")), node)
            prop = next((p for p in properties_of(node) if untrusted(p.name) == part), None)
            if prop is None:  # an optional one is checked on each item by the runtime
                raise SpecError(f"{where}: {endpoint.name}: {json_pointer} is not a field of an item")
            path.append(str(prop.python_name))
            node = prop
        return tuple(path)

    strategies = []
    for strategy in iteration["strategies"]:
        facts: dict[str, Any] = {"name": strategy["strategy"], "guarantee": strategy["guarantee"]}
        if strategy.get("set"):
            facts["sets"] = tuple((argument(key), value) for key, value in strategy["set"].items())
        if "key" in strategy:
            facts["key"] = attributes(strategy["key"])
            facts["key_type"] = strategy.get("key_type", "string")
        if "after" in strategy or "resume_from" in strategy:
            facts["bound_argument"] = argument(strategy.get("after") or strategy["resume_from"])
        if "after_format" in strategy:  # the bound is an expression in a filter, joined to the caller's own
            facts["bound_format"] = str(strategy["after_format"])
            facts["bound_join"] = strategy.get("after_join")
        if strategy.get("unless"):
            facts["unless"] = tuple((argument(name), str(text)) for name, text in strategy["unless"].items())
        if strategy.get("direction") == "desc":
            facts["descending"] = True
        if "invalid_cursor_status" in strategy:
            facts["invalid_cursor_status"] = int(strategy["invalid_cursor_status"])
        strategies.append(facts)

    size = pagination.get("size_max") or pagination.get("size_fixed")
    options = {
        "style": pagination["style"],
        "page_argument": arguments.get(pagination.get("page_param", "")),
        "offset_argument": arguments.get(pagination.get("offset_param", "")),
        "size_argument": arguments.get(pagination.get("size_param", "")),
        "size": size,
        "sends_size": "size_param" in pagination,
        "last_page_header": pagination.get("last_page_header"),
        "total_items": pagination.get("total_items"),
        "total_pages": pagination.get("total_pages"),
        "cursor_argument": arguments.get(pagination.get("cursor_param", "")),
        "next_cursor": pagination.get("next_cursor"),
        "has_more": pagination.get("has_more"),
        "operation": name,
        "item_id": attributes(iteration["id"]),
        "item_created": attributes(iteration["created"]) if "created" in iteration else None,
    }
    controlled = {options["page_argument"], options["cursor_argument"], options["offset_argument"]}
    return {
        "options": {key: value for key, value in options.items() if value is not None},
        "strategies": strategies,
        # The iterators' signature: the walk sends these itself, and sets these unless the caller does.
        "omitted": sorted({*(argument(p) for p in iteration.get("omit", [])), *controlled} - {None}),
        "unset_by_default": sorted(
            {key for strategy in strategies for key, _ in strategy.get("sets", ())}
            | {options["size_argument"]} - {None}
        ),
        "parsed_type": code(model.get_type_string(no_optional=True)),
        "items_attribute": items.python_name,
        "items_required": items.required,
        "item_type": code(items.inner_property.get_type_string(no_optional=True)),
        "imports": sorted(
            items.inner_property.get_imports(prefix="...")
            | getattr(items.inner_property, "get_lazy_imports", lambda prefix: set())(prefix="...")
        ),
    }


def properties_of(model: Any) -> list[Any]:
    return [*(getattr(model, "required_properties", None) or []), *(getattr(model, "optional_properties", None) or [])]


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
