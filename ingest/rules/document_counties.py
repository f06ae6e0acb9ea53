"""Documents named by a county's genitive: "Norrbottens folkhälsostrategi",
"Jämtlands läns folkhälsopolicy 2016-2019", "Västernorrlands livsmedelsstrategi".

The genitive of a county's name (not of a body: "Region Norrbottens kulturplan" is the
region's, titled without it) is part of the document's name and makes it the county's
regional document, whoever's site names it. A municipality's genitive is not a county's
("Stockholms", "Kalmars", "Gotlands" stay unread: the bare form is ambiguous), and the
genitive must stand right before the mention (adjectives included), as the one owner.
"""

from __future__ import annotations

import re

from graph.nodes import Level
from ingest.context import Context
from ingest.language.gazetteer import county_by_name, municipality_by_name, regions
from ingest.rules.document_cand import Cand

__all__ = ["county_genitives", "genitive_county"]

# "<Place>s " or "<Place> läns " (a place of one or two capitalised words) right before.
_GENITIVE = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?)"
    r"(?:(?P<lan>\s+läns)|s)\s+$"
)
# A word that makes the genitive a body's or a longer name's: "Region Xs", "i Xs län".
_BODY_BEFORE = re.compile(r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*|\bi)\s+$")


def genitive_county(place: str, with_lan: bool) -> str | None:
    """'Norrbotten' -> 25; 'Jämtlands' + 'läns' -> 23; a municipality's name -> None."""
    if with_lan:
        county = county_by_name(f"{place} län")
        return county.code if county else None
    if municipality_by_name(place) is not None:
        return None
    county = county_by_name(place)
    if county is not None:
        return county.code
    folded = place.casefold()
    for region in regions():  # "Sörmland": the region's own name gives the county
        if any(n.casefold() == f"region {folded}" for n in (region.name, *region.aliases)):
            return region.county_code
    return None


# "länets nya folkhälsopolicy": the county's document, named by its possessor.
_COUNTY_POSSESSOR = re.compile(r"\b(?:[Ll]änets|[Rr]egionens)\s+(?:[a-zåäö]+\s+)?$")


def _named_before(ctx: Context, earlier: list[Cand], c: Cand, place: str, county: str) -> bool:
    """A county's document of this kind introduced before ("ANDT-strategi i Blekinge",
    "en regional strategi", "länets nya policy"): the genitive names it again; not
    another county's ("Blekinges livsmedelsstrategi" ... "Dalarnas livsmedelsstrategi")."""
    for e in earlier:
        if e.kind is not c.kind or e.predecessor or e.county not in (None, county):
            continue
        line_end = ctx.text.find("\n", e.end)
        after = ctx.text[e.end : min(e.end + 40, line_end if line_end >= 0 else len(ctx.text))]
        before = ctx.text[max(0, e.start - 30) : e.start]
        if e.prefix or e.level is Level.REGIONAL or place in after:
            return True
        if _COUNTY_POSSESSOR.search(before) or e.desc.lower().startswith("läns"):
            return True
    return False


def county_genitives(ctx: Context, found: list[Cand]) -> list[Cand]:
    """Name each undetermined mention a county's genitive opens, and give it the county."""
    for i, c in enumerate(found):
        # "Dalarnas regionala livsmedelsstrategi": a level word between keeps the genitive's
        # name (a period, where there is one, tells the county's copies apart anyway).
        if c.det or c.name or c.level not in (None, Level.REGIONAL) or c.predecessor:
            continue
        sentence = ctx.sentence_of(c.start)
        floor = sentence.start if sentence is not None else max(0, c.start - 40)
        m = _GENITIVE.search(ctx.text, max(floor, c.start - 40), c.start)
        if m is None or _BODY_BEFORE.search(ctx.text, max(floor, m.start() - 30), m.start()):
            continue
        county = genitive_county(m.group("place"), bool(m.group("lan")))
        if county is None or _named_before(ctx, found[:i], c, m.group("place"), county):
            continue
        head = ctx.text[m.start() : c.start].strip()
        phrase = " ".join(ctx.text[c.start : c.end].split())
        acronym = phrase[1:2].isupper()  # "ANDT-strategi" keeps its capitals
        c.name = f"{head} {phrase if acronym else phrase[:1].lower() + phrase[1:]}"
        c.start, c.level, c.county = m.start(), Level.REGIONAL, county
    return found
