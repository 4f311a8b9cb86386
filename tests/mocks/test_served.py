"""A served mock (uvicorn on a real socket) never puts a traceback in the log, whatever it is sent.

Issue 9, section 5: a client that disconnected mid-body made uvicorn log a ClientDisconnect
traceback from MockApp.__call__ (`await request.body()` was outside the error handling).
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from formclients.mocks import FakeClock
from formclients.mocks.formsite import FormsiteMock
from formclients.testing import ThreadedMockServer

TOKEN = b"Authorization: bearer fs_demo_token\r\n"


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadedMockServer[FormsiteMock]]:
    with ThreadedMockServer("formsite", clock=FakeClock(), rate_limits=False) as running:
        yield running


def send_raw(server: ThreadedMockServer[FormsiteMock], data: bytes, *, read: bool = True) -> bytes:
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        connection.sendall(data)
        if not read:
            return b""
        connection.shutdown(socket.SHUT_WR)
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return answer


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        f"{record.name}: {record.getMessage()}"
        for record in caplog.records
        if record.exc_info or "Traceback" in record.getMessage()
    ]


def wait_for_log(caplog: pytest.LogCaptureFixture, text: str, timeout: float = 5) -> None:
    """Until `text` or any traceback is logged (the server handles the request on its own thread)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not any(text in r.getMessage() or r.exc_info for r in caplog.records):
        time.sleep(0.01)


def test_a_client_leaving_mid_body_leaves_no_traceback(
    server: ThreadedMockServer[FormsiteMock], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    head = (
        b"POST /api/v2/demo/forms/contact/webhooks HTTP/1.1\r\nHost: x\r\n"
        + TOKEN
        + b"Content-Type: application/json\r\n"
    )
    send_raw(server, head + b"Content-Length: 1000\r\n\r\n" + b'{"event": "res', read=False)
    wait_for_log(caplog, "client left before sending its whole request")
    assert tracebacks(caplog) == []
    assert any("client left before sending its whole request" in r.getMessage() for r in caplog.records)
    assert httpx.get(server.base_url + "/forms", headers={"Authorization": "bearer fs_demo_token"}).status_code == 200


HOSTILE = [
    b"GARBAGE\r\n\r\n",
    b"GET /api/v2/demo/forms HTTP/1.1\r\n\r\n",  # no Host
    b"GET /api/v2/demo/forms HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
    b"GET /api/v2/demo/forms HTTP/1.1\r\nHost: x\r\nX-Bin: \xff\xfe\r\n\r\n",
    b"GET /api/v2/demo/forms/%FF%00/results HTTP/1.1\r\nHost: x\r\n" + TOKEN + b"\r\n",
    b"GET /api/v2/demo/forms/contact/results?search_equals[100]=%FF%FE&limit=%00 HTTP/1.1\r\nHost: x\r\n"
    + TOKEN
    + b"\r\n",
    b"GET /api/v2/demo/forms/contact/results?" + b"a=" * 4000 + b" HTTP/1.1\r\nHost: x\r\n" + TOKEN + b"\r\n",
    b"GET http://elsewhere.example/api/v2/demo/forms HTTP/1.1\r\nHost: x\r\n" + TOKEN + b"\r\n",
    b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /_mock/../_mock/clock HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /_mock/store HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n\xff\xfe\xfd\xfc",
    b"PUT /_mock/store HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\n[1, 2, 3]",
    b"POST /_mock/faults HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n[]",
    b"POST /api/v2/demo/forms/contact/webhooks HTTP/1.1\r\nHost: x\r\n"
    + TOKEN
    + b"Transfer-Encoding: chunked\r\n\r\nZZ\r\nnot hex\r\n",
    b"POST /api/v2/demo/forms/contact/webhooks HTTP/1.1\r\nHost: x\r\n"
    + TOKEN
    + b"Content-Length: 5\r\nContent-Length: 7\r\n\r\n{}{}{}{",
    b"POST /api/v2/demo/forms/contact/webhooks HTTP/1.1\r\nHost: x\r\n"
    + TOKEN
    + b"Content-Type: application/json; charset=latin-1\r\nContent-Length: 4\r\n\r\n\xff\xff\xff\xff",
    b"GET /api/v2/demo/forms HTTP/1.0\r\n" + TOKEN + b"\r\n",
    b"GET /api/v2/demo/forms HTTP/1.1\r\nHost: [::1\r\n" + TOKEN + b"\r\n",
    b"GET /api/v2/demo/forms HTTP/1.1\r\nHost: %zz:x:y\r\n" + TOKEN + b"\r\n",
    b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
    b"DELETE /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n",
]


@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_requests_get_an_answer_or_a_closed_connection_never_a_traceback(
    server: ThreadedMockServer[FormsiteMock], caplog: pytest.LogCaptureFixture, data: bytes
) -> None:
    caplog.set_level(logging.DEBUG)
    answer = send_raw(server, data)
    assert not answer.startswith(b"HTTP/1.1 5"), answer[:200]
    assert tracebacks(caplog) == []
