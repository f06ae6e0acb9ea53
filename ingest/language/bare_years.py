"""Years standing alone in running text: "antog 2014", "gav 2022 ... i uppdrag".

Why apart from ingest.language.dates: a bare year is read only where a rule asks for it
(after an adoption or decision verb), never as one of the page's dates.
"""

from __future__ import annotations

import re

from graph.nodes import DatePrecision
from ingest.language.dates import DateMention

__all__ = ["bare_years"]

# "antog 2014", "gav 2022 kommunstyrelsen i uppdrag": a year alone; not one of a period
# ("2022-2026"), a date ("2017-06-05"), a number ("§ 89/2020") or "2019 års budget".
_BARE_YEAR = re.compile(
    r"(?<![\d\u2013/-])\b(?P<y>(?:19|20)\d{2})\b(?!\s*[\u2013-]\s*\d|[/-]\d|\s+års\b)"
)


def bare_years(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Years standing alone in text[start:end], at YEAR precision (offsets into text)."""
    year = DatePrecision.YEAR
    return [
        DateMention(m.start(), m.end(), m.group(0), "date.bare_year", f"{m['y']}-01-01", year)
        for m in _BARE_YEAR.finditer(text, start, len(text) if end is None else end)
    ]
