"""The progress bars of `formclients sync`: one per resource with its items, pages and the time
waited for rate limits, on stderr (stdout keeps the `--json` summary), none with `--no-progress`."""

from __future__ import annotations

import json
import re
import sys
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from formclients.cli import main
from formclients.mocks import FakeClock, create_mock
from formclients.runtime import RateLimit, Throttle
from formclients.sync import run_sync
from formclients.sync._progress import ProgressBars

from .conftest import ServedMock, in_process

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
BAR = re.compile(
    r"^\W*(?P<provider>\w+) (?P<resource>\w+)\s+(?P<items>\d+) items\s+(?P<pages>\d+) pages"
    r" waited\s+(?P<waited>[\d.]+) s"
)


def bars(output: str) -> dict[str, dict[str, float]]:
    """The bars as the terminal shows them last: resource -> items, pages, waited. A live display
    redraws by moving the cursor up and clearing lines, so the last frame follows the last clear."""
    last_frame = output.rsplit("\x1b[2K", 1)[-1]
    shown: dict[str, dict[str, float]] = {}
    for line in ANSI.sub("", last_frame).splitlines():
        if match := BAR.match(line):
            shown[match["resource"]] = {
                "items": int(match["items"]),
                "pages": int(match["pages"]),
                "waited": float(match["waited"]),
            }
    return shown


def test_a_bar_per_resource_shows_the_summarys_items_and_pages_and_the_rate_limit_waits(tmp_path: Path) -> None:
    mock = create_mock("formsite", rate_limits=False)
    clock = FakeClock()  # the throttle waits by advancing this clock: minutes of waiting take no time
    throttle = Throttle([RateLimit("tiny", 2, 60.0)], clock=clock.now, sleep=clock.advance)
    options = in_process(mock, tmp_path)
    options.client_options["throttle"] = throttle
    terminal = StringIO()
    with ProgressBars("formsite", console=Console(file=terminal, force_terminal=True, width=140)) as progress:
        options.observer, options.on_client = progress, progress.attach
        summary = run_sync(options)

    # 9 requests at 2 a minute: 4 waits of a minute (plus the throttle's 0.05 s margin each)
    assert summary["requests"] == 9 and summary["waited"] == pytest.approx(240.2)
    shown = bars(terminal.getvalue())
    read = {name: figures for name, figures in summary["resources"].items() if figures["pages"]}
    assert set(shown) == set(read) == {"forms", "results_contact", "results_order", "results_survey2025"}
    for name, figures in read.items():
        assert (shown[name]["items"], shown[name]["pages"]) == (figures["items"], figures["pages"]), name
    assert shown["results_contact"] == {"items": 250, "pages": 3, "waited": pytest.approx(240.2, abs=0.05)}
    # Each bar shows the wait so far when its resource last read a page; the last one, all of it.
    assert all(bar["waited"] > 0 for bar in shown.values())
    assert max(bar["waited"] for bar in shown.values()) == pytest.approx(summary["waited"], abs=0.05)


def pretend_stderr_is_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI draws bars only on a terminal. Called in the test itself: during a fixture's setup
    sys.stderr is pytest's global capture, not the capsys one the test reads."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)


def test_progress_goes_to_stderr_and_the_json_summary_on_stdout_stays_parseable(
    formsite_env: ServedMock, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_stderr_is_a_terminal(monkeypatch)
    args = ["sync", "formsite", "--forms", "order", "--json", "--pipelines-dir", str(tmp_path / "p")]
    assert main(args) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)  # nothing but the summary
    shown = {name: (bar["items"], bar["pages"]) for name, bar in bars(captured.err).items()}
    assert shown == {"forms": (1, 1), "results_order": (12, 1)}
    assert {name: (r["items"], r["pages"]) for name, r in summary["resources"].items() if r["pages"]} == shown


def test_no_progress_prints_no_bar(
    formsite_env: ServedMock, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_stderr_is_a_terminal(monkeypatch)
    args = ["sync", "formsite", "--forms", "order", "--pipelines-dir", str(tmp_path / "p")]
    assert main([*args, "--no-progress"]) == 0
    quiet = capsys.readouterr()
    assert bars(quiet.err) == {} and " pages waited " not in quiet.err  # (dlt may log warnings there)
    assert "results_order" in quiet.out and "items" not in quiet.out  # the plain summary only
    assert main(args) == 0  # the same run on the same terminal without the flag does draw them
    assert set(bars(capsys.readouterr().err)) == {"forms", "results_order"}
