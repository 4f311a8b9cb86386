"""Formsite's DateParameter: the spec admits exactly the real dates of its two documented forms,
and the mock accepts exactly what the spec admits (issue 12: 26 of 75 spec-valid dates were refused)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from formclients.mocks import MockSettings
from formclients.mocks.formsite import FormsiteMock, parse_date

from ..conftest import load_spec

SCHEMA = load_spec("formsite")["components"]["schemas"]["DateParameter"]
SPEC = Draft202012Validator(SCHEMA, format_checker=FormatChecker())


def mock_accepts(text: str) -> bool:
    try:
        parse_date(text)
    except ValueError:
        return False
    return True


def two(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda n: f"{n:02d}")


# Near-valid candidates: every part ranges a little past its limits (month 00-13, day 00-32, hour
# 00-25, second 00-61, year 0000-9999 with leap-year edges), with both separators and assorted offsets.
YEARS = st.one_of(st.integers(0, 9999), st.sampled_from([0, 4, 100, 400, 1900, 2000, 2023, 2024, 2100])).map(
    lambda n: f"{n:04d}"
)
CANDIDATES = st.builds(
    lambda y, mo, d, sep, h, mi, s, frac, offset: f"{y}-{mo}-{d}{sep}{h}:{mi}:{s}{frac}{offset}",
    YEARS,
    two(0, 13),
    two(0, 32),
    st.sampled_from(["T", "t", " "]),
    two(0, 25),
    two(0, 61),
    two(0, 61),
    st.sampled_from(["", ".5", ".123456789"]),
    st.sampled_from(["", "Z", "z", "+00:00", "-00:00", "+01:00", "-05:00"]),
)


@settings(max_examples=1000, deadline=None, database=None, derandomize=True)
@given(CANDIDATES)
def test_the_mock_accepts_exactly_what_the_spec_admits(text: str) -> None:
    assert SPEC.is_valid(text) == mock_accepts(text), text


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("2019-06-01T17:13:50Z", True),
        ("2019-06-01T17:13:50.25+00:00", True),
        ("2019-06-30 23:59:59", True),
        ("2024-02-29 12:00:00", True),
        ("2000-02-29T00:00:00Z", True),
        ("2023-02-29 12:00:00", False),  # not a leap year
        ("1900-02-29T00:00:00Z", False),
        ("2019-43-01 00:00:00", False),  # month 43
        ("2019-06-32 00:00:00", False),  # day 32
        ("2019-06-01 49:00:00", False),  # hour 49
        ("2019-04-31T00:00:00Z", False),
        ("2019-06-01T17:13:50+01:00", False),  # not UTC
        ("2019-06-01T17:13:50", False),  # no offset
        ("0000-01-01 00:00:00", False),
    ],
)
def test_documented_forms_and_impossible_dates(text: str, valid: bool) -> None:
    assert SPEC.is_valid(text) is valid
    assert mock_accepts(text) is valid


@pytest.mark.parametrize(("text", "status"), [("2024-02-29 12:00:00", 200), ("2023-02-29 12:00:00", 422)])
def test_the_api_answers_as_the_spec_says(text: str, status: int) -> None:
    mock: Any = FormsiteMock(MockSettings(rate_limits=False))
    with httpx.Client(transport=mock.transport(), base_url=mock.base_url) as client:
        response = client.get(
            "/forms/contact/results", params={"after_date": text}, headers={"Authorization": "bearer fs_demo_token"}
        )
    assert response.status_code == status, response.text
