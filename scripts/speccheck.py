"""Read and validate one spec, so that every problem is reported as `specs/<file>.yaml:LINE:COL: message`.

The stages, each refusing what would crash or mislead a later one:
  1. bytes: size cap, strict UTF-8 (a bad byte is named with its line and column);
  2. YAML: duplicate keys refused (both lines named), aliases capped by the size they expand to,
     nesting capped, the start of an unterminated quoted string named instead of the end of the file;
  3. $ref: local only, every one resolves, no cycle of references;
  4. OpenAPI 3.1 structure (openapi-spec-validator), each error placed at the node it concerns;
  5. operations: an operationId on each, snake_case, unique as a Python name; servers; security schemes;
  6. OpenAPI semantics (openapi-spec-validator: path parameters, schemas, defaults), placed likewise,
     at the definition rather than at the $ref that led to it;
  7. our x- extensions: specs/x-extensions.schema.json (shape), unknown x- keys, cross references.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

EXTENSIONS_SCHEMA = Path(__file__).resolve().parent.parent / "specs" / "x-extensions.schema.json"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MAX_BYTES = 5_000_000  # our largest spec has 70 KB
MAX_NODES = 1_000_000  # YAML nodes after expanding aliases; our largest spec has 3,500
MAX_DEPTH = 100  # nesting levels; our deepest spec nests 18
MAX_REPORTED = 20  # problems listed per spec
OPERATION_ID = re.compile(r"^[a-z][a-z0-9_]*$")

Pointer = tuple[str | int, ...]


class SpecError(Exception):
    """A spec cannot be generated. Each line of the message is `specs/<file>.yaml:LINE:COL: message`."""


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    message: str


def load_spec(path: Path, shown: str) -> dict[str, Any]:
    """Parse and validate one spec, or raise SpecError listing each problem with its place (`shown` names the file)."""
    text = read_text(path, shown)
    spec, root = parse_yaml(text, shown)
    source = Source(shown, root)
    for stage in (check_refs, check_openapi_structure, check_operations, check_openapi_semantics, check_extensions):
        problems = sorted(set(stage(spec, source)), key=lambda p: (p.line, p.column, p.message))
        if problems:
            listed = [f"{shown}:{p.line}:{p.column}: {p.message}" for p in problems[:MAX_REPORTED]]
            if len(problems) > MAX_REPORTED:
                listed.append(f"{shown}: ... and {len(problems) - MAX_REPORTED} more problems")
            raise SpecError("\n".join(listed))
    return spec


# -- 1. bytes ----------------------------------------------------------------------------------


def read_text(path: Path, shown: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SpecError(f"{shown}:1:1: cannot read the file: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise SpecError(f"{shown}:1:1: the file has {len(data):,} bytes; a spec may have at most {MAX_BYTES:,}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[start : error.start].decode("utf-8", errors="replace")) + 1
        raise SpecError(
            f"{shown}:{line}:{column}: not UTF-8: byte 0x{data[error.start]:02X} cannot be decoded "
            "(save the file as UTF-8)"
        ) from None


# -- 2. YAML --------------------------------------------------------------------------------------


class _Refused(yaml.MarkedYAMLError):
    """Valid YAML we refuse: a duplicate key, an oversized alias expansion, nesting too deep."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and records aliases so their expansion can be bounded."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.aliases: list[tuple[yaml.Mark, yaml.Node]] = []

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            mark: yaml.Mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            node = super().compose_node(parent, index)
            if node is not None:
                self.aliases.append((mark, node))
            return node
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise _Refused(problem=f"nested deeper than {MAX_DEPTH} levels", problem_mark=mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def fetch_flow_collection_start(self, token_class: type[yaml.Token]) -> None:
        # Checked in the scanner too: PyYAML looks ahead up to 1,024 characters for each open `[` or `{`,
        # which takes most of a second before the composer would see the depth.
        if self.flow_level >= MAX_DEPTH:
            mark = self.get_mark()
            raise _Refused(problem=f"nested deeper than {MAX_DEPTH} levels", problem_mark=mark)
        super().fetch_flow_collection_start(token_class)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_at: dict[str, yaml.Node] = {}
        for key, _ in node.value:
            if key.tag == "tag:yaml.org,2002:merge":
                continue
            if not isinstance(key, yaml.ScalarNode):
                raise _Refused(problem="a mapping key must be plain text", problem_mark=key.start_mark)
            # `200:` and `'200':` are one key in JSON, so they are compared as written.
            first = first_at.setdefault(key.value, key)
            if first is not key:
                raise _Refused(
                    problem=f"duplicate key {key.value!r} (first at line {first.start_mark.line + 1}); "
                    "YAML would silently keep only the last one",
                    problem_mark=key.start_mark,
                )
        return super().construct_mapping(node, deep)


def parse_yaml(text: str, shown: str) -> tuple[dict[str, Any], yaml.Node]:
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as error:  # a control character, raised before anything is parsed
        raise SpecError(f"{shown}:{_position(text, error.position)}: {_reader_problem(error)}") from None
    try:
        root = loader.get_single_node()
        if root is not None:
            _check_expansion(root, loader.aliases)
        spec = loader.construct_document(root) if root is not None else None
    except yaml.reader.ReaderError as error:
        raise SpecError(f"{shown}:{_position(text, error.position)}: {_reader_problem(error)}") from None
    except yaml.MarkedYAMLError as error:
        raise SpecError(f"{shown}:{_yaml_problem(error, text)}") from None
    finally:
        loader.dispose()
    if root is None or not isinstance(spec, dict):
        found = "an empty file" if root is None else f"a {type(spec).__name__}"
        raise SpecError(
            f"{shown}:1:1: expected an OpenAPI document (a mapping of `openapi`, `info`, ...), found {found}"
        )
    return spec, root


def _check_expansion(root: yaml.Node, aliases: list[tuple[yaml.Mark, yaml.Node]]) -> None:
    """Refuse a document whose aliases expand it past MAX_NODES (a "billion laughs") or into a cycle.

    PyYAML shares an aliased node instead of copying it, so parsing is cheap; but everything that
    walks the result afterwards (the validators, the generators) walks every expanded copy.
    """
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in size:
            continue
        children = _children(node)
        if children_done:
            on_path.discard(id(node))
            size[id(node)] = min(MAX_NODES + 1, 1 + sum(size[id(child)] for child in children))
            continue
        if id(node) in on_path:
            mark = next((m for m, target in aliases if target is node), node.start_mark)
            raise _Refused(
                problem="this alias refers to a node that contains it (a recursive alias)", problem_mark=mark
            )
        on_path.add(id(node))
        stack.append((node, True))
        for child in children:
            if id(child) in on_path:
                mark = next((m for m, target in aliases if target is child), child.start_mark)
                raise _Refused(
                    problem="this alias refers to a node that contains it (a recursive alias)", problem_mark=mark
                )
            if id(child) not in size:
                stack.append((child, False))
    if size[id(root)] > MAX_NODES:
        alone = next(((mark, node) for mark, node in aliases if size[id(node)] > MAX_NODES), None)
        mark, _ = alone or max(aliases, key=lambda alias: size[id(alias[1])])
        what = "this alias alone expands" if alone else "the document expands (this is its largest alias)"
        raise _Refused(
            problem=f"{what} to more than {MAX_NODES:,} nodes; write the values out, or use $ref",
            problem_mark=mark,
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _yaml_problem(error: yaml.MarkedYAMLError, text: str) -> str:
    """`LINE:COL: message` at the place the author has to fix."""
    problem = error.problem or "invalid YAML"
    context, context_mark, mark = error.context or "", error.context_mark, error.problem_mark
    if "quoted scalar" in context and context_mark is not None:
        # PyYAML reports the end of the file (or wherever scanning gave up); the fault is the opening quote.
        opened = f"{context_mark.line + 1}:{context_mark.column + 1}"
        return f"{opened}: invalid YAML: this quoted string is never closed ({problem})"
    if mark is None:
        return f"1:1: invalid YAML: {problem}"
    where = f" ({context} at line {context_mark.line + 1})" if context and context_mark is not None else ""
    if isinstance(error, _Refused):
        return f"{mark.line + 1}:{mark.column + 1}: {problem}"
    runaway = _runaway_quote(text, mark)
    if runaway is not None:
        # A quote left open swallows the lines up to the next quote of its kind; the parser trips after it.
        return (
            f"{runaway.line + 1}:{runaway.column + 1}: invalid YAML: this quoted string runs on to line "
            f"{mark.line + 1}, where the parser fails ({problem}); is its closing quote missing?"
        )
    return f"{mark.line + 1}:{mark.column + 1}: invalid YAML: {problem}{where}"


def _runaway_quote(text: str, mark: yaml.Mark) -> yaml.Mark | None:
    """The start of a quoted scalar spanning lines that ends just before a parse error, if there is one."""
    previous: yaml.Token | None = None
    try:
        for token in yaml.scan(text):
            if token.start_mark.index >= mark.index:
                break
            if not isinstance(token, (yaml.ValueToken, yaml.KeyToken, yaml.BlockEndToken)):
                previous = token
    except yaml.YAMLError:
        pass
    if (
        isinstance(previous, yaml.ScalarToken)
        and previous.style in ("'", '"')
        and previous.end_mark.line > previous.start_mark.line
        and mark.line - previous.end_mark.line <= 1
    ):
        start: yaml.Mark = previous.start_mark
        return start
    return None


def _reader_problem(error: yaml.reader.ReaderError) -> str:
    character = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
    return f"invalid YAML: the control character U+{character:04X} is not allowed"


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    return f"{line}:{index - (text.rfind(chr(10), 0, index) + 1) + 1}"


# -- locating a JSON path in the YAML ----------------------------------------------------------------


class Source:
    """Finds the line and column of a JSON path in the parsed YAML."""

    def __init__(self, shown: str, root: yaml.Node) -> None:
        self.shown = shown
        self.root = root

    def problem(self, pointer: Sequence[str | int], message: str, *, at_key: bool = False) -> Problem:
        """A problem at the node `pointer` names, or at its nearest existing parent.

        A mapping or a list is placed at its key (`get:`, not the first line inside it); with at_key,
        a scalar is too (`x-paginaton:` rather than its value).
        """
        node = self.node(pointer)
        if at_key or isinstance(node, yaml.CollectionNode):
            node = self.node(pointer, at_key=True)
        where = format_pointer(pointer)
        return Problem(
            node.start_mark.line + 1, node.start_mark.column + 1, f"{where}: {message}" if where else message
        )

    def node(self, pointer: Sequence[str | int], *, at_key: bool = False) -> yaml.Node:
        node = self.root
        for index, part in enumerate(pointer):
            last = index == len(pointer) - 1
            if isinstance(node, yaml.MappingNode):
                pair = next(
                    ((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(part)), None
                )
                if pair is None:
                    return node
                node = pair[0] if last and at_key else pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
            else:
                return node
        return node


def format_pointer(pointer: Sequence[str | int]) -> str:
    return ".".join(f"[{part}]" if isinstance(part, int) else str(part) for part in pointer).replace(".[", "[")


# -- 3. $ref ----------------------------------------------------------------------------------------


def check_refs(spec: dict[str, Any], source: Source) -> Iterator[Problem]:
    """Every $ref is local and resolves, and no chain of $refs comes back to where it started."""
    reported: set[frozenset[str]] = set()
    for pointer, ref in iter_refs(spec):
        if not isinstance(ref, str):
            yield source.problem([*pointer, "$ref"], f"$ref must be a string, not {type(ref).__name__}")
            continue
        if not ref.startswith("#/"):
            yield source.problem(
                [*pointer, "$ref"], f"$ref {ref!r} is not local; only '#/...' references are supported"
            )
            continue
        target, missing = follow(spec, ref)
        if missing is not None:
            yield source.problem([*pointer, "$ref"], f"$ref {ref!r} does not resolve: {missing}")
            continue
        here = "#/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in pointer)
        chain, current = [here], ref
        while current not in chain:
            chain.append(current)
            target, _ = follow(spec, current)
            following = target.get("$ref") if isinstance(target, dict) else None
            if not (isinstance(following, str) and following.startswith("#/") and follow(spec, following)[1] is None):
                break
            current = following
        else:
            cycle = chain[chain.index(current) :]
            # Reported once, at the first $ref of the cycle met; the $refs that merely lead into it are fine.
            if here in cycle and frozenset(cycle) not in reported:
                reported.add(frozenset(cycle))
                yield source.problem([*pointer, "$ref"], f"$ref cycle: {' -> '.join([*cycle, cycle[0]])}")


# Maps whose keys are names the author chose (a property called `default` is not the keyword).
NAME_MAPS = frozenset(
    {
        *("properties", "patternProperties", "$defs", "dependentSchemas"),  # JSON Schema
        *("paths", "webhooks", "schemas", "responses", "parameters", "requestBodies", "headers", "securitySchemes"),
        *("links", "callbacks", "pathItems", "content", "encoding", "variables"),  # OpenAPI
    }
)
DATA_KEYWORDS = frozenset(("example", "default", "const", "enum"))  # values are data, not spec


def iter_refs(node: Any, pointer: Pointer = (), names: bool = False) -> Iterator[tuple[Pointer, Any]]:
    """(pointer of the object holding it, value) of every $ref outside example and default data."""
    if isinstance(node, dict):
        if "$ref" in node and not names:
            yield pointer, node["$ref"]
        for key, value in node.items():
            if names:
                yield from iter_refs(value, (*pointer, key))
            elif key == "examples" and isinstance(value, dict):  # named Example objects: their `value` is data
                for name, example in value.items():
                    if isinstance(example, dict) and "$ref" in example:
                        yield (*pointer, key, name), example["$ref"]
            elif key not in DATA_KEYWORDS and key != "examples":
                yield from iter_refs(value, (*pointer, key), names=key in NAME_MAPS)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, (*pointer, index))


def follow(spec: Any, ref: str) -> tuple[Any, str | None]:
    """The node a local $ref names, or (None, what is missing)."""
    node = spec
    walked = "#"
    for raw in ref[2:].split("/") if ref != "#/" else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None, f"no {part!r} in {walked}"
        walked += f"/{raw}"
    return node, None


# -- 4. and 6. OpenAPI -------------------------------------------------------------------------------------


def check_openapi_structure(spec: dict[str, Any], source: Source) -> Iterator[Problem]:
    """The document against the OpenAPI 3.1 schema."""
    version = spec.get("openapi")
    if not (isinstance(version, str) and re.fullmatch(r"3\.1\.\d+", version)):
        yield source.problem(
            ["openapi"], f"expected openapi: 3.1.x (the generator reads OpenAPI 3.1), found {version!r}"
        )
        return
    validator = _openapi_validator()(spec)
    yield from schema_problems(source, validator.schema_validator.iter_errors(spec))


def check_openapi_semantics(spec: dict[str, Any], source: Source) -> Iterator[Problem]:
    """openapi-spec-validator's checks beyond the schema, placed at the node they were found at."""
    validator = _openapi_validator()(spec)
    for error in validator.root_validator(validator.schema_path):
        what, parts = getattr(error, "spec_location", ("node", ()))
        error = _deepest(error)
        # A schema's own errors are relative to the schema; a default's to the default value.
        relative = ("default", *error.absolute_path) if what == "value" else tuple(error.absolute_path)
        yield source.problem((*canonical(spec, parts), *relative), first_paragraph(error.message))


def canonical(spec: Any, parts: Sequence[str | int]) -> Pointer:
    """The pointer of the node a path reaches, following the $refs on the way (the definition, not the use)."""
    pointer: list[str | int] = []
    node = spec
    for part in [*parts, None]:
        for _ in range(50):  # cycles were refused before this runs
            ref = node.get("$ref") if isinstance(node, dict) else None
            target = ref_pointer(spec, ref) if isinstance(ref, str) else None
            if target is None:
                break
            pointer, node = list(target), _at(spec, target)
        if part is None:
            break
        if isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
            pointer.append(int(part))
            node = node[int(part)]
        elif isinstance(node, dict) and str(part) in node:
            pointer.append(str(part))
            node = node[str(part)]
        else:
            break
    return tuple(pointer)


def ref_pointer(spec: Any, ref: str) -> Pointer | None:
    """A local $ref as a pointer (list indices as ints), or None when it does not resolve."""
    if not ref.startswith("#/"):
        return None
    node, pointer = spec, list[str | int]()
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            pointer.append(part)
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            pointer.append(int(part))
            node = node[int(part)]
        else:
            return None
    return tuple(pointer)


def _at(spec: Any, pointer: Sequence[str | int]) -> Any:
    node = spec
    for part in pointer:
        node = node[part]
    return node


@functools.cache
def _openapi_validator() -> Any:
    """openapi-spec-validator's 3.1 validator whose semantic errors remember the node they were found at."""
    from jsonschema_path import SchemaPath
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.validation.keywords import ValueValidator

    def locating(cls: type) -> type:
        what = "value" if issubclass(cls, ValueValidator) else "node"

        def call(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            node = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
            for error in cls.__call__(self, *args, **kwargs):
                if node is not None and not hasattr(error, "spec_location"):
                    error.spec_location = (what, tuple(node.parts))  # the innermost validator is the most precise
                yield error

        return type(f"Locating{cls.__name__}", (cls,), {"__call__": call})

    keywords = {name: locating(cls) for name, cls in OpenAPIV31SpecValidator.keyword_validators.items()}
    return type("LocatingSpecValidator", (OpenAPIV31SpecValidator,), {"keyword_validators": keywords})


def _deepest(error: Any) -> Any:
    """For oneOf/anyOf failures, the alternative's error that went deepest (jsonschema's best_match)."""
    from jsonschema.exceptions import best_match

    while getattr(error, "context", None):
        error = best_match(error.context)
    return error


def schema_problems(source: Source, errors: Iterator[Any]) -> Iterator[Problem]:
    """Problems for jsonschema errors over the whole document; where a value has the wrong type, only that."""
    deepest = [_deepest(error) for error in errors]
    mistyped = {tuple(e.absolute_path) for e in deepest if e.validator == "type"}
    for error in deepest:
        pointer = tuple(error.absolute_path)
        if pointer in mistyped and error.validator != "type":
            continue  # `x-pagination: page` is a string where an object belongs; its other errors are noise
        yield schema_problem(source, pointer, error)


def schema_problem(source: Source, pointer: Pointer, error: Any) -> Problem:
    """A jsonschema error in words, placed at the key it is about where there is one."""
    instance, schema, keyword = error.instance, error.schema, error.validator
    message = first_paragraph(error.message)
    if keyword == "additionalProperties" and isinstance(instance, dict) and isinstance(schema, dict):
        allowed = set(schema.get("properties", {}))
        extra = [key for key in instance if key not in allowed]
        if extra:
            known = ", ".join(sorted(allowed))
            return source.problem((*pointer, extra[0]), f"unknown key {extra[0]!r} (allowed: {known})", at_key=True)
    if keyword == "dependentRequired" and isinstance(instance, dict):
        needs = next((key for key, wanted in error.validator_value.items() if key in instance), None)
        return source.problem(
            pointer, f"{needs!r} needs {', '.join(repr(w) for w in error.validator_value[needs])} too"
        )
    unexpected = re.search(r"\('(.+?)' (?:was|were) unexpected\)", message)  # unevaluatedProperties and the like
    if unexpected:  # (not error.instance: openapi-spec-validator's errors carry the whole document there)
        return source.problem((*pointer, unexpected.group(1)), f"unknown key {unexpected.group(1)!r}", at_key=True)
    if keyword == "not":
        parent = error.parent.schema if error.parent is not None else None
        description = next(
            (s["description"] for s in (schema, parent) if isinstance(s, dict) and "description" in s), ""
        )
        shown = "this combination" if isinstance(instance, dict) else repr(instance)
        return source.problem(pointer, f"{shown} is not allowed" + (f": {description}" if description else ""))
    return source.problem(pointer, message, at_key=keyword == "required")


def first_paragraph(message: str) -> str:
    """Some validators append the schema and instance to the message; one line is enough here."""
    return message.split("\n\n")[0].replace("\n", " ")


# -- 5. operations --------------------------------------------------------------------------------


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield ("paths", path, method), item[method]


def check_operations(spec: dict[str, Any], source: Source) -> Iterator[Problem]:
    from openapi_python_client.strings import PythonIdentifier

    seen: dict[str, tuple[Pointer, str]] = {}
    for pointer, operation in iter_operations(spec):
        operation_id = operation.get("operationId")
        if operation_id is None:
            yield source.problem(
                pointer,
                "every operation needs an operationId (snake_case; it names the generated function)",
                at_key=True,
            )
            continue
        if not OPERATION_ID.match(operation_id):
            yield source.problem(
                (*pointer, "operationId"), f"operationId {operation_id!r} must be snake_case ([a-z][a-z0-9_]*)"
            )
            continue
        python_name = str(PythonIdentifier(operation_id, prefix="field_"))
        if python_name in seen:
            first, first_id = seen[python_name]
            line = source.node((*first, "operationId")).start_mark.line + 1
            same = "is already" if first_id == operation_id else f"becomes the same Python name {python_name!r} as"
            yield source.problem(
                (*pointer, "operationId"), f"operationId {operation_id!r} {same} the operationId at line {line}"
            )
            continue
        seen[python_name] = (pointer, operation_id)
    servers = spec.get("servers")
    if not servers:
        yield source.problem(["servers"] if "servers" in spec else [], "servers: the client needs the production URL")
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        kind = (scheme.get("type"), str(scheme.get("scheme", "")).lower(), scheme.get("in"))
        if not (kind[:2] == ("http", "bearer") or (kind[0] == "apiKey" and kind[2] in ("header", "query"))):
            yield source.problem(
                ("components", "securitySchemes", name, "type"),
                "the client supports http bearer and apiKey in a header or the query",
            )
    operation_ids = [id_ for _, id_ in seen.values()]
    for pointer, link in iter_links(spec):
        target = link.get("operationId")
        if isinstance(target, str) and target not in operation_ids:
            guess = difflib.get_close_matches(target, operation_ids, n=1)
            hint = f"; did you mean {guess[0]!r}?" if guess else ""
            yield source.problem((*pointer, "operationId"), f"the link names no operation: {target!r}{hint}")


def iter_links(node: Any, pointer: Pointer = ()) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    """(pointer, link) of every OpenAPI Link object (under a `links` map), outside example data."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "links" and isinstance(value, dict):
                for name, link in value.items():
                    if isinstance(link, dict):
                        yield (*pointer, key, name), link
            elif key not in DATA_KEYWORDS and key != "examples":
                yield from iter_links(value, (*pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_links(value, (*pointer, index))


# -- 7. x- extensions -------------------------------------------------------------------------------


@functools.cache
def extensions_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(EXTENSIONS_SCHEMA.read_text(encoding="utf-8"))
    return schema


def places(spec: Mapping[str, Any]) -> Iterator[tuple[str, Pointer, Mapping[str, Any]]]:
    """(place name in the schema's $defs, pointer, object) of every object whose x- keys the schema governs."""
    yield "root", (), spec
    for path, item in spec.get("paths", {}).items():
        if isinstance(item, dict):
            yield "path-item", ("paths", path), item
    for pointer, operation in iter_operations(spec):
        yield "operation", pointer, operation
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        if isinstance(scheme, dict):
            yield "security-scheme", ("components", "securitySchemes", name), scheme


def check_extensions(spec: dict[str, Any], source: Source) -> Iterator[Problem]:
    from jsonschema import Draft202012Validator

    schema = extensions_schema()
    for place, pointer, node in places(spec):
        known = sorted(key for key in schema["$defs"][place]["properties"] if key.startswith("x-"))
        for key in node:
            if isinstance(key, str) and key.startswith("x-") and key not in known:
                guess = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean {guess[0]}? " if guess else ""
                allowed = ", ".join(known) or "none"
                yield source.problem(
                    (*pointer, key),
                    f"unknown extension {key} here ({hint}allowed: {allowed}; see specs/x-extensions.schema.json)",
                    at_key=True,
                )
    shape = list(schema_problems(source, Draft202012Validator(schema).iter_errors(spec)))
    yield from shape
    if not shape:
        yield from check_references(spec, source)


def check_references(spec: dict[str, Any], source: Source) -> Iterator[Problem]:
    """What a JSON Schema cannot say: names in one extension refer to operations, schemes, parameters, schemas."""
    operation_ids = {op.get("operationId") for _, op in iter_operations(spec)} | {"*"}
    schemes = set(spec.get("components", {}).get("securitySchemes", {})) | {"none"}
    for index, limit in enumerate(spec.get("x-rate-limits", [])):
        yield from _unknown_names(
            source, ("x-rate-limits", index, "operations"), limit.get("operations", []), operation_ids, "operationId"
        )
        yield from _unknown_names(
            source, ("x-rate-limits", index, "schemes"), limit.get("schemes", []), schemes, "security scheme"
        )
    names = [limit["name"] for limit in spec.get("x-rate-limits", [])]
    for index, name in enumerate(names):
        if name in names[:index]:
            yield source.problem(("x-rate-limits", index, "name"), f"another limit is already named {name!r}")
    quota = spec.get("x-quota")
    if quota:
        yield from _unknown_names(
            source, ("x-quota", "operations"), quota.get("operations", []), operation_ids, "operationId"
        )
        if "default_plan" in quota and quota["default_plan"] not in quota["plans"]:
            yield source.problem(
                ("x-quota", "default_plan"),
                f"{quota['default_plan']!r} is not one of plans ({', '.join(quota['plans'])})",
            )
    error = spec.get("x-error")
    if error:
        target, missing = follow(spec, error["schema"])
        if missing is not None:
            yield source.problem(("x-error", "schema"), f"{error['schema']!r} does not resolve: {missing}")
        else:
            for key in ("message", "status", "code"):
                if key in error and _schema_at(spec, target, error[key]) is None:
                    yield source.problem(("x-error", key), f"{error[key]} is not a property of {error['schema']}")
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        if "x-prefix" in scheme and (scheme.get("type"), str(scheme.get("scheme", "")).lower()) != ("http", "bearer"):
            yield source.problem(
                ("components", "securitySchemes", name, "x-prefix"), "x-prefix applies to http bearer schemes only"
            )
    for pointer, operation in iter_operations(spec):
        pagination = operation.get("x-pagination")
        if pagination is None:
            if "x-iteration" in operation:
                yield source.problem((*pointer, "x-iteration"), "x-iteration needs x-pagination", at_key=True)
            continue
        item = spec["paths"][pointer[1]]
        query = {
            p.get("name")
            for p in (_resolve(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])])
            if isinstance(p, dict) and p.get("in") == "query"
        }
        for key in ("page_param", "offset_param", "size_param", "cursor_param"):
            if key in pagination and pagination[key] not in query:
                yield source.problem(
                    (*pointer, "x-pagination", key), f"{pagination[key]!r} is not a query parameter of this operation"
                )
        body = _success_schema(spec, operation)
        items = _schema_at(spec, body, pagination["items"]) if body is not None else None
        kind = items.get("type") if isinstance(items, dict) else None
        if not (kind == "array" or (isinstance(kind, list) and "array" in kind)):
            yield source.problem(
                (*pointer, "x-pagination", "items"),
                f"{pagination['items']} is not an array in the operation's 2xx JSON response",
            )
            continue
        element = items.get("items") if isinstance(items, dict) else None
        yield from check_iteration(spec, source, pointer, operation, query, _resolve(spec, element))


# strategy -> the x-pagination styles it can walk (see formclients/runtime/_iteration.py)
ITERATION_STYLES = {
    "keyset": ("page", "offset"),
    "cursor": ("cursor",),
    "overlap": ("page", "offset"),
    "reverse": ("page",),
    "pages": ("page",),
}


def check_iteration(
    spec: Any, source: Source, pointer: Pointer, operation: Mapping[str, Any], query: set[Any], item: Any
) -> Iterator[Problem]:
    """x-iteration against its operation: strategies that fit x-pagination, parameters and item fields that exist."""
    pagination, iteration = operation["x-pagination"], operation.get("x-iteration")
    at: Pointer = (*pointer, "x-iteration")
    if iteration is None:
        yield source.problem(
            (*pointer, "x-pagination"),
            "a paginated operation needs x-iteration: how its iterators walk it and what that guarantees",
            at_key=True,
        )
        return
    for field in ("id", "created"):
        if field in iteration and _schema_at(spec, item, iteration[field]) is None:
            yield source.problem((*at, field), f"{iteration[field]} is not a field of an item")
    yield from _unknown_names(source, (*at, "omit"), iteration.get("omit", []), query, "query parameter")
    strategies = iteration["strategies"]
    style = pagination["style"]
    for index, strategy in enumerate(strategies):
        here: Pointer = (*at, "strategies", index)
        name = strategy["strategy"]
        if style not in ITERATION_STYLES[name]:
            walks = " or ".join(ITERATION_STYLES[name])
            yield source.problem((*here, "strategy"), f"{name} walks x-pagination style {walks}, not {style}")
        if name == "overlap" and "size_param" not in pagination:
            yield source.problem((*here, "strategy"), "overlap needs a page size it can set (x-pagination size_param)")
        if name == "reverse" and not any(k in pagination for k in ("total_items", "total_pages", "last_page_header")):
            yield source.problem(
                (*here, "strategy"), "reverse needs a count (x-pagination total_items, total_pages or last_page_header)"
            )
        named = [*strategy.get("set", {}), *strategy.get("unless", {})]
        named += [strategy[key] for key in ("after", "resume_from") if key in strategy]
        for parameter in named:
            if parameter not in query:
                yield source.problem(here, f"{parameter!r} is not a query parameter of this operation")
        if "key" in strategy and _schema_at(spec, item, strategy["key"]) is None:
            yield source.problem((*here, "key"), f"{strategy['key']} is not a field of an item")
    if strategies and (strategies[-1].get("set") or strategies[-1].get("unless")):
        yield source.problem(
            (*at, "strategies", len(strategies) - 1),
            "the last strategy must apply whatever the arguments: no `set`, no `unless`",
        )


def _unknown_names(
    source: Source, pointer: Pointer, names: Sequence[str], known: set[Any], what: str
) -> Iterator[Problem]:
    for index, name in enumerate(names):
        if name not in known:
            guess = difflib.get_close_matches(name, sorted(k for k in known if isinstance(k, str)), n=1)
            hint = f"; did you mean {guess[0]!r}?" if guess else ""
            yield source.problem((*pointer, index), f"{name!r} is not a known {what}{hint}")


def _resolve(spec: Any, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
        node, _ = follow(spec, node["$ref"])
        seen += 1
    return node


def _schema_at(spec: Any, schema: Any, pointer: str) -> Any:
    """The schema of the property a JSON pointer into a body names (through $ref and allOf), or None."""
    for part in pointer.strip("/").split("/"):
        schema = _resolve(spec, schema)
        if not isinstance(schema, dict):
            return None
        candidates = [schema, *(_resolve(spec, s) for s in schema.get("allOf", []))]
        found = next(
            (c["properties"][part] for c in candidates if isinstance(c, dict) and part in c.get("properties", {})), None
        )
        if found is None:
            return None
        schema = found
    return _resolve(spec, schema)


def _success_schema(spec: Any, operation: Mapping[str, Any]) -> Any:
    """The JSON schema of an operation's first 2xx response, or None."""
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            content = _resolve(spec, response).get("content", {})
            media = next((m for t, m in content.items() if t == "application/json" or t.endswith("+json")), None)
            if isinstance(media, dict) and "schema" in media:
                return media["schema"]
    return None
