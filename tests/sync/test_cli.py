"""`formclients sync` and `formclients schema` as a user runs them, against a served mock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from formclients.cli import main

from .conftest import ServedMock


def test_sync_json_summary_into_the_default_duckdb_file(
    formsite_env: ServedMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["sync", "formsite", "--forms", "order", "--json", "--no-progress", "--pipelines-dir", str(tmp_path / "p")]
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (tmp_path / "formclients.duckdb").exists()
    assert summary["resources"]["results_order"] == {"items": 12, "pages": 1, "rows_written": 12}
    assert {"requests", "http_429", "elapsed", "bound", "problems"} <= set(summary)
    assert summary["requests"] == 3 and summary["http_429"] == 0


def test_dry_run_prints_the_cost_and_writes_nothing(
    formsite_env: ServedMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "formsite", "--dry-run", "--json"]) == 0
    estimate = json.loads(capsys.readouterr().out)
    # contact: its items, the probe, then 3 pages of the keyset walk (250 results); the others fit in the probe
    assert estimate["requests"] == {"forms": 1, "results contact": 4, "results order": 2, "results survey2025": 2}
    assert estimate["requests_made_to_estimate"] == 1
    assert not (tmp_path / "formclients.duckdb").exists()


def test_unknown_form_is_one_clear_line(formsite_env: ServedMock, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync", "formsite", "--forms", "nope", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "error: formsite: no form 'nope'; the forms are: contact, order, survey2025"


def test_missing_credential_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("FORMESTER_TOKEN", raising=False)
    assert main(["sync", "formester", "--no-progress"]) == 1
    assert "FORMESTER_TOKEN" in capsys.readouterr().err


def test_schema_writes_a_pydantic_model_that_reads_the_api_answers(formsite_env: ServedMock, tmp_path: Path) -> None:
    target = tmp_path / "contact_answers.py"
    assert main(["schema", "formsite", "contact", "-o", str(target)]) == 0
    namespace: dict[str, object] = {}
    exec(compile(target.read_text(), str(target), "exec"), namespace)
    model = namespace["ContactUsAnswers"]
    result = formsite_env.mock.forms["contact"].results[0]  # type: ignore[attr-defined]
    answers = {item["id"]: item.get("value") for item in result["items"] if "value" in item}
    parsed = model.model_validate(answers)  # type: ignore[attr-defined]
    assert parsed.what_is_your_name == answers["100"]
    assert model.model_fields["email_address"].description == "Email address"  # type: ignore[attr-defined]


def test_no_throttle_turns_the_clients_throttle_off(
    formsite_env: ServedMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import formclients.sync as sync_module

    real = sync_module.run_sync
    throttles: list[object] = []

    def recording(options: sync_module.SyncOptions) -> dict[str, object]:
        options.on_client = lambda client: throttles.append(client.throttle)
        return real(options)

    monkeypatch.setattr(sync_module, "run_sync", recording)
    args = ["sync", "formsite", "--forms", "order", "--json", "--no-progress", "--pipelines-dir", str(tmp_path / "p")]
    assert main(args) == 0
    assert main([*args, "--no-throttle"]) == 0
    assert throttles[0] is not None and throttles[1] is None
