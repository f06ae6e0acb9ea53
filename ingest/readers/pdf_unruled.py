"""Tables drawn without vertical rules, read from the header and the word positions.

Plans often draw a table with a shaded header and a thin line under each row,
or with no rules at all. Such a table is found from its header: a line whose
cells (word groups apart by a column gap) are column names (ingest.readers.pdf_headers).

- Columns start where the header cells start; a cell whose header is centred
  starts where its body text starts (the same x on several lines, left of the
  header word).
- The table runs on below the header while lines keep to the columns: it ends
  at a line with a word across a column start (running text), a line left of
  the table, a larger font (a heading) or a wide vertical gap.
- Rows: split at horizontal rulings (lines, shaded bands) when the table has
  them; else where the line pitch is clearly wider than inside a cell; else
  where the first column starts anew (a capital after a finished line).
- Cells: each word goes to the column it starts in; a cell's lines are joined
  like the lines of a ruled table's cell.

A page that begins with lines keeping to the columns of a table that ended the
page before continues that table without a header (``carry``).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.readers.pdf_headers import is_header
from ingest.readers.pdf_tables import Ruling, TablePart, cell_text
from ingest.readers.pdf_words import Line, Word

HEADER_GAP = 0.8  # font sizes: a gap this wide between header words separates two cells
WORD_SPACE = 0.5  # font sizes: a gap narrower than this is a space inside running text
MAX_ROW_GAP = 3.5  # font sizes between baselines, without a ruling between: the table ended
SIZE_JUMP = 1.15  # a line set this much larger than the header is a heading
ROW_SPACING = 1.25  # a pitch this much wider than the tightest one starts a new row
RULING_SHARE = 0.5  # a ruling must span this share of the table's width to split rows
MAX_LINES = 400


@dataclass(frozen=True)
class _Cell:
    x0: float
    x1: float
    text: str


def _cells(line: Line, gap: float) -> list[_Cell]:
    cells: list[list[Word]] = []
    for word in line.words:
        if cells and word.x0 - cells[-1][-1].x1 < gap * word.size:
            cells[-1].append(word)
        else:
            cells.append([word])
    return [_Cell(ws[0].x0, ws[-1].x1, " ".join(w.text for w in ws)) for ws in cells]


def _between(rulings: Sequence[Ruling], upper: Line, lower: Line, x0: float, x1: float) -> bool:
    """Whether a ruling across the table lies between two lines' text."""
    low = lower.baseline - 0.6 * lower.size
    start = bisect.bisect_right([r.y for r in rulings], upper.baseline)
    for ruling in rulings[start:]:
        if ruling.y >= low:
            break
        if min(ruling.x1, x1) - max(ruling.x0, x0) >= RULING_SHARE * (x1 - x0):
            return True
    return False


def is_header_line(line: Line) -> bool:
    """Whether a line is a table header (its cells name columns)."""
    cells = _cells(line, HEADER_GAP)
    return len(cells) >= 2 and is_header([c.text for c in cells])


def _header(lines: Sequence[Line], index: int) -> tuple[list[_Cell], int] | None:
    """The header's cells and how many lines it takes (a bold header may wrap)."""
    line = lines[index]
    cells = _cells(line, HEADER_GAP)
    if len(cells) < 2 or not is_header([c.text for c in cells]):
        return None
    used = 1
    while line.bold and index + used < len(lines):
        more = lines[index + used]
        previous = lines[index + used - 1]
        if not more.bold or more.baseline - previous.baseline > 1.5 * previous.size:
            break
        extra = _cells(more, HEADER_GAP)
        starts = [c.x0 for c in cells]
        if any(e.x0 < starts[0] - 1 for e in extra):
            break
        texts = [c.text for c in cells]
        for e in extra:
            k = bisect.bisect_right(starts, e.x0 + 1) - 1
            texts[k] = f"{texts[k]} {e.text}"
        cells = [_Cell(c.x0, c.x1, t) for c, t in zip(cells, texts, strict=True)]
        used += 1
    return cells, used


def _candidates(lines: Sequence[Line], start: int, size: float) -> int:
    """End (exclusive) of the lines below a header that may belong to its table."""
    end = start
    while end < len(lines) and end - start < MAX_LINES:
        line = lines[end]
        if line.size > SIZE_JUMP * size:
            break
        if end > start and line.baseline - lines[end - 1].baseline > MAX_ROW_GAP * size:
            break
        end += 1
    return end


def _starts(header: list[_Cell], body: Sequence[Line]) -> list[float]:
    """Where each column starts: its header cell, or the body text left of a centred one
    (the same x on several lines, after a column gap)."""
    starts = []
    for index, cell in enumerate(header):
        left = header[index - 1].x1 if index else -1.0
        found: dict[float, int] = {}
        for line in body:
            previous_end = -math.inf
            for word in line.words:
                gap = word.x0 - previous_end >= HEADER_GAP * word.size
                if gap and left < word.x0 < cell.x0 - 1:
                    key = round(word.x0 * 2) / 2
                    found[key] = found.get(key, 0) + 1
                previous_end = word.x1
        aligned = [x for x, n in found.items() if n >= max(2, len(body) // 4)]
        starts.append(min(aligned) if aligned else cell.x0)
    return starts


def _crosses(line: Line, starts: Sequence[float]) -> bool:
    """Whether running text runs over a column start: a word across it, or a mere
    word space around it."""
    for x in starts[1:]:
        before = [w for w in line.words if w.x0 < x - 1]
        if not before:
            continue
        last = before[-1]
        if last.x1 > x + 1:
            return True
        after = [w for w in line.words if w.x0 >= x - 1]
        if after and after[0].x0 - last.x1 < WORD_SPACE * last.size:
            return True
    return False


def _extent(lines: Sequence[Line], start: int, end: int, starts: Sequence[float]) -> int:
    for index in range(start, end):
        line = lines[index]
        if _crosses(line, starts) or line.x0 < starts[0] - line.size:
            return index
    return end


def _columns(line: Line, starts: Sequence[float]) -> list[list[Word]]:
    columns: list[list[Word]] = [[] for _ in starts]
    for word in line.words:
        columns[max(0, bisect.bisect_right(starts, word.x0 + 1) - 1)].append(word)
    return columns


def _row_breaks(
    body: Sequence[Line], starts: Sequence[float], rulings: Sequence[Ruling], x1: float
) -> tuple[list[int], bool]:
    """Indices of the lines that open a row (the first always does), and whether rows are
    split by rulings."""
    ruled = [
        i for i in range(1, len(body)) if _between(rulings, body[i - 1], body[i], starts[0], x1)
    ]
    if ruled:
        return [0, *ruled], True
    pitches = [b.baseline - a.baseline for a, b in itertools.pairwise(body)]
    usual = [p for p in pitches if p >= 0.8 * body[0].size]
    tight = min(usual, default=0.0)
    if usual and max(usual) >= ROW_SPACING * tight:
        return [0] + [i + 1 for i, p in enumerate(pitches) if p >= ROW_SPACING * tight], False
    opens = [0]
    for i in range(1, len(body)):
        first = _columns(body[i], starts)[0]
        above = _columns(body[i - 1], starts)[0]
        lead = first[0].text[:1] if first else ""
        ended = not above or not above[-1].text.endswith(("-", ",", "och", "eller"))
        if (lead.isupper() or lead.isdigit()) and ended:
            opens.append(i)
    return opens, False


def _closed(line: Line, rulings: Sequence[Ruling]) -> bool:
    """Whether a ruling runs under a line's text (closing its row)."""
    return any(line.baseline < r.y <= line.baseline + 2 * line.size for r in rulings)


def _kept(body: Sequence[Line], starts: Sequence[float], rulings: Sequence[Ruling]) -> int:
    """How many of the lines are the table when more text follows it on the page: a last
    row that no ruling closes (in a table whose rows are ruled), or with text in its
    first column only, is the text after the table (a note, a heading in body size)."""
    x1 = max(ln.x1 for ln in body)
    opens, ruled = _row_breaks(body, starts, rulings, x1)
    if len(opens) < 2:
        return len(body)
    tail = body[opens[-1] :]
    if ruled and not _closed(tail[-1], rulings):
        return opens[-1]
    if not any(words for ln in tail for words in _columns(ln, starts)[1:]):
        return opens[-1]
    return len(body)


def _part(
    header: list[_Cell],
    starts: Sequence[float],
    body: Sequence[Line],
    rulings: Sequence[Ruling],
    top: float,
) -> TablePart:
    x1 = max([c.x1 for c in header] + [ln.x1 for ln in body])
    opens, ruled = _row_breaks(body, starts, rulings, x1)
    rows: list[tuple[str, ...]] = [tuple(c.text for c in header)] if header else []
    for a, b in zip(opens, [*opens[1:], len(body)], strict=True):
        texts: list[list[str]] = [[] for _ in starts]
        for line in body[a:b]:
            for k, words in enumerate(_columns(line, starts)):
                if words:
                    texts[k].append(" ".join(w.text for w in words))
        rows.append(tuple(cell_text("\n".join(t)) for t in texts))
    closed = not ruled or _closed(body[-1], rulings)
    return TablePart(
        top=top,
        bottom=body[-1].baseline + 0.3 * body[-1].size,
        x0=starts[0],
        x1=x1,
        edges=(*starts, x1),
        rows=tuple(rows),
        columns=tuple(starts),
        closed=closed,
    )


def find_tables(
    lines: Sequence[Line], rulings: Sequence[Ruling], carry: TablePart | None = None
) -> tuple[list[TablePart], list[Line]]:
    """The unruled tables among a page's lines (top to bottom), and the lines left over.

    ``carry``: the table that ended the page before (read with its columns when this page
    begins with lines that keep to them)."""
    parts: list[TablePart] = []
    used: set[int] = set()
    index = 0
    if carry is not None and carry.columns and lines and _header(lines, 0) is None:
        size = lines[0].size
        end = _extent(lines, 0, _candidates(lines, 0, size), carry.columns)
        filled = {k for ln in lines[:end] for k, ws in enumerate(_columns(ln, carry.columns)) if ws}
        if end and len(filled) >= 2:
            parts.append(_part([], carry.columns, lines[:end], rulings, lines[0].baseline - size))
            used.update(range(end))
            index = end
    while index < len(lines):
        found = _header(lines, index)
        if found is None:
            index += 1
            continue
        header, height = found
        first = index + height
        size = lines[index].size
        end = _candidates(lines, first, size)
        starts = _starts(header, lines[first:end])
        end = _extent(lines, first, end, starts)
        if first < end < len(lines):
            end = first + _kept(lines[first:end], starts, rulings)
        if end == first:
            index += 1
            continue
        top = lines[index].baseline - size
        parts.append(_part(header, starts, lines[first:end], rulings, top))
        used.update(range(index, end))
        index = end
    return parts, [ln for i, ln in enumerate(lines) if i not in used]
