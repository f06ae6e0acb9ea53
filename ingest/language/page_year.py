"""A year-less date on a page without a publication date takes the year of the latest
full date stated before it.

Why: pages without a date line state the year once ("Kommunfullmäktige antog
hållbarhetslöftena den 13 november 2023") and then day and month only ("Löftena
signerades den 24 november"). A reader gives the second the first one's year; without a
base to resolve against, the date would stay unread, and with it the signing's date.
A season states its year too ("Under hösten 2019 har samråd genomförts. ... den 2 april
beslutat"): a day in a month before the season's start is in the year after (2020).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ingest.language.dates import YEARLESS, DateMention, parse_date
from ingest.language.stated_year import SEASON_START, SEASONS

__all__ = ["with_page_year"]

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "hösten 2019": a season and its year (not a period's first year: "hösten 2019-2020").
_SEASON = re.compile(
    rf"\b(?P<season>{SEASONS})\s+(?P<y>(?:19|20)\d{{2}})\b(?!\s*[\u2013-]\s*\d)", re.I
)
# A validity bound before a full date: "gälla från ... till och med 31 december 2027".
_TERM_BOUND = re.compile(
    r"(?:\btill\s+och\s+med|\bt\.\s?o\.\s?m\.?|\bfram\s+till|\bgäll(?:a|er|de)\s+från"
    r"(?:\s+och\s+med)?)\s+(?:den\s+)?$",
    re.I,
)


def with_page_year(found: list[DateMention], text: str = "") -> list[DateMention]:
    """`found` (in text order, read without a base) with each unread year-less date read
    in the year of the latest date or season before it that states its year."""
    seasons = [
        (m.start(), int(m["y"]), SEASON_START[m["season"].lower()]) for m in _SEASON.finditer(text)
    ]
    out: list[DateMention] = []
    year: int | None = None
    stated_at = -1
    for mention in found:
        if (
            mention.value is not None
            and _YEAR.search(mention.text)
            and not _TERM_BOUND.search(text, max(0, mention.start - 30), mention.start)
        ):
            year, stated_at = int(mention.value[:4]), mention.start
        elif mention.value is None and mention.rule in YEARLESS:
            season = next((s for s in reversed(seasons) if stated_at < s[0] < mention.start), None)
            read = _in_season(mention, season) if season else None
            if read is None and year is not None:
                # mid-year: the day and month nearest to it fall in that year
                read = parse_date(mention.text, date(year, 7, 2))
            if read is not None and read.value is not None:
                mention = dataclasses.replace(read, start=mention.start, end=mention.end)
        out.append(mention)
    return out


def _in_season(mention: DateMention, season: tuple[int, int, int]) -> DateMention | None:
    """The year-less date in the season's year, or the next year's when its month comes
    before the season's start."""
    _, year, start_month = season
    read = parse_date(mention.text, date(year, 7, 2))  # mid-year: read in that year
    if read is None or read.value is None:
        return None
    if int(read.value[5:7]) < start_month:
        read = parse_date(mention.text, date(year + 1, 7, 2))
    return read
