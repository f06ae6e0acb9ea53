"""Where a page captions an image: organisations named only there are not its actors.

Why: a photo's caption or credit ("Foto: Regeringskansliet", "Bild från mötet i X
kommun") names whoever took the picture or where it was taken; annotators (and
readers) do not count those as the page's organisations. Scraped pages render a
caption as one or two short lines, the credit line right after them:

    • Eva Ek från Länsstyrelsen i X län
      Eva Ek från Länsstyrelsen i X län.
      Foto: Y

so a short line is a caption when a credit line follows it (blank lines between
allowed), or follows the next short line when this one is the caption's heading (a
bullet, or no full stop), as well as when it is one itself
(ingest.rules.page_head.in_caption). The page's first line is its site's name or its
title, never a caption ("Region X" over "Illustration: Y").
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.page_head import in_caption

# A line that is a photo credit and nothing more: "Foto: Eva Ek", "Bild: Region X".
_CREDIT_ONLY = re.compile(
    r"[ \t]*(?:Foto|Fotograf|Bild|Illustration)\s*:[ \t]*[^\n]{1,80}$", re.I | re.M
)
_SHORT = 160  # a caption line; a paragraph of running text is longer
_LINES_BACK = 2  # caption lines a credit line may follow
_BULLETS = ("\u2022", "-", "*", "\u2013")  # bullet, hyphen, star, en dash
_STOPS = (".", "!", "?", ":")


def _lines_after(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """(start, end) of the next `count` non-blank lines after the line holding `pos`."""
    out: list[tuple[int, int]] = []
    end = text.find("\n", pos)
    while end >= 0 and len(out) < count:
        start = end + 1
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if text[start:stop].strip():
            out.append((start, stop))
    return out


def in_caption_block(ctx: Context, pos: int) -> bool:
    """True when `pos` is on a caption or credit line, or on a short line that a
    credit line follows within two short lines."""
    if in_caption(ctx, pos):
        return True
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > _SHORT:
        return False
    line = text[line_start:line_end].strip()
    if not text[:line_start].strip():
        return False  # the page's first line: its site's name or title, no caption
    # Two lines up only a caption's heading: a list bullet or a line without a full stop.
    reach = _LINES_BACK if line.startswith(_BULLETS) or not line.endswith(_STOPS) else 1
    for start, end in _lines_after(text, pos, reach):
        if _CREDIT_ONLY.match(text, start, end):
            return True
        if end - start > _SHORT:
            return False
    return False
