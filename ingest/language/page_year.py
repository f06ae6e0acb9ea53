"""A year-less date on a page without a publication date takes the year of the latest
full date stated before it.

Why: pages without a date line state the year once ("Kommunfullmäktige antog
hållbarhetslöftena den 13 november 2023") and then day and month only ("Löftena
signerades den 24 november"). A reader gives the second the first one's year; without a
base to resolve against, the date would stay unread, and with it the signing's date.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ingest.language.dates import YEARLESS, DateMention, parse_date

__all__ = ["with_page_year"]

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def with_page_year(found: list[DateMention]) -> list[DateMention]:
    """`found` (in text order, read without a base) with each unread year-less date read
    in the year of the latest date before it that states its year."""
    out: list[DateMention] = []
    year: int | None = None
    for mention in found:
        if mention.value is not None and _YEAR.search(mention.text):
            year = int(mention.value[:4])
        elif mention.value is None and mention.rule in YEARLESS and year is not None:
            # mid-year: the day and month nearest to it fall in that year
            read = parse_date(mention.text, date(year, 7, 2))
            if read is not None and read.value is not None:
                mention = dataclasses.replace(read, start=mention.start, end=mention.end)
        out.append(mention)
    return out
