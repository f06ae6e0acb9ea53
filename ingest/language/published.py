"""Publication and update dates printed on a page.

Why only the top lines: news pages print the publication date as a line of its
own near the top ("23 februari 2024"); dates further down are about events.
The update date comes from the footer's "Uppdaterad: 2017-09-28".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.nodes import DatePrecision
from ingest.language.date_words import SHORT_MONTHS
from ingest.language.dates import find_dates, parse_date

TOP_LINES = 5  # non-empty lines searched for the publication date
# A label before the date on its line: "Publicerad: ", "Nyhet | ", "Nyheter ", "Nyhet · ".
_PUBLISHED_PREFIX = re.compile(
    r"^\s*(?:Publicerad|Publicerat|Publiceringsdatum|Datum|Nyhet(?:er)?|Pressmeddelande)"
    r"\s*[:|·•\u2013-]?\s*",
    re.I,
)
_DATE_THEN_HEADLINE = re.compile(r"(?P<date>[^:|\u2013]{6,30}?)\s*(?::|\||\s\u2013)\s+\S")
_UPDATED = re.compile(
    r"\s*(?:(?:Senast|Sidan|Artikeln|Sida)\s+)?[Uu]ppdaterad(?:e)?(?:\s+senast)?\s*:?\s*(?:den\s+)?",
    re.I,
)
_PUBLISHED_OPENING = re.compile(
    r"\s*(?:publicerad|publicerat|publiceringsdatum)\s*:?\s*(?:den\s+)?", re.I
)


@dataclass(frozen=True, slots=True)
class PageDates:
    published_on: str | None
    updated_on: str | None


def publication_date(text: str) -> str | None:
    """The page's publication date: a top line that is a complete absolute date at day
    precision, or a short top line that carries one ("Publicerad 2022-06-17, kl 09:18",
    "2017-03-30 11:00Pressmeddelande", "[2019-10-16]"), or a line labelled as the
    publication date further down ("Publiceringsdatum: 13 januari 2022"), or a
    newsroom's English date ("Okt 28, 2005 15:59 CEST")."""
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[:TOP_LINES]:
        bare = _PUBLISHED_PREFIX.sub("", line)  # "Publicerad 12 juni 2024"
        found = parse_date(bare)  # no base: only absolute dates resolve
        if found and found.value and found.precision is DatePrecision.DAY:
            return found.value
        # "Pressmeddelande 24 september 2019: Rubrik": a label, its date, the headline.
        headed = _DATE_THEN_HEADLINE.match(bare) if bare != line else None
        found = parse_date(headed.group("date")) if headed else None
        if found and found.value and found.precision is DatePrecision.DAY:
            return found.value
        # "2020-11-19 Här följer ett urval ...": a news text opening with its day;
        # "3.12.2025 09:00:00 CET | Region X | Pressmeddelande": a newsroom's.
        opening = next(iter(find_dates(bare)), None)
        dated = opening and opening.rule in ("date.iso", "date.dotted")
        if opening and opening.start == 0 and dated and opening.value:
            return opening.value
    for i, line in enumerate(lines[:LABEL_LINES]):
        top = i < TOP_LINES and not _UPDATED_LINE.match(line) and _mostly_date(line)
        # A label line ("Artikeln publicerades 20 januari 2022"), not prose about dates.
        labelled = len(line.split()) <= LABEL_LINE_WORDS and _PUBLISHED_LABEL.search(line)
        if top or labelled:
            day = _first_day(line)
            if day:
                return day
        # The label on a line of its own, the date on the next: "Publicerad" / "tisdag
        # 29 november 2011".
        if _LABEL_ALONE.fullmatch(line) and i + 1 < len(lines) and _mostly_date(lines[i + 1]):
            day = _first_day(lines[i + 1])
            if day:
                return day
    # "Publicerad: 5 februari 2020 , [a template's leftovers] 10:20", "Publicerad den 3
    # maj 2021, senast ändrad den 9 maj 2021": the label, then its date.
    return next(filter(None, (_opening_day(_PUBLISHED_OPENING, ln) for ln in lines)), None)


def _mostly_date(line: str) -> bool:
    """A date line: besides its date and time, at most one word ("Pressmeddelande")."""
    rest = _NOT_WORDS.sub(" ", _ENGLISH_DATE.sub(" ", line))
    for found in find_dates(line):
        rest = rest.replace(found.text, " ")
    words = [w for w in re.split(r"[\W\d]+", rest) if w and w.lower() not in _CLOCK_WORDS]
    return len(words) <= 1


LABEL_LINES = 30  # lines searched for a labelled publication date
LABEL_LINE_WORDS = 8
# Times and their words: "kl 09:18", "15:59 CEST".
_NOT_WORDS = re.compile(r"\bkl\.?\s*|\d{1,2}[:.]\d{2}|\bCES?T\b")
_CLOCK_WORDS = frozenset({"kl", "cet", "cest"})
_PUBLISHED_LABEL = re.compile(r"\b(?:publicera(?:d|t|des)|publiceringsdatum)\b", re.I)
_LABEL_ALONE = re.compile(r"\s*(?:publicerad|publicerat|publiceringsdatum|datum)\s*:?\s*", re.I)
_UPDATED_LINE = re.compile(r"^\s*(?:senast\s+)?uppdaterad", re.I)
_ENGLISH_DATE = re.compile(r"\b(?P<mon>[A-Z][a-z]{2})\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\b")


def _first_day(line: str) -> str | None:
    for found in find_dates(line):
        if found.value and found.precision is DatePrecision.DAY:
            return found.value
    m = _ENGLISH_DATE.search(line)
    month = SHORT_MONTHS.get(m.group("mon").lower().replace("may", "maj")) if m else None
    if m and month:
        return f"{int(m.group('year')):04d}-{month:02d}-{int(m.group('day')):02d}"
    return None


def _opening_day(label: re.Pattern[str], line: str) -> str | None:
    """The day-precision date right after the label that opens the line."""
    m = label.match(line)
    if m is None:
        return None
    found = next(iter(find_dates(line[m.end() :])), None)
    if found is None or found.start > 0 or found.precision is not DatePrecision.DAY:
        return None
    return found.value


def update_date(text: str) -> str | None:
    """'Uppdaterad: 2017-09-28', 'Senast uppdaterad den 14 april 2023': the first line
    that opens with the label and then the date. A sentence that says something was
    updated ("Planen uppdaterades 2019") is no such line."""
    for line in text.splitlines():
        day = _opening_day(_UPDATED, line)
        if day:
            return day
    return None


def page_dates(text: str) -> PageDates:
    return PageDates(published_on=publication_date(text), updated_on=update_date(text))
