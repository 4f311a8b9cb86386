"""Where the provider specs are at run time: packaged in the wheel, or in a checkout's specs/."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

_PACKAGED = Path(__file__).resolve().parent / "_specs"  # in a wheel (see pyproject force-include)
_REPOSITORY = Path(__file__).resolve().parent.parent / "specs"  # in a checkout / editable install


def spec_folder() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _REPOSITORY


def providers() -> list[str]:
    """Every provider with a spec (the x- extensions' JSON Schema is not one)."""
    return sorted(path.stem for path in spec_folder().glob("*.yaml"))


def spec_path(provider: str) -> Path:
    for folder in (_PACKAGED, _REPOSITORY):
        path = folder / f"{provider}.yaml"
        if path.is_file():
            return path
    raise FileNotFoundError(f"no spec for {provider!r} in {_PACKAGED} or {_REPOSITORY}")


@functools.cache
def load_spec(provider: str) -> dict[str, Any]:
    """The parsed spec (cached: callers must not change it). Needs PyYAML (the mock and validate extras)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader parses a spec in a tenth of the time
    spec: dict[str, Any] = yaml.load(spec_path(provider).read_text(encoding="utf-8"), Loader=loader)
    return spec
