"""What a generated client knows about its provider, extracted from the spec at generation time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class SecurityScheme:
    """How one credential travels on the wire (an OpenAPI securityScheme)."""

    name: str
    location: Literal["header", "query"]
    parameter: str  # header or query parameter name
    prefix: str = ""  # e.g. "Bearer " for http bearer
    description: str = ""

    @classmethod
    def from_spec(cls, name: str, data: Mapping[str, Any]) -> SecurityScheme:
        description = str(data.get("description", ""))
        if data["type"] == "http" and str(data.get("scheme", "")).lower() == "bearer":
            # Formsite documents the lowercase scheme word; every other provider writes "Bearer".
            prefix = data.get("x-prefix", "Bearer")
            return cls(name, "header", "Authorization", f"{prefix} ", description)
        if data["type"] == "apiKey" and data["in"] in ("header", "query"):
            return cls(name, data["in"], data["name"], "", description)
        raise ValueError(f"security scheme {name!r}: only http bearer and apiKey in header/query are supported")


@dataclass(frozen=True)
class RateLimit:
    """One documented limit: `requests` per `period` seconds, counted per `scope`."""

    name: str
    requests: int
    period: float
    scope: str = "token"
    operations: tuple[str, ...] = ("*",)
    schemes: tuple[str, ...] = ()  # security schemes whose calls it counts ("none": no credential); () = all
    quota: bool = False  # a quota, not a throttle: the client raises QuotaExhaustedError instead of waiting

    def covers(self, operation_id: str) -> bool:
        return "*" in self.operations or operation_id in self.operations

    def applies_to(self, scheme: str | None) -> bool:
        """Whether calls made with this security scheme (None: no credential) count against the limit."""
        return not self.schemes or (scheme or "none") in self.schemes


@dataclass(frozen=True)
class ErrorShape:
    """Where the provider's error body keeps its message, code and status (JSON pointers)."""

    message: str
    code: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class Quota:
    """An allowance per calendar month or day (UTC), by plan: billing, not a throttle."""

    plans: Mapping[str, int]
    default_plan: str | None = None
    request_unit_bytes: int | None = None  # each started `request_unit_bytes` of a request body counts once
    operations: tuple[str, ...] = ("*",)
    period: str = "month"  # "month" or "day"
    counts: str = "all"  # "all": every request sent; "success": only those answered 2xx

    def __post_init__(self) -> None:
        if self.period not in ("month", "day"):
            raise ValueError(f"x-quota.period is {self.period!r}; it must be 'month' or 'day'")
        if self.counts not in ("all", "success"):
            raise ValueError(f"x-quota.counts is {self.counts!r}; it must be 'all' or 'success'")

    def covers(self, operation_id: str) -> bool:
        return "*" in self.operations or operation_id in self.operations


@dataclass(frozen=True)
class ProviderProfile:
    """Everything the runtime needs from one provider's spec."""

    name: str  # "formsite"
    title: str
    version: str
    server_url: str  # may hold {variables}
    server_variables: Mapping[str, str | None]  # default per variable; None when it has none
    security_schemes: Mapping[str, SecurityScheme]
    error: ErrorShape | None = None
    rate_limits: tuple[RateLimit, ...] = ()
    quota: Quota | None = None
    webhook_signature: Mapping[str, Any] = field(default_factory=dict)

    @property
    def env_prefix(self) -> str:
        return self.name.upper()

    @classmethod
    def from_spec(cls, name: str, spec: Mapping[str, Any]) -> ProviderProfile:
        server = spec["servers"][0]
        # An empty default means "none": the client must be told (OpenAPI makes `default` mandatory).
        variables = {k: v.get("default") or None for k, v in server.get("variables", {}).items()}
        schemes = spec.get("components", {}).get("securitySchemes", {})
        error = spec.get("x-error")
        quota = spec.get("x-quota")
        return cls(
            name=name,
            title=spec["info"]["title"],
            version=str(spec["info"]["version"]),
            server_url=server["url"],
            server_variables=variables,
            security_schemes={key: SecurityScheme.from_spec(key, value) for key, value in schemes.items()},
            error=ErrorShape(error["message"], error.get("code"), error.get("status")) if error else None,
            rate_limits=tuple(
                RateLimit(
                    name=limit["name"],
                    requests=int(limit["requests"]),
                    period=float(limit["period"]),
                    scope=limit.get("scope", "token"),
                    operations=tuple(limit.get("operations", ["*"])),
                    schemes=tuple(limit.get("schemes", ())),
                    quota=bool(limit.get("quota", False)),
                )
                for limit in spec.get("x-rate-limits", [])
            ),
            quota=Quota(
                plans=dict(quota.get("plans", {})),
                default_plan=quota.get("default_plan"),
                request_unit_bytes=quota.get("request_unit_bytes"),
                operations=tuple(quota.get("operations", ["*"])),
                period=quota.get("period", "month"),
                counts=quota.get("counts", "all"),
            )
            if quota
            else None,
            webhook_signature=dict(spec.get("x-webhook-signature", {})),
        )
