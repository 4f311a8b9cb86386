"""The README's Python examples at least parse, so a copied snippet never fails on syntax."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

TEXT = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = [
    (TEXT.count("\n", 0, match.start()) + 2, match.group(1))
    for match in re.finditer(r"```python\n(.*?)```", TEXT, flags=re.DOTALL)
]


@pytest.mark.parametrize(("line", "code"), BLOCKS, ids=[f"README.md:{line}" for line, _ in BLOCKS])
def test_python_example_parses(line: int, code: str) -> None:
    compile(code, f"README.md:{line}", "exec")


def test_there_are_examples() -> None:
    assert len(BLOCKS) >= 8
