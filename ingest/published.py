"""Publication and update dates printed on a page.

Why only the top lines: news pages print the publication date as a line of its
own near the top ("23 februari 2024"); dates further down are about events.
The update date comes from the footer's "Uppdaterad: 2017-09-28".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.nodes import DatePrecision
from ingest.dates import parse_date

TOP_LINES = 5  # non-empty lines searched for the publication date
# A label before the date on its line: "Publicerad: ", "Nyhet | ", "Nyheter ", "Nyhet · ".
_PUBLISHED_PREFIX = re.compile(
    r"^\s*(?:Publicerad|Publicerat|Publiceringsdatum|Datum|Nyhet(?:er)?|Pressmeddelande)"
    r"\s*[:|·•\u2013-]?\s*",
    re.I,
)
_UPDATED = re.compile(r"\bUppdaterad:\s*(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True, slots=True)
class PageDates:
    published_on: str | None
    updated_on: str | None


def publication_date(text: str) -> str | None:
    """The first top line that is a complete absolute date at day precision."""
    lines = [line for line in text.splitlines() if line.strip()][:TOP_LINES]
    for line in lines:
        line = _PUBLISHED_PREFIX.sub("", line)  # "Publicerad 12 juni 2024"
        found = parse_date(line)  # no base: only absolute dates resolve
        if found and found.value and found.precision is DatePrecision.DAY:
            return found.value
    return None


def update_date(text: str) -> str | None:
    m = _UPDATED.search(text)
    if m is None:
        return None
    found = parse_date(m.group(1))
    return found.value if found else None


def page_dates(text: str) -> PageDates:
    return PageDates(published_on=publication_date(text), updated_on=update_date(text))
