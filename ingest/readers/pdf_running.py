"""Running headers and footers: lines that recur at the top or bottom of most pages.

A line is furniture when it stands in a block of at most three lines at the top
or bottom of a page, inside the top or bottom band and set apart from the body
text (a wider gap than between paragraph lines, or a smaller font), and the
same text (digits ignored, so "Sida 3 av 12" and "Sida 4 av 12" are one line)
recurs there on enough pages. A bare page number ("3", "- 3 -", "Sida 3",
"3 (12)", "3/12") in such a block goes even on a document too short for
anything to recur. A table header repeated at the top of each page is not
furniture: it continues its table (ingest.readers.pdf_unruled).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from ingest.readers.pdf_unruled import is_header_line
from ingest.readers.pdf_words import Line

BAND = 0.12  # share of the page height that counts as top or bottom margin
EDGE_LINES = 3  # at most this many lines at each end are candidates
MIN_SHARE = 0.4  # share of the pages a line must recur on
# Headings can repeat too ("Bilaga 2", "Bilaga 3" at the top of each page): running
# lines are set no larger than the body text.
MAX_SIZE = 1.1
GAP = 1.8  # font sizes between baselines: furniture stands apart from the body text
SMALL = 0.95  # or it is set smaller than the body

_PAGE_NUMBER = re.compile(
    r"(?:sida|s\.|page)?\s*[-\u2013(]?\s*\d{1,3}\s*(?:(?:av|/|of)\s*\d{1,3}|\(\s*\d{1,3}\s*\))?"
    r"\s*[-\u2013)]?",
    re.I,
)


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _apart(lines: Sequence[Line], upper: int, body: float) -> bool:
    """Whether lines[upper] and lines[upper + 1] are apart as furniture and body text are:
    a wider gap than between the lines of a paragraph, or a smaller font."""
    above, below = lines[upper], lines[upper + 1]
    gap = below.baseline - above.baseline
    return gap >= GAP * max(above.size, below.size) or min(above.size, below.size) < SMALL * body


def _candidates(lines: Sequence[Line], height: float, body: float) -> list[tuple[str, int]]:
    """(zone, index) of the lines that could be furniture on one page: a block of at most a
    few lines at the top (or bottom), inside the band, set apart from the body text, no
    larger than the body text."""
    found: list[tuple[str, int]] = []
    edge = min(EDGE_LINES, len(lines) - 1)
    for j in range(edge):
        if lines[j].baseline > height * BAND:
            break
        if _apart(lines, j, body):
            found += [("top", i) for i in range(j + 1) if lines[i].size <= body * MAX_SIZE]
            break
    for j in range(len(lines) - 1, len(lines) - 1 - edge, -1):
        if lines[j].baseline < height * (1 - BAND):
            break
        if _apart(lines, j - 1, body):
            found += [
                ("bottom", i) for i in range(j, len(lines)) if lines[i].size <= body * MAX_SIZE
            ]
            break
    return found


def running_lines(
    pages: Sequence[Sequence[Line]], heights: Sequence[float], body: float
) -> list[set[int]]:
    """For each page, the indices of its lines that are running headers or footers."""
    candidates = [_candidates(lines, h, body) for lines, h in zip(pages, heights, strict=True)]
    counts: Counter[tuple[str, str]] = Counter()
    for lines, found in zip(pages, candidates, strict=True):
        counts.update({(zone, _key(lines[i])) for zone, i in found})
    with_text = sum(1 for lines in pages if lines)
    needed = max(2, math.ceil(MIN_SHARE * with_text))
    dropped: list[set[int]] = []
    for lines, found in zip(pages, candidates, strict=True):
        dropped.append(
            {
                i
                for zone, i in found
                if (counts[(zone, _key(lines[i]))] >= needed or is_page_number(lines[i].text))
                and not is_header_line(lines[i])
            }
        )
    return dropped
