"""What a decision names only as "följande områden:": the bulleted list right below it.

Why: decision lists and meeting reports state one decision whose object is a list
("Nämnden beslutar att bevilja medel för upprustning av följande platser:" and then one
bullet per place, each perhaps with a paragraph of its own). Alone, "följande platser:"
says nothing; with the bullets' names it is the decision.

Rule: a summary that ends in "följande <noun>:" or "nedan(stående) <noun>:" takes the
first line of each bullet that follows the sentence (up to eight, each of a few words),
joined as "A, B och C", in place of the colon.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span

__all__ = ["with_listed_objects"]

_POINTS_DOWN = re.compile(
    r"\b(?:följande|nedanstående|nedan\s+angivna)(?:\s+[\w-]+){0,2}\s*:\s*$", re.I
)
_BULLET = re.compile(r"[^\S\n]*[-•*\u2013][^\S\n]*(?P<item>\S[^\n]*)")
_MAX_ITEMS = 8
_ITEM_WORDS = 8


def _bullets(ctx: Context, start: int) -> list[str]:
    """The first lines of the bullets from `start` on; indented text between them is the
    items' own paragraphs; a blank line then unbulleted text ends the list."""
    items: list[str] = []
    pos = ctx.text.find("\n", start)
    while pos != -1 and len(items) < _MAX_ITEMS:
        line_end = ctx.text.find("\n", pos + 1)
        line = Span(pos + 1, line_end if line_end != -1 else len(ctx.text))
        raw = ctx.text[line.start : line.end]
        m = _BULLET.fullmatch(raw)
        if m is not None:
            item = m["item"].strip().rstrip(".,;")
            if len(item.split()) > _ITEM_WORDS:
                return []  # a list of clauses, not of names
            items.append(item)
        elif raw.strip() and not (items and raw[:1].isspace()):
            break  # unbulleted, unindented text: the list ended
        pos = line_end
    return items


def with_listed_objects(ctx: Context, summary: str, evidence: Span) -> str:
    """The summary with the list it points down to, if it does."""
    if not _POINTS_DOWN.search(summary):
        return summary
    items = _bullets(ctx, evidence.end)
    if not items:
        return summary
    named = items[0] if len(items) == 1 else f"{', '.join(items[:-1])} och {items[-1]}"
    return f"{summary.rstrip().rstrip(':')} {named}"
