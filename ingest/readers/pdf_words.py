"""Characters into words and lines: the units every later PDF step works on.

Both backends (pdfplumber on pages that may hold a ruled table, pypdfium2 on
the rest) deliver Char values with the same meaning, and everything after this
module is backend-neutral, so a page reads the same whichever backend read it.
Positions are in points from the page's top-left corner; a line is grouped by
baseline, not by glyph box, because the two backends measure glyph boxes
differently (font bbox versus ascent/descent) but agree on baselines.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from ingest.readers.pdf_cleanup import expand_ligatures

# A gap wider than this share of the font size starts a new word, for PDFs that
# position words without drawing space characters.
WORD_GAP = 0.2
# Baselines closer than this share of the font size are one line.
BASELINE_TOLERANCE = 0.25
# Characters at most this share of a line's size, shifted by at most this share of it,
# are a footnote marker or an index on that line; a size jump this big splits a word.
RAISED_SIZE, RAISED_SHIFT, RAISED_SPLIT = 0.8, 0.6, 1.25

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def is_bold(fontname: str) -> bool:
    """Bold by font name: both backends report the same name, not always the same weight."""
    return bool(_BOLD_FONT.search(fontname))


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool


@dataclass(frozen=True)
class Line:
    """Words on one baseline, left to right (a whole page row, or its part in one column)."""

    words: tuple[Word, ...]

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @cached_property
    def baseline(self) -> float:
        return statistics.median(w.baseline for w in self.words)

    @cached_property
    def size(self) -> float:
        """The size most of the line's characters have."""
        weights: dict[float, int] = {}
        for w in self.words:
            weights[w.size] = weights.get(w.size, 0) + len(w.text)
        return max(weights, key=lambda s: (weights[s], s))

    @cached_property
    def bold(self) -> bool:
        bold = sum(len(w.text) for w in self.words if w.bold)
        return bold * 5 >= sum(len(w.text) for w in self.words) * 4

    def part(self, words: Iterable[Word]) -> Line:
        return Line(tuple(words))


def _size_key(size: float) -> float:
    return round(size * 2) / 2  # half points: the backends differ in the last digits


def words_of(chars: Sequence[Char]) -> list[Word]:
    """One baseline's characters, any order, into words (spaces and wide gaps split)."""
    words: list[Word] = []
    current: list[Char] = []

    def flush() -> None:
        if current:
            size = max(c.size for c in current)
            bold = sum(c.bold for c in current) * 2 > len(current)
            text = expand_ligatures("".join(c.text for c in current))
            base = statistics.median(c.baseline for c in current)
            words.append(Word(text, current[0].x0, current[-1].x1, base, _size_key(size), bold))
            current.clear()

    for char in sorted(chars, key=lambda c: c.x0):
        if char.text.isspace() or not char.text:
            flush()
            continue
        if current:
            prev = current[-1]
            if char.text == prev.text and abs(char.x0 - prev.x0) < 0.5:
                continue  # the same glyph drawn twice (fake bold by overprinting)
            gap = char.x0 - prev.x1 > WORD_GAP * max(char.size, prev.size)
            if gap or max(char.size, prev.size) > RAISED_SPLIT * min(char.size, prev.size):
                flush()  # a wide gap, or a footnote marker set against its word
        current.append(char)
    flush()
    return words


def _raised_into(group: list[Char], line: list[Char]) -> bool:
    """Whether a group of small characters is a footnote marker (or an index) of a line:
    set smaller, raised or lowered by less than the line's size, within its width."""
    size = max(c.size for c in line)
    if max(c.size for c in group) > RAISED_SIZE * size:
        return False
    base = statistics.median(c.baseline for c in line)
    if abs(statistics.median(c.baseline for c in group) - base) > RAISED_SHIFT * size:
        return False
    return min(c.x0 for c in line) - size <= group[0].x0 <= max(c.x1 for c in line) + size


def lines_of(chars: Iterable[Char]) -> list[Line]:
    """A page's characters into full-width lines, top to bottom."""
    ordered = sorted(chars, key=lambda c: (c.baseline, c.x0))
    groups: list[list[Char]] = []
    for char in ordered:
        if groups:
            first = groups[-1][0]
            if char.baseline - first.baseline <= BASELINE_TOLERANCE * max(first.size, char.size):
                groups[-1].append(char)
                continue
        groups.append([char])
    # A raised footnote marker would otherwise be a line of its own and split its paragraph.
    index = 0
    while index < len(groups):
        group = groups[index]
        for other in (index + 1, index - 1):
            if 0 <= other < len(groups) and _raised_into(group, groups[other]):
                groups[other] += group
                del groups[index]
                break
        else:
            index += 1
    lines = []
    for group in groups:
        words = words_of(group)
        if words:
            lines.append(Line(tuple(words)))
    return lines


def body_size(lines: Iterable[Line]) -> float:
    """The font size most characters of the document have."""
    weights: dict[float, int] = {}
    for line in lines:
        for w in line.words:
            weights[w.size] = weights.get(w.size, 0) + len(w.text)
    if not weights:
        return 10.0
    return max(weights, key=lambda s: (weights[s], -s))
