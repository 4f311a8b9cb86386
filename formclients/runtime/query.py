"""Query-string values the generated endpoint functions send, formatted as each API wants.

A date-time parameter takes a `datetime`. An aware one is sent in UTC as `2019-06-01T17:13:50Z`
(with fractional seconds only when it has them), which RFC 3339 and every provider here accept.
A naive one has no offset to convert from: an API with a local-time format of its own (Formsite's
`YYYY-MM-DD HH:MM:SS` in the account's time zone; the spec's `x-datetime.naive`) gets it in that
format, any other refuses it with an error naming the parameter, before anything is sent.
"""

from __future__ import annotations

from datetime import UTC, datetime


def date_time(value: datetime, *, parameter: str, naive: str | None = None) -> str:
    if not isinstance(value, datetime):
        raise TypeError(f"{parameter} takes a datetime, not {type(value).__name__} ({value!r})")
    if value.tzinfo is None or value.utcoffset() is None:
        if naive is None:
            raise ValueError(
                f"{parameter} needs a timezone-aware datetime (e.g. datetime(..., tzinfo=UTC)), got {value!r}"
            )
        return value.strftime(naive)
    return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"
