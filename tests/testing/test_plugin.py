"""The pytest plugin: the README's fixture example runs as a user's own test file, markers set the
options, a missing extra names its install command, and loading the plugin costs nothing."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from ..conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FIXTURES = ("cognito_forms_mock", "formsite_mock", "formester_mock", "cogram_mock", "formr_mock")


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A user's project (configured as one would for pytest-asyncio, which warns otherwise)."""
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    return pytester


def readme_example(first_line: str) -> str:
    for block in re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL):
        if block.startswith(first_line):
            return str(block)
    raise AssertionError(f"no README example starts with {first_line!r}")


def test_the_readme_fixture_example_passes_as_a_users_test_file(project: pytest.Pytester) -> None:
    project.makepyfile(test_formsite_sync=readme_example("# test_formsite_sync.py"))
    result = project.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)


def test_every_provider_fixture_gives_a_working_client(project: pytest.Pytester) -> None:
    project.makepyfile(
        """
        import pytest

        CALLS = {
            "cognito_forms_mock": (lambda c: c.forms.list(), "get_forms"),
            "formsite_mock": (lambda c: c.forms.list(), "get_forms"),
            "formester_mock": (lambda c: c.forms.list(), "list_forms"),
            "cogram_mock": (lambda c: c.projects.list(), "list_projects"),
            "formr_mock": (lambda c: c.responses.list(form_id="form_123", environment="development"), "list_responses"),
        }

        @pytest.mark.parametrize("name", sorted(CALLS))
        def test_fixture(name, request):
            mocked = request.getfixturevalue(name)
            call, operation = CALLS[name]
            assert call(mocked.client) is not None
            assert mocked.mock.answered[operation] == 1
        """
    )
    project.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(passed=5)


def test_markers_set_options_and_each_test_gets_a_fresh_mock(project: pytest.Pytester) -> None:
    project.makepyfile(
        """
        import pytest
        from formclients.mocks import SystemClock

        pytestmark = pytest.mark.formclients_mock(rate_limits=False)

        def test_first(formsite_mock):
            formsite_mock.mock.complete_result("contact", {"100": "Only here"})
            assert len(formsite_mock.mock.forms["contact"].results) == 251
            assert formsite_mock.mock.settings.rate_limits is False

        def test_second_is_fresh(formsite_mock):
            assert len(formsite_mock.mock.forms["contact"].results) == 250

        @pytest.mark.formclients_mock(data_scale=2, clock=SystemClock())
        def test_closest_marker_wins_and_others_stay(formsite_mock):
            assert len(formsite_mock.mock.forms["contact"].results) == 500
            assert formsite_mock.clock.flows and formsite_mock.mock.settings.rate_limits is False

        def test_two_providers_at_once(formsite_mock, cogram_mock):
            assert formsite_mock.mock.provider == "formsite" and cogram_mock.mock.provider == "cogram"

        @pytest.mark.formclients_mock(seed={"results": {"contact": [{"id": 1}]}})
        def test_a_bad_seed_fails_the_test_with_its_problem(formsite_mock):
            pass
        """
    )
    result = project.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=1)
    result.stdout.fnmatch_lines(["*StoreError*results*contact*[[]0[]]*is a required property*"])


def test_without_the_mock_extra_the_switch_and_fixtures_name_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [m for m in sys.modules if m == "formclients.mocks" or m.startswith("formclients.mocks.")]:
        monkeypatch.delitem(sys.modules, name)  # put back as they were when the test ends
    for name in ["starlette", *(m for m in sys.modules if m.startswith("starlette."))]:
        monkeypatch.setitem(sys.modules, name, None)  # as if the mock extra were not installed
    from formclients.testing import mock

    with pytest.raises(
        ModuleNotFoundError,
        match=re.escape("needs the mock extra (no module 'starlette'): pip install 'formclients[mock]'"),
    ):
        mock("formsite")


def test_loading_the_plugin_imports_neither_the_mocks_nor_httpx() -> None:
    heavy = ("starlette", "formclients.mocks", "httpx", "formclients.runtime")
    probe = f"import sys, formclients.testing.pytest_plugin; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_no_fixture_in_this_repository_shadows_the_plugins() -> None:
    for path in (ROOT / "tests").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in FIXTURES:
            assert not re.search(rf"def {name}\(|name=[\"']{name}[\"']", text), f"{path} defines fixture {name}"
