"""Reading a HAR file (HTTP Archive 1.2, as browsers and proxies export it) into request/response pairs."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class HarError(Exception):
    """The file cannot be read as a HAR; the message says what and where."""


@dataclass(frozen=True)
class Exchange:
    """One recorded request and its response."""

    index: int  # position in log.entries
    method: str
    url: str
    status: int  # 0: the recorder saw no response (blocked, aborted)
    headers: dict[str, str]  # response headers, lower-case names; repeated ones joined with ", "
    body: bytes | None  # None: the recorder kept no body


def read_har(path: Path) -> list[Exchange]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # browsers may write a byte order mark
    except OSError as error:
        raise HarError(f"cannot read {path}: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise HarError(f"{path} is not a HAR file: byte {error.start} is not UTF-8") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise HarError(
            f"{path} is not a HAR file: not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    entries = document.get("log", {}).get("entries") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise HarError(f"{path} is not a HAR file: it has no log.entries list")
    return [_exchange(path, index, entry) for index, entry in enumerate(entries)]


def _exchange(path: Path, index: int, entry: Any) -> Exchange:
    where = f"{path}: log.entries[{index}]"
    request, response = _field(entry, "request", dict, where), _field(entry, "response", dict, where)
    headers: dict[str, str] = {}
    for header in _field(response, "headers", list, f"{where}.response"):
        name, value = _field(header, "name", str, where), _field(header, "value", str, where)
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return Exchange(
        index=index,
        method=_field(request, "method", str, f"{where}.request").upper(),
        url=_field(request, "url", str, f"{where}.request"),
        status=_field(response, "status", int, f"{where}.response"),
        headers=headers,
        body=_body(response.get("content"), f"{where}.response.content"),
    )


def _field(node: Any, name: str, kind: type, where: str) -> Any:
    value = node.get(name) if isinstance(node, dict) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise HarError(f"{where}.{name}: expected {kind.__name__}, found {type(value).__name__}")
    return value


def _body(content: Any, where: str) -> bytes | None:
    if not isinstance(content, dict) or not isinstance(content.get("text"), str):
        return None
    text: str = content["text"]
    if content.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise HarError(f"{where}.text: not valid base64") from None
    return text.encode("utf-8")
