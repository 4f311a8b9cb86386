"""Retries made visible (INFO lines, waits counted in `throttle.waited`) and the DELETE rule."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from formclients.runtime import ALREADY_DELETED, NotFoundError, Throttle, retry_policy

from .test_policies import PROFILE, FakeTime, error, make_client, scripted

Outcome = Callable[[], httpx.Response | Exception]


def retry_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "formclients.retry"]


def test_every_retry_logs_cause_attempt_and_delay_at_info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="formclients")
    time = FakeTime()
    transport, _ = scripted(
        error(503),
        httpx.ReadTimeout("timed out"),
        error(429, **{"Retry-After": "7"}),
        httpx.Response(200, json={}),
    )
    make_client(transport, time).request(method="get", url="/things", params={"page": "2"})
    lines = retry_lines(caplog)
    assert len(lines) == 3 == len(time.sleeps)
    assert lines[0].startswith(
        "Example API: GET https://api.example.com/things?page=2: 503 Service Unavailable; retry 1 of 3 in "
    )
    assert "ReadTimeout: timed out; retry 2 of 3 in " in lines[1]
    assert lines[2].endswith("429 Too Many Requests; retry 3 of 3 in 7.00 s")
    for line, slept in zip(lines, time.sleeps, strict=True):
        assert line.endswith(f"in {slept:.2f} s"), "the delay logged is the delay slept"
    record = next(r for r in caplog.records if r.name == "formclients.retry")
    fields = record.__dict__  # the `extra` fields a log processor can read
    assert (record.levelno, fields["status_code"], fields["attempt"], fields["error"]) == (logging.INFO, 503, 2, None)


def test_throttle_waited_counts_retry_sleeps_and_rate_limit_waits() -> None:
    time = FakeTime()
    start = time.now
    throttle = Throttle(PROFILE.rate_limits, clock=time.clock, sleep=time.sleep, margin=0.0)  # 3 a minute
    transport, seen = scripted(error(429, **{"Retry-After": "7"}), error(503), httpx.Response(200, json={}))
    client = make_client(transport, time, throttle=throttle)
    client.request(method="get", url="/x")  # three attempts, two retry sleeps (7 s, then backoff)
    client.request(method="get", url="/x")  # the fourth request in a minute: the throttle waits
    assert len(seen) == 4 and len(time.sleeps) == 3 and time.sleeps[0] == 7
    assert time.sleeps[2] == pytest.approx(60 - sum(time.sleeps[:2]), abs=0.01), "then the rate-limit wait"
    assert throttle.waited == pytest.approx(time.now - start), "every second spent waiting is counted"


async def test_async_retries_use_the_injected_async_sleep(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="formclients")
    time = FakeTime()

    async def async_sleep(seconds: float) -> None:
        time.sleep(seconds)

    answers = iter([error(503, **{"Retry-After": "30"}), httpx.Response(200, json={})])

    async def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    retry = retry_policy(attempts=2, sleep=lambda s: pytest.fail("the sync sleep was used"), async_sleep=async_sleep)
    client = make_client(httpx.MockTransport(lambda r: httpx.Response(500)), time, retry=retry)
    client._async_transport = httpx.MockTransport(handler)
    response = await client.arequest(method="get", url="/x")
    assert response.status_code == 200 and time.sleeps == [30.0]
    assert retry_lines(caplog) == [
        "Example API: GET https://api.example.com/x: 503 Service Unavailable; retry 1 of 2 in 30.00 s"
    ]


# -- the DELETE rule ---------------------------------------------------------------------------------

MAY_HAVE_REACHED: dict[str, Outcome] = {
    "500": lambda: error(500),
    "502": lambda: error(502),
    "503": lambda: error(503),
    "504": lambda: error(504),
    "response lost": lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
    "read timeout": lambda: httpx.ReadTimeout("timed out"),
    "read error": lambda: httpx.ReadError("connection reset"),
    "write timeout": lambda: httpx.WriteTimeout("timed out"),
}
NOT_SENT: dict[str, Outcome] = {
    "429": lambda: error(429),
    "connection refused": lambda: httpx.ConnectError("refused"),
    "connect timeout": lambda: httpx.ConnectTimeout("timed out"),
    "pool timeout": lambda: httpx.PoolTimeout("no connection free"),
}


@pytest.mark.parametrize("first", MAY_HAVE_REACHED.values(), ids=MAY_HAVE_REACHED.keys())
def test_delete_whose_earlier_attempt_may_have_reached_the_server_returns_on_404(
    first: Outcome, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="formclients")
    time = FakeTime()
    transport, seen = scripted(first(), error(404, "Entry not found."))
    response = make_client(transport, time).request(method="delete", url="/entries/1")
    assert len(seen) == 2 and response.status_code == 404
    assert response.extensions[ALREADY_DELETED] is True
    assert retry_lines(caplog)[-1] == (
        "Example API: DELETE https://api.example.com/entries/1 answered 404 on retry 1: "
        "an earlier attempt had deleted it; returning normally"
    )


@pytest.mark.parametrize("first", NOT_SENT.values(), ids=NOT_SENT.keys())
def test_delete_404_raises_when_no_earlier_attempt_reached_the_server(first: Outcome) -> None:
    transport, seen = scripted(first(), error(404, "Entry not found."))
    with pytest.raises(NotFoundError):
        make_client(transport, FakeTime()).request(method="delete", url="/entries/1")
    assert len(seen) == 2


def test_delete_404_on_the_first_attempt_raises() -> None:
    transport, seen = scripted(error(404, "Entry not found."))
    with pytest.raises(NotFoundError):
        make_client(transport, FakeTime()).request(method="delete", url="/entries/1")
    assert len(seen) == 1


def test_any_earlier_attempt_counts() -> None:
    transport, seen = scripted(httpx.ConnectError("refused"), error(500), error(429), error(404))
    response = make_client(transport, FakeTime()).request(method="delete", url="/entries/1")
    assert len(seen) == 4 and response.extensions[ALREADY_DELETED] is True


@pytest.mark.parametrize("method", ["get", "put"])
def test_only_delete_takes_a_retried_404_as_done(method: str) -> None:
    transport, _ = scripted(error(500), error(404))
    with pytest.raises(NotFoundError):
        make_client(transport, FakeTime()).request(method=method, url="/entries/1", json={})


def test_a_user_supplied_httpx_retries_policy_still_works() -> None:
    """A plain `httpx_retries.Retry` (no injectable sleep) is accepted and drives the same loop."""
    from httpx_retries import Retry

    transport, seen = scripted(error(503), httpx.Response(200, json={}))
    client = make_client(transport, FakeTime(), retry=Retry(total=2, backoff_factor=0.0))
    assert client.request(method="get", url="/x").status_code == 200 and len(seen) == 2


def test_validate_response_hook_of_httpx_retries_is_honoured() -> None:
    calls: list[int] = []

    def validate(response: httpx.Response) -> None:
        calls.append(response.status_code)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("truncated body")

    from httpx_retries import Retry

    transport, seen = scripted(httpx.Response(200, json={"n": 1}), httpx.Response(200, json={"n": 2}))
    retry: Any = Retry(total=2, backoff_factor=0.0, validate_response=validate)
    response = make_client(transport, FakeTime(), retry=retry).request(method="get", url="/x")
    assert response.json() == {"n": 2} and len(seen) == 2 and calls == [200, 200]


# -- the DELETE rule against the mocks, through the generated clients -----------------------------------


class LoseFirstDeleteAnswer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Delivers the first DELETE to the mock (which deletes), then loses its answer, as a
    connection dropped after the server acted would."""

    def __init__(self, mock: Any) -> None:
        self.sync_inner = mock.transport()
        self.async_inner = mock.async_transport()
        self.deletes = 0

    def _lose(self, request: httpx.Request) -> bool:
        if request.method == "DELETE":
            self.deletes += 1
        return request.method == "DELETE" and self.deletes == 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.sync_inner.handle_request(request)
        if self._lose(request):
            response.close()
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.async_inner.handle_async_request(request)
        if self._lose(request):
            await response.aclose()
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return response


def delete_client(provider: str, lossy: LoseFirstDeleteAnswer, mock: Any, credential: str | int) -> Any:
    from ..clients.conftest import connect

    retry = retry_policy(sleep=FakeTime().sleep, async_sleep=_no_wait)
    return connect(provider, mock, credential, transport=lossy, async_transport=lossy, retry=retry)


async def _no_wait(seconds: float) -> None:
    return None


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_cognito_delete_whose_answer_was_lost_returns_normally(mode: str) -> None:
    from cognito_forms_client.api.entries import delete_entry, get_entry
    from cognito_forms_client.errors import NotFoundError as CognitoNotFound

    from formclients.mocks import create_mock

    mock = create_mock("cognito_forms", rate_limits=False)
    lossy = LoseFirstDeleteAnswer(mock)
    client = delete_client("cognito_forms", lossy, mock, 0)
    if mode == "sync":
        assert delete_entry.sync_detailed("2", "2-1", client=client).status_code == 404
    else:
        assert (await delete_entry.asyncio_detailed("2", "2-1", client=client)).status_code == 404
    assert lossy.deletes == 2, "the first attempt deleted, the retry found it gone"
    with pytest.raises(CognitoNotFound):
        get_entry.sync("2", "2-1", client=client)
    with pytest.raises(CognitoNotFound):  # a first-attempt 404 (lossy only loses the first DELETE's answer)
        delete_entry.sync_detailed("2", "2-1", client=client)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_formester_delete_whose_answer_was_lost_returns_normally(mode: str) -> None:
    from formester_client.api.submissions import delete_submission, get_submission
    from formester_client.errors import NotFoundError as FormesterNotFound

    from formclients.mocks import create_mock
    from formclients.mocks.formester import FULL_TOKEN

    submission = "770e8400-e29b-41d4-a716-446655440002"
    mock = create_mock("formester", rate_limits=False)
    lossy = LoseFirstDeleteAnswer(mock)
    client = delete_client("formester", lossy, mock, FULL_TOKEN)
    if mode == "sync":
        delete_submission.sync(submission, client=client)
    else:
        await delete_submission.asyncio(submission, client=client)
    assert lossy.deletes == 2
    with pytest.raises(FormesterNotFound):
        get_submission.sync(submission, client=client)
    with pytest.raises(FormesterNotFound):
        delete_submission.sync(submission, client=client)
