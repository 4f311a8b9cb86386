"""Credentials that never show themselves, and the innermost transport that puts them on the wire.

The credential is attached as late as possible: on a copy of each request, by the last layer
before the network, after logging, retries, throttling and metering. So no logger (httpx's,
httpcore's, httpx-retries', ours or the user's) ever sees it in a URL or a header, and the
request that httpx hands back as ``response.request`` or keeps on its exceptions is the copy
without it. What happens below this layer stays below it: a failure coming up is cleaned of
the credential-carrying copy and of the locals of every frame under this one, so a traceback
with captured locals (what error trackers record) shows no key either.
"""

from __future__ import annotations

import hashlib
import sys
import traceback
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from urllib.parse import quote, quote_plus, unquote_plus

import httpx

from ._profile import SecurityScheme


class Secret:
    """A credential whose repr and str never reveal it (so it cannot leak into logs or tracebacks)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a credential must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def fingerprint(self) -> str:
        """A stable, irreversible name for the credential (to key shared state without holding it)."""
        return hashlib.sha256(self._value.encode()).hexdigest()

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def as_secret(value: str | Secret | None) -> Secret | None:
    """A caller's token as a `Secret` (an empty string means none)."""
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value) if value else None


@dataclass(frozen=True)
class Credential:
    """A secret and the security scheme that says where it travels (a header, or a query parameter)."""

    secret: Secret
    scheme: SecurityScheme

    def attach(self, request: httpx.Request) -> httpx.Request:
        """A copy of `request` carrying the credential; `request` itself is left without it."""
        headers = request.headers.copy()
        url = request.url
        if self.scheme.location == "header":
            headers[self.scheme.parameter] = f"{self.scheme.prefix}{self.secret.reveal()}"
        else:
            # Appended to the raw query (not merged through httpx's params, which would re-encode
            # the other values: `%20` back to `+`, against Formsite's docs).
            kept = [p for p in url.query.decode("ascii").split("&") if p and not self._names_parameter(p)]
            kept.append(f"{quote(self.scheme.parameter, safe='')}={quote(self.secret.reveal(), safe='')}")
            url = url.copy_with(query="&".join(kept).encode("ascii"))
        return httpx.Request(request.method, url, headers=headers, stream=request.stream, extensions=request.extensions)

    def _names_parameter(self, piece: str) -> bool:
        return unquote_plus(piece.partition("=")[0]) == self.scheme.parameter

    def shows_in(self, text: str) -> bool:
        """Whether `text` holds the secret raw, percent-encoded or form-encoded."""
        value = self.secret.reveal()
        return any(form in text for form in (value, quote(value, safe=""), quote_plus(value, safe="")))


def _clean_failure(error: BaseException, request: httpx.Request, credential: Credential, before: object) -> None:
    """Make a failure that came up from below the credential layer safe to show.

    For each exception in its chain (stopping at `before`, what the caller was already handling):
    clear the locals of the frames below this layer (they hold the copy with the credential; the
    frames themselves, file and line, stay for debugging), point httpx's `.request` at the
    request without the credential, and withhold a message that quotes the credential.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and current is not before and id(current) not in seen:
        seen.add(id(current))
        if current.__traceback__ is not None:
            # Only finished frames are cleared; the ones still running (this one) are skipped.
            traceback.clear_frames(current.__traceback__)
        if isinstance(current, httpx.RequestError):
            current.request = request
        if credential.shows_in(str(current)) or any(credential.shows_in(repr(arg)) for arg in current.args):
            withheld = f"{type(current).__name__} (message withheld: it quoted the credential)"
            current.args = (withheld,)
            if isinstance(current, OSError):
                current.strerror = withheld
        current = current.__cause__ or current.__context__


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


class _ReleasingStream(httpx.SyncByteStream):
    """A response body that lets go of the network's stream once closed: httpcore's stream keeps
    the request it answered (the copy with the credential) for as long as it is referenced."""

    def __init__(self, inner: httpx.SyncByteStream) -> None:
        self._inner: httpx.SyncByteStream | None = inner

    def __iter__(self) -> Iterator[bytes]:
        if self._inner is not None:
            yield from self._inner

    def close(self) -> None:
        inner, self._inner = self._inner, None
        if inner is not None:
            inner.close()


class _AsyncReleasingStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner: httpx.AsyncByteStream | None = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._inner is not None:
            async for chunk in self._inner:
                yield chunk

    async def aclose(self) -> None:
        inner, self._inner = self._inner, None
        if inner is not None:
            await inner.aclose()


class CredentialTransport(httpx.BaseTransport):
    """The innermost layer of the sync stack: sends a copy of each request with the credential.

    Only requests to `origin` (the client's base URL: scheme, host and port) get it, so a
    redirect elsewhere (when a caller turns `follow_redirects` on) never carries the key away.
    """

    def __init__(self, inner: httpx.BaseTransport, credential: Credential | None, origin: str) -> None:
        self.inner = inner
        self.credential = credential
        self.origin = _origin(httpx.URL(origin))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.credential is None or _origin(request.url) != self.origin:
            return self.inner.handle_request(request)  # never hand the key to another host (a redirect)
        before = sys.exc_info()[1]
        try:
            # The copy is only ever an argument: no local of this frame holds it.
            response = self.inner.handle_request(self.credential.attach(request))
        except BaseException as error:
            _clean_failure(error, request, self.credential, before)
            raise
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _ReleasingStream(response.stream)
        response.request = request
        return response

    def close(self) -> None:
        self.inner.close()

    def __repr__(self) -> str:
        return f"CredentialTransport({self.inner!r}, {self.credential!r})"


class AsyncCredentialTransport(httpx.AsyncBaseTransport):
    """The async twin of `CredentialTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, credential: Credential | None, origin: str) -> None:
        self.inner = inner
        self.credential = credential
        self.origin = _origin(httpx.URL(origin))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.credential is None or _origin(request.url) != self.origin:
            return await self.inner.handle_async_request(request)
        before = sys.exc_info()[1]
        try:
            response = await self.inner.handle_async_request(self.credential.attach(request))
        except BaseException as error:
            _clean_failure(error, request, self.credential, before)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _AsyncReleasingStream(response.stream)
        response.request = request
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncCredentialTransport({self.inner!r}, {self.credential!r})"
