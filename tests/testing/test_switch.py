"""`formclients.testing.mock(...)`: the moto-style switch, sync and async, context manager and decorator."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import cogram_client
import formsite_client
import httpx
import pytest

from formclients.mocks import FakeClock, StoreError, SystemClock
from formclients.mocks.formsite import FormsiteMock
from formclients.testing import mock

TOKEN = "fs_demo_token"


def test_clients_created_inside_talk_to_a_fresh_mock() -> None:
    with mock("formsite") as formsite:
        result = formsite.complete_result("contact", {"100": "Inside"})  # typed FormsiteMock
        fs = formsite_client.Formsite(TOKEN)  # no transport, no URL settings: the mock's URL
        assert fs.results.list("contact", limit=1).results[0].id == result["id"]
        configured = formsite_client.Formsite(TOKEN, server="fs22", user_dir="demo")  # its own URL, routed
        assert configured.base_url == "https://fs22.formsite.com/api/v2/demo"
        assert len(configured.forms.list().forms) == 3
        assert formsite.answered == {"get_form_results": 1, "get_forms": 1}
    with mock("formsite") as again:
        assert len(again.forms["contact"].results) == 250, "every entry starts a fresh mock"


def test_clients_outside_or_with_their_own_transport_are_not_routed() -> None:
    teapot = httpx.MockTransport(lambda request: httpx.Response(418))
    outside = formsite_client.Formsite(TOKEN, user_dir="demo", transport=teapot, retry=False, raise_on_error=False)
    with mock("formsite") as formsite:
        own = formsite_client.Formsite(TOKEN, user_dir="demo", transport=teapot, retry=False, raise_on_error=False)
        assert own.with_raw_response.forms.list().status_code == 418
        assert outside.with_raw_response.forms.list().status_code == 418
        assert formsite.answered == {}
        cogram = cogram_client.Cogram("cgk_live_demo_4f7a1c9e2b8d6035e1a7", transport=teapot, retry=False)
        with pytest.raises(Exception, match="418"):
            cogram.projects.list()  # another provider: not switched
    with pytest.raises(Exception, match="user_dir"):
        formsite_client.Formsite(TOKEN)  # outside a switch, a client without user_dir is refused as before


def test_clients_created_on_other_threads_are_routed() -> None:
    found: list[int] = []
    with mock("formsite") as formsite:

        def work() -> None:
            found.append(sum(1 for _ in formsite_client.Formsite(TOKEN).results.iter_items("contact")))

        thread = threading.Thread(target=work)
        thread.start()
        thread.join(30)
        assert found == [250] and formsite.answered["get_form_results"] == 3


def test_the_decorator_gives_each_call_a_fresh_mock() -> None:
    switch = mock("formsite")
    seen: list[int] = []

    @switch
    def add_one() -> None:
        switch.mock.complete_result("contact", {"100": "Once"})
        seen.append(len(switch.mock.forms["contact"].results))

    add_one()
    add_one()
    assert seen == [251, 251]
    with pytest.raises(RuntimeError, match="not active"):
        switch.mock  # noqa: B018


async def test_async_context_manager_and_async_decorator() -> None:
    async with mock("formsite") as formsite:
        fs = formsite_client.AsyncFormsite(TOKEN)
        ids = [item.id async for item in fs.results.iter_items("contact")]
        assert len(ids) == 250 and formsite.answered["get_form_results"] == 3

    @mock("formsite", empty=True)
    async def empty_forms() -> int:
        async with formsite_client.AsyncFormsite(TOKEN) as fs:
            return len((await fs.results.list("contact")).results)

    assert await empty_forms() == 0


def test_nested_switches_route_to_the_innermost() -> None:
    with mock("formsite") as outer:
        with mock("formsite", empty=True) as inner:
            formsite_client.Formsite(TOKEN).forms.list()
        formsite_client.Formsite(TOKEN).forms.list()
    assert (inner.answered["get_forms"], outer.answered["get_forms"]) == (1, 1)


def test_the_throttle_of_a_routed_client_waits_on_the_mock_clock_not_the_wall() -> None:
    with mock("formsite", clock=FakeClock()) as formsite:
        fs = formsite_client.Formsite(TOKEN)
        start = formsite.clock.now()
        statuses = [fs.with_raw_response.forms.list().status_code for _ in range(120)]
        assert statuses == [200] * 120, "paced under Formsite's 50 per minute: never a 429"
        assert 60 <= formsite.clock.now() - start < 130, "two waits of about a minute, on the fake clock"


def test_routed_clients_count_their_windows_and_quota_in_memory_per_mock() -> None:
    with mock("formsite") as first:
        fs = formsite_client.Formsite(TOKEN)
        assert fs.limiter.store == "memory", "never the user's shared SQLite or Redis store"
        for _ in range(3):
            fs.forms.list()
        used = fs.quota.status()[0].used
        assert used == 3
    with mock("formsite") as second:
        again = formsite_client.Formsite(TOKEN)
        assert again.limiter is not fs.limiter and again.quota.status()[0].used == 0, "a fresh mock, fresh counts"
        assert first is not second


def test_with_rate_limits_off_nothing_waits() -> None:
    with mock("formsite", rate_limits=False) as formsite:
        fs = formsite_client.Formsite(TOKEN)
        assert fs.throttle is None
        for _ in range(60):
            fs.forms.list()
        assert formsite.clock.now() == FakeClock().now()


def test_a_seed_file_and_a_bad_seed(tmp_path: Path) -> None:
    with mock("formsite") as formsite:
        result = dict(formsite.forms["contact"].results[0])
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"results": {"contact": [result]}}))
    with mock("formsite", seed=seed) as seeded:
        assert [r["id"] for r in seeded.forms["contact"].results] == [result["id"]]
        assert seeded.forms["order"].results == []
    with (
        pytest.raises(StoreError, match="id: 5 is not of type 'string'"),
        mock("formsite", seed={"results": {"contact": [{**result, "id": 5}]}}),
    ):
        pass
    seed.write_text("{not json")
    with pytest.raises(StoreError, match="not valid JSON"), mock("formsite", seed=seed):
        pass


def test_a_system_clock_and_an_unknown_provider() -> None:
    with mock("formsite", clock=SystemClock()) as formsite:
        assert isinstance(formsite, FormsiteMock) and formsite.clock.flows
    with pytest.raises(ValueError, match="no mock for 'typeform'"):
        mock("typeform")
