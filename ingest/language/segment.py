"""Split page text into sentence spans, the unit every quote is cut from.

Why not spaCy's sentencizer: scraped pages put headings, list items and
contact lines on their own lines without end punctuation, so a line break is
always a boundary here; inside a line we split after . ! ? before a capital,
a digit or a dash that opens a quotation.

Lines are capped: before extraction, a line longer than MAX_LINE_CHARS is broken
at its last sentence end within the cap, else at its last space, else (a run
without whitespace) after MAX_LINE_CHARS characters (cap_lines). Some
rules and the spaCy matcher work line by line in time that grows with the square
of a line's length, so the cap keeps extraction linear in the length of a text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

# Longer than any paragraph of the gold pages (at most 1,841 characters); see docs/web.md.
MAX_LINE_CHARS = 2000

_LINE = re.compile(r"[^\n]+")
_SPACE = re.compile(r"[^\S\n]")
# After a full stop: a capital, a digit, a quote or dash, or a bracket before a capital
# ("Detta avslogs. (MP) lämnade ..."). Scraped text may glue two sentences: a year or a
# full stop right before a capitalised word ("för perioden 2018-2029Samhällsbyggnads...").
_BOUNDARY = re.compile(
    r"(?<=[.!?])\s+(?=[\"\u201d\u2013\-A-ZÅÄÖ0-9]|\((?=[A-ZÅÄÖ]))"
    r"|(?<=[a-zåäö]{3}[.!?])(?=[A-ZÅÄÖ][a-zåäö]{2})|(?<=[12]\d{3})(?=[A-ZÅÄÖ][a-zåäö]{3})"
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def overlaps_any(taken: list[Span], span: Span) -> bool:
    """`span` shares a character with one of `taken` (the spans other rules already read)."""
    return any(t.start < span.end and span.start < t.end for t in taken)


def strip_span(text: str, start: int, end: int) -> Span:
    """Shrink [start, end) so the quote has no surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends: its newline, or the text's end."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def lines_above(text: str, pos: int) -> Iterator[Span]:
    """The lines before `pos`, nearest first, each with its newline (first the part of
    `pos`'s own line before it, when `pos` is not at a line's start)."""
    end = pos
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        yield Span(start, end)
        end = start


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
    """The span holding offset, in O(log n); spans are in order and do not overlap,
    as sentences() gives them."""
    i = bisect_right(spans, offset, key=lambda s: s.start) - 1
    if i >= 0 and offset < spans[i].end:
        return spans[i]
    return None


def cap_lines(text: str, limit: int = MAX_LINE_CHARS) -> tuple[str, list[int]]:
    """text with every line longer than ``limit`` characters broken into lines of at most
    that many, and where line breaks were inserted.

    A line is broken at its last sentence end within the limit, else at its last space,
    by turning that one whitespace character into a line break, which keeps every offset
    valid. Only a run of ``limit`` characters without whitespace (no word is that long)
    gets a line break inserted after ``limit`` characters; the offsets of the old text
    before which one was inserted are returned, in order (see shift_offsets)."""
    if len(text) <= limit:
        return text, []
    pieces: list[str] = []
    inserted: list[int] = []
    done = 0  # text[:done] is in pieces
    for line in _LINE.finditer(text):
        cursor, end = line.start(), line.end()
        while end - cursor > limit:
            cut = _cut(text, cursor, cursor + limit + 1)
            if cut is None:
                cursor += limit
                pieces.append(text[done:cursor])
                inserted.append(cursor)
                done = cursor
            else:
                pieces.append(text[done:cut])
                done = cursor = cut + 1
            pieces.append("\n")
    if not pieces:
        return text, []
    pieces.append(text[done:])
    return "".join(pieces), inserted


def shift_offsets(offsets: list[int], inserted: list[int]) -> list[int]:
    """Offsets into a text, moved past the line breaks cap_lines inserted into it."""
    return [offset + bisect_right(inserted, offset) for offset in offsets]


def _cut(text: str, start: int, end: int) -> int | None:
    """Where to break text[start:end]: the whitespace after its last sentence end in
    its second half, else its last whitespace character, else None."""
    half = start + (end - start) // 2
    last = None
    for boundary in _BOUNDARY.finditer(text, half, end):
        last = boundary.start()
    if last is not None:
        return last
    for space in _SPACE.finditer(text, half, end):
        last = space.start()
    if last is not None:
        return last
    found = None
    for space in _SPACE.finditer(text, start, half):
        found = space.start()
    return found
