"""Retries: httpx-retries' `Retry` decides, our `RetryTransport` drives the attempts.

The policy (which methods, statuses and errors are retried, backoff with jitter, Retry-After,
caps on attempts and on total waiting) is httpx-retries' `Retry`, unchanged. The loop that
sends the attempts is ours, in a subclass of its `RetryTransport`, because the library's loop
(a private function) offers no hook that sees the request and the outcome of earlier attempts
together, and three things need both:

- an INFO line on ``formclients.retry`` for every retry: which request, the status or error,
  the attempt, and the delay actually slept (computed once, then logged and slept);
- every retry sleep counted in the throttle's ``waited``, next to the rate-limit waits;
- the DELETE rule: a DELETE whose earlier attempt may have reached the server and whose retry
  answers 404 was done by that earlier attempt; it returns normally (marked `ALREADY_DELETED`,
  logged at INFO) instead of raising NotFoundError. A 404 on the first attempt still raises.

"May have reached the server", for an earlier attempt, means the request was sent and we do
not know what the server did with it:

- a 5xx response (500, 502, 503, 504): the server or a gateway in front of it had the request,
  and may have acted on it before failing;
- an error after the connection was made: a read or write timeout, a read or write error, the
  server closing the connection without an answer (the response was lost).

It does not mean: a 429 (the server refused the request unprocessed), and errors before
anything was sent (`ConnectError`, `ConnectTimeout`, `PoolTimeout`). When in doubt the rule
leans to "may have reached": wrongly calling a 404 "already deleted" returns normally for an
entry that is gone either way; wrongly raising reports a successful delete as a failure.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from httpx_retries import Retry
from httpx_retries import RetryTransport as _LibraryRetryTransport

from ._logs import retry_logger
from ._redact import redact_url
from ._transports import Throttle

ALREADY_DELETED = "formclients.already_deleted"  # response extension: a retried DELETE found it gone
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class RetryPolicy(Retry):
    """httpx-retries' `Retry` whose sleeps can be replaced (tests pass a fake clock's).

    The sleep functions survive `increment()`, which builds each next attempt's copy.
    """

    def __init__(
        self,
        *args: Any,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.sleep_function = sleep
        self.async_sleep_function = async_sleep

    def copy_with(self, *args: Any, **kwargs: Any) -> Retry:
        copy = super().copy_with(*args, **kwargs)
        if isinstance(copy, RetryPolicy):
            copy.sleep_function, copy.async_sleep_function = self.sleep_function, self.async_sleep_function
        return copy

    def sleep(self, response: httpx.Response | Exception) -> None:
        self.sleep_function(_delay(self, response))

    async def asleep(self, response: httpx.Response | Exception) -> None:
        await self.async_sleep_function(_delay(self, response))


def retry_policy(
    *,
    attempts: int = 4,
    backoff: float = 0.5,
    max_wait: float = 60.0,
    total_wait: float = 120.0,
    sleep: Callable[[float], None] | None = None,
    async_sleep: Callable[[float], Awaitable[None]] | None = None,
) -> Retry:
    """Retries for 429, 500, 502, 503, 504 and connection errors, honouring Retry-After.

    Only GET, HEAD, PUT, DELETE and OPTIONS are retried: a POST or PATCH that may have reached
    the server is never sent twice (a retried Formr submit or Cognito create would duplicate data).
    `sleep` and `async_sleep` replace time.sleep and asyncio.sleep (tests inject a fake clock's).
    """
    return RetryPolicy(
        total=attempts,
        backoff_factor=backoff,
        backoff_jitter=1.0,
        max_backoff_wait=max_wait,
        total_timeout=total_wait,
        allowed_methods=["GET", "HEAD", "PUT", "DELETE", "OPTIONS"],
        status_forcelist=[429, 500, 502, 503, 504],
        respect_retry_after_header=True,
        sleep=sleep or time.sleep,
        async_sleep=async_sleep or asyncio.sleep,
    )


def _delay(retry: Retry, cause: httpx.Response | Exception) -> float:
    """Seconds to wait before the next attempt, counted against the retry's total budget."""
    headers = cause.headers if isinstance(cause, httpx.Response) else {}
    seconds = retry._calculate_sleep(headers)  # the library's own rule: Retry-After, else backoff
    retry.elapsed_sleep += seconds
    return seconds


def may_have_reached_server(cause: httpx.Response | Exception) -> bool:
    """Whether a failed attempt may have been acted on by the server (see the module docstring)."""
    if isinstance(cause, httpx.Response):
        return cause.status_code >= 500
    return not isinstance(cause, NOT_SENT)


def describe(cause: httpx.Response | Exception) -> str:
    if isinstance(cause, httpx.Response):
        return f"{cause.status_code} {cause.reason_phrase}".strip()
    message = str(cause)
    return f"{type(cause).__name__}: {message}" if message else type(cause).__name__


class RetryTransport(_LibraryRetryTransport):
    """httpx-retries' transport with our attempt loop (see the module docstring for why).

    `throttle` is the client's `Throttle` (or None): every retry sleep is added to its `waited`.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        retry: Retry,
        *,
        provider: str = "",
        throttle: Throttle | None = None,
    ) -> None:
        super().__init__(transport, retry=retry)
        self.provider = provider
        self.throttle = throttle

    # -- the loop, sync and async -----------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync_transport is None:
            raise RuntimeError("a sync request reached a RetryTransport built around an async transport")
        retry: Retry = request.extensions.setdefault("retry", self.retry)
        if not retry.is_retryable_method(request.method):
            return self._sync_transport.handle_request(request)
        reached = False
        while True:
            cause: httpx.Response | Exception
            try:
                response = self._sync_transport.handle_request(request)
            except Exception as error:
                if retry.is_exhausted() or not retry.is_retryable_exception(error):
                    raise
                cause = error
            else:
                if not retry.is_retryable_status_code(response.status_code) or retry.is_exhausted():
                    failed = self._validate(retry, request, response)
                    if failed is None:
                        return self._finish(request, response, retry, reached)
                    cause = failed
                else:
                    cause = response
                response.close()
            reached = reached or may_have_reached_server(cause)
            retry = retry.increment()
            seconds = self._announce(request, cause, retry)
            if isinstance(retry, RetryPolicy):
                retry.sleep_function(seconds)
            else:
                time.sleep(seconds)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            raise RuntimeError("an async request reached a RetryTransport built around a sync transport")
        retry: Retry = request.extensions.setdefault("retry", self.retry)
        if not retry.is_retryable_method(request.method):
            return await self._async_transport.handle_async_request(request)
        reached = False
        while True:
            cause: httpx.Response | Exception
            try:
                response = await self._async_transport.handle_async_request(request)
            except Exception as error:
                if retry.is_exhausted() or not retry.is_retryable_exception(error):
                    raise
                cause = error
            else:
                if not retry.is_retryable_status_code(response.status_code) or retry.is_exhausted():
                    failed = await self._avalidate(retry, request, response)
                    if failed is None:
                        return self._finish(request, response, retry, reached)
                    cause = failed
                else:
                    cause = response
                await response.aclose()
            reached = reached or may_have_reached_server(cause)
            retry = retry.increment()
            seconds = self._announce(request, cause, retry)
            if isinstance(retry, RetryPolicy):
                await retry.async_sleep_function(seconds)
            else:
                await asyncio.sleep(seconds)

    # -- the steps the loops share ----------------------------------------------------------------

    def _validate(self, retry: Retry, request: httpx.Request, response: httpx.Response) -> Exception | None:
        """httpx-retries' `validate_response` hook: a retryable error it raises retries the request."""
        if retry.validate_response is None or retry.is_exhausted():
            return None
        if inspect.iscoroutinefunction(retry.validate_response):
            raise TypeError("validate_response must be a sync function when using a sync transport")
        response.request = request
        try:
            retry.validate_response(response)
        except Exception as error:
            if not retry.is_retryable_exception(error):
                raise
            return error
        return None

    async def _avalidate(self, retry: Retry, request: httpx.Request, response: httpx.Response) -> Exception | None:
        if retry.validate_response is None or retry.is_exhausted():
            return None
        response.request = request
        try:
            result = retry.validate_response(response)
            if inspect.isawaitable(result):
                await result
        except Exception as error:
            if not retry.is_retryable_exception(error):
                raise
            return error
        return None

    def _announce(self, request: httpx.Request, cause: httpx.Response | Exception, retry: Retry) -> float:
        """Compute the delay before the next attempt, log the retry at INFO and count the wait."""
        seconds = _delay(retry, cause)
        if self.throttle is not None:
            self.throttle.waited += seconds
        retry_logger.info(
            "%s%s %s: %s; retry %d of %d in %.2f s",
            f"{self.provider}: " if self.provider else "",
            request.method,
            redact_url(request.url),
            describe(cause),
            retry.attempts_made,
            retry.total,
            seconds,
            extra={
                "provider": self.provider,
                "attempt": retry.attempts_made + 1,
                "retry_delay": seconds,
                "status_code": cause.status_code if isinstance(cause, httpx.Response) else None,
                "error": None if isinstance(cause, httpx.Response) else type(cause).__name__,
            },
        )
        return seconds

    def _finish(self, request: httpx.Request, response: httpx.Response, retry: Retry, reached: bool) -> httpx.Response:
        response.extensions["retry"] = retry
        if request.method == "DELETE" and reached and response.status_code == 404:
            response.extensions[ALREADY_DELETED] = True
            retry_logger.info(
                "%sDELETE %s answered 404 on retry %d: an earlier attempt had deleted it; returning normally",
                f"{self.provider}: " if self.provider else "",
                redact_url(request.url),
                retry.attempts_made,
                extra={"provider": self.provider, "attempt": retry.attempts_made + 1},
            )
        return response
