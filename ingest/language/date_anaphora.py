"""Days named by reference to one the page states: "Samma dag beslutade regeringen ...",
"tisdagens möte" under a heading that gives that Tuesday in full.

Why: minutes, inquiry reports and news state one date and then go on "Samma dag ...",
"Denna dag ...", "Vid samma sammanträde ...", "Under dagen ..."; the decision so introduced
was taken on the day stated last before it, which no date pattern reads on its own.
On an undated page, "under onsdagens möte" below a dated news item ("2018-12-12") is
the Wednesday on or before that item's day.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from graph.nodes import DatePrecision
from ingest.language.date_words import WEEKDAYS

if TYPE_CHECKING:
    from ingest.language.dates import DateMention

__all__ = ["same_days", "weekdays_on_stated_days"]

_SAME_DAY = re.compile(
    r"\b(?:[Ss]amma\s+(?:dag|datum)|[Dd]enna\s+dag|[Vv]id\s+samma\s+(?:sammanträde|möte)"
    # "Regionfullmäktige den 29 november är avslutat. Under dagen har fullmäktige ..."
    r"|[Uu]nder\s+dagen)\b"
)
_REACH = 800  # characters back to the day it refers to


def same_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` (in text order) with each "samma dag" resolved to the day stated last
    before it, within reach."""
    days = [d for d in found if d.value and d.precision is DatePrecision.DAY]
    if not days:
        return found
    added: list[DateMention] = []
    for m in _SAME_DAY.finditer(text):
        before = [d for d in days if d.end <= m.start() and m.start() - d.end <= _REACH]
        taken = any(d.start < m.end() and m.start() < d.end for d in found)
        if before and not taken:
            added.append(
                dataclasses.replace(
                    before[-1], start=m.start(), end=m.end(), text=m.group(0), rule="date.same_day"
                )
            )
    if not added:
        return found
    return sorted([*found, *added], key=lambda d: d.start)


def weekdays_on_stated_days(
    found: list[DateMention], absolute: frozenset[str]
) -> list[DateMention]:
    """'Kommunfullmäktige 8 oktober 2019' over 'Under tisdagens möte' on a page of Monday 7
    October: "tisdagens" is the Tuesday the page states in full, not the one before."""
    stated = {
        date.fromisoformat(d.value)
        for d in found
        if d.value and d.rule in absolute and d.precision is DatePrecision.DAY
    }
    out: list[DateMention] = []
    for d in found:
        if d.rule == "date.the_weekday" and not d.value:
            d = _on_item_day(d, found, absolute)
        elif d.rule == "date.the_weekday" and d.value:
            day = date.fromisoformat(d.value)
            near = [
                s for s in stated if s.weekday() == day.weekday() and 0 < abs(s - day).days <= 7
            ]
            if len(near) == 1:
                d = dataclasses.replace(d, value=near[0].isoformat())
        out.append(d)
    return out


_ITEM_REACH = 600  # characters back to the dated item a weekday speaks of


def _on_item_day(
    weekday: DateMention, found: list[DateMention], absolute: frozenset[str]
) -> DateMention:
    """'2018-12-12' over '... beviljade under onsdagens möte' on an undated page (a list of
    dated news items): the weekday on or before the day stated last before it."""
    words = weekday.text.lower().split()
    named = next((n for w, n in WEEKDAYS.items() if words and words[-1].startswith(w)), None)
    stated = [
        s
        for s in found
        if s.value
        and s.rule in absolute
        and s.precision is DatePrecision.DAY
        and s.end <= weekday.start
        and weekday.start - s.end <= _ITEM_REACH
    ]
    if named is None or not stated:
        return weekday
    day = date.fromisoformat(stated[-1].value or "")
    back = (day.weekday() - named) % 7
    return dataclasses.replace(weekday, value=(day - timedelta(days=back)).isoformat())
