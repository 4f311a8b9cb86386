"""Where a mock may post webhooks: loopback addresses, plus the hosts and networks it was told.

A served mock that anyone can subscribe to must not become a request cannon aimed at the
network, so deliveries go only to loopback addresses unless widened (`--webhook-allow`).
Host names other than ``localhost`` are never resolved to decide: a name is allowed only
when it is listed itself, so DNS cannot smuggle a target past the check.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

FLAG = "--webhook-allow HOST_OR_CIDR"
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class TargetPolicy:
    """Decides whether a webhook URL may be posted to; `refusal(url)` says why not, or None."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self.entries = tuple(allow)
        self.everything = "*" in self.entries
        self.networks: list[IPNetwork] = []
        self.hosts: set[str] = {"localhost"}
        for entry in self.entries:
            if entry == "*":
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                host = entry.strip().rstrip(".").lower()
                if not host or any(character in host for character in "/:@ ?#"):
                    raise ValueError(
                        f"webhook allow-list entry {entry!r} is neither a host name, an address nor a CIDR network"
                    ) from None
                self.hosts.add(host)

    def allows_host(self, host: str) -> bool:
        host = host.strip("[]").rstrip(".").lower()
        if self.everything or host in self.hosts:
            return True
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False  # a name nobody listed: not resolved, not allowed
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return address.is_loopback or any(address in network for network in self.networks)

    def refusal(self, url: str) -> str | None:
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:
            return f"{url!r} is not a URL this mock can post to"
        if parts.scheme not in ("http", "https") or not host:
            return f"{url!r} is not an http(s) URL with a host"
        if self.allows_host(host):
            return None
        return (
            f"this mock posts webhooks only to loopback addresses and allowed hosts, not to {host!r};"
            f" start it with {FLAG} to allow it (in Python: webhook_allow=[...])"
        )
