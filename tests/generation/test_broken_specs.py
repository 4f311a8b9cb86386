"""Every broken spec is refused with one `specs/<file>.yaml:LINE:COL: message` line per problem, pointing at
the fault, with exit status 1, no traceback, and generated/ left byte for byte as it was.

Each case breaks tests/generation/widgets.yaml (a small spec using every x- extension) by replacing a piece
of it; `⟦` in the replacement marks where the first reported problem must point. The generator runs in this
process (a subprocess per case would spend seconds importing the validators), through its `main`.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import HERE, tree_digest, tree_listing

MARK = "⟦"
BAD_BYTE = "«FF»"  # written as the byte 0xFF, which no UTF-8 text contains
PAGINATION = """      x-pagination:
        style: page
        items: /items
        page_param: page
        size_param: per_page
        size_max: 100
        total_pages: /pages
"""
ITERATION = """      x-iteration:
        id: /id
        strategies:
          - strategy: overlap
            guarantee: exact
            assumes: widgets keep their order while a list is read
"""
WIDGET_ID_PARAMETER = """    parameters:
      - name: widget_id
        in: path
        required: true
        schema: {type: string}
"""


@dataclass(frozen=True)
class Broken:
    old: str | None  # the piece replaced (None: the whole file)
    new: str  # with MARK where the first problem must be reported
    says: str  # a part of that problem's message


def alias_bomb() -> str:
    """The "billion laughs": nine levels of ten aliases expand to 10^9 nodes; `*f` is the first past the limit."""
    lines = ["x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        aliases = ", ".join([f"*{previous}"] * 10)
        lines.append(f"x-{name}: &{name} [{MARK if name == 'g' else ''}{aliases}]")
    return "\n".join(lines) + "\nx-rate-limits:"


CASES: dict[str, Broken] = {
    # YAML
    "duplicate operation key": Broken(
        "  /widgets/{widget_id}:\n",
        f"    {MARK}get:\n      operationId: other\n      responses: {{}}\n  /widgets/{{widget_id}}:\n",
        "duplicate key 'get' (first at line 40)",
    ),
    "duplicate root key": Broken(
        "\npaths:\n", f"\n{MARK}x-error: {{}}\npaths:\n", "duplicate key 'x-error' (first at line 13)"
    ),
    "duplicate status as number and string": Broken(
        "        '401': {$ref: '#/components/responses/Error'}\n    post:",
        f"        {MARK}200: {{description: again}}\n"
        "        '401': {$ref: '#/components/responses/Error'}\n    post:",
        "duplicate key '200' (first at line 65)",
    ),
    "alias bomb": Broken("x-rate-limits:", alias_bomb(), "this alias alone expands to more than 1,000,000 nodes"),
    "recursive alias": Broken("x-rate-limits:", f"x-loop: &loop [1, {MARK}*loop]\nx-rate-limits:", "recursive alias"),
    "nesting too deep": Broken(
        "x-rate-limits:", "x-deep: " + "[" * 100 + MARK + "[" * 4900 + "]" * 5000 + "\nx-rate-limits:", "nested deeper"
    ),
    "unterminated double quote": Broken("summary: Get a widget", f'summary: {MARK}"Get a widget', "never closed"),
    "unterminated single quote": Broken(
        "summary: Get a widget", f"summary: {MARK}'Get a widget", "is its closing quote missing?"
    ),
    "tab indentation": Broken(
        "        required: true\n        content:", f"        required: true\n{MARK}\tcontent:", "'\\t'"
    ),
    "bad indentation": Broken(
        "        '404': {$ref: '#/components/responses/Error'}",
        f"        '404': {{$ref: '#/components/responses/Error'}}\n     {MARK}oops: 1",
        "expected <block end>",
    ),
    "control character": Broken("summary: Get a widget", f"summary: Get a {MARK}\x00widget", "U+0000 is not allowed"),
    "not UTF-8": Broken("summary: Get a widget", f"summary: Get a {MARK}{BAD_BYTE}widget", "not UTF-8: byte 0xFF"),
    "empty file": Broken(None, MARK, "found an empty file"),
    "not a mapping": Broken(None, f"{MARK}- 1\n- 2\n", "found a list"),
    # $ref
    "$ref cycle": Broken(
        "    Widget:\n      type: object\n",
        f"    Widget:\n      $ref: {MARK}'#/components/schemas/Gadget'\n    Gadget:\n"
        "      $ref: '#/components/schemas/Widget'\n    Old:\n      type: object\n",
        "$ref cycle: #/components/schemas/Widget -> #/components/schemas/Gadget -> #/components/schemas/Widget",
    ),
    "$ref to nothing": Broken(
        "items: {$ref: '#/components/schemas/Widget'}",
        f"items: {{$ref: {MARK}'#/components/schemas/Wdget'}}",
        "does not resolve: no 'Wdget' in #/components/schemas",
    ),
    "$ref to another file": Broken(
        "items: {$ref: '#/components/schemas/Widget'}", f"items: {{$ref: {MARK}'other.yaml#/Widget'}}", "is not local"
    ),
    # OpenAPI
    "OpenAPI 3.0": Broken("openapi: 3.1.0", f"openapi: {MARK}3.0.3", "expected openapi: 3.1.x"),
    "parameter in the body": Broken("in: query", f"in: {MARK}body", '"body" is not one of'),
    "status that is not one": Broken("        '404': {$ref", f"        {MARK}'4040': {{$ref", "unknown key '4040'"),
    "schema type misspelt, deep in a component": Broken(
        "width: {type: number", f"width: {{type: {MARK}numbr", "'numbr' is not one of"
    ),
    "required is not a list": Broken("required: [message]", f"required: {MARK}message", "is not of type 'array'"),
    "default of the wrong type": Broken("default: 1}", f"default: {MARK}'one'}}", "'one' is not of type 'integer'"),
    "path parameter not declared": Broken(
        "  /widgets/{widget_id}:\n" + WIDGET_ID_PARAMETER + "    get:",
        f"  /widgets/{{widget_id}}:\n    {MARK}get:",
        "Path parameter 'widget_id'",
    ),
    "no servers": Broken(
        "servers:\n  - url: https://api.widgets.example/v1\n",
        f"{MARK}servers: []\n",
        "the client needs the production URL",
    ),
    "unsupported security scheme": Broken(
        "      type: http\n      scheme: bearer\n      x-prefix: bearer\n",
        f"      type: {MARK}oauth2\n"
        "      flows: {clientCredentials: {tokenUrl: 'https://w.example/t', scopes: {}}}\n",
        "supports http bearer and apiKey",
    ),
    # operations
    "operation without operationId": Broken(
        "    post:\n      operationId: create_widget\n", f"    {MARK}post:\n", "every operation needs an operationId"
    ),
    "operationId not snake_case": Broken(
        "operationId: get_widget", f"operationId: {MARK}getWidget", "'getWidget' must be snake_case"
    ),
    "operationId twice": Broken(
        "operationId: get_widget", f"operationId: {MARK}list_widgets", "is already the operationId at line 41"
    ),
    "link to no operation": Broken(
        "        '401': {$ref: '#/components/responses/Error'}\n    post:",
        "          links:\n            first:\n              operationId: "
        f"{MARK}get_widgets\n              parameters: {{widget_id: '$response.body#/items/0/id'}}\n"
        "        '401': {$ref: '#/components/responses/Error'}\n    post:",
        "the link names no operation: 'get_widgets'; did you mean 'get_widget'?",
    ),
    # x- extensions
    "no request allowed per period": Broken("requests: 60", f"requests: {MARK}0", "0 is less than the minimum of 1"),
    "rate limit scope unknown": Broken("scope: token", f"scope: {MARK}account", "'account' is not one of"),
    "rate limit names an unknown operation": Broken(
        "operations: ['*']", f"operations: [{MARK}list_widget]", "did you mean 'list_widgets'?"
    ),
    "x-pagination is a word": Broken(PAGINATION, f"      x-pagination: {MARK}page\n", "'page' is not of type 'object'"),
    "x-pagination without page_param": Broken(
        PAGINATION,
        f"      {MARK}" + PAGINATION.replace("        page_param: page\n", "").lstrip(),
        "'page_param' is a required",
    ),
    "x-pagination key misspelt": Broken(
        "        total_pages: /pages\n", f"        {MARK}total_page: /pages\n", "unknown key 'total_page'"
    ),
    "x-pagination fixed size and size parameter": Broken(
        PAGINATION, f"      {MARK}" + PAGINATION.lstrip() + "        size_fixed: 20\n", "goes without size_param"
    ),
    "x-pagination parameter that is not one": Broken(
        "page_param: page", f"page_param: {MARK}pg", "'pg' is not a query parameter of this operation"
    ),
    "x-pagination items not an array": Broken("items: /items", f"items: {MARK}/pages", "is not an array"),
    "x-pagination without x-iteration": Broken(
        PAGINATION + ITERATION, f"      {MARK}" + PAGINATION.lstrip(), "a paginated operation needs x-iteration"
    ),
    "x-iteration strategy unknown": Broken("strategy: overlap", f"strategy: {MARK}zigzag", "'zigzag' is not one of"),
    "x-iteration strategy for other pages": Broken(
        "strategy: overlap", f"strategy: {MARK}cursor", "cursor walks x-pagination style cursor, not page"
    ),
    "x-iteration keyset without its bound": Broken(
        "          - strategy: overlap\n", f"          - {MARK}strategy: keyset\n", "'after' is a required property"
    ),
    "x-iteration id that is no field": Broken(
        "        id: /id\n", f"        id: {MARK}/ident\n", "not a field of an item"
    ),
    "x-iteration names a parameter that is not one": Broken(
        "          - strategy: overlap\n",
        f"          - {MARK}strategy: overlap\n            set: {{sort: name}}\n"
        "            guarantee: exact\n            assumes: sorted\n          - strategy: overlap\n",
        "'sort' is not a query parameter of this operation",
    ),
    "x-iteration whose last strategy may not apply": Broken(
        "          - strategy: overlap\n",
        f"          - {MARK}strategy: overlap\n            set: {{per_page: 10}}\n",
        "the last strategy must apply whatever the arguments",
    ),
    "extension misspelt": Broken("      x-pagination:\n", f"      {MARK}x-paginaton:\n", "did you mean x-pagination?"),
    "root extension misspelt": Broken("x-rate-limits:", f"{MARK}x-rate-limit:", "did you mean x-rate-limits?"),
    "extension in the wrong place": Broken(
        "  /widgets:\n    get:",
        f"  /widgets:\n    {MARK}x-pagination: {{}}\n    get:",
        "unknown extension x-pagination here",
    ),
    "x-error pointer to nothing": Broken(
        "message: /error/message", f"message: {MARK}/error/msg", "is not a property of #/components/schemas/Error"
    ),
    "x-error without message": Broken(
        "x-error:\n  schema: '#/components/schemas/Error'\n  message: /error/message\n",
        f"{MARK}x-error:\n  schema: '#/components/schemas/Error'\n",
        "'message' is a required property",
    ),
    "x-error schema to nothing": Broken(
        "schema: '#/components/schemas/Error'", f"schema: {MARK}'#/components/schemas/Eror'", "does not resolve"
    ),
    "x-quota default plan unknown": Broken(
        "default_plan: free", f"default_plan: {MARK}gold", "'gold' is not one of plans (free, pro)"
    ),
    "x-quota operation misspelt": Broken(
        "operations: [create_widget]", f"operations: [{MARK}create_widgets]", "did you mean 'create_widget'?"
    ),
    "x-webhook-signature negative tolerance": Broken("tolerance: 300", f"tolerance: {MARK}-1", "less than or equal"),
    "x-prefix a number": Broken("x-prefix: bearer", f"x-prefix: {MARK}5", "5 is not of type 'string'"),
    "x-method a keyword": Broken(
        "operationId: get_widget", f"operationId: get_widget\n      x-method: {MARK}class", "'class' is not allowed"
    ),
}


def break_spec(case: Broken) -> tuple[bytes, int, int]:
    """The broken spec's bytes, and the line and column MARK stood at."""
    base = (HERE / "widgets.yaml").read_text(encoding="utf-8")
    if case.old is None:
        text = case.new
    else:
        assert base.count(case.old) >= 1, f"the case no longer applies: {case.old!r} is not in widgets.yaml"
        text = base.replace(case.old, case.new, 1)
    index = text.index(MARK)
    text = text.replace(MARK, "", 1)
    line, column = text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1
    return text.encode("utf-8").replace(BAD_BYTE.encode(), b"\xff"), line, column


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("name", list(CASES))
def test_broken_spec_is_refused_at_its_fault(name: str, generator: ModuleType, module_checkout: Path) -> None:
    spec = module_checkout / "specs" / "widgets.yaml"
    data, line, column = break_spec(CASES[name])
    before = tree_digest(module_checkout / "generated")
    listing = tree_listing(module_checkout)
    spec.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            status = generator.main(["widgets"])
    finally:
        spec.write_bytes((HERE / "widgets.yaml").read_bytes())

    errors = err.getvalue()
    assert status == 1, errors
    assert "Traceback" not in errors + out.getvalue()
    first = errors.splitlines()[0]
    assert first.startswith(f"specs/widgets.yaml:{line}:{column}: "), f"expected {line}:{column}:\n{errors}"
    assert CASES[name].says in first, errors
    assert errors.splitlines()[-1] == "error: 1 spec(s) could not be generated; nothing in generated/ was changed"
    assert tree_digest(module_checkout / "generated") == before
    assert tree_listing(module_checkout) == listing, "nothing (scratch space included) was left in the tree"


def test_the_unbroken_spec_is_valid(generator: ModuleType, module_checkout: Path) -> None:
    assert generator.validate_only(["widgets"]) == 0


def test_an_alias_bomb_is_refused_without_growing_memory(module_checkout: Path) -> None:
    """In a process that may use at most 1 GB: walking the 10^9 expanded nodes would exhaust it (or never end)."""
    spec = module_checkout / "specs" / "bomb.yaml"
    data, line, column = break_spec(CASES["alias bomb"])
    spec.write_bytes(data)

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = subprocess.run(
        [sys.executable, str(module_checkout / "scripts" / "generate.py"), "--validate", "bomb"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,  # a guard against hanging, not a speed claim
        preexec_fn=limit_memory,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    spec.unlink()
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"specs/bomb.yaml:{line}:{column}: this alias alone expands to more than")
    assert "Traceback" not in result.stderr


def test_a_bug_in_the_generator_is_one_line_too(
    generator: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No input may produce a traceback: not even one that trips a bug in the generator (--debug shows it)."""

    def bug(provider: str, staging: Path) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(generator, "generate_provider", bug)
    assert generator.main(["widgets"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == (
        "specs/widgets.yaml: internal error: RuntimeError: boom "
        "(a bug in scripts/generate.py; --debug shows the traceback)"
    )
    with pytest.raises(RuntimeError, match="boom"):
        generator.main(["widgets", "--debug"])
