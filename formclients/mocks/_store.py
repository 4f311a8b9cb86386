"""A mock's store as JSON, keyed by collection: what seeds, exports and the control API exchange.

Each provider declares its collections (`ProviderMock.store_collections`): the spec schema
every record must match, and whether records are grouped under a parent (Formsite results
under their form: ``{"results": {"contact": [...]}}``). The provider writes only
`export_store` and `import_store`; checking a seed against the spec and restoring the old
store when the provider refuses it (an unknown form, a duplicate id) happen here, once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._spec import CompiledSpec

MAX_PROBLEMS = 20


@dataclass(frozen=True)
class Collection:
    """One collection of a provider's store."""

    schema: str  # the spec's component schema one record matches, e.g. "Result"
    grouped_by: str | None = None  # the parent records are listed under (JSON object of lists), e.g. "form"
    description: str = ""

    def empty(self) -> list[Any] | dict[str, Any]:
        return {} if self.grouped_by else []


class StoreError(ValueError):
    """A seed the mock refused; `problems` names each, with where it is."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"... and {len(problems) - MAX_PROBLEMS} more")
        super().__init__("; ".join(shown))
        self.problems = shown


def where(collection: str, group: str | None, index: int, path: Any = ()) -> str:
    location = collection + (f"[{json.dumps(group)}]" if group is not None else "") + f"[{index}]"
    for part in path:
        location += f"[{part}]" if isinstance(part, int) else f".{part}"
    return location


def check_store(spec: CompiledSpec, collections: Mapping[str, Collection], data: Any) -> list[str]:
    """Every problem of `data` as a seed for these collections (shape, and each record against its schema)."""
    if not isinstance(data, dict):
        return [f"a seed is a JSON object keyed by collection ({', '.join(collections)}), not {type(data).__name__}"]
    problems = [
        f"unknown collection {name!r}; this mock has {', '.join(sorted(collections)) or 'none'}"
        for name in data
        if name not in collections
    ]
    for name, records in data.items():
        collection = collections.get(name)
        if collection is None:
            continue
        if collection.grouped_by:
            if not isinstance(records, dict) or not all(isinstance(group, list) for group in records.values()):
                problems.append(f"{name}: an object of {collection.grouped_by} -> list of {collection.schema}")
                continue
            groups: list[tuple[str | None, list[Any]]] = list(records.items())
        else:
            if not isinstance(records, list):
                problems.append(f"{name}: a list of {collection.schema}")
                continue
            groups = [(None, records)]
        validator = spec.validator(f"/components/schemas/{collection.schema}")
        for group, items in groups:
            for index, record in enumerate(items):
                for error in validator.iter_errors(record):
                    problems.append(f"{where(name, group, index, error.absolute_path)}: {error.message}")
                    if len(problems) > MAX_PROBLEMS:
                        return problems
    return problems


def read_seed(source: str | Path | Mapping[str, Any]) -> Any:
    """A seed given as a mapping, or the path of a JSON file; StoreError if the file is unreadable."""
    if isinstance(source, Mapping):
        return dict(source)
    path = Path(source)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise StoreError([f"{path}: {error.strerror or error}"]) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise StoreError([f"{path}: not valid JSON ({error})"]) from None
