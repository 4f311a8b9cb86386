"""Hiding credentials in the URLs we show, by position rather than by searching text.

The client's own credential never needs hiding: it is attached below every logger and never
on a request object anyone else holds (see `_auth`). What remains is a credential a caller put
into a URL themselves (a query parameter named like one of the spec's query credentials, or a
password in the URL's userinfo). Those values are replaced whole, after decoding, so every
encoding (raw, ``%XX``, ``+`` for space) and every length is covered, and ordinary text is
never touched.
"""

from __future__ import annotations

import threading
from urllib.parse import unquote_plus

import httpx

REDACTED = "[REDACTED]"
_credential_parameters: set[str] = {"access_token"}
_lock = threading.Lock()


def register_credential_parameter(name: str) -> None:
    """Remember a query parameter that carries a credential (from a spec's apiKey-in-query scheme)."""
    with _lock:
        _credential_parameters.add(name)


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text, with credential query values and any userinfo password replaced.

    The query is rewritten piece by piece on its raw text: other parameters stay exactly as sent.
    """
    url = httpx.URL(str(url))
    text = str(url.copy_with(query=None))
    if url.password:
        user = url.userinfo.decode("ascii").partition(":")[0]
        text = text.replace(f"//{url.userinfo.decode('ascii')}@", f"//{user}:{REDACTED}@", 1)
    if not url.query:
        return text
    with _lock:
        parameters = frozenset(_credential_parameters)
    pieces = []
    for piece in url.query.decode("ascii").split("&"):
        name, equals, _ = piece.partition("=")
        pieces.append(f"{name}={REDACTED}" if equals and unquote_plus(name) in parameters else piece)
    return f"{text}?{'&'.join(pieces)}"
