"""The PDFs a page's main region links to."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborNode

from ingest.errors import IngestError
from ingest.readers.fetch import canonical_url
from ingest.readers.html_tree import one_line, walk

__all__ = ["LinkedFile", "linked_pdfs"]

_PDF_WORD = re.compile(r"\bpdf\b", re.I)
_NON_HTTP_HREF = re.compile(r"^\s*(?:#|mailto:|tel:|javascript:|data:)", re.I)


@dataclass(frozen=True, slots=True)
class LinkedFile:
    uri: str  # absolute, canonical (ingest.readers.fetch.canonical_url)
    text: str  # the link text: "Regional handlingsplan 2022-2026 (Pdf, 920.1 kB)"


def linked_pdfs(
    main: LexborNode, skip: Callable[[LexborNode], bool], base: str
) -> tuple[LinkedFile, ...]:
    """Links to PDFs (by the path's ending, or "pdf" in the link's text, title or type),
    absolute and canonical, each once, in page order."""
    found: dict[str, LinkedFile] = {}
    for entering, node in walk(main, skip):
        if not entering or node.tag != "a":
            continue
        a = node.attributes
        href = (a.get("href") or "").strip()
        if not href or _NON_HTTP_HREF.match(href):
            continue
        try:
            absolute = urljoin(base, href)
            path = urlsplit(absolute).path
        except ValueError:
            continue  # a malformed link ("http://[::1/x.pdf") is skipped, not the page
        text = one_line(node.text())
        described = " ".join([text, a.get("title") or "", a.get("type") or ""])
        if not (path.lower().endswith(".pdf") or _PDF_WORD.search(described)):
            continue
        try:
            uri = canonical_url(absolute)
        except IngestError:
            continue  # not an http(s) link
        if uri not in found:
            name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
            found[uri] = LinkedFile(uri=uri, text=text or a.get("title") or name)
    return tuple(found.values())
