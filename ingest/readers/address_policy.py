"""Which addresses URL ingest may connect to, and an HTTP client that holds to it.

A URL's host is resolved once, when a connection is opened; every address it
resolves to is checked, and the connection goes to an address that was checked
(the TLS server name and the Host header stay the URL's host). A name whose DNS
answer changes between a check and the connect (DNS rebinding) therefore cannot
reach an address the check did not see. Redirects open their connections through
the same client, so every hop is checked the same way.

Refused by default: loopback, private (RFC 1918, unique-local fc00::/7, site-local),
link-local, shared (100.64.0.0/10), multicast, unspecified, and reserved or
special-purpose addresses (documentation, benchmarking, 240/4, broadcast, ...), in
IPv4 and IPv6, including IPv4 addresses embedded in IPv6 (mapped ::ffff:a.b.c.d,
compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16). Numeric host forms
(2130706433, 0x7f.1, 127.1) resolve to the address they stand for and are checked
as that address.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from ingest.errors import IngestError

__all__ = [
    "ADDRESS_NOT_ALLOWED",
    "DEFAULT_POLICY",
    "AddressNotAllowedError",
    "AddressPolicy",
    "GuardedClient",
    "address_class",
]

ADDRESS_NOT_ALLOWED = "ADDRESS_NOT_ALLOWED"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def _nets(*pairs: tuple[str, str]) -> tuple[tuple[IPNetwork, str], ...]:
    return tuple((ipaddress.ip_network(net), name) for net, name in pairs)


# Special-purpose ranges (IANA registries), each with the class an error names.
_V4_CLASSES = _nets(
    ("0.0.0.0/8", "unspecified"),
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "shared"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"),
    ("192.0.2.0/24", "reserved"),
    ("192.88.99.0/24", "reserved"),
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "reserved"),
    ("198.51.100.0/24", "reserved"),
    ("203.0.113.0/24", "reserved"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
)
_V6_CLASSES = _nets(
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("64:ff9b:1::/48", "reserved"),
    ("100::/64", "reserved"),
    ("2001:db8::/32", "reserved"),
    ("fc00::/7", "private"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "private"),
    ("ff00::/8", "multicast"),
)
# Prefixes that carry an IPv4 address in their last 32 bits: NAT64, IPv4-translated
# (SIIT) and the deprecated IPv4-compatible form.
_CARRIERS = tuple(ipaddress.IPv6Network(n) for n in ("64:ff9b::/96", "::ffff:0:0:0/96", "::/96"))
_HOST_NAME = re.compile(r"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in net for net in _CARRIERS):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_class(ip: IPAddress) -> str | None:
    """The class that keeps an address from being fetched by default ("loopback",
    "private", ...), or None for a public address."""
    classes = _V4_CLASSES if ip.version == 4 else _V6_CLASSES
    for net, name in classes:
        if ip in net:
            return name
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            return address_class(inner)
    # Whatever else Python's registry copy does not call global (2001::/23, ...).
    return None if ip.is_global else "reserved"


class AddressNotAllowedError(IngestError):
    """A URL's host is, or resolves to, an address the policy refuses."""

    code = ADDRESS_NOT_ALLOWED


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses, plus the named hosts and networks allowed (intranet sources).

    ``any_address`` turns the check off: an operator's explicit choice (the CLI's
    --allow-local), never something an API client can ask for."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()
    any_address: bool = False

    @classmethod
    def allowing(cls, entries: Iterable[str], *, any_address: bool = False) -> AddressPolicy:
        """From STRATGRAPH_FETCH_ALLOW: host names ("intranat.kommun.se") and networks
        or single addresses ("10.20.0.0/16", "192.0.2.7", "fd00:1::/64")."""
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip().lower().rstrip(".")
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                pass
            if not _HOST_NAME.match(entry):
                raise ValueError(f"{raw!r} is neither a host name nor an IP network")
            hosts.add(entry)
        return cls(frozenset(hosts), tuple(networks), any_address)

    def refusal(self, host: str, ip: IPAddress) -> str | None:
        """Why connecting to ``ip`` (an address of ``host``) is refused, or None."""
        if self.any_address or host.lower().rstrip(".") in self.hosts:
            return None
        inner = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
        if any(a in net for net in self.networks for a in (ip, inner) if a is not None):
            return None
        kind = address_class(ip)
        if kind is None:
            return None
        article = "an" if kind[0] in "aeiou" else "a"
        literal = _literal(host)
        if literal is not None and literal == ip:
            return f"{host} is {article} {kind} address"
        return f"{host} resolves to {article} {kind} address"


DEFAULT_POLICY = AddressPolicy()


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves once, checks every address, connects to a checked one."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"DNS lookup failed for {host}") from exc
        addresses: list[str] = []
        for *_, sockaddr in infos:
            ip = ipaddress.ip_address(str(sockaddr[0]).partition("%")[0])
            reason = self._policy.refusal(host, ip)
            if reason is not None:
                # One refused address refuses the name: which one a connect would
                # use is not for the name's owner to choose.
                raise AddressNotAllowedError(reason)
            if str(sockaddr[0]) not in addresses:
                addresses.append(str(sockaddr[0]))
        if not addresses:
            raise httpcore.ConnectError(f"DNS lookup failed for {host}")
        last: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise AddressNotAllowedError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_GuardedBackend(policy),
        )


class GuardedClient(httpx.Client):
    """An httpx client whose every connection holds to an AddressPolicy. Proxies
    from the environment are not used: a proxy would make the check meaningless."""

    def __init__(self, policy: AddressPolicy = DEFAULT_POLICY) -> None:
        super().__init__(transport=_GuardedTransport(policy), trust_env=False)
        self.policy = policy
