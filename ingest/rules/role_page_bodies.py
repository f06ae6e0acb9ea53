"""The body a page is about, for a meeting officer's or member's title with none named.

Why apart from ingest.rules.role_owner: these read the whole page (its minutes words,
the body that decided, the meeting it reports, a heading right above, the committee that
opens the paragraph or an earlier officer of the sentence is named with, its address),
not the title's own words; role_owner asks them in its step 4.
"""

from __future__ import annotations

import re

from graph.ids import slug
from graph.nodes import OrganizationKind
from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.actor_council_abbreviations import paragraph_body
from ingest.rules.decision_page import heading_above
from ingest.rules.meeting_choice import meeting_before

__all__ = [
    "MEETING_KINDS",
    "deciding_body",
    "heading_body",
    "is_minutes",
    "meeting_body",
    "officers_body",
    "reported",
    "subject_body",
    "url_body",
]

MEETING_KINDS = (OrganizationKind.COMMITTEE, OrganizationKind.FORUM)
# Words of minutes and meeting notices: a page with these is a meeting's record.
_MINUTES = re.compile(
    # "Ledamöter:" / "LEDAMÖTER" as a field of the minutes' head (not "ledamöter" in prose)
    r"\b(?:Beslutande|Närvarande|Justerare|Justerandes|Utses att justera|Justeringens|"
    r"Ledamöter[ \t]*:|LEDAMÖTER|Tjänstgörande\s+ersättare|"
    r"Kallelse|KALLELSE|Beslutsorgan|[Vv]al av justerare|Sammanträde:|"
    r"SAMMANTRÄDESPROTOKOLL|[Ss]ammanträdesprotokoll|PROTOKOLLSUTDRAG|[Pp]rotokollsutdrag|"
    r"[Pp]rotokollet\s+(?:justerades|justeras|är\s+justerat))"
)
# "Beslutande" cut by a document host's copy to its last letters, before a name:
# "... Storgatan 8, Ljungby ande Magnus Gunnarsson (M), ordförande".
CUT_ATTENDANCE = r"(?<![\w-])ande(?=[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t-][A-ZÅÄÖ])"
_ATTENDANCE = re.compile(r"\b(?:Beslutande|Närvarande|Ledamöter)\b|" + CUT_ATTENDANCE)
# "SAMMANTRÄDESPROTOKOLL Folkhälsorådet", "sammanträde med Kommunstyrelsens arbetsutskott";
# the notice block's "Instans X" and its column heads "Nämnd Sammanträdesdatum\n\nX <date>"
_MEETING_OF = re.compile(
    r"(?:PROTOKOLL|[Pp]rotokoll|sammanträde med|[Pp]rotokoll från|[Pp]rotokoll fört vid|"
    r"Nämnd|Beslutsinstans|Instans|Beslutsorgan|Organ|Beslut från|Beslut i|[Ss]ammanträde i|"
    r"(?:Nämnd|Organ|Instans)\s+Sammanträdesdatum"
    # "Beslut i korthet - miljö- och byggnadsnämnden 12 juni": a report's headline
    r"|[Bb]eslut\s+i\s+korthet\s*(?:[\u2013\u2014:-]|från)?)\s*:?\s+$"
)


# The notice block names the owner first: "Organ Hässleholms kommun, Miljönämnden".
_ORGAN_OWNER = re.compile(
    r"\b(?:Organ|Nämnd|Instans)\s*:?\s+[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad),\s*$"
)


def is_minutes(ctx: Context) -> bool:
    return _MINUTES.search(ctx.text) is not None


def meeting_body(ctx: Context) -> str | None:
    """The committee or forum whose minutes these are: the one named after "PROTOKOLL" or
    "sammanträde med", else the nearest one before the first attendance heading, else the
    one whose letters number the items ("Ks 17", "Ks 18")."""
    if not is_minutes(ctx):
        return None
    bodies = [a for a in ctx.actors if a.kind in MEETING_KINDS and not a.anaphoric]
    for a in bodies:
        said = ctx.text[max(0, a.start - 60) : a.start]
        if _MEETING_OF.search(said[-40:]) or _ORGAN_OWNER.search(said):
            return a.node_id
    # A copy's title line may repeat "Beslutande" above the minutes' own head: the first
    # attendance heading with a body named before it.
    for heading in _ATTENDANCE.finditer(ctx.text):
        before = [a for a in bodies if heading.start() - 200 <= a.end <= heading.start()]
        if before:
            return before[-1].node_id
    # A copy that lost its heading: the body whose letters number the items ("Ks 17").
    return paragraph_body(ctx)


# "<body> beslutade under tisdagens möte": the body whose meeting a news item reports.
# "har kommunstyrelsens utskott beslutat att anta": the inverted "har" before the body.
_DECIDED_AFTER = re.compile(r"\s+(?:beslutade|beslöt|(?:har\s+)?beslutat|fattade\s+beslut)\b")


def deciding_body(ctx: Context) -> str | None:
    """The one committee or forum a page that is no minutes has decide ("Utskottet för
    X beslutade ..."): a chair or secretary it quotes with no body named is its."""
    found = {
        a.node_id
        for a in ctx.actors
        if a.kind in MEETING_KINDS and not a.anaphoric and _DECIDED_AFTER.match(ctx.text, a.end)
    }
    return found.pop() if len(found) == 1 else None


def heading_body(ctx: Context, start: int) -> str | None:
    """The organisation a heading right above names, all but alone on its line
    ("Beredningen för översiktsplan 2050", "X AB (kommunalt bolag)" over its chair and
    members; not "Ledamöter utsedda av kommunstyrelsen")."""
    line = heading_above(ctx, start)
    if line is None or "\n" in ctx.text[line.end + 1 : start]:
        return None  # not the line right above the title's
    said = ctx.text[line.start : line.end]
    first = next((a for a in ctx.actors_in(line) if not a.anaphoric), None)
    if first is None or said[: first.start - line.start].strip():
        return None
    return first.node_id if len(said[first.end - line.start :].split()) <= 2 else None


def url_body(ctx: Context) -> str | None:
    """The one committee or forum the page's address names as a whole path word
    (".../committees/samhallsbyggnadsnamnden/mote-2023-02-22", ".../Vard--och-omsorgsnamnden/":
    a CMS's "--" for the name's " - ")."""
    path = re.sub(r"-{2,}", "-", ctx.url_path)
    found = {
        a.node_id
        for a in ctx.actors
        if a.kind in MEETING_KINDS
        and not a.anaphoric
        and re.search(rf"(?<![a-z0-9]){re.escape(slug(a.name))}", path)
    }
    return found.pop() if len(found) == 1 else None


_OFFICER_OF = re.compile(r"(?:ordförande|ledamot|sekreterare)\s+(?:i|för)\s+$", re.I)


def officers_body(ctx: Context, start: int) -> str | None:
    """The committee an earlier officer of the same sentence is named with: "Till
    ordförande i trafiknämnden valdes A (S), till vice ordförande B (M)" - B's too."""
    sentence = ctx.sentence_of(start)
    if sentence is None:
        return None
    named = [
        a
        for a in ctx.actors_in(Span(sentence.start, start))
        if a.kind in MEETING_KINDS
        and _OFFICER_OF.search(ctx.text, max(sentence.start, a.start - 30), a.start)
    ]
    return named[-1].node_id if named else None


# "Beredningen består av fem ledamöter och fem ersättare." over a roster of its members.
_COMPOSED = re.compile(
    r"\s+består\s+av\s+(?:[\w-]+\s+){0,2}?(?:ledamöter|ledamot)\b[^.\n]{0,60}\.\s*$"
)
# A roster line: a name with its party in brackets, and a title ("Eva Ek (C) Ordförande").
_ROSTER_LINE = re.compile(r"[^\n]*\([A-ZÅÄÖ]{1,6}\)[^\n]*")
_COMPOSED_REACH = 600


def composed_body(ctx: Context, start: int) -> str | None:
    """The committee or forum a sentence says is made up of members, right above the
    roster that `start`'s line belongs to (an anaphoric "Beredningen" too)."""
    lines_start = ctx.text.rfind("\n", 0, start) + 1
    while lines_start > 0:  # up over the roster's earlier lines and blank lines
        previous = ctx.text.rfind("\n", 0, lines_start - 1) + 1
        line = ctx.text[previous : lines_start - 1]
        if line.strip() and not _ROSTER_LINE.fullmatch(line):
            break
        lines_start = previous
    said = _COMPOSED.search(ctx.text, max(0, lines_start - _COMPOSED_REACH), lines_start)
    if said is None:
        return None
    subject = [a for a in ctx.actors if a.end == said.start() and a.kind in MEETING_KINDS]
    return subject[0].node_id if subject else None


def subject_body(ctx: Context, start: int) -> str | None:
    """The committee or forum that opens the paragraph of `start` and is its only one
    ("Kulturnämnden består av nio ledamöter. Eva Ek (M) är ordförande ..."), or that a
    sentence right above its roster says the members make up."""
    if (composed := composed_body(ctx, start)) is not None:
        return composed
    opening = ctx.text.rfind("\n\n", 0, start)
    opening = 0 if opening < 0 else opening + 2
    bodies = [
        a
        for a in ctx.actors_in(Span(opening, start))
        if a.kind in MEETING_KINDS and not a.anaphoric
    ]
    if not bodies or ctx.text[opening : bodies[0].start].strip():
        return None
    ids = {a.node_id for a in bodies}
    return bodies[0].node_id if len(ids) == 1 else None


def reported(ctx: Context, start: int) -> str | None:
    """The committee or forum whose meeting a report states before `start` ("Beslut i
    korthet från regionfullmäktige", "På årets första sammanträde med X")."""
    # A notice of a meeting to come is signed by the chair of the body that meets.
    meeting = meeting_before(ctx, start, dated=False, coming=True)
    body = meeting.body if meeting is not None and meeting.start < start else None
    if body is None or body.anaphoric or body.kind not in MEETING_KINDS:
        return None
    return body.node_id
