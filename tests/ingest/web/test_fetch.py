"""ingest.readers.fetch against the local test site: limits, redirects, types, errors, charsets."""

from __future__ import annotations

import re
import socket

import httpx
import pytest

from ingest.errors import IngestError
from ingest.readers.address_policy import GuardedClient
from ingest.readers.fetch import (
    DEFAULT_LIMITS,
    Fetched,
    FetchLimits,
    canonical_url,
    decode_text,
    fetch,
    user_agent,
)
from tests.ingest.web.conftest import LOCAL, NEWS_PATH, PAGES
from tests.ingest.web.server import PageServer

SHORT_READ = FetchLimits(read_timeout=0.3)
SMALL_CAP = FetchLimits(max_bytes=64 * 1024)


def _error(url: str, limits: FetchLimits = DEFAULT_LIMITS) -> str:
    with pytest.raises(IngestError) as caught:
        fetch(url, limits=limits, policy=LOCAL)
    message = str(caught.value)
    assert message.startswith(f"{url}: "), message
    return message


def test_page_is_fetched_with_its_type_and_charset(web: PageServer) -> None:
    url = web.url(NEWS_PATH)
    fetched = fetch(url, policy=LOCAL)
    assert fetched.raw == (PAGES / "nyhet.html").read_bytes()
    assert (fetched.status, fetched.media_type, fetched.charset) == (200, "text/html", "utf-8")
    assert (fetched.url, fetched.final_url, fetched.redirects) == (url, url, ())


def test_user_agent_names_the_tool_and_arrives(web: PageServer) -> None:
    fetch(web.url(NEWS_PATH), policy=LOCAL)
    sent = web.requests[-1].headers["User-Agent"]
    assert sent == user_agent()
    assert re.fullmatch(r"stratgraph/\S+ \(steering-document knowledge graph\)", sent), sent


def test_redirect_chain_within_the_limit_is_followed(web: PageServer) -> None:
    fetched = fetch(web.url("/hopp/1"), policy=LOCAL)
    assert fetched.final_url == web.url(NEWS_PATH)
    assert fetched.redirects == (web.url("/hopp/2"), web.url("/hopp/3"), web.url(NEWS_PATH))
    assert [r.path for r in web.requests] == ["/hopp/1", "/hopp/2", "/hopp/3", NEWS_PATH]


def test_redirect_loop_is_named(web: PageServer) -> None:
    message = _error(web.url("/loop/a"))
    assert "redirect loop" in message
    assert f"{web.url('/loop/a')} -> {web.url('/loop/b')} -> {web.url('/loop/a')}" in message


def test_too_many_redirects(web: PageServer) -> None:
    message = _error(web.url("/kedja/0"))
    assert "too many redirects (more than 5)" in message
    assert len(web.requests) == 6  # the first request and five redirects, no more
    assert (
        fetch(web.url("/kedja/0"), limits=FetchLimits(max_redirects=10), policy=LOCAL).status == 200
    )


def test_redirect_to_another_scheme_is_refused(web: PageServer) -> None:
    message = _error(web.url("/till-ftp"))
    assert "redirected to ftp://ftp.example.org/handlingsplan.pdf" in message
    assert "not an http or https URL" in message


@pytest.mark.parametrize("path", ["/seg", "/seg-kropp"], ids=["before-headers", "in-body"])
def test_slow_response_times_out(web: PageServer, path: str) -> None:
    message = _error(web.url(path), SHORT_READ)
    assert "read timed out" in message and "0.3 s" in message


def test_a_trickling_response_is_cut_off_at_the_total_timeout(web: PageServer) -> None:
    limits = FetchLimits(read_timeout=5.0, total_timeout=0.5)
    message = _error(web.url("/droppar"), limits)
    assert "took longer than 0.5 s in all" in message


def test_declared_size_over_the_cap_is_refused_before_reading(web: PageServer) -> None:
    message = _error(web.url("/stor"), SMALL_CAP)
    assert "response too large" in message and "64 kB" in message
    assert fetch(web.url("/stor"), policy=LOCAL).status == 200  # within the default 20 MB


def test_streamed_body_is_cut_at_the_cap(web: PageServer) -> None:
    message = _error(web.url("/utan-slut"), SMALL_CAP)
    assert "response too large (more than the 64 kB cap)" in message


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/bild.png", "'image/png'"),
        ("/fil.bin", "'application/octet-stream'"),
        ("/utan-typ", "'no Content-Type'"),
    ],
)
def test_unsupported_content_type_is_refused(web: PageServer, path: str, shown: str) -> None:
    message = _error(web.url(path))
    assert f"unsupported content type {shown}" in message
    assert "text/html" in message  # says what would have been accepted


@pytest.mark.parametrize(
    ("path", "status"),
    [("/saknas", "HTTP 404 Not Found"), ("/fel", "HTTP 500 Internal Server Error")],
)
def test_http_error_status_is_named(web: PageServer, path: str, status: str) -> None:
    assert _error(web.url(path)).endswith(status)


def test_a_refused_and_a_timed_out_connection_read_the_same() -> None:
    """No port state in the message: closed (refused) and filtered (no answer) alike."""
    limits = FetchLimits(connect_timeout=0.3)
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    refused = _error(f"http://127.0.0.1:{closed}/nyhet.html", limits)
    # A listener whose accept queue is full: the kernel drops further SYNs, so a
    # connect waits until it times out, as for a port behind a dropping firewall.
    with socket.socket() as full, socket.socket() as queued:
        full.bind(("127.0.0.1", 0))
        full.listen(0)
        queued.connect(full.getsockname())
        url = f"http://127.0.0.1:{full.getsockname()[1]}/nyhet.html"
        with pytest.raises(httpx.ConnectTimeout):  # the server really does not answer
            httpx.get(url, timeout=0.3)
        timed_out = _error(url, limits)
    assert refused.partition(": ")[2] == timed_out.partition(": ")[2]
    assert timed_out.endswith(": cannot connect to 127.0.0.1 (refused, unreachable or timed out)")


def test_dns_failure() -> None:
    # .invalid never resolves (RFC 6761), with or without a network.
    assert "DNS lookup failed for stratgraph-test.invalid" in _error(
        "http://stratgraph-test.invalid/nyhet.html"
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://ftp.example.org/plan.pdf", "only http and https URLs are fetched, not 'ftp'"),
        ("file:///etc/passwd", "only http and https URLs are fetched, not 'file'"),
        ("www.kramfors.se/nyhet.html", "not an absolute URL"),
        ("http:///nyhet.html", "invalid URL"),
    ],
)
def test_only_absolute_http_urls_are_fetched(url: str, reason: str) -> None:
    assert reason in _error(url)


def test_a_callers_client_is_reused_but_cannot_loosen_the_limits(web: PageServer) -> None:
    with GuardedClient(LOCAL) as client:
        client.follow_redirects, client.timeout, client.max_redirects = True, httpx.Timeout(60), 50
        with pytest.raises(IngestError, match="redirect loop"):
            fetch(web.url("/loop/a"), client=client)
        with pytest.raises(IngestError, match="read timed out"):
            fetch(web.url("/seg"), client=client, limits=SHORT_READ)
        assert fetch(web.url(NEWS_PATH), client=client).status == 200
        assert not client.is_closed
    # A client without the address policy would fetch any address: it is refused.
    with httpx.Client() as plain, pytest.raises(TypeError, match="GuardedClient"):
        fetch(web.url(NEWS_PATH), client=plain)  # type: ignore[arg-type]
    with GuardedClient() as strict, pytest.raises(ValueError, match="another address policy"):
        fetch(web.url(NEWS_PATH), client=strict, policy=LOCAL)


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://Www.Kramfors.SE") == "https://www.kramfors.se/"
    assert (
        canonical_url("https://www.kramfors.se/download/Regional plan.pdf#page=2")
        == "https://www.kramfors.se/download/Regional%20plan.pdf"
    )
    assert canonical_url("https://www.kramfors.se/sok?q=v%C3%A5ld") == (
        "https://www.kramfors.se/sok?q=v%C3%A5ld"
    )


def _fetched(raw: bytes, media_type: str = "text/html", charset: str | None = None) -> Fetched:
    url = "https://www.kramfors.se/"
    return Fetched(url, url, 200, media_type, charset, raw)


def test_charset_from_the_header_then_the_meta_tag_then_utf8() -> None:
    page = "<p>Välfärdsnämnden \u2013 beslut</p>"
    assert decode_text(_fetched(page.encode("cp1252"), charset="iso-8859-1")) == page
    meta = f'<meta charset="windows-1252">{page}'
    assert decode_text(_fetched(meta.encode("cp1252"))) == meta
    assert decode_text(_fetched(page.encode())) == page
    # The header wins over the meta tag, as in browsers.
    assert decode_text(_fetched(f'<meta charset="iso-8859-1">{page}'.encode(), charset="utf-8"))
    # A BOM wins over both.
    assert decode_text(_fetched(b"\xef\xbb\xbf" + page.encode(), charset="iso-8859-1")) == page


def test_text_is_nfc_with_unix_newlines() -> None:
    decomposed = "Va\u0308ster\u00adnorrland\r\nrad två"
    assert decode_text(_fetched(decomposed.encode(), "text/plain")) == (
        "Väster\u00adnorrland\nrad två"
    )


def test_undecodable_bytes_are_an_error_naming_the_offset() -> None:
    with pytest.raises(IngestError, match=r"not valid utf-8 \(undecodable byte at offset 3\)"):
        decode_text(_fetched(b"<p>\xe4</p>", charset="utf-8"))
    with pytest.raises(IngestError, match="unknown character encoding 'x-klingon'"):
        decode_text(_fetched(b"<p>a</p>", charset="x-klingon"))
