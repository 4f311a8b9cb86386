"""`ThreadedMockServer`: a mock served on a real socket from a thread of the test process,
for tests that need a network (timeouts, dropped connections, other processes), like moto's
`ThreadedMotoServer`.

    with ThreadedMockServer("formsite") as server:
        client = formsite_client.AuthenticatedClient("fs_demo_token", base_url=server.base_url)
        server.control.add_fault(status=503)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Unpack, cast, overload

from ._control import MockControl
from ._switch import SwitchOptions, require_mock_extra, start_mock

if TYPE_CHECKING:
    from formclients.mocks import ProviderMock
    from formclients.mocks._serve import ServerThread
    from formclients.mocks.cognito_forms import CognitoFormsMock
    from formclients.mocks.cogram import CogramMock
    from formclients.mocks.formester import FormesterMock
    from formclients.mocks.formr import FormrMock
    from formclients.mocks.formsite import FormsiteMock

M = TypeVar("M", bound="ProviderMock")


class ThreadedMockServer(Generic[M]):
    """Serves one mock on `host:port` (port 0: a free one) until `stop()`; `url` is only known after `start()`.

    Unlike in-process mocks, it starts on the wall clock (advance it with `control.advance(...)`)
    and refuses webhook subscriptions outside loopback and `webhook_allow`, as `formclients mock` does.
    """

    @overload
    def __init__(
        self: ThreadedMockServer[CognitoFormsMock],
        provider: Literal["cognito_forms"],
        *,
        host: str = ...,
        port: int = ...,
        **options: Unpack[SwitchOptions],
    ) -> None: ...
    @overload
    def __init__(
        self: ThreadedMockServer[FormsiteMock],
        provider: Literal["formsite"],
        *,
        host: str = ...,
        port: int = ...,
        **options: Unpack[SwitchOptions],
    ) -> None: ...
    @overload
    def __init__(
        self: ThreadedMockServer[FormesterMock],
        provider: Literal["formester"],
        *,
        host: str = ...,
        port: int = ...,
        **options: Unpack[SwitchOptions],
    ) -> None: ...
    @overload
    def __init__(
        self: ThreadedMockServer[CogramMock],
        provider: Literal["cogram"],
        *,
        host: str = ...,
        port: int = ...,
        **options: Unpack[SwitchOptions],
    ) -> None: ...
    @overload
    def __init__(
        self: ThreadedMockServer[FormrMock],
        provider: Literal["formr"],
        *,
        host: str = ...,
        port: int = ...,
        **options: Unpack[SwitchOptions],
    ) -> None: ...
    @overload
    def __init__(self, provider: M, *, host: str = ..., port: int = ...) -> None: ...
    def __init__(
        self, provider: Any, *, host: str = "127.0.0.1", port: int = 0, **options: Unpack[SwitchOptions]
    ) -> None:
        require_mock_extra()
        if isinstance(provider, str):
            from formclients.mocks import SystemClock

            options.setdefault("clock", SystemClock())
            settings = cast(SwitchOptions, {**options, "refuse_unlisted_webhooks": True})
            provider = start_mock(provider, settings)
        self.mock: M = provider
        self.host, self.port = host, port
        self._url: str | None = None
        self._thread: ServerThread | None = None
        self._control: MockControl | None = None

    @property
    def url(self) -> str:
        """The server's origin, ``http://127.0.0.1:PORT`` (the port it really listens on)."""
        if self._url is None:
            raise RuntimeError("the server has not been started: call start() or use it as a context manager")
        return self._url

    def start(self) -> None:
        """Bind (PortInUse if the port is taken), then serve on a daemon thread; returns once it accepts."""
        from formclients.mocks._serve import ServerThread, bind, origin

        sock = bind(self.host, self.port)
        self._url = origin(sock)
        self._thread = ServerThread(self.mock.app, sock)
        self._thread.start()

    def stop(self) -> None:
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._thread is not None:
            self._thread.stop()
            self._thread = None
        self.mock.close()

    @property
    def base_url(self) -> str:
        """The provider API's base URL on this server (server variables filled with their demo values)."""
        return self.url + self.mock.base_url.removeprefix("http://mock.local")

    @property
    def control(self) -> MockControl:
        if self._control is None:
            self._control = MockControl(self.url)
        return self._control

    def __enter__(self) -> ThreadedMockServer[M]:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
