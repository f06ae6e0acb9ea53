"""The year an undated page's election day gives: "innan valet den 14 september".

Why: a meeting report without a year often says how the meeting stands to the election
("Sista kommunfullmäktige innan valet den 14 september"); Sweden's general and European
elections fall on known days, and one day and month fits one of them only. The page's
business is then of that year, as its other year-less days are.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.language.date_words import MONTHS

__all__ = ["election_year"]

# General elections (riksdag, regions and municipalities together) and European ones.
ELECTION_DAYS = (
    date(1994, 9, 18),
    date(1995, 9, 17),
    date(1998, 9, 20),
    date(1999, 6, 13),
    date(2002, 9, 15),
    date(2004, 6, 13),
    date(2006, 9, 17),
    date(2009, 6, 7),
    date(2010, 9, 19),
    date(2014, 5, 25),
    date(2014, 9, 14),
    date(2018, 9, 9),
    date(2019, 5, 26),
    date(2022, 9, 11),
    date(2024, 6, 9),
    date(2026, 9, 13),
)
# "valet den 14 september", "valdagen 9 september", "EU-valet den 26 maj": no year after it
_ELECTION_DAY = re.compile(
    rf"\b(?:[a-zåäö]+-)?val(?:et|dagen)\s+(?:den\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(MONTHS)})"
    r"\b(?![^\S\n]*\d)",
    re.I,
)


def election_year(text: str) -> date | None:
    """Mid-year of the one election year the page's election days fit; None otherwise."""
    years = {
        e.year
        for m in _ELECTION_DAY.finditer(text)
        for e in ELECTION_DAYS
        if (e.month, e.day) == (MONTHS[m["m"].lower()], int(m["d"]))
    }
    return date(years.pop(), 7, 2) if len(years) == 1 else None
