"""The address policy of URL ingest: by default only public addresses are fetched, on
the first request and on every redirect; the address checked is the one connected to;
named hosts and networks can be allowed. Every server here is local (127.0.0.1); the
other addresses are refused before any connection is opened."""

from __future__ import annotations

import ipaddress
import socket
import time
from typing import Any

import pytest
from pydantic import ValidationError

from graph.sqlite_store import SqliteStore
from ingest.batch import ingest_url
from ingest.readers.address_policy import (
    ADDRESS_NOT_ALLOWED,
    AddressNotAllowedError,
    AddressPolicy,
    GuardedClient,
    address_class,
)
from ingest.readers.fetch import fetch
from stratgraph.settings import Settings
from tests.ingest.web.conftest import LOCAL, NEWS_PATH
from tests.ingest.web.server import PageServer, redirect

CLASSES = [
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("::1", "loopback"),
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("172.31.255.255", "private"),
    ("192.168.1.1", "private"),
    ("fd00::1", "private"),
    ("fc00::1", "private"),
    ("fec0::1", "private"),
    ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"),
    ("100.64.0.1", "shared"),
    ("100.127.255.254", "shared"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"),
    ("0.1.2.3", "unspecified"),
    ("::", "unspecified"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("192.0.2.1", "reserved"),
    ("198.18.0.1", "reserved"),
    ("2001:db8::1", "reserved"),
    ("100::1", "reserved"),
    ("2001::1", "reserved"),  # Teredo
    # IPv4 embedded in IPv6: mapped, translated, compatible, NAT64, 6to4.
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:169.254.169.254", "link-local"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:0:a00:1", "private"),
    ("::127.0.0.1", "loopback"),
    ("64:ff9b::10.0.0.1", "private"),
    ("64:ff9b::169.254.169.254", "link-local"),
    ("64:ff9b:1::1", "reserved"),
    ("2002:7f00:1::", "loopback"),
    ("2002:a9fe:a9fe::1", "link-local"),
]
PUBLIC = ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8"]


@pytest.mark.parametrize(("address", "kind"), CLASSES)
def test_each_address_class_is_named(address: str, kind: str) -> None:
    assert address_class(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert address_class(ipaddress.ip_address(address)) is None


def _refused(url: str, policy: AddressPolicy | None = None) -> AddressNotAllowedError:
    began = time.monotonic()
    with pytest.raises(AddressNotAllowedError) as caught:
        fetch(url, policy=policy)
    assert time.monotonic() - began < 1.0  # refused at once: nothing to wait for
    assert caught.value.code == ADDRESS_NOT_ALLOWED
    message = str(caught.value)
    assert message.startswith(f"{url}: address not allowed: "), message
    return caught.value


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("localhost", "localhost resolves to a loopback address"),
        ("2130706433", "2130706433 resolves to a loopback address"),  # 127.0.0.1, decimal
        ("0x7f.0.0.1", "resolves to a loopback address"),
        ("127.1", "127.1 resolves to a loopback address"),
        ("0.0.0.0", "0.0.0.0 is an unspecified address"),
        ("[::1]", "is a loopback address"),
        ("[::ffff:127.0.0.1]", "is a loopback address"),
    ],
)
def test_local_forms_of_the_test_server_are_refused_by_default(
    web: PageServer, host: str, shown: str
) -> None:
    url = f"http://{host}:{web.port}{NEWS_PATH}"
    assert shown in str(_refused(url))
    assert web.requests == []  # the server, listening right there, never saw a request


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[ff02::1]/",
        "http://[::]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:a9fe:a9fe::]/",
        "https://169.254.169.254/",
    ],
)
def test_non_public_addresses_are_refused_before_connecting(url: str) -> None:
    _refused(url)


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.2:{port}/",
        "http://2130706434:{port}/",  # 127.0.0.2
        "http://[::ffff:127.0.0.2]:{port}/",
        "http://[::1]:{port}/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[fd00::1]/",
    ],
)
def test_a_redirect_to_a_refused_address_is_refused(web: PageServer, target: str) -> None:
    """The first hop is allowed (127.0.0.1 only); where it redirects to is not."""
    location = target.format(port=web.port)
    web.routes["/vidare"] = redirect(location)
    only_this = AddressPolicy.allowing(["127.0.0.1"])
    url = web.url("/vidare")
    assert "(redirected to http" in str(_refused(url, only_this))
    assert [r.path for r in web.requests] == ["/vidare"]


def test_allowed_networks_and_hosts(web: PageServer) -> None:
    assert fetch(web.url(NEWS_PATH), policy=AddressPolicy.allowing(["127.0.0.1"])).status == 200
    by_name = AddressPolicy.allowing(["LOCALHOST."])  # names compare case-insensitively
    assert fetch(f"http://localhost:{web.port}{NEWS_PATH}", policy=by_name).status == 200
    mapped = AddressPolicy.allowing(["127.0.0.0/8"])  # also covers ::ffff:127.0.0.0/104
    assert mapped.refusal("x", ipaddress.ip_address("::ffff:127.0.0.9")) is None
    # Allowing one network does not allow others, nor another name.
    assert LOCAL.refusal("x", ipaddress.ip_address("10.0.0.1")) == "x resolves to a private address"
    _refused(f"http://[::1]:{web.port}/", LOCAL)
    # The operator's switch (the CLI's --allow-local) allows any address.
    anything = AddressPolicy(any_address=True)
    assert fetch(f"http://2130706433:{web.port}{NEWS_PATH}", policy=anything).status == 200


def test_the_setting_is_json_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRATGRAPH_FETCH_ALLOW", '["intranat.kommun.se", "10.20.0.0/16"]')
    policy = Settings().fetch_policy()
    assert policy.hosts == {"intranat.kommun.se"}
    assert policy.refusal("x", ipaddress.ip_address("10.20.3.4")) is None
    assert policy.refusal("x", ipaddress.ip_address("10.21.3.4")) is not None
    assert Settings().fetch_policy(any_address=True).any_address
    monkeypatch.setenv("STRATGRAPH_FETCH_ALLOW", '["intranät kommun"]')
    with pytest.raises(ValidationError, match="neither a host name nor an IP network"):
        Settings()


def test_the_address_checked_is_the_address_connected_to(
    web: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: a name that answers an allowed address to the check and a refused
    one a moment later. One lookup per connection, and the connection goes to the
    address that lookup gave; the Host header still names the host."""
    real = socket.getaddrinfo
    answers = ["127.0.0.1", "127.0.0.3"]  # only the first is allowed below
    lookups: list[str] = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.test":
            return real(host, port, *args, **kwargs)
        answer = answers[min(len(lookups), 1)]
        lookups.append(answer)
        return real(answer, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    policy = AddressPolicy.allowing(["127.0.0.1/32"])
    url = f"http://rebind.test:{web.port}{NEWS_PATH}"
    assert fetch(url, policy=policy).status == 200
    assert lookups == ["127.0.0.1"]
    assert web.requests[-1].headers["Host"] == f"rebind.test:{web.port}"
    # Asked again, the name now answers the refused address: refused, nothing sent.
    sent = len(web.requests)
    assert "rebind.test resolves to a loopback address" in str(_refused(url, policy))
    assert len(web.requests) == sent


def test_one_refused_address_refuses_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def two(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "two.test":
            return real(host, port, *args, **kwargs)
        return real("93.184.215.14", port, *args, **kwargs) + real("10.0.0.1", port, *args)

    monkeypatch.setattr(socket, "getaddrinfo", two)
    assert "two.test resolves to a private address" in str(_refused("http://two.test/"))


def test_a_batch_reports_the_code(sqlite_store: SqliteStore, web: PageServer) -> None:
    (result,) = ingest_url(sqlite_store, web.url(NEWS_PATH))
    assert result.code == ADDRESS_NOT_ALLOWED
    assert result.error and "address not allowed" in result.error
    with GuardedClient(LOCAL) as client:
        (allowed,) = ingest_url(sqlite_store, web.url(NEWS_PATH), client=client)
    assert allowed.ok and allowed.code is None
