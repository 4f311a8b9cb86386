"""`nox -s fuzz` (scripts/fuzz.py): the CLI over HTTP against a served mock, deterministic by seed."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def load_fuzz() -> Any:
    spec = importlib.util.spec_from_file_location("fuzz_script", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_script"] = module
    spec.loader.exec_module(module)
    return module


def requests_sent(har: Path) -> list[tuple[str, str, str]]:
    entries = json.loads(har.read_text())["log"]["entries"]
    return [
        (e["request"]["method"], e["request"]["url"], e["request"].get("postData", {}).get("text", "")) for e in entries
    ]


def test_the_cli_run_over_http_is_deterministic_by_seed(tmp_path: Path) -> None:
    fuzz = load_fuzz()
    runs = []
    for name in ("first", "second"):
        report_dir = tmp_path / name
        report_dir.mkdir()
        summary = fuzz.fuzz("formsite", 7, 2, report_dir, phases="fuzzing")
        assert summary["exit_code"] == 0 and summary["failures"] == 0, summary
        runs.append(requests_sent(report_dir / "formsite.har"))
    assert len(runs[0]) >= 7, "every operation at least once"
    ports = {url.split("/")[2] for _, url, _ in runs[0] + runs[1]}
    normalised = [[(m, url.split("/", 3)[3], body) for m, url, body in run] for run in runs]  # ports differ
    assert len(ports) == 2 and normalised[0] == normalised[1]
