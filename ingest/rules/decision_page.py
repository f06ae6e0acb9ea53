"""The meetings a page reports: whose decisions its items are, and on what day.

Why: decision lists and minutes state a decision per item ("Motionen avslogs.",
"Regionstyrelsen godkände delårsrapporten.") and the body and day once, for all
of them: in the minutes' header ("SAMMANTRÄDESPROTOKOLL Kommunfullmäktige
2003-04-28", "Kommunstyrelsen Protokollsutdrag"), in a heading ("Beslut i korthet -
regionstyrelsen 30 mars 2022", "Regionfullmäktige 29 november 2011") or in a sentence
about the meeting ("Den 10 oktober sammanträdde regionstyrelsen.", "Vid årets sista
sammanträde den 12 december ...", "Kommunstyrelsen fattade beslutet den 9 oktober").

Also: a header's labelled date ("Mötesdatum", "Plats och tid", "Tid Tisdagen den 2
april 2013"); a reference to a body's decision ("Kommunstyrelsens beslut 2019-06-03,
§ 166"); and an "Övriga beslut" heading after a decision on a day relative to the page
("Regionstyrelsen beslutade under onsdagen ...").

A decision without a body or day of its own takes those of the nearest meeting
stated before it, else of the first one stated after it (ingest.rules.meeting_choice);
a month ("vid sammanträdet i september") takes the day another statement of that
meeting gives ("Axplock från kommunstyrelsen 17 september"). A meeting still to come
("ska behandlas på sammanträdet i februari") is not one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from graph.nodes import DatePrecision, OrganizationKind
from ingest.context import ActorHit, Context
from ingest.language.date_words import MONTHS
from ingest.language.dates import DateMention
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.language.url_dates import address_meeting_day
from ingest.rules import decision_meeting_words
from ingest.rules.decision_meeting_words import EARLIER_MEETING, MEETING_WORD, NOTICE_DATE, TO_COME

__all__ = [
    "ABOUT_DATE",
    "ANNEX",
    "DECIDERS",
    "DECISION_SECTION",
    "RELATIVE_DAY",
    "Meeting",
    "annex_page",
    "deciders",
    "heading_above",
    "in_proposal_section",
    "meetings",
    "minutes_page",
]

DECIDERS = (
    OrganizationKind.COMMITTEE,
    OrganizationKind.FORUM,
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.AGENCY,
    OrganizationKind.MUNICIPAL_ASSOCIATION,
)


@dataclass(frozen=True, slots=True)
class Meeting:
    start: int
    body: ActorHit | None
    date: DateMention | None
    rule: str


def deciders(ctx: Context, start: int, end: int) -> list[ActorHit]:
    """Bodies that take decisions, named within [start, end)."""
    return [a for a in ctx.actors_in(Span(start, end)) if a.kind in DECIDERS]


# A minutes' header: its title, the labels of its date ("Sammanträdesdatum", "Plats och
# tid", "Tid Tisdagen den 2 april 2013") and of its signing.
_MINUTES = re.compile(
    r"\b(?:sammanträdesprotokoll|mötesprotokoll|protokollsutdrag|sammanträdesdatum|mötesdatum"
    # ("Utses att justera: Eva Ek" labels a header; "Eva Ek utses att justera protokollet"
    # is the first § item's decision)
    r"|sammanträdesdag|plats\s+och\s+tid|justerade\s+paragrafer|utses\s+att\s+justera(?=\s*:)"
    r"|justeringens\s+(?:tid\s+och\s+)?plats)\b"
    r"|(?-i:\bTid)\s+(?=(?:\w+dagen\s+)?(?:den\s+)?\d{1,2}\s+[a-zåäö]+\s+\d{4}|\d{4}-\d\d-\d\d)"
    r"|^\s*protokoll\s*$",
    re.I | re.M,
)
# "Styrelseprotokoll 2023-01-25 PDF", "Protokoll kommunfullmäktige 24 april 2023": a line
# linking the minutes of the meeting the page reports gives that meeting's day.
_MINUTES_LINK = re.compile(r"^[^\S\n]*\w*protokoll\b[^\n]{0,60}$", re.I | re.M)
_LINK_WORDS = 8
_HEADER_CHARS = 300  # a header's date: "Sammanträdesdatum: ... fredag 18 september 2015"
_ITEM_START = re.compile(r"^[ \t]*§[ \t]*\d", re.M)
_DECISION_HEADING = re.compile(r"\b(?:beslut\w*|sammanfattning|nytt\s+från)\b", re.I)
_HEADING_WORDS = 12
_LIST_LINE = re.compile(r"\s*(?:[-•*\u2013]|\d{1,2}[.)])\s")
# A date of what a meeting is about: "budget för 2024", "från (och med) 1 maj", "börjar gälla den 1
# januari", a range's end ("januari-augusti 2019"); not a heading's "Nämnden - januari 2020".
_MONTH_WORDS = "|".join(MONTHS)
_ABOUT = (
    r"\b(?:för|under|från|till|inför|efter|senast|tills?|per|sedan|och\s+med|fr\.o\.m\.?"
    r"|(?:gälla|gäller|kraft)(?:\s+den)?)"
)
# "delårsrapport 2023-04-30", "bokslut per 31 december": the period a report closes
_REPORT = r"(?:rapport|bokslut|redovisning)(?:en|et)?"
ABOUT_DATE = re.compile(
    # ("från och med den 1 januari 2023"; but "beslutet från den 26 januari" is its day)
    # ("Delårsrapport per den 31 augusti 2016": the day a report closes)
    rf"(?:{_ABOUT}|och\s+med\s+den|\bper\s+den|{_REPORT}|(?:\d|\b(?:{_MONTH_WORDS}))\s*[\u2013-])\s*$",
    re.I,
)


def _first_date(ctx: Context, start: int, end: int) -> DateMention | None:
    for found in ctx.dates_in(Span(start, end)):
        # (the whole line: "Justeringens tid och plats: Fredagen den 27 januari")
        line_start = ctx.text.rfind("\n", 0, found.start) + 1
        if NOTICE_DATE.search(ctx.text, line_start, found.start):  # posted, not met
            continue
        # "från kvällens fullmäktige", "från tisdagens sammanträde": a meeting's day,
        # never the start of a span
        if decision_meeting_words.meeting_day(found.rule, found.text) or not ABOUT_DATE.search(
            ctx.text, max(start, found.start - 12), found.start
        ):
            return found
    return None


def _body(ctx: Context, start: int, end: int, owners_only: bool = False) -> ActorHit | None:
    found = deciders(ctx, start, end)
    if owners_only:
        owns = decision_meeting_words.owns_meeting
        found = [a for a in found if owns(ctx.text, a.start, a.end, a.name)]
    committees = [a for a in found if a.kind is not OrganizationKind.MUNICIPALITY]
    chosen = committees or found
    return chosen[0] if chosen else None


def _header(ctx: Context, m: re.Match[str]) -> Meeting:
    """'Kommunstyrelsen Protokollsutdrag Sammanträdesdatum ...' or 'SAMMANTRÄDESPROTOKOLL
    Folkhälsorådet ...': the body right before the word, else the first one after it;
    a committee after it before the municipality in whose name the minutes are."""
    before = deciders(ctx, max(0, m.start() - 40), m.start())
    body = before[-1] if before else None
    after = _body(ctx, m.end(), m.end() + 60)
    municipal = body is not None and body.kind is OrganizationKind.MUNICIPALITY
    if body is None or ctx.text[body.end : m.start()].strip() or (municipal and after):
        body = after
    # The header ends where its first § item starts: a date in an item is the item's.
    item = _ITEM_START.search(ctx.text, m.end(), m.end() + _HEADER_CHARS)
    end = item.start() if item else m.end() + _HEADER_CHARS
    return Meeting(m.start(), body, _first_date(ctx, m.end(), end), "minutes")


# "Bilaga till kf prot 2019-03-18, § 31", "Bilaga 2 till kommunfullmäktiges protokoll den
# 18 mars 2019 § 31": the page is an annex of that meeting's minutes, and its decision.
ANNEX = re.compile(
    r"^[^\S\n]*bilaga[^\S\n]+(?:\d+[^\S\n]+)?till[^\S\n]+(?P<who>[^\n]{1,60}?)[^\S\n]+"
    r"(?:den[^\S\n]+)?(?=(?:\d{4}-\d\d-\d\d|\d{1,2}[^\S\n]+[a-zåäö]+[^\S\n]+\d{4})"
    r"[^\S\n]*,?[^\S\n]*§[^\S\n]*\d)",
    re.I | re.M,
)
# The bodies' usual abbreviations in such a header, by the ending of their name.
_ABBREVIATIONS = dict(
    kf="fullmäktige", ks="kommunstyrelsen", rf="regionfullmäktige", rs="regionstyrelsen"
)


def _annex(ctx: Context, m: re.Match[str]) -> Meeting:
    """The meeting an annex header names: its body (named, or abbreviated as 'kf')
    and its day."""
    named = deciders(ctx, m.start("who"), m.end("who"))
    body = named[0] if named else None
    ending = _ABBREVIATIONS.get(m["who"].split()[0].lower().rstrip("."))
    if body is None and ending is not None:
        found = [a for a in deciders(ctx, 0, len(ctx.text)) if a.name.lower().endswith(ending)]
        body = found[0] if found else None
    return Meeting(m.start(), body, _first_date(ctx, m.end(), m.end() + 40), "annex")


# A § section's heading over the decision taken: "Beslut", "Kommunfullmäktiges beslut:".
DECISION_SECTION = re.compile(
    r"^[^\S\n]*(?:(?:[\wåäöÅÄÖ-]+[^\S\n]+)?[\wåäöÅÄÖ-]+s[^\S\n]+)?beslut[^\S\n]*:?[^\S\n]*$",
    re.I | re.M,
)


def _minutes_link(ctx: Context) -> list[Meeting]:
    """The one day that lines linking minutes give (none when they give several: an
    archive of minutes, not one meeting's)."""
    found = []
    for m in _MINUTES_LINK.finditer(ctx.text):
        if len(m.group().split()) > _LINK_WORDS:
            continue
        when = _first_date(ctx, m.start(), m.end())
        if when is not None and when.precision is DatePrecision.DAY:
            found.append(Meeting(m.start(), _body(ctx, m.start(), m.end()), when, "minutes_link"))
    return found if len({m.date.value for m in found if m.date}) == 1 else []


def _heading(ctx: Context, line: Span) -> Meeting | None:
    """A heading line with a body and a date, or with a decision word and either; not a
    list line ('- Kommunstyrelsen 2003-03-27, § 79' lists what the case went through).
    A decision section's heading may end in a colon ("Kommunfullmäktiges beslut:"), and
    so may one with a body and a date ("Kommunstyrelsen 2005-10-17 i sammandrag:")."""
    text = ctx.text[line.start : line.end]
    if len(text.split()) > _HEADING_WORDS or text.rstrip().endswith((".", "?", "!")):
        return None
    if _LIST_LINE.match(text):
        return None
    body = _body(ctx, line.start, line.end)
    when = _first_date(ctx, line.start, line.end)
    section = DECISION_SECTION.fullmatch(ctx.text, line.start, line.end) is not None
    if text.rstrip().endswith(":") and not section and not (body and when):
        return None
    decision_word = bool(_DECISION_HEADING.search(text))
    if (body and when) or (decision_word and (body or when)):
        return Meeting(line.start, body, when, "heading")
    return None


_MET_BY = re.compile(r"\s+som\s+(?:han|hon|de|vi|jag)\b", re.I)


def _meeting_sentence(ctx: Context, sentence: Span) -> Meeting | None:
    """'Den 10 oktober sammanträdde regionstyrelsen.', 'Ärenden vid dagens sammanträde
    med Kommunstyrelsens arbetsutskott': a meeting with its date, or its body."""
    text = ctx.text[sentence.start : sentence.end]
    word = MEETING_WORD.search(text) or decision_meeting_words.BODY_DAY.match(text)
    if word is None or TO_COME.search(text) or EARLIER_MEETING.search(text):
        return None
    if _MET_BY.match(text, word.end()):
        return None  # "informerade om det möte som han i går hade med X": someone's meeting
    when = _first_date(ctx, sentence.start, sentence.end)
    body = _body(ctx, sentence.start, sentence.end, owners_only=True) or _compound_body(ctx, text)
    if when is None and (body is None or body.kind is OrganizationKind.MUNICIPALITY):
        return None
    return Meeting(sentence.start, body, when, "sentence")


# "Kommunfullmäktigesammanträde 26 februari": the body in the meeting's compound.
_BODY_MEETING = re.compile(
    r"\b((?:kommun|region)(?:fullmäktige|styrelse))(?:ns|s)?(?:sammanträd|möte)", re.I
)


def _compound_body(ctx: Context, text: str) -> ActorHit | None:
    """The body a meeting's compound names, as the page names it elsewhere."""
    m = _BODY_MEETING.search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    # "Kommunstyrelsen", not "Kommunstyrelsens arbetsutskott"
    return next((a for a in ctx.actors if a.name.lower() in (word, f"{word}n")), None)


# "Regionstyrelsen beslutade under onsdagen", "Nämnden godkände i går": a decision dated
# relative to the page is the meeting the page reports (an absolute date may be history);
# its other decisions follow under "Övriga beslut".
_ACTED = compile_guarded(
    r"\b(?:beslutade|beslöt|antog|fastställde|godkände|tog\s+beslut|fattade\s+beslut)\b", re.I
)
RELATIVE_DAY = frozenset({"date.the_weekday", "date.i_weekday", "date.igar", "date.idag"})


def _acted_on_day(ctx: Context, sentence: Span) -> Meeting | None:
    verb = _ACTED.search(ctx.text, sentence.start, sentence.end)
    if verb is None:
        return None
    body = _body(ctx, sentence.start, verb.start())
    when = next((d for d in ctx.dates_in(sentence) if d.rule in RELATIVE_DAY), None)
    if body is None or when is None or when.value is None:
        return None
    return Meeting(sentence.start, body, when, "relative_day")


# "Kommunstyrelsens beslut 2019-06-03, § 166", "kultur- och fritidsnämndens protokoll
# 2018-12-19": a reference to the day that body decided the matter.
_REFERENCE = re.compile(r"(?P<s>s?)\s+(?:beslut|protokoll)\s+(?:den\s+)?", re.I)


def _references(ctx: Context) -> list[Meeting]:
    found: list[Meeting] = []
    for actor in deciders(ctx, 0, len(ctx.text)):
        m = _REFERENCE.match(ctx.text, actor.end)
        genitive = m is not None and (m["s"] or ctx.text[actor.end - 1] == "s")
        if m is None or not genitive:
            continue
        day = next((d for d in ctx.dates if d.start == m.end()), None)
        if day is not None and day.value and day.precision is DatePrecision.DAY:
            found.append(Meeting(actor.start, actor, day, "reference"))
    return found


# "Övriga beslut", "Fler beslut från mötet": a heading over more decisions of that meeting.
_OTHER_DECISIONS = re.compile(
    r"\s*(?:övriga|andra|fler|flera|ytterligare)\s+beslut\b[^.!?]{0,30}", re.I
)


def _other_decisions(ctx: Context, line: Span, acted: Meeting) -> Meeting | None:
    """A heading 'Övriga beslut' after 'Regionstyrelsen beslutade under onsdagen ...':
    the decisions below it are that meeting's."""
    if _OTHER_DECISIONS.fullmatch(ctx.text, line.start, line.end) is None:
        return None
    return Meeting(line.start, acted.body, acted.date, "other_decisions")


# Sections of minutes that hold what was proposed or claimed, or how the vote went, not
# what was decided.
_PROPOSAL_SECTION = re.compile(
    r"\s*(?:[\w-]+s\s+)?(?:förslag\s+till\s+beslut|yrkande\w*|reservation\w*"
    r"|protokollsanteckning\w*|beslutsunderlag|proposition(?:sordning)?|votering"
    r"|omröstning\w*|beslutsgång|överläggning\w*)\s*:?\s*",
    re.I,
)
_SECTION_WORDS = 6
_SECTION_CHARS = 1500


def heading_above(ctx: Context, start: int) -> Span | None:
    """The nearest short heading line above `start` (a line without a full stop)."""
    starts = ctx.line_starts()
    i = bisect.bisect_right(starts, start) - 1
    while i > 0:
        i -= 1
        line_start, line_end = starts[i], starts[i + 1] - 1
        if line_start < start - _SECTION_CHARS:
            return None
        text = ctx.text[line_start:line_end].strip()
        if text and len(text.split()) <= _SECTION_WORDS and not text.endswith((".", "!", "?")):
            return Span(line_start, line_end)
    return None


def in_proposal_section(ctx: Context, start: int) -> bool:
    """The nearest heading line above `start` is 'Förslag till beslut', 'Yrkanden', ..."""
    heading = heading_above(ctx, start)
    return heading is not None and bool(
        _PROPOSAL_SECTION.fullmatch(ctx.text[heading.start : heading.end].strip())
    )


def minutes_page(ctx: Context) -> bool:
    """The page is (or quotes) minutes, or is an annex of them: it has a minutes header
    (computed once)."""
    memo: bool | None = vars(ctx).get("_minutes_page")
    if memo is None:
        memo = bool(_MINUTES.search(ctx.text) or ANNEX.search(ctx.text))
        vars(ctx)["_minutes_page"] = memo
    return memo


def annex_page(ctx: Context) -> bool:
    """The page is an annex of a meeting's minutes ("Bilaga till kf prot ..., § 31")."""
    return any(m.rule == "annex" for m in meetings(ctx))


def address_meeting(ctx: Context) -> list[Meeting]:
    """'/kommunstyrelsen-i-korthet-7-februari-2022/' over a text that dates no meeting: the
    page reports that meeting, on the day its address writes out."""
    day = address_meeting_day(ctx.url_path)
    if day is None:
        return []
    when = DateMention(0, 0, "", "date.address", day.isoformat(), DatePrecision.DAY)
    return [Meeting(0, None, when, "address")]


def meetings(ctx: Context) -> list[Meeting]:
    """The page's meetings in text order (computed once per page)."""
    memo: list[Meeting] | None = vars(ctx).get("_meetings")
    if memo is not None:
        return memo
    found = [_header(ctx, m) for m in _MINUTES.finditer(ctx.text)]
    found += [_annex(ctx, m) for m in ANNEX.finditer(ctx.text)]
    found += _minutes_link(ctx)
    acted: Meeting | None = None  # the latest act on a day relative to the page
    for sentence in ctx.sentences:
        line_start = ctx.text.rfind("\n", 0, sentence.start) + 1
        line_end = ctx.text.find("\n", sentence.end)
        whole_line = line_start == sentence.start and line_end in (-1, sentence.end)
        hit = (whole_line and _heading(ctx, sentence)) or _meeting_sentence(ctx, sentence)
        if not hit and whole_line and acted is not None:
            hit = _other_decisions(ctx, sentence, acted)
        if hit:
            found.append(hit)
        acted = _acted_on_day(ctx, sentence) or acted
    found += _references(ctx)
    if not any(m.date for m in found):
        found += address_meeting(ctx)
    found.sort(key=lambda m: m.start)
    vars(ctx)["_meetings"] = found
    return found
