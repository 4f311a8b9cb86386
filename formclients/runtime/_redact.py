"""Keeping credentials out of messages, reprs and logs.

Headers never reach our messages; query-string credentials (Cognito's ``?access_token=``)
would, through URLs: every URL we put in a message goes through `redact_url`, and a
logging filter scrubs known credentials from httpx's own request log lines.
"""

from __future__ import annotations

import logging
import threading

import httpx

REDACTED = "[REDACTED]"
MIN_SCRUBBED_LENGTH = 8  # shorter values (test tokens like "t") would mangle ordinary text
_secret_parameters: set[str] = {"access_token"}
_secret_values: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str, query_parameter: str | None = None) -> None:
    """Remember a credential (and the query parameter it may travel in) so it is scrubbed everywhere."""
    with _lock:
        if len(value) >= MIN_SCRUBBED_LENGTH:
            _secret_values.add(value)
        if query_parameter:
            _secret_parameters.add(query_parameter)


def redact_url(url: httpx.URL | str) -> str:
    url = httpx.URL(str(url))
    if not url.query:
        return redact_text(str(url))
    query = "&".join(
        f"{key}={REDACTED if key in _secret_parameters else value}" for key, value in url.params.multi_items()
    )
    return redact_text(f"{url.copy_with(query=None)}?{query}")


def redact_text(text: str) -> str:
    for secret in _secret_values:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record whose message contains a registered credential."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


for _name in ("httpx", "httpcore", "formclients"):
    logging.getLogger(_name).addFilter(RedactingFilter())
