"""Schemathesis CLI hooks for `nox -s fuzz`: drop only the failures tolerances.py recognises.

Loaded by file path (schemathesis' `hooks` setting), so the repository root goes on sys.path
for the package import; the provider comes from FORMCLIENTS_FUZZ_PROVIDER (scripts/fuzz.py
sets it for each served mock).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import schemathesis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.schemathesis import _harness  # noqa: F401  (registers the text/csv deserializer)
from tests.schemathesis.tolerances import tolerated

PROVIDER = os.environ["FORMCLIENTS_FUZZ_PROVIDER"]


@schemathesis.hook
def filter_failure(_: Any, failure: Any, case: Any, response: Any) -> bool:
    return not tolerated(PROVIDER, failure, case, response)
