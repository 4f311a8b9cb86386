"""Choosing the store: the ``limiter=`` argument, else ``FORMCLIENTS_LIMITER``, else the SQLite file
in the user's cache directory.

    FORMCLIENTS_LIMITER=memory                     each process limits itself (no sharing)
    FORMCLIENTS_LIMITER=sqlite:///path/to/file     every process on this host (default: the cache directory)
    FORMCLIENTS_LIMITER=redis://host:6379/0        workers on several hosts (also rediss://, with a password)
    FORMCLIENTS_LIMITER_FALLBACK=memory            when the store fails, limit within each process (WARNING)

Without the fallback, a store that cannot be used raises `LimiterUnavailableError` naming it.
"""

from __future__ import annotations

import os
import threading
import time

from .base import Limiter
from .fallback import FallbackLimiter
from .memory import InProcessLimiter
from .redis import RedisLimiter, redact
from .sqlite import SQLiteLimiter, default_path

LIMITER_ENV = "FORMCLIENTS_LIMITER"
FALLBACK_ENV = "FORMCLIENTS_LIMITER_FALLBACK"

_shared: dict[tuple[str, str], Limiter] = {}
_shared_lock = threading.Lock()


def _configuration_error(message: str) -> ValueError:
    from .._base_client import ConfigurationError  # imported late: the client module imports this one

    return ConfigurationError(message)


def open_limiter(url: str | None = None, *, fallback: str | None = None) -> Limiter:
    """A new limiter for `url` (None: ``FORMCLIENTS_LIMITER``, else the default SQLite file), wrapped
    in the in-process fallback when `fallback` (None: ``FORMCLIENTS_LIMITER_FALLBACK``) is "memory"."""
    source = "limiter=" if url is not None else LIMITER_ENV
    url = url if url is not None else os.environ.get(LIMITER_ENV) or None
    fallback_source = "fallback=" if fallback is not None else FALLBACK_ENV
    fallback = fallback if fallback is not None else os.environ.get(FALLBACK_ENV) or None
    if fallback not in (None, "memory", "none"):
        raise _configuration_error(f"{fallback_source} {fallback!r} is not a fallback; use 'memory' or leave it unset")
    limiter = _open(url, source)
    if fallback == "memory" and not isinstance(limiter, InProcessLimiter):
        return FallbackLimiter(limiter)
    return limiter


def _open(url: str | None, source: str) -> Limiter:
    if url is None:
        return SQLiteLimiter(default_path())
    if url == "memory":
        return InProcessLimiter(time.time)
    if url.startswith("sqlite://"):
        path = url.removeprefix("sqlite://")
        if path == "":
            return SQLiteLimiter(default_path())
        if not path.startswith("/"):
            raise _configuration_error(
                f"{source} {url!r}: write sqlite:/// and an absolute path, e.g. sqlite:///tmp/l.db"
            )
        return SQLiteLimiter(path)
    if url.startswith(("redis://", "rediss://", "unix://")):
        try:
            return RedisLimiter(url)
        except ValueError as error:
            raise _configuration_error(f"{source}: {error}") from None
    raise _configuration_error(
        f"{source} {redact(url)!r} is not a limiter store; use memory, sqlite:///PATH or redis://HOST:PORT/DB"
    )


def shared_limiter(url: str | None = None, *, fallback: str | None = None) -> Limiter:
    """The process-wide limiter for one store setting: every client configured alike shares it (and
    with it one connection and the in-process windows)."""
    key = (
        url if url is not None else os.environ.get(LIMITER_ENV, ""),
        fallback if fallback is not None else os.environ.get(FALLBACK_ENV, ""),
    )
    with _shared_lock:
        if key not in _shared:
            _shared[key] = open_limiter(url, fallback=fallback)
        return _shared[key]


def forget_shared_limiters() -> None:
    """Close and forget every shared limiter (tests start each case afresh with it)."""
    with _shared_lock:
        for limiter in _shared.values():
            limiter.close()
        _shared.clear()
