"""Split page text into sentence spans, the unit every quote is cut from.

Why not spaCy's sentencizer: scraped pages put headings, list items and
contact lines on their own lines without end punctuation, so a line break is
always a boundary here; inside a line we split after . ! ? before a capital,
a digit or a dash that opens a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[\"\u201d\u2013\-A-ZÅÄÖ0-9])")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def strip_span(text: str, start: int, end: int) -> Span:
    """Shrink [start, end) so the quote has no surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        cursor = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            spans.append(strip_span(text, cursor, boundary.start()))
            cursor = boundary.end()
        spans.append(strip_span(text, cursor, line.end()))
    return [s for s in spans if s.end > s.start]


def sentence_at(spans: list[Span], offset: int) -> Span | None:
    return next((s for s in spans if s.start <= offset < s.end), None)
