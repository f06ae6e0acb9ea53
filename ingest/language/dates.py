"""Swedish date expressions, resolved against the page's publication date.

Why our own rules instead of dateparser: dateparser reads "31 mars" as the year
2031 unless told DMY order and a relative base, and it cannot say which words
it used. Each rule here is named, keeps its precision, and resolves relative
forms ("igår", "i tisdags", "den 22 mars i år", "I oktober", "i fjol", "1 december")
only against the given base date; without a base they stay unresolved.

Resolution choices:
- "D månad" and "i månad" without a year take the base date's year (news pages
  speak of the current year; "1 december" on 24 November 2016 is 2016-12-01).
- "i tisdag(s)" is the latest such weekday strictly before the base date; "förra året"
  and "i fjol" the base's year before, at YEAR precision ("i mars i fjol", "4 mars förra
  året": that month or day of it); "i veckan", "denna vecka" and "förra veckan" that
  week's month, at MONTH precision (a week has no precision of its own).
- "Samma dag", "Denna dag": the day stated last before (ingest.language.date_anaphora).
- "den 3/2" (day/month after "den", never a fraction) and "den andra juni" (an ordinal
  word) are days like "3 februari"; a year-less day takes the year its sentence stated
  before it ("Under våren 2020 ... i juni"), or its timeline line's leading year ("2016 -
  Den 3/2 antog ...").
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from graph.nodes import DatePrecision
from ingest.language.date_anaphora import same_days, weekdays_on_stated_days
from ingest.language.date_words import MONTHS, ORDINALS, SHORT_MONTHS, SLIPS, WEEKDAYS
from ingest.language.regex_guard import first_letter_guard
from ingest.language.stated_year import stated_year

_ORDINAL_DAY = "(?P<ord>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_MONTH_FORMS: dict[str, int] = {**SLIPS, **MONTHS}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTH_FORMS, key=len, reverse=True)) + ")"
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
# An ordinal day: "den 28:e september", "den 1:a maj" (the colon form of the suffix).
_ORDINAL = "(?::[ea])?"

# Rule name -> pattern. Order matters only for ties; longest match wins.
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("date.iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b(?!-)")),
    (
        "date.day_month_year",
        # "11 mars 2015", and a newsroom's "11 Mars, 2015" (a comma before a year only)
        re.compile(
            # The year on the month's line: not "21 mars" over a next line's "2025-03-27".
            rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH}(?:[^\S\n]+|,[^\S\n]*(?=(?:19|20)\d\d\b))"
            # "3 oktober 2018Uppdaterad": a label glued to the year
            rf"(?P<year>\d{{4}})(?!\d)(?!-\d)",
            re.I,
        ),
    ),
    # "22-23 juni 2021": a meeting over two days; which day decided is not stated.
    (
        "date.day_range_month_year",
        re.compile(
            rf"\b(?P<first>\d{{1,2}})\s?[-\u2013]\s?(?P<day>\d{{1,2}})\s+{_MONTH}[^\S\n]+"
            r"(?P<year>\d{4})(?!\d)(?!-\d)",
            re.I,
        ),
    ),
    # "17 mar 2021", "3 okt. 2019": a month's abbreviation, only with its year.
    (
        "date.day_abbr_month_year",
        re.compile(
            r"\b(?P<day>\d{1,2})[^\S\n]+(?P<abbr>jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)"
            r"\.?[^\S\n]+(?P<year>(?:19|20)\d\d)\b(?!-\d)",
            re.I,
        ),
    ),
    # "1/3 2017", "31/12 2010": day/month and a year on the same line (Swedish order).
    (
        "date.slash_year",
        re.compile(
            r"(?<![\d/.-])(?<!§\s)\b(?P<day>[12]\d|3[01]|0?[1-9])/(?P<mon>1[0-2]|0?[1-9])"
            r"(?:[^\S\n]+|-)(?P<year>(?:19|20)\d\d)\b(?![/-]\d)"
        ),
    ),
    # "3.12.2025 09:00:00 CET": a newsroom's day.month.year (never a version "1.2.3.4").
    (
        "date.dotted",
        re.compile(
            r"(?<![\d.])\b(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<mon>1[0-2]|0?[1-9])\."
            r"(?P<year>(?:19|20)\d\d)\b(?!\.\d)"
        ),
    ),
    (
        "date.ordinal_day_year",
        re.compile(rf"\b[Dd]en\s+{_ORDINAL_DAY}\s+{_MONTH}[^\S\n]+(?P<year>\d{{4}})\b", re.I),
    ),
    ("date.ordinal_day", re.compile(rf"\b[Dd]en\s+{_ORDINAL_DAY}\s+{_MONTH}\b", re.I)),
    (
        "date.day_month_i_ar",
        re.compile(rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH}\s+i\s+år\b", re.I),
    ),
    ("date.day_month", re.compile(rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH}\b", re.I)),
    # "KOMMUNSTYRELSEN 27 feb": an abbreviation without a year only where its phrase ends
    (
        "date.day_abbr_month",
        re.compile(
            r"\b(?P<day>\d{1,2})[^\S\n]+(?P<abbr>jan|feb|mar|apr|jun|aug|sept?|okt|nov|dec)"
            r"\.?(?=[^\S\n]*(?:$|[,;:)]|\.?[^\S\n]*\n))",
            re.I | re.M,
        ),
    ),
    # "Den 3/2 antog regionfullmäktige": day/month without a year, after "den" (no fraction)
    (
        "date.day_slash",
        re.compile(r"\b[Dd]en\s+(?P<day>[12]\d|3[01]|0?[1-9])/(?P<mon>1[0-2]|0?[1-9])\b(?![/\d])"),
    ),
    ("date.month_year", re.compile(rf"\b{_MONTH}[^\S\n]+(?P<year>\d{{4}})\b(?!-\d)", re.I)),
    # "i mars i fjol", "den 4 mars förra året": that month or day of the year before
    (
        "date.last_years_month",
        re.compile(
            rf"\b(?:i\s+(?:(?:slutet|början|mitten)\s+av\s+)?|(?P<day>\d{{1,2}}){_ORDINAL}\s+)"
            rf"{_MONTH}\s+(?:i\s+fjol|förra\s+året)\b",
            re.I,
        ),
    ),
    # "i maj", "i slutet av maj": the month
    (
        "date.i_month",
        re.compile(
            rf"\bi\s+(?:(?:slutet|början|mitten)\s+av\s+)?{_MONTH}\b(?![^\S\n]+\d{{4}})", re.I
        ),
    ),
    # "på sitt februarimöte", "junisammanträdet": the month's meeting
    ("date.month_meeting", re.compile(rf"\b{_MONTH}(?:möte|sammanträde)(?:t|s|ts)?\b", re.I)),
    ("date.i_weekday", re.compile(rf"\bi\s+{_WEEKDAY}s?\b", re.I)),
    # "på onsdagen", "under fredagen", "Fredagens regionfullmäktige", "Under onsdagens
    # möte", "under måndagskvällen": this week's day ("under" within the match: no period).
    (
        "date.the_weekday",
        re.compile(
            rf"\b(?P<on>(?:på|under)\s+)?{_WEEKDAY}(?:s(?:kväll|förmiddag|eftermiddag|morgon))?"
            r"en(?(on)s?|s)\b(?!\s+den\s+\d)",
            re.I,
        ),
    ),
    ("date.igar", re.compile(r"\bi\s?går\b", re.I)),
    # "i dag", and its parts: "i förmiddags", "i morse", "i kväll" (the page's day).
    ("date.idag", re.compile(r"\bi\s?(?:dag|förmiddags|eftermiddags|morse|kväll|afton)\b", re.I)),
    # "ärendena på dagens kommunstyrelse", "vid dagens sammanträde", "från kvällens
    # fullmäktige": the page's day; "På gårdagens sammanträde": the day before.
    (
        "date.dagens",
        re.compile(
            r"\b(?:(?P<yesterday>[Gg]år)?dagens|Dagens|[Kk]vällens|[Ff]örmiddagens|[Ee]ftermiddagens)(?=\s+[a-zåäö-]*(?:fullmäktige|styrelse|nämnd|utskott|sammanträde"
            r"|möte)\b)"
        ),
    ),
    ("date.i_forrgar", re.compile(r"\bi\s?förrgår\b", re.I)),
    # "som antogs förra året", "i fjol": the year before the page's.
    ("date.last_year", re.compile(r"\b(?:förra\s+året|i\s+fjol)\b", re.I)),
    ("date.this_week", re.compile(r"\b(?:i\s+veckan|denna\s+vecka|den\s+här\s+veckan)\b", re.I)),
    ("date.last_week", re.compile(r"\bförra\s+veckan\b", re.I)),
    # "KF i korthet 221018", "Kommunstyrelsens protokoll 231009": a compact YYMMDD date,
    # read only right after a meeting's word (_COMPACT_AFTER), never a "YYMMDD-NNNN".
    (
        "date.compact",
        re.compile(
            r"(?<![\d/-])\b(?P<yy>\d\d)(?P<mon>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\b(?![/-]\d)"
        ),
    ),
]
# Each rule scans the whole page: a lookahead of its first letters lets the scan skip the
# other positions at once (the month and weekday words under re.I especially).
_RULES = [(rule, first_letter_guard(pattern)) for rule, pattern in _RULES]
# The words a compact date follows: a meeting's report, minutes, a body, a decision.
_COMPACT_AFTER = re.compile(
    r"(?:korthet|protokoll\w*|styrelse\w*|fullmäktige\w*|nämnd\w*|utskott\w*|beslut\w*"
    r"|sammanträde\w*|möte\w*|\b[KR][FS])[^\S\n]{1,3}$",
    re.I,
)
_COMPACT_CONTEXT = 30


_ABSOLUTE = frozenset(
    {
        "date.iso",
        "date.day_month_year",
        "date.day_range_month_year",
        "date.day_abbr_month_year",
        "date.ordinal_day_year",
        "date.month_year",
        "date.compact",
        "date.slash_year",
        "date.dotted",
    }
)
_YEARLESS = frozenset(
    {"date.i_month", "date.day_month", "date.day_abbr_month", "date.ordinal_day", "date.day_slash"}
    | {"date.month_meeting"}
)
YEARLESS = _YEARLESS  # ingest.language.page_year
# Forms that need only the year of the base; the others count days back from it.
_YEAR_FORMS = _YEARLESS | {"date.day_month_i_ar", "date.last_year", "date.last_years_month"}
# A week's forms: that week's month (the decision rules read them as when, never as what).
WEEK_FORMS = frozenset({"date.this_week", "date.last_week"})


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    rule: str
    value: str | None  # YYYY-MM-DD, first day of the stated period; None when unresolved
    precision: DatePrecision

    @property
    def resolved(self) -> bool:
        return self.value is not None


def format_date(d: date, precision: DatePrecision) -> str:
    """Full ISO 8601 always (the API promises YYYY-MM-DD); the precision travels beside it."""
    if precision is DatePrecision.DAY:
        return d.isoformat()
    if precision is DatePrecision.MONTH:
        return date(d.year, d.month, 1).isoformat()
    return date(d.year, 1, 1).isoformat()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(base: date, month: int, day: int) -> date | None:
    """A day and month without a year: the one nearest the page's date, so "I september"
    on a January page is last September and "1 december" on a November page is next month."""
    candidates = [
        d
        for y in (base.year - 1, base.year, base.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    return min(candidates, key=lambda d: abs((d - base).days), default=None)


def _resolve(
    rule: str, m: re.Match[str], base: date | None, relative: bool = True
) -> tuple[date | None, DatePrecision]:
    groups = m.groupdict()
    month = _MONTH_FORMS.get((groups.get("month") or "").lower())
    if rule == "date.iso":
        return _safe_date(
            int(groups["year"]), int(groups["mon"]), int(groups["day"])
        ), DatePrecision.DAY
    if rule == "date.day_month_year" and month:
        return _safe_date(int(groups["year"]), month, int(groups["day"])), DatePrecision.DAY
    ordinal = ORDINALS.get((groups.get("ord") or "").lower())
    if rule == "date.ordinal_day_year" and month and ordinal:
        return _safe_date(int(groups["year"]), month, ordinal), DatePrecision.DAY
    if rule == "date.day_abbr_month_year":
        short = SHORT_MONTHS[groups["abbr"][:3].lower()]
        return _safe_date(int(groups["year"]), short, int(groups["day"])), DatePrecision.DAY
    if rule in ("date.slash_year", "date.dotted"):
        return _safe_date(
            int(groups["year"]), int(groups["mon"]), int(groups["day"])
        ), DatePrecision.DAY
    if rule == "date.compact":
        yy = int(groups["yy"])  # a two-digit year: this century's unless far ahead
        year = 2000 + yy if yy < 70 else 1900 + yy
        return _safe_date(year, int(groups["mon"]), int(groups["day"])), DatePrecision.DAY
    if rule in ("date.month_year", "date.day_range_month_year") and month:
        return _safe_date(int(groups["year"]), month, 1), DatePrecision.MONTH
    if rule == "date.last_year":
        return (date(base.year - 1, 1, 1) if base else None), DatePrecision.YEAR
    if base is None or (not relative and rule not in _YEAR_FORMS):
        monthly = rule in ("date.i_month", "date.month_meeting")
        precision = DatePrecision.MONTH if monthly else DatePrecision.DAY
        return None, precision
    if rule == "date.last_years_month" and month:
        day = groups.get("day")
        precision = DatePrecision.DAY if day else DatePrecision.MONTH
        return _safe_date(base.year - 1, month, int(day or 1)), precision
    if rule == "date.day_month_i_ar" and month:
        return _safe_date(base.year, month, int(groups["day"])), DatePrecision.DAY
    if rule == "date.day_month" and month:
        return _nearest(base, month, int(groups["day"])), DatePrecision.DAY
    if rule == "date.day_abbr_month":
        short = SHORT_MONTHS[groups["abbr"][:3].lower()]
        return _nearest(base, short, int(groups["day"])), DatePrecision.DAY
    if rule == "date.ordinal_day" and month and ordinal:
        return _nearest(base, month, ordinal), DatePrecision.DAY
    if rule == "date.day_slash":
        return _nearest(base, int(groups["mon"]), int(groups["day"])), DatePrecision.DAY
    if rule in ("date.i_month", "date.month_meeting") and month:
        return _nearest(base, month, 1), DatePrecision.MONTH
    if rule == "date.i_weekday":
        back = (base.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7 or 7
        return base - timedelta(days=back), DatePrecision.DAY
    if rule == "date.the_weekday":
        back = (base.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7
        return base - timedelta(days=back), DatePrecision.DAY
    offsets = {"date.idag": 0, "date.dagens": 0, "date.igar": 1, "date.i_forrgar": 2}
    if rule in offsets:
        back = offsets[rule] + (1 if groups.get("yesterday") else 0)
        return base - timedelta(days=back), DatePrecision.DAY
    if rule in WEEK_FORMS:
        day = base - timedelta(days=7 if rule == "date.last_week" else 0)
        return date(day.year, day.month, 1), DatePrecision.MONTH
    return None, DatePrecision.DAY


def _in_year(stated: tuple[int, int], m: re.Match[str]) -> date | None:
    year, first_month = stated
    groups = m.groupdict()
    month = _MONTH_FORMS.get((groups.get("month") or "").lower()) or int(groups.get("mon") or 0)
    day = ORDINALS.get((groups.get("ord") or "").lower()) or int(groups.get("day") or 1)
    if not month:
        return None
    return _safe_date(year + (month < first_month), month, day)


def find_dates(text: str, base: date | None = None, *, relative: bool = True) -> list[DateMention]:
    """All date expressions in text, without overlaps (longest match wins), in text order.

    Without `relative`, the base gives only its year: "12 juni" resolves, "igår" not
    (a base known to the month or year only, as a page's address gives it)."""
    # (mention, valid): an impossible date ("31 april 2022") still claims its
    # span, so that a shorter reading inside it ("april 2022") is not taken.
    candidates: list[tuple[DateMention, bool]] = []
    for rule, pattern in _RULES:
        for m in pattern.finditer(text):
            if rule == "date.compact" and not _COMPACT_AFTER.search(
                text, max(0, m.start() - _COMPACT_CONTEXT), m.start()
            ):
                continue
            value, precision = _resolve(rule, m, base, relative)
            if rule in _YEARLESS and (stated := stated_year(text, m.start())) is not None:
                value = _in_year(stated, m)
            # Unresolved for want of a base, as opposed to impossible ("31 april").
            unbased = base is None or (not relative and rule not in _YEAR_FORMS)
            valid = value is not None or (unbased and rule not in _ABSOLUTE)
            mention = DateMention(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                rule=rule,
                value=format_date(value, precision) if value else None,
                precision=precision,
            )
            candidates.append((mention, valid))
    candidates.sort(key=lambda c: (-(c[0].end - c[0].start), c[0].start))
    # The spans taken so far, by start; they never overlap, so a candidate overlaps one
    # only if it overlaps its neighbours there (a bisect, not a scan of all taken).
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[DateMention] = []
    for cand, valid in candidates:
        i = bisect_right(starts, cand.start)
        if (i > 0 and ends[i - 1] > cand.start) or (i < len(starts) and starts[i] < cand.end):
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        if valid:
            chosen.append(cand)
    found = weekdays_on_stated_days(sorted(chosen, key=lambda d: d.start), _ABSOLUTE)
    return same_days(text, found)


def parse_date(text: str, base: date | None = None) -> DateMention | None:
    """The date expression that makes up the whole of text (after stripping), if any."""
    stripped = text.strip()
    found = find_dates(stripped, base)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0]
    return None


def resolve_before(mention: DateMention, anchor: date) -> DateMention | None:
    """A year-less date ("I april", "den 12 juni") read as the latest such date not after
    `anchor` (a meeting the page dates when it has no publication date; the page's date
    for a decision taken in the past that the nearest reading put after it); None for a
    date already on or before `anchor`, a form that counts days back from its base ("i
    tisdags", "igår"), or one that does not parse."""
    if mention.rule not in _YEAR_FORMS or (mention.value or "9999") <= anchor.isoformat():
        return None
    for base in (anchor, date(anchor.year - 1, anchor.month, min(anchor.day, 28))):
        found = find_dates(mention.text, base)
        if len(found) != 1 or found[0].value is None:
            return None
        if date.fromisoformat(found[0].value) <= anchor:
            return dataclasses.replace(found[0], start=mention.start, end=mention.end)
    return None
