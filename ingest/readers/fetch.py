"""URL -> raw bytes and media type: the only module that touches the network.

Redirects are followed here, one hop at a time, rather than by httpx, so that
every hop is checked the same way (http/https only, the hop limit, loops) and
a client passed in by the caller cannot loosen the limits. The body is
streamed and reading stops as soon as it passes the size cap, so a huge or
endless response costs at most the cap in memory. The content type is checked
on the headers, before the body is read.

Every connection goes through an ingest.readers.address_policy.GuardedClient, which
refuses loopback, private and other non-public addresses unless the policy allows
them, on the first request and on every redirect.

Every failure is an IngestError whose message starts with the URL and says
what went wrong, in words a person running a batch can act on. A connection
that is refused and one that times out read the same, so that an API client
cannot map which ports of a host are open.
"""

from __future__ import annotations

import codecs
import re
import socket
import ssl
import time
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import metadata

import httpx

from ingest.errors import IngestError
from ingest.readers.address_policy import (
    DEFAULT_POLICY,
    AddressNotAllowedError,
    AddressPolicy,
    GuardedClient,
)

__all__ = [
    "ACCEPTED_MEDIA_TYPES",
    "DEFAULT_LIMITS",
    "FetchLimits",
    "Fetched",
    "canonical_url",
    "decode_text",
    "fetch",
    "user_agent",
]

ACCEPTED_MEDIA_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "application/pdf", "text/plain"}
)
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# The HTML spec has browsers look for <meta charset> in the first 1024 bytes;
# CMS templates often put long comments first, so look a little further.
_META_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Browsers read these labels as windows-1252 (WHATWG Encoding); Swedish pages
# labelled ISO-8859-1 routinely carry its dashes and quotes in 0x80-0x9F.
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252"}
)


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    # The five bytes windows-1252 leaves undefined map to the C1 controls, as in browsers.
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("stratgraph-latin1", _latin1_fallback)


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long to wait, how much to read and how far to be redirected."""

    connect_timeout: float = 5.0  # seconds to open the connection (TCP and TLS handshake)
    read_timeout: float = 20.0  # seconds to wait for each next piece of the response
    max_bytes: int = 20 * 1024 * 1024  # body size cap, after content decoding
    max_redirects: int = 5
    # The whole fetch, redirects included: read_timeout alone lets a server that
    # trickles a byte at a time hold a batch until the size cap.
    total_timeout: float = 120.0


DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    media_type: str  # lower case, without parameters: "text/html"
    charset: str | None  # from the Content-Type header, if it names one
    raw: bytes
    redirects: tuple[str, ...] = ()  # the URLs redirected to, in order


@cache
def user_agent() -> str:
    try:
        version = metadata.version("stratgraph")
    except metadata.PackageNotFoundError:
        version = "dev"
    # No project URL yet to point site owners at: the name and purpose say who calls.
    return f"stratgraph/{version} (steering-document knowledge graph)"


def _fmt_seconds(seconds: float) -> str:
    return f"{seconds:g} s"


def _fmt_bytes(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    if n >= 1024:
        return f"{n / 1024:g} kB"
    return f"{n} bytes"


def _check_url(url: str, shown: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise IngestError(f"{shown}: invalid URL ({exc})") from exc
    if not parsed.scheme:
        raise IngestError(f"{shown}: not an absolute URL (it needs http:// or https://)")
    if parsed.scheme not in ("http", "https"):
        raise IngestError(f"{shown}: only http and https URLs are fetched, not {parsed.scheme!r}")
    if not parsed.host:
        raise IngestError(f"{shown}: invalid URL (no host)")
    return parsed


def canonical_url(url: str) -> str:
    """A URL as an identity: scheme and host lower-cased, an empty path made "/",
    unsafe characters percent-encoded, the fragment dropped (it names a place in
    the same file). Raises IngestError for anything but an absolute http(s) URL."""
    parsed = _check_url(url, url)
    return str(parsed.copy_with(raw_path=parsed.raw_path, fragment=None))


def _root_cause(exc: BaseException) -> BaseException:
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        nxt = exc.__cause__ or exc.__context__
        if nxt is None:
            break
        exc = nxt
    return exc


def _network_error(url: str, exc: httpx.HTTPError, limits: FetchLimits) -> IngestError:
    """Name the reason the way a person would look for it: DNS, refused, timeout, TLS."""
    cause = _root_cause(exc)
    try:
        host = exc.request.url.host
    except RuntimeError:  # no request attached to the error
        host = ""
    if isinstance(cause, socket.gaierror):
        reason = f"DNS lookup failed for {host or 'the host'} ({cause.strerror or cause})"
    elif isinstance(cause, ssl.SSLError):
        reason = f"TLS error: {cause.reason or cause}"
    elif isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError):
        # Refused, unreachable and timed out alike: the difference is port state.
        reason = f"cannot connect to {host or 'the host'} (refused, unreachable or timed out)"
    elif isinstance(exc, httpx.ReadTimeout):
        wait = _fmt_seconds(limits.read_timeout)
        reason = f"read timed out: no data from the server for {wait}"
    elif isinstance(exc, httpx.TimeoutException):
        reason = f"timed out ({type(exc).__name__})"
    elif isinstance(exc, httpx.RemoteProtocolError | httpx.LocalProtocolError):
        reason = f"the server broke the HTTP protocol: {exc}"
    elif isinstance(exc, httpx.DecodingError):
        reason = f"cannot decode the response body: {exc}"
    else:
        reason = f"request failed: {exc or type(exc).__name__}"
    return IngestError(f"{url}: {reason}")


def _media_type(response: httpx.Response) -> tuple[str, str | None]:
    header = response.headers.get("content-type", "")
    media_type, _, params = header.partition(";")
    charset: str | None = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            charset = value.strip().strip("\"'").lower()
    return media_type.strip().lower(), charset


def _read_capped(url: str, response: httpx.Response, limits: FetchLimits, deadline: float) -> bytes:
    cap = limits.max_bytes
    declared = response.headers.get("content-length", "")
    # Refuse on the header when it says so; the streamed count below is what holds.
    if declared.isdigit() and int(declared) > cap:
        raise IngestError(
            f"{url}: response too large ({_fmt_bytes(int(declared))} declared, "
            f"over the {_fmt_bytes(cap)} cap)"
        )
    chunks: list[bytes] = []
    total = 0
    # No chunk size: a sized iterator would wait to fill each chunk, past the deadline.
    for chunk in response.iter_bytes():
        if time.monotonic() > deadline:
            raise IngestError(
                f"{url}: took longer than {_fmt_seconds(limits.total_timeout)} in all "
                f"({_fmt_bytes(total)} read)"
            )
        total += len(chunk)
        if total > cap:
            raise IngestError(f"{url}: response too large (more than the {_fmt_bytes(cap)} cap)")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str,
    *,
    client: GuardedClient | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
    policy: AddressPolicy | None = None,
) -> Fetched:
    """GET one URL within the limits; raises IngestError naming the URL and the reason.

    Without a client, one holding to `policy` (default: public addresses only) is
    opened for the call. A client passed in is reused (connection pooling across a
    batch) and left open; its own redirect and timeout settings are overridden by
    `limits`, and its address policy is the one it was made with.
    """
    _check_url(url, url)
    if client is None:
        with GuardedClient(policy or DEFAULT_POLICY) as own:
            return _fetch(url, own, limits)
    if not isinstance(client, GuardedClient):
        raise TypeError("fetch needs a GuardedClient, which holds to an address policy")
    if policy is not None and policy != client.policy:
        raise ValueError("the client holds to another address policy than the one passed")
    return _fetch(url, client, limits)


def _fetch(url: str, client: GuardedClient, limits: FetchLimits) -> Fetched:
    timeout = httpx.Timeout(
        connect=limits.connect_timeout,
        read=limits.read_timeout,
        write=limits.read_timeout,
        pool=limits.connect_timeout,
    )
    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8",
        "Accept-Language": "sv,en;q=0.5",
    }
    current = url
    visited = [canonical_url(url)]
    deadline = time.monotonic() + limits.total_timeout
    while True:
        request = client.build_request("GET", current, headers=headers, timeout=timeout)
        try:
            response = client.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise _network_error(url, exc, limits) from exc
        except AddressNotAllowedError as exc:
            via = f" (redirected to {current})" if current != url else ""
            raise AddressNotAllowedError(f"{url}: address not allowed: {exc}{via}") from None
        try:
            if response.status_code in _REDIRECT_STATUSES:
                current = _next_hop(url, current, response, visited, limits)
                continue
            return _accept(url, current, response, visited, limits, deadline)
        except httpx.HTTPError as exc:
            raise _network_error(url, exc, limits) from exc
        finally:
            response.close()


def _next_hop(
    url: str, current: str, response: httpx.Response, visited: list[str], limits: FetchLimits
) -> str:
    location = response.headers.get("location")
    if not location:
        raise IngestError(f"{url}: HTTP {response.status_code} redirect without a Location")
    try:
        target = str(httpx.URL(current).join(location))
    except (httpx.InvalidURL, ValueError) as exc:
        raise IngestError(f"{url}: redirect to an invalid URL {location!r} ({exc})") from exc
    if httpx.URL(target).scheme not in ("http", "https"):
        raise IngestError(f"{url}: redirected to {target}, which is not an http or https URL")
    try:
        target = canonical_url(target)
    except IngestError as exc:
        raise IngestError(f"{url}: redirected to an invalid URL ({exc})") from exc
    if target in visited:
        chain = " -> ".join([*visited[visited.index(target) :], target])
        raise IngestError(f"{url}: redirect loop ({chain})")
    if len(visited) > limits.max_redirects:
        raise IngestError(f"{url}: too many redirects (more than {limits.max_redirects})")
    visited.append(target)
    return target


def _accept(
    url: str,
    current: str,
    response: httpx.Response,
    visited: list[str],
    limits: FetchLimits,
    deadline: float,
) -> Fetched:
    if not response.is_success:
        phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
        via = f" (at {current})" if current != url else ""
        raise IngestError(f"{url}: HTTP {response.status_code}{phrase}{via}")
    media_type, charset = _media_type(response)
    if media_type not in ACCEPTED_MEDIA_TYPES:
        shown = media_type or "no Content-Type"
        raise IngestError(
            f"{url}: unsupported content type {shown!r} "
            f"(expected one of {', '.join(sorted(ACCEPTED_MEDIA_TYPES))})"
        )
    raw = _read_capped(url, response, limits, deadline)
    return Fetched(
        url=url,
        final_url=current,
        status=response.status_code,
        media_type=media_type,
        charset=charset,
        raw=raw,
        redirects=tuple(visited[1:]),
    )


def _sniff_meta_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:_META_SNIFF_BYTES])
    return m.group(1).decode("ascii").lower() if m else None


def _codec(label: str) -> str | None:
    """The text codec a charset label names; None for an unknown label and for codecs
    that are not text encodings (rot13, base64, zlib: bytes-to-bytes or str-to-str)."""
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a label with a NUL character in it
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_text(fetched: Fetched) -> str:
    """The body as text: BOM, then the header's charset, then (HTML) <meta charset>, else UTF-8.

    NFC with Unix newlines, as ingest.readers.reader does, because the gazetteers are NFC
    and evidence offsets refer to this text.
    """
    raw = fetched.raw
    bom = next(((b, name) for b, name in _BOMS if raw.startswith(b)), None)
    if bom is not None:
        raw, label = raw[len(bom[0]) :], bom[1]
    elif fetched.charset:
        label = fetched.charset
    elif fetched.media_type in ("text/html", "application/xhtml+xml"):
        label = _sniff_meta_charset(raw) or "utf-8"
    else:
        label = "utf-8"
    codec = _codec(label)
    if codec is None:
        raise IngestError(f"{fetched.url}: unknown character encoding {label!r}")
    errors = "stratgraph-latin1" if codec == "cp1252" else "strict"
    try:
        text = raw.decode(codec, errors=errors)
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{fetched.url}: not valid {label} (undecodable byte at offset {exc.start})"
        ) from exc
    except (LookupError, UnicodeError, ValueError) as exc:  # a codec that is no text encoding
        raise IngestError(f"{fetched.url}: unknown character encoding {label!r}") from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
