"""The parts of a clause that relation rules share: who a list of parties names,
which organisation a party acts for, and who a clause's subject is.

Why: pages name the parties of an act in many shapes: "A, B och C", "kommundirektör
Lars Ekström och lokalpolisområdeschef Christer Sjökvist" (persons standing for
the organisations they hold a role in), "länets kommuner, Länsstyrelsen och övriga
myndigheter" (a list whose items are not all organisations), "har länsstyrelsen,
på uppdrag av regeringen, lett arbetet" (a parenthesis that names no party). One
reader serves the signing, making and follow-up rules.

- parties(): the organisations of a coordinated list starting at an offset; the list
  runs to the first clause break (punctuation, a subordinating word, a finite
  auxiliary), so "av A och B som ..." stops before "som".
- acting_for(): a committee or unit acts for its municipality or region, a person
  for the organisations of their roles (HOLDS_ROLE), lifted the same way.
- subjects(): the parties a clause names before its verb, outside parentheses and
  comma-set asides (", på uppdrag av X,", ", med representanter för X,"), not
  governed by a preposition ("Enligt X"), with no clause break between them and
  the verb ("X ansvarar för att följa upp" and "ger X i uppdrag att följa upp" keep
  X; the one who gives the task is no subject of it).
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, PersonHit
from ingest.facts import FactSink
from ingest.language.nlp import ROLE_HEAD_RE
from ingest.language.segment import Span

__all__ = [
    "LIST_SEP",
    "Party",
    "acting_for",
    "asides",
    "coordinated",
    "listed_actors",
    "parties",
    "subjects",
    "top_organisation",
]

Party = ActorHit | PersonHit

# Where a list of parties ends: punctuation other than a comma, a subordinating word,
# a finite verb that opens the rest of the clause.
_LIST_END = re.compile(
    r"[.;:!?()\u201d\"]|\s[-\u2013]\s|\b(?:som|att|där|när|eftersom|vilket|vilka|men|"
    r"har|hade|är|var|ska|skall|kommer|kan|blir|blev|för\s+att|genom|utifrån|inom|"
    r"enligt|efter|sedan|den\s+\d|i\s+(?:januari|februari|mars|april|maj|juni|juli|"
    r"augusti|september|oktober|november|december))\b",
    re.I,
)
# Between two items of a list: a separator after at most a few words of an item that
# names no organisation ("övriga myndigheter, "); a title before a person; and after it,
# a descriptor before the next name ("A, det kommunala bostadsbolaget B och C").
_ITEM_GAP = re.compile(
    r"[^.;:()]{0,60}?(?:,|\boch\b|\bsamt\b|\bliksom\b|\btillsammans\s+med\b)\s*"
    r"(?:(?:det|den|dess|sitt|sin)\s+(?:[a-zåäö-]+\s+){1,3})?",
    re.I,
)
_TITLE_GAP = re.compile(r"\s*(?:(?:,|och|samt)\s+)?(?:[a-zåäö:1-9-]+\s+){1,4}")
# Asides that name an organisation which is not a party of the act.
_ASIDE = re.compile(
    r"\([^()]*\)|,\s*(?:på|med|för|genom|enligt|efter|inom|bland|inklusive|utan|via|"
    r"som)\s[^,.;:]*(?:,|(?=[.;:]))",
    re.I,
)
# A party governed by a preposition is no subject: "Enligt länsstyrelsen följer
# kommunen upp planen", "I Region X:s plan ...".
_GOVERNED = re.compile(
    r"\b(?:enligt|av|från|till|hos|för|om|på|i|inom|mot|åt|bland|via|genom|utan|vid|"
    r"efter|inför|kring)\s+(?:(?:den|det|de|en|ett)\s+)?$",
    re.I,
)
# Between a subject and its verb: a clause break ends the subject's reach, but "att"
# after an auxiliary or a verb of taking on a task does not: the subject of "kommer
# att", "ansvarar för att", "har i uppdrag att" does what follows.
_SUBJECT_BREAK = re.compile(
    r"[.;:]|\b(?:som|där|när|eftersom|vilket|men)\b|"
    r"(?<!kommer\s)(?<!för\s)(?<!uppdrag\s)(?<!uppdraget\s)(?<!sig\s)\batt\b"
)
# A genitive organisation ("regeringens", "Region Skånes") before a noun that is no role
# title ("kommunstyrelsens ordförande" stands for the board) modifies that noun.
_MODIFIER = re.compile(
    rf"(?<=[enat]s)\s+(?:[a-zåäö]+a\s+)?(?!{ROLE_HEAD_RE}\b)[a-zåäö]+\b(?!\s*(?:,|och\b))"
)
# Who gives another the task is not its doer: "Regeringen ger X i uppdrag att ...".
_ASSIGNS = re.compile(r"\b(?:ger|gav|gett|givit|uppdrar|uppdrog|uppdragit)\b")
# Bodies and units act for their owner: "Organization:kommun:2309:kommunstyrelsen".
_OWNED = re.compile(r"^(Organization:(?:kommun|region):\d{2,4}):.+$")
TOP_KINDS = (
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.MUNICIPAL_ASSOCIATION,
    OrganizationKind.NATIONAL_ASSOCIATION,
    OrganizationKind.OTHER,
)


def top_organisation(node_id: str) -> str:
    """A committee's or unit's municipality or region; any other organisation itself."""
    m = _OWNED.match(node_id)
    return m.group(1) if m else node_id


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in spans)


def _entities(ctx: Context, start: int, end: int) -> list[Party]:
    found: list[Party] = [a for a in ctx.actors if start <= a.start and a.end <= end]
    found += [p for p in ctx.persons if start <= p.start and p.end <= end]
    return sorted(found, key=lambda x: x.start)


def parties(ctx: Context, start: int, limit: int) -> list[Party]:
    """The organisations and persons of the coordinated list opening at ``start``: its
    items are joined by "," / "och" / "samt" / "tillsammans med"; an item may be no
    organisation ("länets kommuner, Länsstyrelsen och övriga myndigheter"), and a
    person may carry a title ("kommunstyrelsens ordförande Maria Jakobsson")."""
    named = _entities(ctx, start, limit)
    spans = [(x.start, x.end) for x in named]
    end = limit
    for m in _LIST_END.finditer(ctx.text, start, limit):
        if not _inside(m.start(), spans):
            end = m.start()
            break
    found: list[Party] = []
    pos = start
    for x in named:
        if x.end > end:
            break
        gap = ctx.text[pos : x.start]
        titled = isinstance(x, PersonHit) and _TITLE_GAP.fullmatch(gap)
        if gap.strip() and not titled and not _ITEM_GAP.fullmatch(gap):
            break
        found.append(x)
        pos = x.end
    return found


def asides(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Parenthesised or comma-set asides in [start, end) whose organisations are no parties."""
    return [(m.start(), m.end()) for m in _ASIDE.finditer(ctx.text, start, end)]


def subjects(ctx: Context, start: int, verb: int) -> list[Party]:
    """The parties named in [start, verb) that the verb has as its subject: outside
    asides, with no clause break after them before the verb."""
    skipped = asides(ctx, start, verb)
    named = [
        x
        for x in _entities(ctx, start, verb)
        if not _inside(x.start, skipped)
        and not _GOVERNED.search(ctx.text, max(start, x.start - 30), x.start)
    ]
    kept: list[Party] = []
    for x in named:
        if isinstance(x, ActorHit) and _MODIFIER.match(ctx.text, x.end, verb):
            continue  # "regeringens uppdrag": a genitive before its noun is no subject
        gap = ctx.text[x.end : verb]
        for s, e in reversed(skipped):  # the asides after x say nothing of the clause
            if s >= x.end:
                gap = gap[: s - x.end] + gap[e - x.end :]
        if not _SUBJECT_BREAK.search(gap) and not _ASSIGNS.search(gap):
            kept.append(x)
    return kept


def acting_for(sink: FactSink, party: Party) -> list[str]:
    """The top-level organisations a party acts for (see the module docstring)."""
    if isinstance(party, ActorHit):
        if party.kind is OrganizationKind.FORUM:
            return []
        top = top_organisation(party.node_id)
        return [top] if top != party.node_id or party.kind in TOP_KINDS else []
    found: list[str] = []
    for link in sink.links.values():
        if link.type is LinkType.HOLDS_ROLE and link.from_id == party.node_id:
            top = top_organisation(link.to_id)
            if top.startswith("Organization:") and ":forum:" not in top and top not in found:
                found.append(top)
    return found


# Between the organisations of one list: "A, B samt C", "A och B".
LIST_SEP = re.compile(r"\s*,\s*|\s+(?:och|samt)\s+")


def listed_actors(
    ctx: Context, start: int, sentence: Span, *, anaphoric: bool = False
) -> list[ActorHit]:
    """The organisations listed from start: 'A, B och C' (an item that is no
    organisation ends the list); with `anaphoric`, a bare "Länsstyrelsen" is an item too."""
    chain: list[ActorHit] = []
    pos = start
    for actor in ctx.actors_in(Span(start, sentence.end)):
        if actor.anaphoric and not anaphoric:
            continue
        if actor.start != pos:
            break
        chain.append(actor)
        sep = LIST_SEP.match(ctx.text, actor.end, sentence.end)
        if sep is None:
            break
        pos = sep.end()
    return chain


def coordinated(ctx: Context, actor: ActorHit, within: Span, *, forward: bool) -> list[ActorHit]:
    """The organisations joined to actor by list separators alone, in text order and
    without it: those after it ("<actor>, B och C") or before it ("A och B <actor>");
    a definite "kommunen" counts, a repeat of actor ends the list."""
    inside = ctx.actors_in(within)
    found: list[ActorHit] = []
    edge = actor
    while True:
        if forward:
            nxt = next((a for a in inside if a.start >= edge.end), None)
            gap = ctx.text[edge.end : nxt.start] if nxt else ""
        else:
            nxt = next((a for a in reversed(inside) if a.end <= edge.start), None)
            gap = ctx.text[nxt.end : edge.start] if nxt else ""
        if nxt is None or nxt.node_id == actor.node_id or not LIST_SEP.fullmatch(gap):
            return found if forward else found[::-1]
        found.append(nxt)
        edge = nxt
