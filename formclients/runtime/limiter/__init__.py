"""Rate limits and quota counters shared by every client of one credential: one interface
(`Limiter`), three stores (in-process, a SQLite file for one host, Redis for several hosts).
See `config` for how a client chooses its store."""

from .base import Entry, Limiter, LimiterUnavailableError, Verdict, Window, credential_key
from .config import FALLBACK_ENV, LIMITER_ENV, forget_shared_limiters, open_limiter, shared_limiter
from .fallback import FallbackLimiter
from .memory import InProcessLimiter
from .redis import RedisLimiter
from .sqlite import SQLiteLimiter, default_path

__all__ = [
    "FALLBACK_ENV",
    "LIMITER_ENV",
    "Entry",
    "FallbackLimiter",
    "InProcessLimiter",
    "Limiter",
    "LimiterUnavailableError",
    "RedisLimiter",
    "SQLiteLimiter",
    "Verdict",
    "Window",
    "credential_key",
    "default_path",
    "forget_shared_limiters",
    "open_limiter",
    "shared_limiter",
]
