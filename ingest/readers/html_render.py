"""A page region as text, in the reader's conventions (ingest.readers.reader).

One block element per line, blank lines between blocks collapsed to one, Unix
newlines, NFC. List items get a bullet ("• ", or "1. " in an ordered list) and
data-table rows become "a | b | c" lines, the forms the list and table rules
read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ingest.readers.html_tree import BLOCK_TAGS, CONTROL, HEADINGS, walk

__all__ = ["Renderer"]

_BREAK_LINE, _BREAK_BLOCK = "\x00", "\x01"  # markers; control characters are removed from text
_BREAKS = re.compile(r"[ \t\x00\x01]*[\x00\x01][ \t\x00\x01]*")


class Renderer:
    """Tree -> text with break markers; `tight` is the contact-block mode, where a block
    without blocks inside (a name, a role, a phone line) ends its line but opens no blank
    line, so one person's lines stay one group and people are separated by blank lines."""

    def __init__(self, skip: Callable[[LexborNode], bool], *, tight: bool = False) -> None:
        self.skip = skip
        self.tight = tight
        self.parts: list[str] = []
        self.tables: list[tuple[bool, list[int]]] = []  # (is a data table, cells in this row)
        self.cell_depth = 0
        self.pre_depth = 0
        self.ol_counts: dict[int, int] = {}

    def render(self, roots: list[LexborNode]) -> str:
        for root in roots:
            for entering, node in walk(root, self.skip):
                if node.is_text_node:
                    self._text(node.text_content or "")
                elif entering:
                    self._enter(node)
                else:
                    self._leave(node)
        return _finish("".join(self.parts))

    def _break(self, level: int) -> None:
        if self.cell_depth:
            self.parts.append(" ")  # a table cell stays on its row's line
        else:
            self.parts.append(_BREAK_BLOCK if level >= 2 else _BREAK_LINE)

    def _text(self, raw: str) -> None:
        raw = CONTROL.sub("", raw)
        if self.pre_depth:
            self.parts.append(_BREAK_LINE.join(re.sub(r"[^\S\n]+", " ", raw).split("\n")))
        else:
            self.parts.append(re.sub(r"\s+", " ", raw))

    def _level(self, node: LexborNode) -> int:
        tag = node.tag or ""
        if tag in HEADINGS:
            return 2
        if self.tight:
            inner = (d for d in node.traverse() if d.mem_id != node.mem_id)
            has_blocks = any(d.tag in BLOCK_TAGS for d in inner)
            return 2 if has_blocks else 1
        return 1 if tag in ("li", "dt", "dd") else 2

    def _enter(self, node: LexborNode) -> None:
        tag = node.tag or ""
        if tag == "br":
            self._break(1)
        elif tag == "table":
            self._break(2)
            self.tables.append((_data_table(node), [0]))
        elif tag == "tr" and self.tables and self.tables[-1][0]:
            self._break(1)
            self.tables[-1][1][0] = 0
        elif tag in ("td", "th") and self.tables and self.tables[-1][0]:
            cells = self.tables[-1][1]
            if cells[0]:
                self.parts.append(" | ")
            cells[0] += 1
            self.cell_depth += 1
        elif tag in BLOCK_TAGS:
            self._break(self._level(node))
            if tag == "pre":
                self.pre_depth += 1
            if tag == "li" and not self.tight:
                self.parts.append(self._bullet(node))

    def _leave(self, node: LexborNode) -> None:
        tag = node.tag or ""
        if tag == "table":
            self.tables.pop()
            self._break(2)
        elif tag in ("td", "th") and self.tables and self.tables[-1][0]:
            self.cell_depth -= 1
        elif tag == "tr" and self.tables and self.tables[-1][0]:
            self._break(1)
        elif tag in BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth -= 1
            self._break(self._level(node))

    def _bullet(self, node: LexborNode) -> str:
        parent = node.parent
        if parent is None or parent.tag not in ("ol", "ul", "menu"):
            return ""
        if parent.tag != "ol":
            return "• "
        start = parent.attributes.get("start") or "1"
        count = self.ol_counts.get(parent.mem_id, int(start) if start.isdigit() else 1)
        self.ol_counts[parent.mem_id] = count + 1
        return f"{count}. "


def _data_table(table: LexborNode) -> bool:
    """A table of data (rows of cells), not one laying out a page: no tables, headings or
    sections in its cells, and at least two columns."""
    if table.css_first("table table, td h1, td h2, td h3, td div, td section, td article"):
        return False
    return any(len(row.css("td, th")) >= 2 for row in table.css("tr"))


def _finish(raw: str) -> str:
    def breaks(m: re.Match[str]) -> str:
        return "\n\n" if _BREAK_BLOCK in m.group(0) else "\n"

    text = _BREAKS.sub(breaks, raw)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return unicodedata.normalize("NFC", text)
