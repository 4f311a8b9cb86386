"""Paging helpers for mock handlers: page numbers and opaque cursors."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def page_of(items: Sequence[T], page: int, size: int) -> tuple[list[T], int]:
    """The `page`-th (1-based) slice of `size` items, and the number of the last page (at least 1)."""
    last = max(1, math.ceil(len(items) / size))
    start = (page - 1) * size
    return list(items[start : start + size]), last


def encode_cursor(position: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The position a cursor stands for; ValueError for anything this mock did not issue."""
    try:
        position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError):
        raise ValueError(f"invalid cursor {cursor!r}") from None
    if not isinstance(position, dict):
        raise ValueError(f"invalid cursor {cursor!r}")
    return position
