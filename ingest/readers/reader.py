"""File -> (raw bytes, text): the only module that touches the file system.

.txt is taken as is; .html is reduced to its visible text with the stdlib
html.parser (block elements become line breaks, script/style are dropped), so
the extractor sees the same line structure either way. The text is NFC
normalised with Unix newlines, because the gazetteers are NFC and evidence
offsets refer to this text; the checksum is taken of the raw bytes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ingest.errors import IngestError
from ingest.readers.html_main import BLOCK_TAGS

MEDIA_TYPES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}

# html_main's block elements, plus the two that only break a line or name the page.
_BLOCK = BLOCK_TAGS | {"br", "title"}
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head"})
_HEADINGS = frozenset({"h1", "h2", "h3"})


@dataclass(frozen=True, slots=True)
class Page:
    raw: bytes
    text: str
    media_type: str
    heading: str | None  # first h1-h3 of an HTML page


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.heading: str | None = None
        self._in_heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag in _HEADINGS and self.heading is None and not self.hidden:
            self._in_heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag in _HEADINGS and self._in_heading is not None:
            heading = " ".join("".join(self._in_heading).split())
            self.heading = heading or None
            self._in_heading = None

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        # Whitespace inside HTML text is not significant: collapse it.
        collapsed = re.sub(r"\s+", " ", data)
        self.parts.append(collapsed)
        if self._in_heading is not None:
            self._in_heading.append(collapsed)


def html_to_text(markup: str) -> tuple[str, str | None]:
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, parser.heading


def read_page(path: Path, name: str | None = None) -> Page:
    """The page in a .txt or .html file; errors name it by ``name`` (default: the path)."""
    shown = str(path) if name is None else name
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise IngestError(
            f"{shown}: unsupported file type {path.suffix or '(none)'!r} "
            "(expected .txt, .html or .pdf)"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(
            f"{shown}: cannot read file: {exc.strerror or type(exc).__name__}"
        ) from exc
    if not raw.strip():
        raise IngestError(f"{shown}: file is empty")
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{shown}: not valid UTF-8 (undecodable byte at offset {exc.start})"
        ) from exc
    decoded = unicodedata.normalize("NFC", decoded.replace("\r\n", "\n").replace("\r", "\n"))
    heading: str | None = None
    if media_type == "text/html":
        decoded, heading = html_to_text(decoded)
    if not decoded.strip():
        raise IngestError(f"{shown}: no visible text")
    return Page(raw=raw, text=decoded, media_type=media_type, heading=heading)
