"""What drift looks like to a caller: a list of mismatches, raised or warned as one SchemaDriftError."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..runtime._exceptions import FormclientsError


@dataclass(frozen=True)
class Mismatch:
    """One way a response differs from the spec.

    `path` is where: `status`, `content-type`, `body`, `header <Name>`, or a JSON path into the body
    (`$.results[0].id`). `expected` is what the spec says; `seen` what the response had (truncated;
    `[REDACTED]` for values under names like token, secret or password, and for the client's own
    credential wherever it appears).
    """

    path: str
    expected: str
    seen: str

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, seen {self.seen}"


class SchemaDriftError(FormclientsError, Warning):
    """A response does not match the provider's spec: the API may have changed under you.

    Raised by a client built with ``validate_responses=True`` (or ``FORMCLIENTS_VALIDATE=1``), or
    issued as a warning of this class with ``validate_responses="warn"``.
    """

    def __init__(
        self, provider: str, operation_id: str, method: str, url: str, status: int, mismatches: Iterable[Mismatch]
    ) -> None:
        self.provider = provider
        self.operation_id = operation_id
        self.method = method
        self.url = url  # credentials in the query string already redacted
        self.status = status
        self.mismatches = tuple(mismatches)
        lines = [f"{provider} {operation_id}: {method} {url} answered {status}, which the spec does not describe:"]
        lines += [f"  {mismatch}" for mismatch in self.mismatches]
        super().__init__("\n".join(lines))

    def __repr__(self) -> str:
        where = f"{self.provider}.{self.operation_id}"
        return f"SchemaDriftError({where}, status={self.status}, {len(self.mismatches)} mismatches)"
