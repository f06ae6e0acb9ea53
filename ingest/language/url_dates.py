"""A base date from the page's address, for pages that print no date of their own.

Why: news archives put the day in the address ("/nyheter/2020-12-17-senaste-nytt",
"/2023/juni/...", "/nyheter2023/...") while the page says only "Onsdagen den 16
december". A reader resolves that from the address bar; without a base such dates stay
unresolved and the decisions of the page carry no date. The page's publication date
(published_on) is not set from it: only the dates the text states are resolved.

A day in the address ("2020-12-17", "/2018/06/20/", or written out: "den-9-maj-2023")
resolves every relative form; a month or a year (also a month's short name and a two-digit
year ending a slug's word: "...-i-korthetdec16", or a slug opening or ending with a
compact date: "/nyhet/161026-direktion/", "/nyhet/direktion170614/") resolves only the
forms that lack a year ("12 juni", "i oktober"), not "igår" or "i tisdags". A page whose
address states no day may state its year in its title, as a compact token ("KF i korthet
221018"), a date written out ("Nytt från kommunfullmäktige den 9 maj 2023") or, in a
meeting report's title, the year alone ("Beslut i korthet 2019"), which serves as a
month-less address does. With neither, a day written without its year ("den 24 oktober")
takes the year of the same day written in full elsewhere on the page ("2022-10-24"), or a
day named with its weekday ("Under måndagen den 25 september sammanträdde ...") the one
year the page mentions in which that day is that weekday (2023 on a page naming
"2023-2026"; so too a meeting's weekday, "vid måndagens möte", with the day its top gives
without a year, "kommunstyrelsen 17/1", which then resolves the page's relative forms), or
a day at the page's top ("Uppsnabbat från regionfullmäktige den 24 november") the one year
the page names outside periods and targets ("delårsrapporten januari - augusti 2022"),
else the year that puts it within a quarter after the latest day the page writes in full
("kommunstyrelsens sammanträde 11 februari" over "beslöt den 26 januari 2016").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlsplit

from graph.nodes import DatePrecision
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.date_versions import stated_dates
from ingest.language.date_words import MONTHS, SHORT_MONTHS, WEEKDAYS
from ingest.language.dates import DateMention, find_dates
from ingest.language.election_year import election_year
from ingest.language.head_day import HEAD_DAY, HEAD_LINES
from ingest.language.implied_year import implied_year

__all__ = [
    "AddressDate",
    "address_date",
    "address_meeting_day",
    "after_latest",
    "dates_from_address",
    "meeting_title_year",
    "only_year",
    "title_date",
    "written_title_date",
]

_YEAR = r"(?:19|20)\d{2}"
# 2020-12-17 (not inside a longer number or a period such as 2020-2023)
_DAY = re.compile(rf"(?<![\d-])(?P<y>{_YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\d])")
_MONTH_NAMES = "|".join(MONTHS)
# "/nytt-fran-kf-den-9-maj-2023/": a written date in a path segment.
_WRITTEN_DAY = re.compile(
    rf"(?<![\d])(?P<d>\d{{1,2}})[-_](?P<m>{_MONTH_NAMES})[-_](?P<y>{_YEAR})(?![\d])", re.I
)
# "/2018/06/20/regionstyrelsen-i-korthet/": a blog archive's year, month and day.
_SLASHED_DAY = re.compile(rf"/(?P<y>{_YEAR})/(?P<m>\d{{2}})/(?P<d>\d{{2}})(?=/)")
# "/nyheter-fran-2015/24-juni/": a year ending one segment, the day and month the next.
_YEAR_THEN_DAY = re.compile(
    rf"(?P<y>{_YEAR})/(?P<d>\d{{1,2}})[-_](?P<m>{_MONTH_NAMES})(?=$|[/._-])", re.I
)
# "/2018/06/", "/2023/juni/", "/2015-maj/": a year and its month.
_YEAR_MONTH = re.compile(rf"/(?P<y>{_YEAR})[/_-](?P<m>\d{{2}}|{_MONTH_NAMES})(?=/)", re.I)
# A path segment that is a year, or an archive's year: "2019", "nyheter2023", "Nyheter-2021".
# "...-i-korthetdec16": a month's short name and a two-digit year ending a slug's word (not
# "sommar21", a summer).
_SLUG_MONTH = re.compile(
    rf"(?<=[a-z-])(?<!som)(?P<m>{'|'.join(SHORT_MONTHS)})(?P<yy>[0-2]\d)(?=$|[-_./])", re.I
)
# "/nyhet/161026-direktion/": a slug opening with a compact date (YYMMDD, this century).
# "/nyhet/direktion170614/": or ending a slug's word.
_COMPACT_SLUG = re.compile(
    r"/(?P<y>[0-2]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[-_][a-z])"
    r"|/[a-z][a-z-]*[a-z](?P<y2>[0-2]\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?=$|[/._])"
)
_ARCHIVE_YEAR = re.compile(
    rf"/(?:(?:nyheter|nyhet|nyhetsarkiv|arkiv|news|press|pressmeddelanden)[-_]?)?"
    rf"(?P<y>{_YEAR})(?=/)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class AddressDate:
    """A date read off an address; `day_known` when the address gives the day."""

    day: date
    day_known: bool


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def address_date(uri: str | None) -> AddressDate | None:
    """The date an http(s) address states in its path, most precise form first."""
    if not uri or not uri.lower().startswith(("http://", "https://")):
        return None
    path = unquote(urlsplit(uri).path)
    if m := _DAY.search(path):
        found = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
        if found:
            return AddressDate(found, True)
    if m := _SLASHED_DAY.search(path):
        found = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
        if found:
            return AddressDate(found, True)
    if m := _WRITTEN_DAY.search(path):
        found = _safe(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]))
        if found:
            return AddressDate(found, True)
    if m := _YEAR_THEN_DAY.search(path):
        found = _safe(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]))
        if found:
            return AddressDate(found, True)
    if m := _YEAR_MONTH.search(path):
        month = MONTHS.get(m["m"].lower()) or int(m["m"])
        found = _safe(int(m["y"]), month, 15) if 1 <= month <= 12 else None
        if found:
            return AddressDate(found, False)
    if m := _COMPACT_SLUG.search(path):  # "/nyhet/161026-direktion/": its year only
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        found = _safe(2000 + int(y), int(mo), int(d))
        if found:
            return AddressDate(found, False)
    if m := _SLUG_MONTH.search(path):  # "kommunfullmaktige-i-korthetdec16"
        return AddressDate(date(2000 + int(m["yy"]), SHORT_MONTHS[m["m"].lower()], 15), False)
    if m := _ARCHIVE_YEAR.search(path):
        # Mid-year: the nearest "12 juni" or "i december" to 2 July falls in the same year.
        return AddressDate(date(int(m["y"]), 7, 2), False)
    return None


# A meeting report's address: "beslut-i-korthet---regionstyrelsen-30-mars-2022",
# "referat-fran-kommunstyrelsens-sammantrade-4-december-2017", "/ks-17-augusti-2017".
_MEETING_PATH = re.compile(
    r"(?<![a-z])(?:\w*korthet|beslut|\w*sammantr\w*|\w*mote[ts]?|\w*protokoll\w*|referat"
    r"|\w*fullmaktige\w*|\w*styrelse\w*|\w*namnd\w*|ks|kf|rs|rf|ksau)(?![a-z])",
)


_DAY_MONTH = re.compile(rf"(?<![\d])(?P<d>\d{{1,2}})[-_](?P<m>{_MONTH_NAMES})(?=$|[/._-])")
_PATH_YEAR = re.compile(rf"(?<![\d]){_YEAR}(?![\d])")


def address_meeting_day(path: str) -> date | None:
    """The day a meeting report's address writes out ("...-7-februari-2022", or "...-20-maj"
    under the path's one year); not a day in digits, which is the day of posting
    ("2017-12-05-referat-...")."""
    path = unquote(path).lower()
    if not _MEETING_PATH.search(path):
        return None
    m = _WRITTEN_DAY.search(path)
    if m is not None:
        return _safe(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]))
    # "/uppsnabbat-2021/uppsnabbat-namnden-20-maj/": the day, and the one year of the path
    day = _DAY_MONTH.search(path)
    years = {y.group() for y in _PATH_YEAR.finditer(path)}
    if day is None or len(years) != 1:
        return None
    return _safe(int(years.pop()), MONTHS[day["m"].lower()], int(day["d"]))


# "KF i korthet 221018", "Protokoll 20190320": a compact date token in a title.
_COMPACT = re.compile(r"(?<![\d/-])(?P<y>(?:20)?\d{2})(?P<m>\d{2})(?P<d>\d{2})(?![\d/-])")


def title_date(title: str | None) -> AddressDate | None:
    """The date a compact token in the page's title states (YYMMDD or YYYYMMDD, this
    century). Only its year serves: the title's day may be the meeting's or the film's."""
    for m in _COMPACT.finditer(title or ""):
        year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        found = _safe(year, int(m["m"]), int(m["d"]))
        if found is not None:
            return AddressDate(found, False)
    return None


def written_title_date(first_line: str) -> AddressDate | None:
    """A full date the page's first line writes out ("Nytt från kommunfullmäktige den 9
    maj 2023"): the day of what the page reports, so only its year serves."""
    for mention in find_dates(first_line):
        if mention.resolved and mention.precision is DatePrecision.DAY and mention.value:
            return AddressDate(date.fromisoformat(mention.value), False)
    return None


# "Beslut i korthet 2019", "Kommunfullmäktige 2021": a meeting report's title and a lone
# year (not a period, not a target year of a plan's name).
_MEETING_TITLE = re.compile(
    r"\b(?:i\s+korthet|beslut|sammanträde\w*|protokoll\w*|nyheter|möte\w*|"
    r"\w*fullmäktige|\w*styrelse\w*|\w*nämnd\w*)\b",
    re.I,
)
_LONE_YEAR = re.compile(r"(?<![\d\u2013-])(?P<y>(?:19|20)\d{2})(?![\d\u2013-]|\s*[\u2013-]\s*\d)")


_TITLE_WORDS = 15


def meeting_title_year(first_line: str) -> AddressDate | None:
    """The year a meeting report's first line gives alone: it serves as an archive year.
    Only a title's: a first paragraph's year is what the meeting handled ("beslut om
    styrdokument för 2012"), which ingest.language.implied_year reads."""
    if not _MEETING_TITLE.search(first_line) or len(first_line.split()) > _TITLE_WORDS:
        return None
    years = {m["y"] for m in _LONE_YEAR.finditer(first_line)}
    if len(years) != 1:
        return None
    return AddressDate(date(int(years.pop()), 7, 2), False)


# An archived government page's notice: "Innehållet publicerades under perioden 21 januari
# 2019 och 8 juli 2021" gives the government's term, not the page's date.
_NOTICE = re.compile(r"\s*Innehållet\s+publicerades\s+under\s+perioden\b")


def dates_from_address(ctx: Context, sink: FactSink) -> None:
    """Resolve the page's dates against its address when the page is undated, else
    against a date in its title: a compact token, or a date written out."""
    if ctx.published is not None:
        return
    found = address_date(sink.source.uri)
    if found is None or not found.day_known:
        first = next(
            (ln for ln in ctx.text.splitlines() if ln.strip() and not _NOTICE.match(ln)), ""
        )
        titled = title_date(sink.source.title) or title_date(first)
        found = titled or written_title_date(first) or found or meeting_title_year(first)
    found = found or weekday_year(ctx.text)
    if found is None and (implied := implied_year(ctx.text)) is not None:
        # "budget för 2025" under "... 6 mars": what the meeting handled, before a year
        # the page merely names ("borgensramen minskar under 2024")
        found = AddressDate(implied, False)
    if found is None and (elected := election_year(ctx.text)) is not None:
        found = AddressDate(elected, False)  # "innan valet den 14 september"
    found = found or only_year(ctx.text) or after_latest(ctx.text)
    if found is None:
        ctx.dates = _years_from_stated_days(ctx.text, ctx.dates)
        return
    ctx.dates = stated_dates(ctx.text, found.day, relative=found.day_known)
    if found.day_known:  # the address's day is the page's: "i februari" falls before it
        ctx.published = found.day


def _years_from_stated_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'sammanträdet den 24 oktober' on an undated page that also writes '2022-10-24': the
    day stated with its year elsewhere on the page gives the year of the one without."""
    stated = {d.value for d in dates if d.value and d.precision is DatePrecision.DAY}
    years = sorted({v[:4] for v in stated})
    if not years or all(d.resolved for d in dates):
        return dates
    out = list(dates)
    for year in years:
        based = {
            (d.start, d.end): d for d in find_dates(text, date(int(year), 7, 1), relative=False)
        }
        for i, d in enumerate(out):
            other = based.get((d.start, d.end))
            if not d.resolved and other and other.value in stated and other.value[:4] == year:
                out[i] = other
    return out


# "måndagen den 25 september", "Måndag 10 juni", "tisdag den 7:e december"
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})(?:en|s)?,?\s+(?:den\s+)?(?P<d>\d{{1,2}})(?::[ea])?"
    rf"\s+(?P<m>{_MONTH_NAMES})\b(?![^\S\n]+(?:19|20)\d\d)",
    re.I,
)
_PAGE_YEAR = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?!\d)")


# "vid måndagens möte", "tisdagens sammanträde", "måndagens kommunfullmäktige": the
# meeting's weekday, its day elsewhere.
_WEEKDAY_MEETING = re.compile(
    rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})ens\s+(?:\w+\s+)?"
    rf"(?:möte|sammanträde|[a-zåäö]*(?:fullmäktige|styrelse|nämnd)\w*)\b",
    re.I,
)
# "Beslut i korthet från kommunstyrelsen 17/1": a day and month number at the top.
_HEAD_NUMERIC_DAY = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])")


def _meeting_day(text: str) -> tuple[int, int, int, bool] | None:
    """(weekday, month, day, by the meeting's weekday): a weekday-named day without a year
    ("måndagen den 25 september"), else a meeting's weekday ("vid måndagens möte") with the
    day the page's top gives without a year ("17/1", "den 17 januari")."""
    m = _WEEKDAY_DAY.search(text)
    if m is not None:
        return WEEKDAYS[m["weekday"].lower()], MONTHS[m["m"].lower()], int(m["d"]), False
    meeting = _WEEKDAY_MEETING.search(text)
    if meeting is None:
        return None
    head = "\n".join([line for line in text.splitlines() if line.strip()][:HEAD_LINES])
    written = HEAD_DAY.search(head)
    if written is not None:
        month, day = MONTHS[written["m"].lower()], int(written["d"])
    elif (numeric := _HEAD_NUMERIC_DAY.search(head)) is not None:
        month, day = int(numeric["m"]), int(numeric["d"])
    else:
        return None
    return WEEKDAYS[meeting["weekday"].lower()], month, day, True


def weekday_year(text: str) -> AddressDate | None:
    """The day of the page's first weekday-named date without a year, in the latest year the
    page mentions (a period's bounds too) in which that day is that weekday: a report names
    the years behind its meeting ("ersätter översiktsplanen från 2010") more often than a
    later one that fits too."""
    named = _meeting_day(text)
    if named is None:
        return None
    weekday, month, day, by_meeting = named
    years = {int(y["y"]) for y in _PAGE_YEAR.finditer(text)}
    fits = [
        found
        for year in sorted(years)
        if (found := _safe(year, month, day)) is not None and found.weekday() == weekday
    ]
    if not fits:
        return None
    # A meeting's weekday pins the day the page reports: its relative forms ("vid
    # måndagens möte") resolve against it.
    return AddressDate(fits[-1], by_meeting)


# A year that is no period's bound ("2023-2025"), no target ("till 2030", "år 2045") and
# no name's ("Agenda 2030", "Agenda 2030-målen").
_FREE_YEAR = re.compile(
    rf"(?<![\d\-\u2013/])(?<!till )(?<!år )(?<!senast )(?<!inför )(?<!mot )(?<!agenda )"
    rf"(?P<y>{_YEAR})(?![\d]|\s*[\-\u2013]\s*\d|-[a-zåäö])",
    re.I,
)
# "översiktsplan - Framtidsplan 2050", "Vision 2030": a year that ends a capitalised name
# (no month's: "Mars 2023") is the name's target, not the page's year.
_NAMED_YEAR = re.compile(rf"(?<![\w-])(?!(?:{_MONTH_NAMES})\b)[A-ZÅÄÖ][a-zåäö]{{2,}}[ \t]+$")


def only_year(text: str) -> AddressDate | None:
    """The one year an undated page names, outside periods and targets, when a day at
    its top is written without a year ("den 24 november" over "januari - augusti 2022")."""
    head = [line for line in text.splitlines()[: HEAD_LINES * 2] if line.strip()]
    if not HEAD_DAY.search("\n".join(head[:HEAD_LINES])):
        return None
    years = {
        m["y"] for m in _FREE_YEAR.finditer(text) if not _NAMED_YEAR.search(text, 0, m.start())
    }
    return AddressDate(date(int(years.pop()), 7, 2), False) if len(years) == 1 else None


_AFTER_LATEST_DAYS = 92  # a meeting report cites the weeks before, not older history
# A period's bounds ("2022-10-24 - 2026-10-14", "gälla från 1 januari 2024 till och med 31
# december 2027", "mellan 21 februari till 28 april") are no day the page reports.
_RANGE_END = re.compile(r"\s*(?:[\u2013-]\s*\d|till\b)", re.I)
_RANGE_START = re.compile(
    r"(?:\d\s*[\u2013-]|\btill(?:\s+och\s+med)?|\bt\.\s?o\.\s?m\.?|\bfrån)\s*(?:den\s+)?$", re.I
)


def after_latest(text: str) -> AddressDate | None:
    """The day at an undated page's top ("kommunstyrelsens sammanträde 11 februari"), in
    the year that puts it within a quarter after the latest day the page writes in full
    ("den 26 januari 2016"): a report names what led up to its meeting."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:HEAD_LINES])
    top = HEAD_DAY.search(head)
    if top is None or _RANGE_END.match(head, top.end()):
        return None
    full = [
        date.fromisoformat(d.value)
        for d in find_dates(text)
        if d.value
        and d.precision is DatePrecision.DAY
        and not _RANGE_END.match(text, d.end)
        and not _RANGE_START.search(text[max(0, d.start - 20) : d.start])
    ]
    month, mday = MONTHS[top["m"].lower()], int(top["d"])
    if not full or any((f.month, f.day) == (month, mday) for f in full):
        return None  # the same day in full elsewhere gives its year (_years_from_stated_days)
    latest = max(full)
    day = _safe(latest.year, month, mday)
    if day is not None and day < latest:
        day = _safe(latest.year + 1, day.month, day.day)
    if day is None or (day - latest).days > _AFTER_LATEST_DAYS:
        return None
    return AddressDate(day, True)
