"""Reading order on a page with columns: find the gutters, read column by column.

A gutter is a vertical strip in the middle half of the text area that no line
crosses, except full-width ones (a heading or an intro paragraph above the
columns), with left-aligned text on both sides. Each side is searched for a
gutter of its own, so a brochure's three or four columns are found too. A
run of lines that cross no gutter is a region in columns: its first column's
parts are read top to bottom, then the next column's. Everything else (a
line across a gutter) is read line by line, top to bottom.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from ingest.readers.pdf_words import Line, Word

MIN_GUTTER = 8.0  # points; real gutters are 12-30
MIN_COLUMN_LINES = 3
# Gaps up to this many font sizes join words into one span; a gutter is wider.
SPAN_GAP = 1.0
# Each side's spans must fill this share of its side on average: a right-aligned column
# of page numbers (a contents page without leaders) is not a text column.
MIN_FILL = 0.3


MIN_COLUMN_WIDTH = 60.0  # points: a narrower strip of text is not a column


class Column(IntEnum):
    """Flow.column: 0 for full width, else the column's number from the left."""

    FULL = 0
    LEFT = 1
    RIGHT = 2


@dataclass(frozen=True)
class Flow:
    """Lines read one after the other, all full width or all in one column."""

    lines: tuple[Line, ...]
    column: int


def _spans(line: Line) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    for w in line.words:
        if spans and w.x0 - spans[-1][1] <= SPAN_GAP * w.size:
            spans[-1] = (spans[-1][0], w.x1)
        else:
            spans.append((w.x0, w.x1))
    return spans


def find_gutter(lines: Sequence[Line]) -> tuple[float, float] | None:
    if len(lines) < 2 * MIN_COLUMN_LINES:
        return None
    xmin, xmax = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    lo, hi = math.floor(xmin + 0.25 * (xmax - xmin)), math.ceil(xmin + 0.75 * (xmax - xmin))
    if hi - lo < MIN_GUTTER:
        return None
    cover = [0] * (hi - lo)
    spans = [_spans(ln) for ln in lines]
    for line_spans in spans:
        for a, b in line_spans:
            for x in range(max(lo, math.floor(a)), min(hi, math.ceil(b))):
                cover[x - lo] += 1
    least = min(cover)
    best: tuple[int, int] = (0, 0)
    start = None
    for i, c in enumerate([*cover, least + 1]):
        if c == least and start is None:
            start = i
        elif c != least and start is not None:
            best = max(best, (i - start, start))
            start = None
    width, first = best
    if width < MIN_GUTTER:
        return None
    g0, g1 = lo + first, lo + first + width
    left = [b - a for s in spans for a, b in s if b <= g0 + 1]
    right_spans = [(a, b) for s in spans for a, b in s if a >= g1 - 1]
    if len(left) < MIN_COLUMN_LINES or len(right_spans) < MIN_COLUMN_LINES:
        return None
    right_x = min(a for a, _ in right_spans)
    aligned = sum(1 for a, _ in right_spans if a - right_x <= 2.0)
    right = [b - a for a, b in right_spans]
    if (
        aligned < MIN_COLUMN_LINES
        or sum(left) / len(left) < MIN_FILL * (g0 - xmin)
        or sum(right) / len(right) < MIN_FILL * (xmax - g1)
    ):
        return None
    return float(g0), float(g1)


def _crosses(line: Line, gutter: tuple[float, float]) -> bool:
    return any(a < gutter[0] and b > gutter[1] for a, b in _spans(line))


def find_gutters(lines: Sequence[Line]) -> list[tuple[float, float]]:
    """All gutters, left to right: the page's, then each side's own."""
    gutter = find_gutter(lines)
    if gutter is None:
        return []
    inside = [ln for ln in lines if not _crosses(ln, gutter)]
    left = [p for p in (ln.part(w for w in ln.words if w.x1 <= gutter[0] + 1) for ln in inside)]
    right = [p for p in (ln.part(w for w in ln.words if w.x0 >= gutter[1] - 1) for ln in inside)]
    found = [gutter]
    for side in ([p for p in left if p.words], [p for p in right if p.words]):
        if side and max(p.x1 for p in side) - min(p.x0 for p in side) >= 2 * MIN_COLUMN_WIDTH:
            found += find_gutters(side)
    return sorted(found)


def reading_order(lines: Sequence[Line]) -> list[Flow]:
    """A band of full-width lines (top to bottom, no table inside) as flows in reading order."""
    gutters = find_gutters(lines)
    if not gutters:
        return [Flow(tuple(lines), Column.FULL)] if lines else []
    edges = [g[0] + 1 for g in gutters]
    flows: list[Flow] = []
    run: list[Line] = []

    def close_run() -> None:
        columns: list[list[Line]] = [[] for _ in range(len(gutters) + 1)]
        for line in run:
            parts: list[list[Word]] = [[] for _ in columns]
            for word in line.words:
                parts[bisect.bisect_left(edges, word.x1)].append(word)
            for column, words in zip(columns, parts, strict=True):
                if words:
                    column.append(line.part(words))
        if sum(1 for c in columns if len(c) >= 2) >= 2:
            flows.extend(Flow(tuple(c), n) for n, c in enumerate(columns, start=1) if c)
        else:
            _extend_full(flows, run)
        run.clear()

    for line in lines:
        if any(_crosses(line, g) for g in gutters):
            if run:
                close_run()
            _extend_full(flows, [line])
        else:
            run.append(line)
    if run:
        close_run()
    return flows


def _extend_full(flows: list[Flow], lines: Sequence[Line]) -> None:
    if flows and flows[-1].column == Column.FULL:
        flows[-1] = Flow(flows[-1].lines + tuple(lines), Column.FULL)
    else:
        flows.append(Flow(tuple(lines), Column.FULL))
