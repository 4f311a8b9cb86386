"""Every mock's store as JSON: export, seed (checked against the spec, all or nothing), empty, data scale."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from formclients.mocks import StoreError, create_mock
from formclients.mocks._control import describe


def test_export_then_seed_gives_the_same_store(provider: str) -> None:
    mock = create_mock(provider)
    exported = mock.export_store()
    assert set(exported) == set(mock.store_collections)
    json.dumps(exported)  # plain JSON
    mock.load_store(copy.deepcopy(exported))
    assert mock.export_store() == exported


def test_an_empty_store_has_every_collection_empty_and_reset_brings_the_demo_back(provider: str) -> None:
    mock = create_mock(provider)
    demo = mock.export_store()
    mock.reset(empty=True)
    for name, records in mock.export_store().items():
        assert all(not group for group in records.values()) if isinstance(records, dict) else records == [], name
    mock.reset()
    assert mock.export_store() == demo


def first_record(store: dict[str, Any], name: str) -> tuple[str | None, dict[str, Any]]:
    records = store[name]
    if isinstance(records, dict):
        group = next(key for key, values in records.items() if values)
        return group, records[group][0]
    return None, records[0]


# One seed per provider that fits the spec's schemas but not the mock's data, and what the error names.
REFUSED: dict[str, tuple[str, Any, str]] = {
    "formsite": ("results", lambda r: {**r, "items": [{"id": "999", "position": 0, "value": "x"}]}, "no items ['999']"),
    "cognito_forms": ("entries", lambda r: {**r, "Email": "not-an-email"}, "Email: must be an email address"),
    "formester": (
        "submissions",
        lambda r: {**r, "formId": "00000000-0000-4000-8000-000000000000"},
        "belongs to no form",
    ),
    "cogram": ("members", lambda r: {**r, "user_id": "00000000-0000-4000-8000-000000000000"}, "no user"),
    "formr": ("responses", lambda r: {**r, "submission": {**r["submission"], "answers": {"nope": 1}}}, "no fields"),
}


def test_a_seed_the_mock_cannot_take_is_refused_whole(provider: str) -> None:
    mock = create_mock(provider)
    before = mock.export_store()
    name, change, problem = REFUSED[provider]
    group, record = first_record(before, name)
    records = before[name]
    bad = {group: [change(record), *records[group][1:]]} if group is not None else [change(record), *records[1:]]
    with pytest.raises(StoreError, match=re.escape(problem)):
        mock.load_store({name: bad})
    assert mock.export_store() == before


def test_a_seed_that_breaks_the_spec_names_every_problem_and_where(provider: str) -> None:
    mock = create_mock(provider)
    before = mock.export_store()
    name = next(iter(mock.store_collections))
    collection = mock.store_collections[name]
    bad = {"g": [{"surely": "wrong"}, 7]} if collection.grouped_by else [{"surely": "wrong"}, 7]
    with pytest.raises(StoreError) as refused:
        mock.load_store({name: bad, "nonsense": []})
    problems = refused.value.problems
    assert any(p.startswith("unknown collection 'nonsense'") for p in problems)
    assert any(p.startswith(f"{name}[") and "[0]" in p and "required property" in p for p in problems)
    assert any("[1]: 7 is not of type 'object'" in p for p in problems)
    assert mock.export_store() == before


def test_describe_names_credentials_and_demo_data(provider: str) -> None:
    mock = create_mock(provider)
    description = describe(mock)
    assert description["credentials"] and all(c["value"] for c in description["credentials"])
    assert description["data"], "every provider describes its demo data"
    assert set(description["collections"]) == set(mock.store_collections)
    json.dumps(description)


def test_describe_shows_formr_environments_and_required_fields() -> None:
    forms = {form["id"]: form for form in describe(create_mock("formr"))["data"]["forms"]}
    assert forms["form_signup"]["environment"] == "production"
    assert forms["form_123"]["environment"] == "development"
    assert forms["form_123"]["required"] == ["name", "email"]


def test_data_scale_grows_formsite_results_with_unique_ids_inside_2025() -> None:
    mock = create_mock("formsite", data_scale=8)
    results = mock.forms["contact"].results
    assert len(results) == 2000
    ids = [int(r["id"]) for form in mock.forms.values() for r in form.results]
    assert len(ids) == len(set(ids))
    assert results[0]["id"] == "1001000" and results[0]["date_start"] == "2025-09-01T08:00:00Z"
    assert max(r["date_update"] for r in results) < "2026-01-01"
    assert [int(r["id"]) for r in results] == sorted(int(r["id"]) for r in results), "ids grow with time"


def test_data_scale_one_is_the_documented_demo_dataset() -> None:
    assert len(create_mock("formsite").forms["contact"].results) == 250
    assert len(create_mock("formsite", data_scale=1).forms["contact"].results) == 250
    with pytest.raises(ValueError, match="data_scale"):
        create_mock("formsite", data_scale=0)
