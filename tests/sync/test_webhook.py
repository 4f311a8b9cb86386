"""Cognito entries delivered by webhook merge into the tables `formclients sync` writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from formclients.mocks import create_mock
from formclients.mocks.cognito_forms import CognitoFormsMock
from formclients.sync import load_cognito_entries

from .conftest import credential, sync


def test_webhook_entries_merge_into_the_synced_table_and_the_next_sync_agrees(tmp_path: Path) -> None:
    mock = create_mock("cognito_forms", rate_limits=False)
    assert isinstance(mock, CognitoFormsMock)
    database = tmp_path / "sync.duckdb"
    assert sync(mock, tmp_path)["resources"]["entries_1"]["rows_written"] == 40

    form = mock.store.forms["1"]
    edited = form.entries[1]
    mock.store.update_entry(form, edited, {"Message": "Edited, then delivered by webhook"}, mock.now())
    answers = {key: value for key, value in edited.values.items() if key != "Message"}
    added = mock.store.create_entry(form, {**answers, "Message": "New, by webhook"}, "127.0.0.1", None, mock.now())
    delivered = [mock.store.render_entry("http://mock.local", form, entry) for entry in (edited, added)]
    loaded = load_cognito_entries(
        "1",
        delivered,
        to=f"duckdb:///{database}",
        pipelines_dir=str(tmp_path / "pipelines"),
        transport=mock.transport(),
        client_options={"token": credential(mock), "base_url": mock.base_url},
    )
    assert loaded == {"rows_written": 2, "problems": []}

    def messages() -> dict[str, Any]:
        with duckdb.connect(str(database), read_only=True) as db:
            rows = db.execute("select id, message from cognito_forms.entries_1 where _deleted_at is null").fetchall()
        assert len(rows) == len({row[0] for row in rows}), "duplicates"
        return dict(rows)

    after_webhook = messages()
    assert len(after_webhook) == 41
    assert after_webhook["1-1"] == "Edited, then delivered by webhook"
    assert after_webhook[f"1-{added.number}"] == "New, by webhook"

    synced = sync(mock, tmp_path)
    # The sync reads both again from its window (the webhook load keeps no digests for it) and merges
    # them on id: the same rows, no duplicates.
    assert synced["resources"]["entries_1"]["rows_written"] == 2
    assert messages() == after_webhook
