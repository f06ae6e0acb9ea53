"""A document mention as read (Cand), and the passes that adjust mentions by their
neighbours on the page.

- share_coordinated: "den regionala strategin och handlingsplanen för att motverka våld"
  names two documents that share the article, the level word and the topic;
- existing_predecessors: "den befintliga handlingsplanen mot våld" on a page about a
  new action plan is the new one's predecessor, named by its topic.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from graph.nodes import DocumentKind, Level
from ingest.context import Context
from ingest.rules.document_phrases import is_place
from ingest.rules.document_topic_stop import TOPIC_STOP
from ingest.rules.document_words import BARE_NOUNS, EXISTING_ADJECTIVES

__all__ = ["Cand", "existing_predecessors", "named_appositions", "share_coordinated"]

_AND_ONLY = re.compile(r"\s+(?:och|samt)\s+|\s*/\s*")
# The second document's own indefinite article: a noun phrase of its own, no shared topic.
_OWN_ARTICLE = re.compile(r"(?:en|ett)\s", re.I)
_PLACE_AND = re.compile(
    r"\s+(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?(?:\s+län)?)\s+och\s+"
)


@dataclass
class Cand:
    start: int
    end: int
    kind: DocumentKind
    word: str
    level: Level | None
    prefix: bool
    topic: str | None
    period: tuple[int, int] | None
    det: str
    definite: bool
    predecessor: bool
    heading: bool
    titled: bool
    name: str = ""  # "Värmlandsstrategin" mid-sentence, or a quoted name: the document's name
    desc: str = ""  # descriptive adjectives as a title gives them: "Flerårig"
    fresh: bool = False  # "Ny strategi för ...", "nästa handlingsplan": a document not named before
    belongs: bool = False  # "med tillhörande åtgärdsplan": the document named before's
    year: str = ""  # "folkhälsoplan 2016": a single year is part of the name
    since: str = ""  # "ersätter översiktsplanen från 2010": a predecessor named by its year
    proper: bool = False  # its name is quoted or set after the noun: it beats any wording
    headline: bool = False  # "Regeringen presenterar handlingsplan för ...": in a headline
    # A definite mention's topic, used only if it introduces a document: "riktlinjerna för X".
    definite_topic: tuple[str, int] | None = None
    naked: bool = False  # no article, adjective or level word: "motion om traineeprogram"
    # "den strategi för X som ...": an article without the noun's definite ending picks
    # out one document by its topic, a document of its own.
    restrictive: bool = False
    adj: str = ""  # "ny", "befintliga", "tidigare": what the adjective says of its age
    proposed: bool = False  # "förslag till policy för X", "Remiss - Policy för X"
    plural: bool = False  # "medborgarlöftena": the kind, or the documents named before
    owned: bool = False  # "Västernorrlands kompetensråds plan för X": a body's genitive
    listed: bool = False  # "program för X, program för Y": an item of a list of documents
    county: str | None = None  # "Norrbottens folkhälsostrategi": named by a county's genitive
    dated: bool = False  # "Den gällande planen antogs 2010" beside a new one: a node of its own


def share_coordinated(ctx: Context, found: list[Cand]) -> None:
    """'den regionala strategin och handlingsplanen för att motverka våld': two documents
    that share the article, level word and topic of the phrase."""
    for a, b in itertools.pairwise(found):
        if a.period is None and b.period and a.kind is not b.kind and not a.definite:
            # "Kulturstrategi Västra Götaland och regional kulturplan 2020-2023": one
            # period closes the pair.
            gap = _PLACE_AND.fullmatch(ctx.text, a.end, b.start)
            # (or the place is the end of a's name: ingest.rules.document_names.place_title)
            placed = bool(a.name) and bool(_AND_ONLY.fullmatch(ctx.text, a.end, b.start))
            last = a.name.split()[-2:]
            named_on = placed and (is_place(last[-1]) or is_place(" ".join(last)))
            if (gap and is_place(gap.group("place"))) or named_on:
                a.period = b.period
        if not _AND_ONLY.fullmatch(ctx.text, a.end, b.start) or b.level or b.adj:
            continue
        if _OWN_ARTICLE.match(ctx.text, b.start):  # "Konstpolicyn och ett program för X"
            continue
        b.level, b.prefix = b.level or a.level, b.prefix or a.prefix
        b.definite = b.definite or a.definite
        shared = b.topic or (b.definite_topic[0] if b.definite_topic else None)
        # (a compound has its own topic: "Vindbruksplanen samt planen för X" are two)
        own = a.word.lower() not in BARE_NOUNS
        if a.topic is None and a.definite_topic is None and shared and not own:
            a.definite_topic = (shared, a.end)
            # "Policy och handlingsplan för X": a bare noun of another kind, without an
            # article, is a document of its own on the same topic.
            if _bare(a) and a.kind is not b.kind:
                a.topic = shared


def _bare(c: Cand) -> bool:
    return c.word.lower() in BARE_NOUNS and not (c.det or c.adj or c.period or c.name or c.definite)


def existing_predecessors(found: list[Cand], renewed: set[DocumentKind]) -> None:
    """'den befintliga handlingsplanen mot våld' on a page about a new action plan (of a
    kind in ``renewed``): the existing one is the new one's predecessor, named by its topic."""
    for c in found:
        if c.adj in EXISTING_ADJECTIVES and c.kind in renewed and c.definite_topic:
            c.predecessor = True
        # "Gällande program antogs 2017" beside "ett nytt program": the one in force, named
        # as a subject of its own, is the one the new one replaces; its date is not the new
        # one's. ("den nuvarande strategin går ut" only speaks of it.)
        bare = not (c.topic or c.period or c.name or c.definite or c.det)
        if c.adj in _IN_FORCE and c.kind in renewed and bare:
            c.predecessor = True


_IN_FORCE = ("gällande", "nuvarande")


# "Dalastrategin 2030 - Tillsammans för X": a name's target year and a dash-set subtitle.
_SUBTITLE = re.compile(
    r"(?:\s+(?P<year>(?:19|20)\d{2}))?\s+[\u2013\u2014-]\s+(?P<sub>[A-ZÅÄÖ][^.;:()|\n]{2,80})"
)
_LAST_WORD = re.compile(r"[\wåäöÅÄÖ-]+$")
_APPOSED = re.compile(r"\s*,\s*")
# "den regionala utvecklingsstrategin, som kallas Dalastrategin", "... vi kallar den för X".
_CALLED = re.compile(
    r"[^.!?\n]{0,100}?\b(?:kallas|kallad|kallar\s+(?:den|det|vi\s+den|vi\s+det)"
    r"|benämns|går\s+under\s+namnet)(?:\s+för)?\s+"
)


def named_appositions(ctx: Context, found: list[Cand]) -> list[Cand]:
    """A capitalised definite compound with a dash-set subtitle ("den befintliga
    Länsstrategin - X 2020") is named by both; a definite generic mention with such a
    name in apposition ("den nya regionala utvecklingsstrategin, Länsstrategin 2030 -
    Tillsammans för X") is one document with it, not two."""
    for c in found:
        noun = _LAST_WORD.search(ctx.text, c.start, c.end)
        if noun is None or not c.definite or c.period or c.topic:
            continue
        word = noun.group(0)
        # "den regionala utvecklingsstrategin - Gröna X 2025": a generic mention named
        # by its apposition, which alone is the name.
        generic = not word[:1].isupper() and c.level is not None
        if not (word[:1].isupper() or generic) or c.word.lower() in BARE_NOUNS:
            continue
        sm = _SUBTITLE.match(ctx.text, c.end)
        if sm is None or any(a.start == sm.start("sub") for a in ctx.actors):
            continue
        sub = sm.group("sub")
        stop = TOPIC_STOP.search(sub)
        sub = sub[: stop.start()] if stop else sub
        if len(sub.split()) < 2:
            continue
        year = f" {sm.group('year')}" if sm.group("year") else ""
        if generic and (year or not sub.strip()[:1].isupper()):
            continue
        name = sub.strip() if generic else f"{word}{year} \u2013 {sub.strip()}"
        c.name, c.proper, c.year = name, True, ""
        c.end = sm.start("sub") + len(sub.rstrip())
    _short_names(ctx, found)
    kept: list[Cand] = []
    for c in found:
        a = kept[-1] if kept else None
        if (
            a is not None
            and c.name
            and c.kind is a.kind
            and a.definite
            and not (a.name or a.predecessor or a.period)
            and (
                _APPOSED.fullmatch(ctx.text, a.end, c.start)
                or _CALLED.fullmatch(ctx.text, a.end, c.start)
            )
        ):
            a.name, a.proper, a.end, a.year = c.name, True, c.end, c.year
            continue
        if a is not None and _described(ctx, a, c):
            continue  # "Värmlandsstrategin, den framtidsplan för Värmland som ...": one
        if a is not None and _year_apposed(ctx, a, c):
            a.year, a.end = c.year, c.end  # "en ny översiktsplan, Översiktsplan 2050"
            continue
        kept.append(c)
    return kept


def _described(ctx: Context, a: Cand, c: Cand) -> bool:
    """'Sörmlandsstrategin, det regionala utvecklingsprogrammet,': a named document, then a
    definite description of it in apposition; also a capitalised compound described by its
    own head ("CEMR-deklarationen, den europeiska deklarationen för jämställdhet")."""
    head, word = c.word.lower(), a.word.lower()
    own_head = a.word[:1].isupper() and word != head and word.endswith(head)
    return (
        (bool(a.name) or own_head)
        and not a.predecessor
        and c.det in ("den", "det")
        and not (c.name or c.period or c.predecessor or c.year)
        and _APPOSED.fullmatch(ctx.text, a.end, c.start) is not None
    )


def _year_apposed(ctx: Context, a: Cand, c: Cand) -> bool:
    """'en ny översiktsplan, Översiktsplan 2050': the name with its year, in apposition."""
    return (
        bool(c.year)
        and not (c.name or c.definite or c.predecessor)
        and a.det in ("en", "ett")
        and c.word.lower() == a.word.lower()
        and not (a.name or a.predecessor or a.period or a.year)
        and _APPOSED.fullmatch(ctx.text, a.end, c.start) is not None
    )


def _short_names(ctx: Context, found: list[Cand]) -> None:
    """'Ny Länsstrategi' beside 'Länsstrategin 2030 - Tillsammans för X': a capitalised
    compound without its subtitle is the one current document so named."""
    named = [c for c in found if c.proper and c.name and not c.predecessor]
    for c in found:
        if c.proper or c.predecessor or c.topic or c.period or c.definite:
            continue
        noun = _LAST_WORD.search(ctx.text, c.start, c.end)
        if noun is None or not noun.group(0)[:1].isupper():
            continue
        same = [n for n in named if n.word.lower() == c.word.lower()]
        if len({n.name for n in same}) == 1:
            c.name, c.proper = same[0].name, True
