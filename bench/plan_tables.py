"""Activity tables for the benchmark plan, drawn the ways municipalities draw them.

- ruled: a full grid, shaded header; a row never breaks across pages.
- horizontal: shaded header, a thin line under each row, no vertical rules.
- unruled: a bold header, no rules at all; rows apart by a little space.

On every style the header row is repeated at the top of each page. In the
horizontal and unruled styles a row that does not fit breaks across the page
(as a word processor breaks it by default): its first lines stay, the rest
goes on under the repeated header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bench.plan_typeset import BOLD, BOTTOM, REGULAR, Fill, Layout, Rule, Wrapped, wrap

Style = Literal["ruled", "horizontal", "unruled"]
CELL, CELL_LEADING = 9.0, 12.0
_PAD: dict[Style, float] = {"ruled": 6.0, "horizontal": 6.0, "unruled": 4.0}


@dataclass(frozen=True)
class RowPages:
    first: int  # the page the row starts on
    last: int  # the page it ends on (another when it broke across a page)


class TableDrawer:
    def __init__(self, layout: Layout, widths: Sequence[float], style: Style) -> None:
        self.layout = layout
        self.widths = tuple(widths)
        self.style = style
        self.pad = _PAD[style]

    def draw(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[RowPages]:
        """The table; returns the pages of each row drawn (rows that do not fit within the
        page budget are left out)."""
        out: list[RowPages] = []
        self._header(header)
        for row in rows:
            cells = [
                wrap(c, REGULAR, CELL, w - 2 * self.pad)
                for c, w in zip(row, self.widths, strict=True)
            ]
            count = max(len(c.lines) for c in cells)
            height = count * CELL_LEADING + 2 * self.pad
            room = self.layout.y - BOTTOM
            first = self.layout.page
            if height > room:
                fitting = int((room - 2 * self.pad) // CELL_LEADING)
                if self.style != "ruled" and 1 <= fitting < count:
                    self._lines([_part(c, 0, fitting) for c in cells], fitting, closed=False)
                    self.layout.new_page()
                    self._header(header)
                    rest = [_part(c, fitting, count) for c in cells]
                    self._lines(rest, count - fitting, closed=True)
                    out.append(RowPages(first, self.layout.page))
                    continue
                if not self.layout.fits(height):
                    break
                self.layout.new_page()
                self._header(header)
            self._lines(cells, count, closed=True)
            out.append(RowPages(self.layout.page, self.layout.page))
        self.layout.y -= 10
        return out

    def _header(self, cells: Sequence[str]) -> None:
        wrapped = [
            wrap(c, BOLD, CELL, w - 2 * self.pad) for c, w in zip(cells, self.widths, strict=True)
        ]
        count = max(len(w.lines) for w in wrapped)
        height = count * CELL_LEADING + 2 * self.pad
        self.layout.ensure(height + 2 * CELL_LEADING + 2 * self.pad)
        if self.style != "unruled":
            left = self.layout.left
            self.layout.current.ops.append(
                Fill(left, self.layout.y - height, sum(self.widths), height)
            )
        self._lines(wrapped, count, closed=True, font=BOLD)

    def _lines(
        self, cells: Sequence[Wrapped], count: int, *, closed: bool, font: str = REGULAR
    ) -> None:
        layout = self.layout
        top, x = layout.y, layout.left
        height = count * CELL_LEADING + 2 * self.pad
        right = x + sum(self.widths)
        ops = layout.current.ops
        if self.style == "ruled":
            ops.append(Rule(x, top, right, top))
            ops.append(Rule(x, top - height, right, top - height))
        elif self.style == "horizontal" and closed:
            ops.append(Rule(x, top - height, right, top - height, 0.5))
        for cell, width in zip(cells, self.widths, strict=True):
            if self.style == "ruled":
                ops.append(Rule(x, top, x, top - height))
            layout.hyphenated += cell.hyphenated
            layout.kept += cell.kept
            for i, line in enumerate(cell.lines):
                baseline = top - self.pad - CELL * 0.8 - i * CELL_LEADING
                layout.text(x + self.pad, baseline, line, font, CELL)
            x += width
        if self.style == "ruled":
            ops.append(Rule(right, top, right, top - height))
        layout.y = top - height


def _part(cell: Wrapped, start: int, end: int) -> Wrapped:
    """Lines start..end of a cell; its hyphenations are recorded with the first part."""
    if start == 0:
        return Wrapped(cell.lines[:end], cell.hyphenated, cell.kept)
    return Wrapped(cell.lines[start:end])
