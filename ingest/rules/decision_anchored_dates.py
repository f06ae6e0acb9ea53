"""Year-less dates read against the meeting a page reports, when it has no publication date.

Why: a meeting summary without a publication date ("Det här beslutade kommunfullmäktige
den 15 juni 2022") still says "I april beslutade kommunfullmäktige ..." or "antogs den
12 juni": the year is the meeting's (or the year before, when that month has not yet
come by the meeting), not unknown. Pages with a publication date resolve such dates
against it already (ingest.language.dates). And a date that follows "beslut av <body>"
("Förlängdes ... enligt beslut av Kommunfullmäktige 25 april 2017") is the decision's day,
wherever it stands in the sentence; so does a day a § number follows ("biföll
medborgarförslaget 20 januari 2016 § 13").
"""

from __future__ import annotations

import re
from datetime import date

from graph.nodes import DatePrecision
from ingest.context import Context
from ingest.language.dates import DateMention, resolve_before
from ingest.language.segment import Span
from ingest.rules.decision_page import ABOUT_DATE
from ingest.rules.meeting_choice import meeting_before

__all__ = ["meeting_anchored"]

_ABOUT_WINDOW = 12  # characters before a date that may say what it is of ("till", "för")


def meeting_anchored(ctx: Context, sentence: Span, before: int) -> DateMention | None:
    """The sentence's first year-less date before `before`, read as the latest such date
    not after the day of the meeting the page reports nearest before the sentence."""
    unresolved = [
        d
        for d in ctx.dates
        if sentence.start <= d.start
        and d.end <= before
        and not d.resolved
        and not ABOUT_DATE.search(ctx.text, max(sentence.start, d.start - _ABOUT_WINDOW), d.start)
    ]
    if not unresolved:
        return None
    held = meeting_before(ctx, sentence.start, dated=True)
    when = held.date if held else None
    if when is None or when.value is None or when.precision is not DatePrecision.DAY:
        return None
    return resolve_before(unresolved[0], date.fromisoformat(when.value))


# "... enligt beslut av Kommunfullmäktige 25 april 2017": the day a decision named is its day.
_BY_DECISION_OF = re.compile(r"\bbeslut\s+(?:av|i)\s+[\wåäöÅÄÖ -]{2,50}?\s+(?:den\s+)?$")


# "Kommunstyrelsen biföll medborgarförslaget 20 januari 2016 § 13": a day its minutes'
# paragraph follows is the day of that decision.
_PARAGRAPH_AFTER = re.compile(r"\s*,?\s*§\s*\d")


def decision_day(ctx: Context, dates: list[DateMention]) -> DateMention | None:
    """The first of `dates` that follows "beslut av|i <body>", or that a § number follows."""
    for found in dates:
        if _BY_DECISION_OF.search(ctx.text, max(0, found.start - 60), found.start) or (
            found.precision is DatePrecision.DAY and _PARAGRAPH_AFTER.match(ctx.text, found.end)
        ):
            return found
    return None
