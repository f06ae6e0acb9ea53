"""The year a meeting report's business implies, for the day its title gives without one.

Why: "Beslut i korthet - regionstyrelsen 13 juni" has no year, and often names no other
day in full either; but what the meeting handled says when it met. A board decides next
year's budget and a plan for a period before it starts ("strategisk plan 2024-2026" in
2023, "budget för 2025" in 2024), a year's annual report and "2017 års partistöd" in the
year after (2018), and an interim report or a part of the year in the same year
("delårsbokslut för januari-augusti 2018"), as a change to this year's budget is
("utökar investeringsramen för 2022"). When every such hint on the page points to one
year, the day at the top is in that year; when they disagree, or there are none, nothing
is guessed. Before May, plans ahead count for nothing: in January a "verksamhetsplan 2021"
is the one in force. The implied year comes before the one year an undated page names
(ingest.language.url_dates): "borgensramen minskar under 2024" at a December meeting.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.language.date_words import MONTHS
from ingest.language.head_day import HEAD_DAY, HEAD_LINES

__all__ = ["implied_year"]

_YEAR = r"(?P<y>(?:19|20)\d{2})"
_PLANNING_FROM = 5  # May
# A meeting report's title: "Beslut i korthet - regionstyrelsen 13 juni", "KS 11 september",
# "Rapport från kommunstyrelsens sammanträde 4 april".
_MEETING_TITLE = re.compile(
    r"\b(?:beslut\s+i\s+korthet|i\s+korthet|sammanträde\w*|möte\w*|rapport\s+från|"
    r"[a-zåäö]*(?:styrelse|nämnd|fullmäktige|utskott)\w*|K[SF]|RS|RF)\b",
    re.I,
)
# (pattern, years from the named year to the meeting's)
_HINTS: tuple[tuple[re.Pattern[str], int], ...] = (
    # planned ahead: "budget för 2025", "budget 2025", "strategisk plan 2024-2026",
    # "verksamhetsplan 2024", "inför 2025"
    # ("har i budget för 2024 avsatt": the budget in force, this year's; see below)
    # ("investeringsbudgetar för 2024-2028", "borgensramar 2024": set for the years ahead)
    (
        re.compile(
            rf"(?<!\bi\s)\b(?:budget(?:en)?\s+|borgensram(?:en|ar|arna)?\s+"
            rf"|[a-zåäö]+budget(?:ar|arna)?\s+(?=för\s))(?:för\s+(?:år\s+)?)?{_YEAR}\b",
            re.I,
        ),
        -1,
    ),
    (
        re.compile(
            rf"\b(?!flerårsplan)[a-zåäö]*(?<!ekonomisk\s)plan(?:en)?\s+(?:för\s+)?{_YEAR}\s*[\u2013-]"
            rf"\s*(?:19|20)?\d{{2}}\b",
            re.I,
        ),
        -1,
    ),
    # the years after next year's budget: "budget 2025 och flerårsplan 2026-2027",
    # "Budget 2017 och ekonomisk plan 2018-2019" are decided two years before the plan's start
    (
        re.compile(
            rf"\b(?:flerårsplan(?:en)?|ekonomisk\s+plan)\s+(?:för\s+)?{_YEAR}\s*[\u2013-]", re.I
        ),
        -2,
    ),
    # this year's budget changed: "utökar investeringsramen för 2022", "Omfördelning av
    # kommunstyrelsens investeringsbudget 2022", "tilläggsanslag till nämndernas budgetar 2023"
    (
        re.compile(
            rf"\b(?:utök|omfördel|tilläggsanslag|ombudgeter)\w*\b[^.\n]{{0,40}}?"
            rf"[a-zåäö]*(?:budget|ram)(?:en|ar|arna)?\s+(?:för\s+)?(?:år\s+)?{_YEAR}\b",
            re.I,
        ),
        0,
    ),
    # the budget in force: "Regionen har i budget för 2024 avsatt ..."
    (re.compile(rf"\bi\s+budget(?:en)?\s+för\s+(?:år\s+)?{_YEAR}\b", re.I), 0),
    (re.compile(rf"\bverksamhetsplan(?:en)?\s+(?:för\s+)?{_YEAR}\b(?!\s*[\u2013-])", re.I), -1),
    # next year's steering and what starts with it: "styrdokument för 2012", "styrelserna
    # för primärvården från och med 1 januari 2012"
    (re.compile(rf"\bstyrdokument(?:en)?\s+för\s+(?:år\s+)?{_YEAR}\b", re.I), -1),
    (
        re.compile(
            rf"\b(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|från)\s+(?:den\s+)?1\s+januari\s+{_YEAR}\b",
            re.I,
        ),
        -1,
    ),
    (re.compile(rf"\binför\s+(?:år\s+)?{_YEAR}\b", re.I), -1),
    # looked back on: "årsredovisning 2017", "bokslut 2017", "2017 års partistöd"
    (
        re.compile(
            rf"\b(?:årsredovisning(?:en)?|årsbokslut(?:et)?|bokslut(?:et)?)"
            # "årsredovisning och revisionsberättelse 2017"
            rf"(?:\s+och\s+revisionsberättelse(?:n)?)?\s+(?:för\s+)?{_YEAR}\b",
            re.I,
        ),
        1,
    ),
    (re.compile(rf"\b{_YEAR}\s+års\s+[a-zåäö]", re.I), 1),
    # this year's: "delårsbokslut ... januari-augusti 2018", "delårsrapport 2018"
    (
        re.compile(
            rf"\bdelårs(?:bokslut|rapport)(?:et|en)?\s+(?:[^.\n]{{0,40}}?\s)?{_YEAR}\b", re.I
        ),
        0,
    ),
    (re.compile(rf"\bjanuari\s*[\u2013-]\s*(?:april|juni|juli|augusti)\s+{_YEAR}\b", re.I), 0),
)


def implied_year(text: str) -> date | None:
    """Mid-year of the one year a meeting report's business implies, when a day at its
    top has no year; None when hints disagree or there are none."""
    # the title may stand below a skip link, a notice and a "Publicerad" label
    title = [line for line in text.splitlines()[: HEAD_LINES * 2] if line.strip()][:4]
    day = next(
        (d for line in title if (d := HEAD_DAY.search(line)) and _MEETING_TITLE.search(line)),
        None,
    )
    if day is None:
        return None  # only a meeting report's title line dates its business
    # Early in the year a plan "för 2021" may be the one in force ("vad som ska följas upp i
    # verksamhetsplan 2021" in January 2021): only later does planning ahead date a meeting.
    early = MONTHS.get(day["m"].lower(), 12) < _PLANNING_FROM
    years = {
        int(m["y"]) + shift
        for pattern, shift in _HINTS
        if not (early and shift < 0)
        for m in pattern.finditer(text)
    }
    return date(years.pop(), 7, 2) if len(years) == 1 else None
