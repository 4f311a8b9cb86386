"""Date-time query values: aware ones in UTC with a Z, naive ones only where the API has a local format."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from formclients.runtime.query import date_time

LOCAL = "%Y-%m-%d %H:%M:%S"  # Formsite's account-local format


def test_an_aware_datetime_is_sent_in_utc_with_z() -> None:
    berlin = timezone(timedelta(hours=2))
    assert date_time(datetime(2026, 6, 1, 19, 13, 50, tzinfo=berlin), parameter="after_date") == "2026-06-01T17:13:50Z"
    assert date_time(datetime(2026, 6, 1, 17, 13, 50, 250000, tzinfo=UTC), parameter="p") == (
        "2026-06-01T17:13:50.250000Z"
    ), "fractional seconds only when there are some"


def test_a_naive_datetime_uses_the_apis_local_format_or_is_refused() -> None:
    assert date_time(datetime(2026, 1, 1), parameter="after_date", naive=LOCAL) == "2026-01-01 00:00:00"
    with pytest.raises(ValueError, match=r"from_ needs a timezone-aware datetime"):
        date_time(datetime(2026, 1, 1), parameter="from_")


def test_anything_else_is_refused_naming_the_parameter() -> None:
    with pytest.raises(TypeError, match="after_date takes a datetime, not str"):
        date_time("2026-01-01", parameter="after_date")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="to takes a datetime, not date"):
        date_time(date(2026, 1, 1), parameter="to")  # type: ignore[arg-type]
