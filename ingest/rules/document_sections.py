"""Whether a heading line opens the page or a section further down.

Why: a page's headline comes before its body; a line without a full stop after a
paragraph of prose is a section heading ("Strategi för hållbar utveckling" under an
introduction), which names its document loosely, while the text below names it
exactly ("Kommunens hållbarhetsstrategi antogs ...").
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import line_end
from ingest.rules.document_cand import Cand

__all__ = ["after_prose", "on_list_item", "section_tagline"]

# A line of prose: at least four words and a sentence's or a lead-in's end.
_PROSE_LINE = re.compile(r"[ \t]*\S+(?:[ \t]+\S+){3,}[.!?;:][ \t]*")
_BULLET = re.compile(r"[ \t]*(?:[-\u2013\u2022*\u25aa]|\d{1,2}[.)])[ \t]")


def after_prose(ctx: Context, start: int) -> bool:
    """The nearest line before the one at ``start`` that is not a list item is prose
    (a banner's or a date field's short line is not)."""
    end = ctx.text.rfind("\n", 0, start)
    while end > 0:
        begin = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[begin:end]
        if line.strip() and not _BULLET.match(line):
            return _PROSE_LINE.fullmatch(line) is not None
        end = begin - 1
    return False


def on_list_item(ctx: Context, start: int) -> bool:
    """The line at ``start`` is a list item, never a headline."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    return _BULLET.match(ctx.text, line_start) is not None


def section_tagline(ctx: Context, c: Cand) -> bool:
    """'En strategi för mångfald, rättigheter ...' alone on a line after prose, with no
    period or name: a section's tagline for the document the page has introduced."""
    if c.det not in ("en", "ett") or c.period or c.name or not after_prose(ctx, c.start):
        return False
    begin = ctx.text.rfind("\n", 0, c.start) + 1
    line = ctx.text[begin : line_end(ctx.text, c.end)]
    return line.strip() == ctx.text[c.start : c.end].strip()
