"""The ``formclients`` logger hierarchy and the ``FORMCLIENTS_LOG`` switch.

    formclients            the root: configure this one to see everything below
    formclients.http       DEBUG: one line per request sent and per response or failure
    formclients.retry      INFO: every retry (status or error, attempt, delay) and every DELETE
                           that a retry found already done
    formclients.throttle   INFO: waits for a documented rate limit

Like openai-python's ``OPENAI_LOG``: ``FORMCLIENTS_LOG=info`` (or ``debug``) puts a stderr
handler on ``formclients`` at that level when the runtime is imported, so a script shows its
waits and retries without any logging setup. Without the variable the loggers only propagate,
as a library's should; ``logging.basicConfig(level=logging.INFO)`` shows the same lines.
Nothing logged here carries a credential: it is attached below every logger (see `_auth`).
"""

from __future__ import annotations

import logging
import os
import warnings
from typing import TextIO

ENVIRONMENT_VARIABLE = "FORMCLIENTS_LOG"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"

logger = logging.getLogger("formclients")
http_logger = logging.getLogger("formclients.http")
retry_logger = logging.getLogger("formclients.retry")


class _SwitchHandler(logging.StreamHandler[TextIO]):
    """The handler `setup_logging` owns (so calling it again replaces it rather than adding one)."""


def setup_logging(setting: str | None = None) -> logging.Handler | None:
    """Apply ``FORMCLIENTS_LOG`` (or `setting`, when given): ``info`` or ``debug`` adds a stderr
    handler to the ``formclients`` logger and sets its level; unset or empty leaves logging alone.
    Returns the handler added, if any."""
    value = (os.environ.get(ENVIRONMENT_VARIABLE, "") if setting is None else setting).strip().lower()
    for handler in [h for h in logger.handlers if isinstance(h, _SwitchHandler)]:
        logger.removeHandler(handler)
    if not value:
        return None
    level = LEVELS.get(value)
    if level is None:
        warnings.warn(
            f"{ENVIRONMENT_VARIABLE}={value!r} is not one of {', '.join(LEVELS)}; formclients logging is unchanged",
            stacklevel=2,
        )
        return None
    handler = _SwitchHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler
