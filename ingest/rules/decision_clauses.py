"""Where what was decided ends, and which sentence a decision refers back to.

Why: the clause a decision verb opens runs on past what was decided ("..., vilket
innebär", "under förutsättning att", ", säger ordföranden"); and "Det beslutade
nämnden." points back to the sentence before it, unless that sentence only sets the
deadline of a task stated just before ("Regiondirektören får i uppdrag att ... En
rapport ska vara klar i mars 2020. Detta beslutade regionstyrelsen."): then the task
is what was decided.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.decision_headers import cut_off_last, deadline
from ingest.rules.decision_minutes import MARKER

__all__ = [
    "IT_IS_PROPOSED",
    "OTHER_DECIDES",
    "REASON",
    "decided_before",
    "is_headline",
    "paragraph_opening",
    "what",
]

# What was decided ends at the sentence's end, a condition, or a comment on it.
_CLAUSE_END = re.compile(
    r",?\s+(?:vilket|varpå|eftersom)\s+|\s+under\s+(?:den\s+)?förutsättning|\s+på\s+villkor"
    r"|,?\s+med\s+(?:motiveringen|hänvisning\s+till\s+att)\s"  # why, not what
    r"|[.!?;]\s|[.!?;]$|,\s+(?:säger|menar|berättar)\b"
    # "... och beslutet föranleder en debatt": a new clause of its own subject
    r"|,?\s+(?:och|men)\s+(?=(?:beslutet|ärendet|frågan|detta)\s+[a-zåäö]+(?:r|s|de|te)\b)"
    r"|\s(?=" + MARKER.pattern + ")"  # "... ARBETSUTSKOTTET BESLUTAR att": another's
)

# "Region X ska anta ett program. Det föreslår regionstyrelsen, och fullmäktige
# beslutar i november.": the sentence before is what the body proposes.
IT_IS_PROPOSED = re.compile(r"\s*(?:Det|Detta)\s+föreslår\s", re.I)
# "Det har regionstyrelsen beslutat mot bakgrund av en granskning": why, not what.
# "Detta beslutade fullmäktige den 18 december i samband med att budgeten antogs": when.
REASON = re.compile(
    r"\s+(?:(?:den\s+)?\d{1,2}\s+[a-zåäö]+\s+|\w+\s+)?(?:mot\s+bakgrund\s+av|på\s+grund\s+av|"
    r"med\s+anledning\s+av|utifrån|i\s+samband\s+med)\s",
    re.I,
)
OTHER_DECIDES = re.compile(r"\s+att\s+(?:[\w-]+\s+){1,3}?(?:beslutar|besluta|antar|anta)\b")

_RELATIVE = re.compile(r"\s+(?:som|men)\s+|,\s")


def what(text: str, start: int, end: int, *, relative: bool = True) -> tuple[int, int]:
    """The clause from start up to a comment on it or the sentence's end; without
    `relative`, also up to a relative clause or a comma."""
    m = _CLAUSE_END.search(text, start, end)
    end = m.start() if m else end
    r = None if relative else _RELATIVE.search(text, start, end)
    return start, (r.start() if r else end)


def is_headline(ctx: Context, sentence: Span) -> bool:
    line = ctx.text[sentence.start : sentence.end]
    whole = ctx.text[sentence.start - 1 : sentence.start] in ("", "\n")
    if cut_off_last(ctx, sentence):
        return False
    # a line ending in a colon introduces what follows ("beslutar om X enligt följande:")
    ends = (".", "!", "?", ":")
    return whole and not line.rstrip().endswith(ends) and not ctx.dates_in(sentence)


def decided_before(ctx: Context, index: int) -> Span:
    """The sentence before sentence `index` that states what was decided: the one before
    it, or the one before that when it only sets a deadline, in the same paragraph."""
    previous = ctx.sentences[index - 1]
    if index >= 2 and deadline(ctx.text[previous.start : previous.end]):
        earlier = ctx.sentences[index - 2]
        if "\n\n" not in ctx.text[earlier.end : previous.start]:
            return Span(earlier.start, earlier.end)
    return previous


_OPENING_WORDS = 40


def paragraph_opening(ctx: Context, index: int) -> Span | None:
    """The sentence before sentence `index` when the two of them are their paragraph's
    first ("Kommunen ska bygga en ny simhall. Simhallen ska drivas i kommunal regi."),
    and it is short: the matter a "Det beslutade X" after them decided is both."""
    if index < 1:
        return None
    earlier, previous = ctx.sentences[index - 1], ctx.sentences[index]
    if "\n" in ctx.text[earlier.end : previous.start]:
        return None  # a heading's line, or a paragraph of its own
    if not ctx.text[earlier.start : earlier.end].rstrip().endswith((".", "!")):
        return None
    if len(ctx.text[earlier.start : earlier.end].split()) > _OPENING_WORDS:
        return None
    before = ctx.sentences[index - 2] if index >= 2 else None
    opens = before is None or "\n" in ctx.text[before.end : earlier.start]
    return earlier if opens else None
