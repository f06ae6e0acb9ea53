"""The year a sentence has stated before a year-less date in it.

Why: "Under våren 2020 ... och i juni beslutade nämnden" puts June in 2020, and a timeline
line "2016 - Den 3/2 antog regionfullmäktige ..." puts its day in 2016; read against the
page's date instead, the date would fall in the wrong year.
"""

from __future__ import annotations

import re

__all__ = ["SEASONS", "SEASON_START", "stated_year"]

# The seasons a year is stated with, and each one's first month: "hösten 2019 ... i mars"
# is the March after it.
SEASONS = r"våren|sommaren|hösten"
SEASON_START = {"våren": 3, "sommaren": 6, "hösten": 9}
# "Under våren 2020 ... och i juni beslutade nämnden": the year the sentence has stated.
# "2016 - Den 3/2 antog regionfullmäktige ...": a timeline line's year, before its dash.
_STATED_YEAR = re.compile(
    rf"(?:\b(?:(?P<season>{SEASONS})|under|början\s+av|slutet\s+av)\s+"
    r"|(?:^|(?<=\n))[^\S\n]*(?=(?:19|20)\d{2}[^\S\n]+[\u2013-][^\S\n]))"
    r"(?P<y>(?:19|20)\d{2})\b(?!\s*[\u2013-]\s*\d)[^.!?\n]*$",
    re.I,
)
_STATED_WINDOW = 160


def stated_year(text: str, start: int) -> tuple[int, int] | None:
    """The year (and the first month it covers) stated earlier in the same sentence as a
    year-less date at `start`."""
    m = _STATED_YEAR.search(text, max(0, start - _STATED_WINDOW), start)
    if m is None:
        return None
    return int(m["y"]), SEASON_START.get((m["season"] or "").lower(), 1)
