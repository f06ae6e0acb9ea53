"""What a short decision points back to: the heading of its item.

Why: "i korthet" pages and meeting reports give each matter a heading ("Yttrande över
remiss - Förslag till nationell plan för transportsystemet") and then state the decision
in a few words whose object refers back to it ("Regionstyrelsen beslutade att godkänna
svaret."). Alone, "godkänna svaret" says nothing; with its heading it is the decision.

Rule: a summary of at most three words that ends in a definite noun ("svaret",
"förslaget", "motionen", "yttrandet") takes the heading of its paragraph: the line right
above the paragraph's blank line, of a few words and without a full stop.
"""

from __future__ import annotations

import re

from ingest.context import Context

__all__ = ["with_heading"]

_MAX_WORDS = 3
_HEADING_WORDS = 16
# A definite singular or plural noun: svaret, förslaget, motionen, yttrandena.
_DEFINITE = re.compile(r"[a-zåäö]{2,}(?:et|en|na)$")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")


def _heading(ctx: Context, at: int) -> str | None:
    """The heading line over the paragraph holding `at`: the last non-blank line before
    the blank line that opens the paragraph."""
    breaks = list(_PARAGRAPH.finditer(ctx.text, 0, at))
    if not breaks:
        return None
    before = ctx.text[: breaks[-1].start()].rstrip()
    line = before[before.rfind("\n") + 1 :].strip()
    if not line or len(line.split()) > _HEADING_WORDS or line.endswith((".", "!", "?", ":")):
        return None
    return line


def with_heading(ctx: Context, summary: str, at: int) -> str:
    """The summary, with its item's heading when it only points back to it."""
    words = summary.split()
    if not words or len(words) > _MAX_WORDS or not _DEFINITE.search(words[-1].lower()):
        return summary
    heading = _heading(ctx, at)
    return f"{summary}: {heading}" if heading else summary
