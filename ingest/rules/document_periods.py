"""The period of a document stated apart from its name.

"Planen gäller 2020-2024", "Planen avses gälla från 1 januari 2024 till och med 31
december 2027", "Programmet syftar till att ... under perioden 2025-2030", "Den nya planen
följer mandatperioden 2023-2026", "Det nuvarande åtgärdsprogrammet, som gäller mellan
2023-2027", "Eskilstunas Plan mot X (ANDTS) gäller mellan 2024 och 2027", "gäller från
2022 till 2025", the years right after its
name, or at either end of a heading that opens with it, or alone on the line under the
heading that ends with it: a sentence about a document named
earlier gives its period, which then decides its id.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from graph.nodes import DocumentKind
from ingest.context import Context
from ingest.rules.document_groups import Group
from ingest.rules.document_phrases import DASH
from ingest.rules.document_words import NOUNS, kind_of

# "Den gäller mellan åren 2017 till 2020.", "Programmen ska genomföras under perioden
# 2004-2007.", "Programmet, som sträcker sig mellan 2021-2035, ...", "Den nya planen
# följer mandatperioden 2023-2026": the period of the document named just before (of the
# noun's kind). The subject may be the bare pronoun, the definite noun (after "Den nya")
# and a relative "som"; the verb is present, past or passive.
_MONTH = (
    r"(?i:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
    r"|december)"
)
_PRONOUN_PERIOD = re.compile(
    r"\s*(?:Den|Det|De|Dessa|(?:(?:Den|Det|De)\s+(?:nya|nuvarande|gällande|reviderade|"
    r"nationella|regionala|lokala|kommunala)\s+"
    r"(?=[a-zåäö])|(?=[A-ZÅÄÖ]))"
    r"(?P<noun>(?i:[a-zåäö-]*(?:" + "|".join(NOUNS) + r"))[a-z]{0,4}))"
    # "Det nya medborgarlöftet mellan A och B gäller ..."
    r"(?:\s+mellan\s+[^.;:,]{3,60}?)?"
    r"(?:\s*,?\s+som)?"
    r"\s+(?:gäll(?:er|de)|sträck(?:er|te)\s+sig|omfatta(?:r|de)|genomförs|löp(?:er|te)|"
    r"avs(?:er|åg)|följer|synkas\s+med|"
    # "Den antogs av regionfullmäktige i juni 2019, för tiden 2020-2023."
    r"(?:antogs|fastställdes|godkändes)\b[^.;:]{0,60}?,(?=\s+för\s+(?:tiden|perioden|åren)\s)|"
    r"(?:(?:ska|föreslås|planeras|beräknas|avses|kommer\s+att)\s+)?(?:genomföras|gälla|löpa)|"
    # "Programmet syftar till att visa riktningen ... under perioden 2025-2030"
    r"(?:syftar|ska\s+bidra)\s+till\b[^.;:]{0,160}?(?=\s+(?:under|för)\s+(?:mandat)?perioden\s))\s+"
    # "gäller i två år, under åren 2023-24"
    r"(?:i\s+(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|femton|tjugo|\d{1,2})\s+år\s*,?\s*)?"
    # "sträcker sig från år 2016 till 2020"
    r"(?:för\s+|under\s+|mellan\s+|med\s+|från\s+)?(?:den\s+(?:[a-zåäö]+\s+)?)?"
    r"(?:(?:mandat)?perioden\s+|åren\s+|år\s+|tiden\s+)?"
    # "gäller mars 2019 - februari 2020": the months are left out of the period
    # "gälla från 1 januari 2024 till och med 31 december 2027": the days are left out too
    # "löpa från 2018-01-01--2019-12-31": whole dates, the days left out
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?(?P<y1>(?:19|20)\d{{2}})(?:-\d{{2}}-\d{{2}})?\s*"
    rf"(?:[" + DASH + r"]{1,2}|till(?:\s+och\s+med)?|och)\s*"
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?(?P<y2>(?:19|20)?\d{{2}})\b"
)


def _dated(group: str) -> str:
    """A year as group, with its day and month if written ("1 januari 2023", "2018-01-01")."""
    return rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?(?P<{group}>(?:19|20)\d{{2}})(?:-\d{{2}}-\d{{2}})?"


# "Under tiden 1 januari 2023 - 31 december 2024 lovar polisen att:": the term of what the
# parties pledge, the period of the agreement named before (an empty "noun": no kind to check).
_TERM_OPENING = re.compile(
    r"\s*(?P<noun>)Under\s+(?:tiden|perioden|åren)\s+"
    + _dated("y1")
    + r"\s*(?:["
    + DASH
    + r"]{1,2}|till(?:\s+och\s+med)?)\s*"
    + _dated("y2")
    + r"\b[^.;:]{0,40}?\b(?:lovar|åtar|ska|kommer)\b"
)


def _years(m: re.Match[str]) -> tuple[int, int]:
    """The period's years; a two-digit end year is in the start year's century."""
    y1, end = int(m.group("y1")), m.group("y2")
    return y1, (y1 // 100 * 100 + int(end) if len(end) == 2 else int(end))


def _noun_kind(word: str) -> DocumentKind | None:
    """The kind an inflected document noun names: 'Programmen' -> programme."""
    folded = word.lower()
    for suffix in ("erna", "rna", "met", "men", "na", "en", "et", "er", "n", "t", "r", ""):
        base = folded.removesuffix(suffix) if suffix else folded
        if base != folded or not suffix:
            try:
                return kind_of(base)
            except ValueError:
                continue
    return None


# A period written with four-digit years and any dash: "2016-2025", "2023 - 2027".
_YEAR_SPAN = r"(?P<y1>(?:19|20)\d{2})\s*[" + DASH + r"]\s*(?P<y2>(?:19|20)\d{2})"


# "Strategin Tillsammans för jämlik hälsa ... gäller år 2016-2025", "Planen gäller
# 2020-2024": the period of the document a sentence opens with.
# "Eskilstunas Plan mot ... (ANDTS) gäller mellan 2024 och 2027": an acronym in brackets
# after the name, and the years joined by "mellan ... och" or "från ... till".
_VALID_FOR = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?"
    # "en lokal strategi som ska gälla från 2017 till 2027"
    r"\s*,?\s+(?:som\s+)?(?:gäll(?:er|de)|sträck(?:er|te)\s+sig\s+över|omfatta(?:r|de)|"
    r"(?:ska|skall|kommer\s+att)\s+gälla)\s+"
    r"(?:för\s+|under\s+)?(?:(?:år|åren|perioden|mandatperioden)\s+)?"
    r"(?:mellan\s+(?:åren\s+)?|från\s+(?:år\s+)?)?(?P<y1>(?:19|20)\d{2})"
    # "för perioden 2018-05-03 till och med 2021-12-30": whole dates, the days left out
    r"(?:-\d{2}-\d{2})?"
    r"(?:\s*[" + DASH + r"]\s*|\s+(?:och|till(?:\s+och\s+med)?)\s+(?:år\s+)?)"
    r"(?P<y2>(?:19|20)\d{2})\b"
)


# "Gällande kulturplan i Vara kommun antogs av fullmäktige 2015-03-23 och gäller
# 2015-2018": the subject's period, stated after its other predicate.
_AND_VALID_FOR = re.compile(r"[^.;:\n]{0,120}?\s+och" + _VALID_FOR.pattern)
# "Eskilstunas Plan mot ...": a place's genitive before the subject document
_LEAD_WORDS = re.compile(
    r"\s*(?:(?:nuvarande|gällande|den|det|de)\s+|(?-i:[A-ZÅÄÖ][a-zåäö-]+s)\s+)?", re.I
)


# "den nya näringslivsstrategin som har fyra fokusområden och anger fokus för arbetet under
# perioden 2019-2022": a relative clause on the document, wherever it stands in its sentence.
_WHICH_PERIOD = re.compile(
    r"\s*,?\s+som\s+(?!(?:ersätt|ersatte|följ|efterträd)\w*)[^.;:\n]{0,100}?\s"
    r"(?:under|för)\s+(?:(?:den|hela)\s+)?(?:(?:mandat|program)?perioden|åren|tiden)\s+"
    + _YEAR_SPAN
    + r"\b"
)


# "Syftet med handlingsplanen var att tydliggöra ... arbete med bredbandsutbyggnaden mellan
# åren 2016-2018": the years of a document's stated purpose are its own.
_PURPOSE_LEAD = re.compile(r"(?:Syftet|Målet|Avsikten)\s+med\s+$")
_PURPOSE_PERIOD = re.compile(
    r"\s+(?:är|var)\s+att\s[^.;:\n]{0,160}?\s(?:under|för|mellan)\s+"
    r"(?:(?:mandat)?perioden|åren|tiden)\s+" + _YEAR_SPAN + r"\b"
)


# "ett folkhälsoprogram: Jämställd hälsa för ett hållbart Gävleborg 2015-2020": the
# years right after a document's name are its period.
_RIGHT_AFTER = re.compile(r"[ \t]+" + _YEAR_SPAN + r"(?![\d-])")


# "Regional handlingsplan - så bidrar fyra aktörer 2024-2027": a heading that
# opens with the document and ends in its years.
_HEADING_END = re.compile(r"[^\n.!?]{0,80}?[ \t]" + _YEAR_SPAN + r"[ \t]*(?=\n|$)")


# "2017-2020 Strategi för ett jämställt Halland": a heading's years before its document.
_HEADING_START = re.compile(r"[ \t]*" + _YEAR_SPAN + r"[ \t]+$")


# "Tyck till om länets energi- och klimatstrategi" over a line "2020-2030": a heading's
# period set on a line of its own under it.
_NEXT_LINE = re.compile(r"[ \t]*\n\s*" + _YEAR_SPAN + r"[ \t]*(?=\n|$)")


def _heading_period(ctx: Context, start: int, end: int, starts: list[int]) -> re.Match[str] | None:
    """The years at either end of the heading line the document at start-end opens
    (after the years that begin it)."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if ctx.text[line_start:start].strip():
        return _HEADING_START.fullmatch(ctx.text, line_start, start)
    m = _HEADING_END.match(ctx.text, end)
    later = bisect_right(starts, start)
    if m is None or (later < len(starts) and starts[later] < m.start("y1")):
        return None  # (another document named on the line: whose years, unknown)
    return m


def _stated_period(ctx: Context, start: int, end: int, starts: list[int]) -> re.Match[str] | None:
    """The period a sentence states of the document named at start-end."""
    right_after = (
        _RIGHT_AFTER.match(ctx.text, end)
        or _NEXT_LINE.match(ctx.text, end)
        or _heading_period(ctx, start, end, starts)
    )
    if right_after is not None:
        return right_after
    sentence = ctx.sentence_of(start)
    if sentence is None:
        return None
    lead = _LEAD_WORDS.match(ctx.text, sentence.start, start)
    opens = lead is not None and lead.end() == start  # the document is the subject
    m = _VALID_FOR.match(ctx.text, end) if opens else _own_relative_period(ctx, end)
    if m is not None:
        return m
    later = bisect_right(starts, start)
    patterns: list[re.Pattern[str]] = [_WHICH_PERIOD, *([_AND_VALID_FOR] if opens else [])]
    for pattern in patterns:
        m = pattern.match(ctx.text, end, sentence.end)
        # with another document named before the years: its period, not this one's
        if m and not (later < len(starts) and starts[later] < m.start("y1")):
            return m
    # a purpose's years are the subject's, whatever else the purpose names
    if _PURPOSE_LEAD.search(ctx.text, sentence.start, start):
        return _PURPOSE_PERIOD.match(ctx.text, end, sentence.end)
    return None


def _own_relative_period(ctx: Context, end: int) -> re.Match[str] | None:
    m = _VALID_FOR.match(ctx.text, end)
    return m if m is not None and "som" in ctx.text[end : m.start("y1")].split()[:2] else None


def _stated_periods(ctx: Context, groups: list[Group]) -> None:
    """Each period-less document's period, as a sentence or heading states it at one of
    its mentions."""
    starts = sorted(h.start for g in groups for h in g.hits)
    for g in groups:
        if g.period is not None:
            continue
        for h in g.hits:
            # a predecessor's own relative clause only: "ersätter strategin X som gällde
            # för perioden 2014-2020"
            m = (
                _own_relative_period(ctx, h.end)
                if g.predecessor
                else _stated_period(ctx, h.start, h.end, starts)
            )
            if m is not None:
                y1, y2 = int(m.group("y1")), int(m.group("y2"))
                g.period = (y1, y2) if y1 <= y2 else None
                break


def pronoun_periods(ctx: Context, groups: list[Group]) -> None:
    """The periods stated of documents at their mentions, then those a later sentence
    opening with a pronoun or the definite noun states of the document named last."""
    _stated_periods(ctx, groups)
    for sentence in ctx.sentences:
        m = _PRONOUN_PERIOD.match(ctx.text, sentence.start, sentence.end) or _TERM_OPENING.match(
            ctx.text, sentence.start, sentence.end
        )
        if m is None:
            continue

        def last_before(g: Group, start: int = sentence.start) -> int:
            return max((h.end for h in g.hits if h.end <= start), default=-1)

        before = [g for g in groups if last_before(g) >= 0]
        if not before:
            continue
        latest = max(before, key=last_before)
        if m.group("noun") and _noun_kind(m.group("noun")) is not latest.kind:
            continue
        y1, y2 = _years(m)
        if latest.period is None and not latest.predecessor and y1 <= y2:
            latest.period = (y1, y2)
