"""The Redis store: for workers on several hosts (``FORMCLIENTS_LIMITER=redis://host:6379/0``).

Every decision is one Lua script, so it is atomic, and it reads Redis's own clock (TIME): two
workers whose clocks differ by a second still see one timeline and never exceed a limit.

Why not pyrate-limiter's RedisBucket or `limits`' moving window: both stamp requests with the
calling host's clock (pyrate-limiter 4.5.1: "We are not using redis' built-in TIME"; limits 5.8:
`time.time()` passed to its script), so a worker whose clock is ahead sees the others' requests
leave the window early. Measured with scripts/eval_pyrate_limiter.py (4 processes x 10 calls,
5 requests per 1 s, one process's clock 1 s ahead, 3 runs): pyrate-limiter let a request out 0.002
to 0.027 s after the 5th before it, where exact limiting waits 1 s; even with no skew it did (0.005
to 0.012 s), since a request that waited is stamped with the time it planned to wake, and the
script counts the window up to that stale time.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Hashable, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .._profile import RateLimit
from .base import Entry, Limiter, LimiterUnavailableError, Verdict, Window, bucket_name

PREFIX = "formclients:"

# KEYS: one sorted set per window (member: a unique id, score: admission time).
# ARGV: a unique member id, a clock (empty: Redis TIME), then requests and period per key.
# Returns {index of the limit that waits longest (0: admitted), wait, now}, numbers as strings
# (Redis truncates Lua numbers to integers; %.17g keeps every digit of a double).
ADMIT = """
local now = tonumber(ARGV[2])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local wait, waiting_on = 0, 0
for i, key in ipairs(KEYS) do
  local requests, period = tonumber(ARGV[1 + 2 * i]), tonumber(ARGV[2 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
  local count = redis.call('ZCARD', key)
  if count >= requests then
    local blocking = redis.call('ZRANGE', key, count - requests, count - requests, 'WITHSCORES')
    local needed = tonumber(blocking[2]) + period - now
    if needed > wait then wait, waiting_on = needed, i end
  end
end
if waiting_on == 0 then
  for i, key in ipairs(KEYS) do
    redis.call('ZADD', key, now, ARGV[1])
    redis.call('PEXPIRE', key, math.ceil(tonumber(ARGV[2 + 2 * i]) * 1000))
  end
end
return {tostring(waiting_on), string.format('%.17g', wait), string.format('%.17g', now)}
"""

# KEYS: the sorted sets a request was admitted to; ARGV: its member id, a clock (empty: Redis TIME),
# then each key's period. Moves the member to now (adding it back if it has left the window).
RESTAMP = """
local now = tonumber(ARGV[2])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[1])
  redis.call('PEXPIRE', key, math.ceil(tonumber(ARGV[2 + i]) * 1000))
end
return {}
"""

# KEYS[1]: one sorted set; ARGV: clock (empty: Redis TIME), period. Returns {count, oldest or ''}.
WINDOW = """
local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local left = ''
if oldest[2] then left = string.format('%.17g', tonumber(oldest[2]) + tonumber(ARGV[2]) - now) end
return {tostring(redis.call('ZCARD', KEYS[1])), left}
"""

# KEYS[1]: a counter; ARGV: amount, allowance ('' for none), seconds to keep it. Returns {added, value}.
ADD = """
local value = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount, allowance = tonumber(ARGV[1]), tonumber(ARGV[2])
if amount > 0 and allowance and value + amount > allowance then return {0, value} end
value = math.max(0, value + amount)
redis.call('SET', KEYS[1], value, 'PX', math.ceil(tonumber(ARGV[3]) * 1000))
return {1, value}
"""


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = f"{parts.username}:***@" if parts.username else ":***@"
    host = parts.hostname or ""
    netloc = user + (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class RedisLimiter(Limiter):
    """Exact sliding windows and quota counters in Redis, on Redis's clock.

    `clock` replaces Redis's TIME (tests run on a simulated clock with it); leave it None in use.
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        try:
            import redis
        except ImportError:  # pragma: no cover - depends on the install
            raise ImportError("the Redis limiter needs the redis package: pip install 'formclients[redis]'") from None
        self.url = url
        self.store = redact(url)
        self.clock = clock
        self._errors: tuple[type[Exception], ...] = (redis.RedisError,)
        try:
            self._redis: Any = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        except ValueError as error:
            raise ValueError(f"FORMCLIENTS_LIMITER: {self.store} is not a Redis URL ({error})") from None
        self._admit = self._redis.register_script(ADMIT)
        self._window = self._redis.register_script(WINDOW)
        self._restamp = self._redis.register_script(RESTAMP)
        self._add = self._redis.register_script(ADD)

    def _run(self, script: Any, keys: list[str], args: list[Any]) -> list[Any]:
        try:
            reply: list[Any] = script(keys=keys, args=args)
        except self._errors as error:
            raise LimiterUnavailableError(self.store, f"Redis said: {error}") from None
        return [value.decode() if isinstance(value, bytes) else value for value in reply]

    def _now(self) -> str:
        return "" if self.clock is None else repr(self.clock())

    def now(self) -> float:
        """This host's clock (or `clock`): only quotas' calendar months and days are read from it,
        where a second of skew moves the boundary by a second; windows use Redis's TIME."""
        return time.time() if self.clock is None else self.clock()

    def admit(self, entries: Sequence[Entry]) -> Verdict:
        keys = [PREFIX + bucket_name(limit, key) for limit, key in entries]
        member = uuid.uuid4().hex
        args: list[Any] = [member, self._now()]
        for limit, _ in entries:
            args += [limit.requests, repr(float(limit.period))]
        index, wait, now = self._run(self._admit, keys, args)
        return Verdict(float(wait), entries[int(index) - 1][0] if int(index) else None, float(now), member)

    def restamp(self, entries: Sequence[Entry], admitted: Verdict) -> None:
        keys = [PREFIX + bucket_name(limit, key) for limit, key in entries]
        periods = [repr(float(limit.period)) for limit, _ in entries]
        self._run(self._restamp, keys, [admitted.ticket, self._now(), *periods])

    def window(self, limit: RateLimit, key: Hashable) -> Window:
        count, left = self._run(self._window, [PREFIX + bucket_name(limit, key)], [self._now(), float(limit.period)])
        return Window(int(count), float(left) if left else None)

    def add(self, counter: str, amount: int, allowance: int | None, keep_for: float) -> tuple[bool, int]:
        args: list[Any] = [amount, "" if allowance is None else allowance, keep_for]
        added, value = self._run(self._add, [PREFIX + counter], args)
        return bool(int(added)), int(value)

    def close(self) -> None:
        self._redis.close()
